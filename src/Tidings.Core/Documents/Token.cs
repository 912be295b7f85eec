namespace Tidings.Documents;

/// <summary>A view of one token of a <see cref="Document"/>; holds no strings of its own.</summary>
public readonly struct Token
{
    private readonly Document _doc;
    public Token(Document doc, int index) { _doc = doc; Index = index; }

    public int Index { get; }
    /// <summary>First char offset (inclusive).</summary>
    public int Start => _doc.TokStart(Index);
    /// <summary>Char offset just past the token (exclusive).</summary>
    public int End => _doc.TokEnd(Index);
    public ReadOnlySpan<char> Span => _doc.Text.AsSpan(Start, End - Start);
    /// <summary>The token's text: one string per token, made on its first use (see <see cref="Document"/>).</summary>
    public string Text => _doc.TokText(Index);
    public Upos Upos => _doc.TokUpos(Index);
    /// <summary>Penn Treebank tag from a trained tagger, null when none ran.</summary>
    public string? Xpos => _doc.TokXpos(Index);
    /// <summary>Lemma, or the lower-cased form when no lemmatizer ran.</summary>
    public string Lemma => _doc.TokLemma(Index) ?? Text.ToLowerInvariant();
    /// <summary>Head token index, -1 for the root or before parsing.</summary>
    public int Head => _doc.TokHead(Index);
    public string? Relation => _doc.TokDep(Index);
    public int SentenceIndex => _doc.SentenceOf(Index);
    public override string ToString() => Text;
}

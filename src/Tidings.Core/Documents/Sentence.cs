namespace Tidings.Documents;

/// <summary>A view of one sentence: the token range [FirstToken, EndToken).</summary>
public readonly struct Sentence
{
    private readonly Document _doc;
    public Sentence(Document doc, int index) { _doc = doc; Index = index; }

    public int Index { get; }
    public int FirstToken => _doc.Sent(Index).First;
    /// <summary>One past the last token.</summary>
    public int EndToken => _doc.Sent(Index).End;
    public int TokenCount => EndToken - FirstToken;
    public SectionKind Section => _doc.Sent(Index).Kind;
    public int Start => _doc.Token(FirstToken).Start;
    public int End => _doc.Token(EndToken - 1).End;
    public string Text => _doc.Text.Substring(Start, End - Start);
    public Token this[int i] => _doc.Token(FirstToken + i);
    public override string ToString() => Text;
}

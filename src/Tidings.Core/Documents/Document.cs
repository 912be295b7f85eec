using System.Runtime.CompilerServices;

namespace Tidings.Documents;

/// <summary>
/// The single owner of an article's text and of every annotation on it. Tokens and sentences are stored
/// as flat arrays (struct of arrays); <see cref="Token"/> and <see cref="Sentence"/> are cheap views.
/// Invariants: token offsets are half-open [Start, End) char offsets into <see cref="Text"/>, tokens are in
/// text order and do not overlap; sentences are contiguous token ranges in order and never cross a section.
/// </summary>
public sealed class Document
{
    private int[] _tokStart;
    private int[] _tokEnd;
    private Upos[] _upos;
    private string?[] _lemma;
    private string?[] _xpos;
    private int[] _head;
    private string?[] _dep;
    // Each token's text, made on first use and shared by every stage that asks (tagger, parser input, name tagger,
    // coder): tokens never change once added and the text is immutable, so one string per token is the same text
    // every call would have cut anew.
    private string?[] _text;
    private int _tokenCount;

    private readonly List<(int First, int End, SectionKind Kind)> _sentences = new();

    public Document(string text, Article? article = null, IReadOnlyList<Section>? sections = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        // Room for the tokens news text of this length usually has (about one per five characters), so the token arrays
        // are not regrown one doubling at a time while the tokenizer adds them (each Grow copies all eight arrays).
        int capacity = Math.Max(64, text.Length / 5);
        _tokStart = new int[capacity]; _tokEnd = new int[capacity]; _upos = new Upos[capacity]; _lemma = new string?[capacity];
        _xpos = new string?[capacity]; _head = new int[capacity]; _dep = new string?[capacity]; _text = new string?[capacity];
        Article = article ?? new Article { Id = "text", Body = text };
        Sections = sections ?? [new Section(SectionKind.Body, 0, text.Length)];
    }

    /// <summary>
    /// Builds the document text as headline, deck and body separated by blank lines, each cleaned of the invisible
    /// characters web copy carries and of look-alike apostrophes (<see cref="Tidings.Text.TextCleaner.Clean"/>): every
    /// offset the later stages and the stores give refers to this text, not to the article's fields.
    /// </summary>
    public static Document FromArticle(Article article)
    {
        var sb = new System.Text.StringBuilder();
        var sections = new List<Section>(3);
        void Add(SectionKind kind, string? s)
        {
            if (string.IsNullOrWhiteSpace(s)) return;
            s = Tidings.Text.TextCleaner.Clean(s);
            if (string.IsNullOrWhiteSpace(s)) return;
            if (sb.Length > 0) sb.Append("\n\n");
            int start = sb.Length;
            sb.Append(s);
            sections.Add(new Section(kind, start, sb.Length));
        }
        Add(SectionKind.Headline, article.Headline);
        Add(SectionKind.Deck, article.Deck);
        Add(SectionKind.Body, article.Body);
        return new Document(sb.ToString(), article, sections);
    }

    public string Text { get; }
    public Article Article { get; }
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>What the stages run so far have assigned; set by <see cref="Pipeline.Pipeline"/>.</summary>
    public Pipeline.Annotation Annotations { get; internal set; }

    public int TokenCount => _tokenCount;
    public int SentenceCount => _sentences.Count;

    public Token Token(int index)
    {
        if ((uint)index >= (uint)_tokenCount) throw new ArgumentOutOfRangeException(nameof(index));
        return new Token(this, index);
    }

    public Sentence Sentence(int index)
    {
        if ((uint)index >= (uint)_sentences.Count) throw new ArgumentOutOfRangeException(nameof(index));
        return new Sentence(this, index);
    }

    public IEnumerable<Sentence> Sentences()
    {
        for (int i = 0; i < _sentences.Count; i++) yield return new Sentence(this, i);
    }

    /// <summary>Actor mentions found by the actor stage, in text order.</summary>
    public List<Actors.ActorMention> Actors { get; } = new();
    /// <summary>Time expressions found by the time stage, in text order.</summary>
    public List<Time.TimeMention> Times { get; } = new();
    /// <summary>Place mentions found by the place stage, in text order.</summary>
    public List<Places.PlaceMention> Places { get; } = new();
    /// <summary>Event mentions found by the coder, in text order of their triggers.</summary>
    public List<Coding.EventMention> Events { get; } = new();

    // ---- writers used by stages -------------------------------------------------------------

    /// <summary>Appends a token. Offsets must be inside the text and after the previous token.</summary>
    public int AddToken(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"token [{start},{end}) outside text of length {Text.Length}");
        if (_tokenCount > 0 && start < _tokEnd[_tokenCount - 1])
            throw new InvalidOperationException($"token [{start},{end}) overlaps or precedes the previous token");
        if (_tokenCount == _tokStart.Length) Grow();
        _tokStart[_tokenCount] = start;
        _tokEnd[_tokenCount] = end;
        _head[_tokenCount] = -1;
        return _tokenCount++;
    }

    /// <summary>Appends a sentence covering tokens [firstToken, endToken); must follow the previous one.</summary>
    public void AddSentence(int firstToken, int endToken, SectionKind kind)
    {
        int prevEnd = _sentences.Count == 0 ? 0 : _sentences[^1].End;
        if (firstToken < prevEnd || endToken <= firstToken || endToken > _tokenCount)
            throw new ArgumentOutOfRangeException(nameof(firstToken), $"sentence [{firstToken},{endToken}) is not after the previous one or is empty");
        _sentences.Add((firstToken, endToken, kind));
    }

    public void SetTag(int token, Upos upos) => _upos[Check(token)] = upos;
    public void SetLemma(int token, string lemma) => _lemma[Check(token)] = lemma;
    /// <summary>Sets the language-specific tag (Penn Treebank tag for English, e.g. "VBD").</summary>
    public void SetXpos(int token, string xpos) => _xpos[Check(token)] = xpos;
    /// <summary>Sets the syntactic head (token index, or -1 for the root) and relation of a token.</summary>
    public void SetHead(int token, int head, string relation)
    {
        _head[Check(token)] = head;
        _dep[token] = relation;
    }

    // ---- readers used by views ---------------------------------------------------------------
    internal int TokStart(int i) => _tokStart[i];
    internal int TokEnd(int i) => _tokEnd[i];
    internal string TokText(int i) => _text[i] ??= Text.Substring(_tokStart[i], _tokEnd[i] - _tokStart[i]);
    internal Upos TokUpos(int i) => _upos[i];
    internal string? TokLemma(int i) => _lemma[i];
    internal string? TokXpos(int i) => _xpos[i];
    internal int TokHead(int i) => _head[i];
    internal string? TokDep(int i) => _dep[i];
    internal (int First, int End, SectionKind Kind) Sent(int i) => _sentences[i];

    /// <summary>Index of the sentence holding token <paramref name="token"/> (binary search).</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = _sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = _sentences[mid];
            if (token < s.First) hi = mid - 1;
            else if (token >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Check(int token)
    {
        if ((uint)token >= (uint)_tokenCount) throw new ArgumentOutOfRangeException(nameof(token));
        return token;
    }

    private void Grow()
    {
        int n = _tokStart.Length * 2;
        Array.Resize(ref _tokStart, n);
        Array.Resize(ref _tokEnd, n);
        Array.Resize(ref _upos, n);
        Array.Resize(ref _lemma, n);
        Array.Resize(ref _xpos, n);
        Array.Resize(ref _head, n);
        Array.Resize(ref _dep, n);
        Array.Resize(ref _text, n);
    }
}

namespace Tidings.Documents;

/// <summary>A token range [FirstToken, EndToken) of a document: the extent of an actor, time or place mention.</summary>
public readonly record struct TokenRange(int FirstToken, int EndToken)
{
    public int Length => EndToken - FirstToken;
    public bool Contains(int token) => token >= FirstToken && token < EndToken;
    public string TextIn(Document doc) =>
        Length <= 0 ? "" : doc.Text.Substring(doc.Token(FirstToken).Start, doc.Token(EndToken - 1).End - doc.Token(FirstToken).Start);
    public int StartCharIn(Document doc) => doc.Token(FirstToken).Start;
    public int EndCharIn(Document doc) => doc.Token(EndToken - 1).End;
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// "Subscribe to our newsletter for the latest on Russia's war in Ukraine", "Sign up for alerts on the election", "Click
    /// here to follow our coverage of the talks", "Download our app ...": a call to the reader on a web page is no part of
    /// the article's news; whatever it names (a war, talks) is the page's topic, not an act it reports. An imperative verb
    /// of the reader's own action opens the sentence. Invariant: only the sentence's first words are read, and the first
    /// needs the tagger's base form (VB), so "Subscribers protested ..." or "Follow-up talks ..." are not calls.
    /// </summary>
    private static bool IsReaderCall(Document doc, int first, int end)
    {
        bool W(int t, string w) => t < end && doc.Token(t).Span.Equals(w, StringComparison.OrdinalIgnoreCase);
        if (doc.TokXpos(first) != "VB") return false;
        return W(first, "subscribe") || W(first, "click") || W(first, "tap") || W(first, "download")
            || (W(first, "sign") && W(first + 1, "up"))
            || (W(first, "follow") && (W(first + 1, "us") || W(first + 1, "our")))
            || (W(first, "listen") && W(first + 1, "to") && (W(first + 2, "our") || W(first + 2, "the")));
    }
}

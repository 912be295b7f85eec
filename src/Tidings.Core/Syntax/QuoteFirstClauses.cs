using System.Collections.Frozen;

namespace Tidings.Syntax;

/// <summary>
/// Quote-first sentences, the commonest shape of quoted speech in news ("'We opened the crossing this morning,' an
/// Egyptian official told MENA"; "\"Your sanctions are illegal,\" the minister told ECOWAS ministers"). Parsed whole, the
/// parser often hangs the attribution under a word of the quote ("told" as an adjective of "reporters", the speaker as a
/// parataxis of the quote's second verb, the quote's fronted time noun as the root's oblique with the quoted clause as its
/// relative clause), so the quoted act loses its subject and the speaker is read as an actor of the quote. The quote and the
/// attribution are parsed each alone instead, and the quote's root is hung on the speech verb as <c>ccomp</c>, as the
/// parser itself attaches a quote when it reads the sentence right ("'...,' an Israeli military spokesman said").
/// Invariant: a cut is made only when the sentence opens with a quotation mark, the quote closes on a comma, question or
/// exclamation mark, the quote holds a clause (three words and a verb), and the words after it are a speaker phrase and a
/// verb of saying (or the verb first: "said the minister"), and the attribution parsed alone has that verb as its root;
/// otherwise the sentence is parsed whole, as before.
/// </summary>
public static class QuoteFirstClauses
{
    /// <summary>Verbs that attribute a quote to its speaker.</summary>
    private static readonly FrozenSet<string> SpeechLemmas = new[]
    {
        "say", "tell", "write", "warn", "ask", "add", "insist", "declare", "announce", "stress", "state", "explain", "reply",
        "respond", "claim", "argue", "vow", "promise", "note", "post", "tweet", "conclude", "continue", "recall", "admit",
        "acknowledge", "complain", "charge", "counter", "retort", "protest", "urge", "plead", "thunder", "shout", "cry",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Word classes a speaker phrase is made of before its verb ("the UAE's minister of state for international
    /// cooperation", "a spokesman for Tajikistan's border service", "President William Ruto", "one of the student organisers").</summary>
    private static readonly FrozenSet<string> SpeakerPhraseUpos = new[]
    {
        "DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "ADP", "PUNCT", "CCONJ", "PRON",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Longest speaker phrase, in words, between the closing quotation mark and the verb of saying.</summary>
    private const int MaxSpeakerWords = 12;


    /// <summary>A quote-first cut: the quote's words are [<see cref="From"/>, <see cref="End"/>) (the marks and the comma
    /// that closes it left out), the attribution's [<see cref="AttributionFrom"/>, n).</summary>
    public readonly record struct Cut(int From, int End, int AttributionFrom);

    /// <summary>True when a word is a quotation mark (straight or curly, single or double, or the tokenizer's `` and '').</summary>
    public static bool IsQuoteMark(string form) => form is "\"" or "'" or "“" or "”" or "‘" or "’" or "``" or "''" or "`";

    /// <summary>The quote-first cut of <paramref name="words"/>, or null when the sentence is not a quote followed by
    /// its attribution.</summary>
    public static Cut? Find(IReadOnlyList<ParserInput> words)
    {
        int n = words.Count;
        if (n < 6 || !IsQuoteMark(words[0].Form)) return null;
        for (int q = 2; q < n - 2; q++)
        {
            if (!IsQuoteMark(words[q].Form)) continue;
            // The quote closes on a comma (or its question or exclamation mark) inside the marks, or on one right after them
            // ("'...', the minister said"); any other mark is a quote inside the sentence, no attribution.
            string before = words[q - 1].Form;
            bool commaAfter = words[q + 1].Form == ",";
            if (before is not ("," or "?" or "!") && !commaAfter) return null;
            int end = before == "," ? q - 1 : q;
            int attribution = commaAfter ? q + 2 : q + 1;
            if (!SemicolonClauses.IsClause(words, 1, end) || !SpeakerThenVerb(words, attribution)) return null;
            return new Cut(1, end, attribution);
        }
        return null;
    }

    /// <summary>True when a verb of saying follows at <paramref name="from"/> (inverted: "said the minister") or after a
    /// speaker phrase of nominal words.</summary>
    private static bool SpeakerThenVerb(IReadOnlyList<ParserInput> words, int from)
    {
        for (int i = from; i < words.Count && i - from <= MaxSpeakerWords; i++)
        {
            var w = words[i];
            if (w.Upos is "VERB" && IsSpeechVerb(w)) return true;
            if (!SpeakerPhraseUpos.Contains(w.Upos) || IsQuoteMark(w.Form)) return false;
        }
        return false;
    }

    /// <summary>True when <paramref name="lemma"/> is a verb of saying that attributes a quote.</summary>
    public static bool IsSpeechLemma(string lemma) => SpeechLemmas.Contains(lemma);

    /// <summary>True when a word is a verb of saying (by lemma, or by form when the lemma is missing).</summary>
    public static bool IsSpeechVerb(ParserInput w) =>
        SpeechLemmas.Contains(string.IsNullOrEmpty(w.Lemma) ? w.Form : w.Lemma);
}

namespace Tidings.Syntax;

/// <summary>
/// A long adverbial set off by a comma before the main clause, as analysis and feature writing opens its sentences with
/// history or context: a subordinate clause ("Three weeks after a suicide attack on a mosque left dozens dead, security
/// forces raided ...", "A decade after Boko Haram kidnapped the Chibok girls, troops rescued ...", "Although the Houthis
/// have not fired on shipping since October, they sent ...") or a long prepositional phrase ("In one of the largest
/// sweeps against opposition figures since the 2016 coup attempt, police took ...") or a purpose infinitive ("To help
/// avert a humanitarian crisis, the charity pleaded for ...": the parser made "help" the root and the news clause an
/// apposition of "crisis", so the appeal was lost; session 54). The parser, trained on shorter
/// sentences, often makes the adverbial's own verb the sentence's root and hangs the news clause under it (as a
/// complement or conjunct), so the news clause inherits the adverbial's "after", "since" or year and is coded as history,
/// or loses its subject to the adverbial. The two parts are parsed alone instead: the main clause's root is the
/// sentence's, and the adverbial's root hangs on it as <c>advcl</c> (a clause with a subordinator) or <c>obl</c> (a
/// prepositional phrase), with the comma as the adverbial's <c>punct</c>, the tree Universal Dependencies gives them.
/// Invariants: the adverbial opens the part (after at most a measure of time, "Three weeks", "Nearly two years", "A
/// decade"); a clause opens with a subordinating conjunction and holds a finite verb before its comma, or opens with
/// "to" (or "in order to") tagged TO and a base verb (it needs no finite verb); a phrase opens
/// with a preposition, holds no finite verb and at least <see cref="MinPhraseWords"/> words; the comma is the first at
/// bracket and quote depth 0 after which a subject and a finite verb follow before any other comma (so a relative
/// clause or an apposition inside the adverbial stays in it); a sentence without such a comma is parsed as before, and
/// the tokens, tags and offsets are never changed.
/// </summary>
public static class FrontedAdverbials
{
    /// <summary>The comma that closes the adverbial and whether the adverbial is a clause (else a phrase).</summary>
    public readonly record struct Adverbial(int Open, int Comma, bool Clause);

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    { "after", "before", "since", "when", "while", "whilst", "although", "though", "because", "until", "once", "as", "whereas" };

    /// <summary>Prepositions a long fronted phrase of context opens with ("In one of the largest ...", "Amid a deepening
    /// dispute ...", "Despite years of warnings ...").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    { "in", "amid", "amidst", "despite", "after", "following", "since", "during", "under", "with", "for", "at", "on", "before" };

    /// <summary>Nouns of a span of time that may measure a subordinate clause ("three weeks after", "a decade after").</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    { "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour", "hours", "century", "centuries" };

    /// <summary>Shortest fronted prepositional phrase handed to the parser alone (short ones, "On Monday,", it reads well).</summary>
    private const int MinPhraseWords = 6;

    private static bool Finite(ParserInput w) => ClauseScan.Finite(w);

    /// <summary>The fronted adverbial of words [<paramref name="from"/>, <paramref name="end"/>), or null.</summary>
    public static Adverbial? Find(IReadOnlyList<ParserInput> words, int from, int end)
    {
        if (end - from < 8) return null;
        int open = from;
        // a measure of time before a subordinator: "Three weeks after", "Nearly two years after", "A decade after"
        for (int k = from; k < Math.Min(end, from + 5); k++)
        {
            if (TimeUnits.Contains(words[k].Form) && k + 1 < end && Subordinators.Contains(words[k + 1].Form)) { open = k + 1; break; }
            if (words[k].Upos is not ("NUM" or "DET" or "ADV" or "ADJ" or "NOUN")) break;
        }
        bool clause = Subordinators.Contains(words[open].Form);
        bool phrase = !clause && open == from && Prepositions.Contains(words[open].Form) && words[open].Xpos == "IN";
        // A fronted purpose infinitive ("To help avert a crisis, the charity pleaded for ...", "In order to ease tension,
        // the two sides agreed ..."): a clause with no finite verb of its own, so it is found by its "to" and base verb.
        bool purpose = !clause && !phrase && open == from && PurposeInfinitiveAt(words, open, end);
        if (purpose) clause = true;
        if (!clause && !phrase) return null;
        int depth = 0;
        bool inQuote = false, finite = false;
        for (int c = open + 1; c < end - 2; c++)
        {
            var f = words[c].Form;
            if (ClauseScan.BracketOrQuote(f, ref depth, ref inQuote)) continue;
            if (f is ";" or ":") return null;
            if (Finite(words[c])) finite = true;
            if (f != "," || depth > 0 || inQuote) continue;
            if (clause && !finite && !purpose) continue;
            if (phrase && (finite || c - from < MinPhraseWords)) return null;
            if (MainClauseAfter(words, c + 1, end)) return new Adverbial(open, c, clause);
            // a comma inside a phrase (an apposition) may be followed by the rest of the phrase
        }
        return null;
    }

    /// <summary>
    /// "To" tagged as the infinitive marker and a base verb after it ("To help", "To ease"), or "In order to" and a base
    /// verb, at <paramref name="k"/>: a purpose clause opening the sentence. "To" as a preposition ("To the north, ...",
    /// "To date, ...") is tagged IN or is followed by no base verb, and is not one.
    /// </summary>
    private static bool PurposeInfinitiveAt(IReadOnlyList<ParserInput> words, int k, int end)
    {
        if (k + 3 < end && words[k].Form.Equals("in", StringComparison.OrdinalIgnoreCase)
            && words[k + 1].Form.Equals("order", StringComparison.OrdinalIgnoreCase)) k += 2;
        return k + 1 < end && words[k].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && words[k].Xpos == "TO"
            && words[k + 1].Xpos == "VB";
    }

    /// <summary>A subject and then a finite verb from <paramref name="k"/> before any comma: "Pakistani security forces
    /// raided", "they sent", "police took".</summary>
    private static bool MainClauseAfter(IReadOnlyList<ParserInput> words, int k, int end)
    {
        if (k >= end) return false;
        var first = words[k];
        if (first.Upos is "VERB" or "AUX" or "CCONJ" or "SCONJ" or "PUNCT" or "ADP"
            || first.Form.ToLowerInvariant() is "who" or "whom" or "whose" or "which" or "where" or "that") return false;
        bool nominal = false;
        for (int i = k; i < end; i++)
        {
            if (words[i].Form is "," or ";" or ":") return false;
            if (Finite(words[i])) return nominal;
            if (words[i].Upos is "NOUN" or "PROPN" or "PRON" or "NUM") nominal = true;
        }
        return false;
    }

    /// <summary>Parses words [<paramref name="from"/>, <paramref name="comma"/>) and (<paramref name="comma"/>,
    /// <paramref name="end"/>) alone (the main clause with <see cref="SubjectRelativeClauses"/> when it has one); returns
    /// the main clause's root, whose head is left at -1.</summary>
    internal static int Parse(ParserTrainer.ParseFunction parse, List<ParserInput> words, int from, int end, Adverbial adverbial,
        Span<int> heads, string[] relations)
    {
        int comma = adverbial.Comma;
        // The clause from its subordinator; a measure of time before it ("Three weeks", "Hours") is parsed alone and hung
        // on the clause's verb as obl:npmod, as UD has it, so the parser cannot read it as the clause's subject.
        int frontedRoot = SubjectRelativeClauses.ParseSelection(parse, words, Range(adverbial.Open, comma), heads, relations);
        if (adverbial.Open > from)
        {
            int measure = SubjectRelativeClauses.ParseSelection(parse, words, Range(from, adverbial.Open), heads, relations);
            heads[measure] = frontedRoot;
            relations[measure] = "obl:npmod";
        }
        int root = SubjectRelativeClauses.Find(words, comma + 1, end) is { } aside
            ? SubjectRelativeClauses.Parse(parse, words, comma + 1, end, aside, heads, relations)
            : SubjectRelativeClauses.ParseSelection(parse, words, Range(comma + 1, end), heads, relations);
        heads[frontedRoot] = root;
        relations[frontedRoot] = adverbial.Clause ? "advcl" : "obl";
        heads[comma] = frontedRoot;
        relations[comma] = "punct";
        return root;
    }

    private static List<int> Range(int from, int end)
    {
        var list = new List<int>(end - from);
        for (int i = from; i < end; i++) list.Add(i);
        return list;
    }

    /// <summary>Parses words [<paramref name="from"/>, <paramref name="end"/>) in parts when they hold a fronted adverbial and
    /// its clause, or a subject with a relative clause set off by commas, and gives the root (head -1); false, with nothing
    /// parsed, when they hold neither, so the caller parses them whole. Each splitter's search runs once.</summary>
    internal static bool TryParseSpan(ParserTrainer.ParseFunction parse, List<ParserInput> words, int from, int end,
        Span<int> heads, string[] relations, out int root)
    {
        if (Find(words, from, end) is { } adverbial) { root = Parse(parse, words, from, end, adverbial, heads, relations); return true; }
        if (SubjectRelativeClauses.Find(words, from, end) is { } aside)
        {
            root = SubjectRelativeClauses.Parse(parse, words, from, end, aside, heads, relations);
            return true;
        }
        root = -1;
        return false;
    }
}

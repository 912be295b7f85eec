namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Verbs that, in a headline's second predicate, take their complement after a preposition ("asks for
    /// vaccines", "calls on Kyiv to ..."); after any other word a preposition makes the word after the comma a noun of a
    /// list ("seizes guns, drugs in raid").</summary>
    private static readonly HashSet<string> HeadlinePrepositionalVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "ask", "call", "appeal", "push", "press", "warn", "meet", "vote", "agree", "pray", "plead", "head", "return",
    };

    /// <summary>Base forms that, after a noun closing a headline, make that noun the subject of an attribution
    /// ("..., reports say", "..., sources claim").</summary>
    private static readonly HashSet<string> HeadlineAttributionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "claim", "confirm", "report", "allege", "warn", "insist", "tell", "add", "note", "believe", "fear", "show", "suggest",
    };

    /// <summary>
    /// "Soldiers seize power in Guinea-Bissau, detain president", "Opposition rejects result, demands recount", "Congo
    /// declares outbreak, asks for vaccines": a headline tells two acts of one subject as two predicates joined by a comma,
    /// with no "and". The tagger reads the second verb as a noun (a compound "detain president", a plural "demands"), the
    /// parser hangs it on the first predicate's object and its act is lost. True when the word at <paramref name="i"/>,
    /// right after such a comma, can open a second predicate: a lower-case word the lexicon allows as a verb, in the form
    /// of the headline's verb (<paramref name="form"/>: "VBZ" an -s form whose stem is a verb, "VBP" a base form, "VBD" a
    /// past), that the tagger did not read as a participle or gerund, followed by what starts its object (a determiner,
    /// number, adjective, noun, pronoun or "to"; a preposition only after a verb that takes one). A word followed by a
    /// verb is the subject of an attribution ("..., police say") and a word followed by "and", "or" or nothing ends a list.
    /// </summary>
    private bool IsHeadlineSecondPredicate(IReadOnlyList<string> words, Span<int> classes, int i, string form, out bool objectReadAsVerb)
    {
        objectReadAsVerb = false;
        if (i < 2 || i + 1 >= words.Count || words[i - 1] != ",") return false;
        var w = words[i];
        if (w.Length < 3 || !char.IsLower(w[0])) return false;
        if (_xpos[classes[i]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "VB" or "VBP" or "VBZ" or "RB")) return false;
        var lower = w.ToLowerInvariant();
        string stem;
        switch (form)
        {
            case "VBZ":
                if (!IsThirdPersonForm(lower)) return false;
                stem = lower.EndsWith("ies", StringComparison.Ordinal) ? string.Concat(lower.AsSpan(0, lower.Length - 3), "y")
                    : EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1)) ? lower[..^1] : lower[..^2];
                break;
            case "VBP":
                if (!EnglishLexicon.IsVerb(lower.AsSpan()) || IsThirdPersonForm(lower) || lower.EndsWith("ed", StringComparison.Ordinal)) return false;
                stem = lower;
                break;
            case "VBD":
                if (!EnglishLexicon.IsIrregularPast(lower) && !IsRegularPast(lower)) return false;
                stem = lower;
                break;
            default: return false;
        }
        var next = words[i + 1];
        if (next is "and" or "or" or "," or "." or ":" or ";") return false;
        var nx = _xpos[classes[i + 1]];
        // "demands recount": after an -s verb a base form read as a verb is its object noun (a plural subject would not
        // take the -s form), unless it is a verb of saying ("..., reports say").
        if (form == "VBZ" && nx is "VBP" or "VB" && !HeadlineAttributionVerbs.Contains(next)) { objectReadAsVerb = true; return true; }
        if (nx.StartsWith("VB", StringComparison.Ordinal) || nx == "MD") return false;
        if (nx is "IN") return HeadlinePrepositionalVerbs.Contains(stem) || (form == "VBD" && HeadlinePrepositionalVerbs.Contains(lower));
        return nx is "DT" or "CD" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "PRP$" or "TO" or "PDT";
    }

    /// <summary>
    /// The second predicate of a comma-joined headline (see <see cref="IsHeadlineSecondPredicate"/>) takes the finite tag
    /// of the headline's first verb, so the parser joins it to that verb and it shares the verb's subject. Runs after the
    /// headline-verb repairs, which find the first verb. Invariants: only headlines (no closing full stop, question or
    /// exclamation mark), only the first comma after the headline's first finite verb, at most one tag changes, and never
    /// when a finite verb already follows that comma.
    /// </summary>
    private void RepairHeadlineSecondPredicate(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbpClass < 0 || _vbzClass < 0 || _vbdClass < 0 || words.Count < 5) return;
        if (words[^1] is "." or "!" or "?" or "\"" or "'" or ":" or ";") return;
        int verb = -1;
        for (int i = 1; i < words.Count; i++)
            if (_xpos[classes[i]] is "VBZ" or "VBP" or "VBD") { verb = i; break; }
            else if (words[i] is "," && verb < 0 && i > 3) return;
        if (verb < 0) return;
        int comma = -1;
        for (int i = verb + 1; i < words.Count; i++)
        {
            if (words[i] == ",") { comma = i; break; }
            // A subordinate clause or a second finite verb before the comma: the comma is no longer the main clause's.
            if (HeadlineSubordinators.Contains(words[i]) || IsFiniteTag(_xpos[classes[i]])) return;
        }
        if (comma < 0) return;
        // The form the second verb must share is the first verb's spelling, not its tag: "Police raid office, arrest 12"
        // may carry "raid" as VBD (a base spelling read as a past), and headlines tell the news in the present.
        var first = words[verb].ToLowerInvariant();
        var form = IsThirdPersonForm(first) ? "VBZ"
            : IsRegularPast(first) || (EnglishLexicon.IsIrregularPast(first) && !EnglishLexicon.IsVerb(first)) ? "VBD" : "VBP";
        if (!IsHeadlineSecondPredicate(words, classes, comma + 1, form, out bool objectReadAsVerb)) return;
        for (int i = comma + 1; i < words.Count; i++)
            if (IsFiniteTag(_xpos[classes[i]]) && i != comma + 1 && !(objectReadAsVerb && i == comma + 2)) return;
        classes[comma + 1] = form switch { "VBZ" => _vbzClass, "VBD" => _vbdClass, _ => _vbpClass };
        if (objectReadAsVerb) classes[comma + 2] = _nnClass;
    }
}

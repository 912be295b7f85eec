namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Subordinators that open a finite adverbial clause ("after the army seized power"). "that", "if" and
    /// "where" are left out: their clauses are complements or relatives, which other repairs read.</summary>
    private static readonly HashSet<string> AdverbialSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "as", "because", "since", "although", "though", "until", "once", "whereas",
    };

    /// <summary>Nouns of time that follow a participle in a reduced relative ("talks held days earlier", "a deal signed
    /// years ago"): never the object that makes the -ed form finite.</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "today",
        "yesterday", "tonight", "overnight", "decade", "decades", "morning", "evening", "night", "weekend",
    };

    /// <summary>Words that open a time phrase after a participle ("a truce agreed last week", "the deal signed this
    /// month"), which are no object either.</summary>
    private static readonly HashSet<string> TimeOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "last", "this", "next", "earlier", "later", "late", "early",
    };

    /// <summary>
    /// "suspended Niger after the military seized power", "fired tear gas after an officer shot a teenager", "clashed after
    /// students protested outside parliament", "as U.S. warships gathered in the Caribbean": in an adverbial clause the
    /// tagger reads the verb right after the subject's noun as a participle (or, for a past spelt like a noun, a noun)
    /// modifying that noun, and the parser then hangs "the military seized power" on the subordinator as one noun phrase,
    /// so the clause has no verb and no doer. After a subordinator of <see cref="AdverbialSubordinators"/> and a noun
    /// phrase (articles, possessives, numbers, adjectives, nouns, names or a pronoun, at most eight words, ending in a
    /// noun, name or pronoun), a lower-case past form (an "-ed" form or an irregular past) tagged VBN or JJ, or NN for an
    /// irregular past, is the clause's finite verb (VBD) when what follows it makes it active: an object (an article, a
    /// possessive, a number, a name, a pronoun, or a bare common noun that is no noun of time), or, for a verb that takes no
    /// object (<see cref="IntransitivePasts"/>), a preposition, particle, adverb or the clause's end.
    /// Invariants: never before "by" (a passive: "after a missile fired by the rebels"), never a participle of a state
    /// ("displaced", "armed") or of naming ("called"), never when another finite verb follows in the same clause (a reduced
    /// relative: "after a missile fired from Yemen struck a ship"), never before a time phrase ("a deal signed last week");
    /// "as" only before a noun phrase without "a"/"an" ("as a gesture aimed at" is a preposition's phrase).
    /// </summary>
    private void RepairSubordinateClauseVerb(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        int n = words.Count;
        for (int s = 0; s + 3 < n; s++)
        {
            if (!AdverbialSubordinators.Contains(words[s])) continue;
            if (_xpos[classes[s]] is not ("IN" or "RB" or "WRB")) continue;
            if (words[s].Equals("as", StringComparison.OrdinalIgnoreCase)
                && (words[s + 1].Equals("a", StringComparison.OrdinalIgnoreCase) || words[s + 1].Equals("an", StringComparison.OrdinalIgnoreCase)
                    || (s > 0 && words[s - 1].Equals("such", StringComparison.OrdinalIgnoreCase)))) continue;
            // The subject's words; an irregular past the tagger read as a noun ("a gunman shot a guard") ends them when an
            // object follows it.
            int v = s + 1;
            while (v < n && v - s <= 8 && _xpos[classes[v]] is "DT" or "PRP$" or "POS" or "JJ" or "JJR" or "JJS" or "NN" or "NNS"
                   or "NNP" or "NNPS" or "CD" or "PRP")
            {
                if (v > s + 1 && v + 1 < n && _xpos[classes[v]] == "NN" && IrregularPasts.Contains(words[v]) && char.IsLower(words[v][0])
                    && _xpos[classes[v - 1]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" && ObjectLike(words, classes, v + 1)) break;
                v++;
            }
            if (v == s + 1 || v + 1 >= n || v - s > 8) continue;
            if (_xpos[classes[v - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) continue;
            var w = words[v];
            if (w.Length < 3 || !char.IsLower(w[0])) continue;
            var x = _xpos[classes[v]];
            bool irregular = IrregularPasts.Contains(w);
            // A past form: irregular, an "-ed" form of a listed verb, an "-ed" form the tagger itself read as a participle, or
            // a listed verb that takes no object ("died", too short for the regular test).
            bool past = irregular || IntransitivePasts.Contains(w)
                || (w.EndsWith("ed", StringComparison.Ordinal) && (IsRegularPast(w) || x == "VBN"));
            if (!past || !(x is "VBN" or "JJ" || (x == "NN" && irregular))) continue;
            if (StateParticiples.Contains(w) || NamingParticiples.Contains(w)) continue;
            var next = words[v + 1];
            if (next.Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            if (TimeOpeners.Contains(next) || TimeNouns.Contains(next) || TreebankAugmentation.DayWords.Contains(next)) continue;
            var nx = _xpos[classes[v + 1]];
            bool active = ObjectLike(words, classes, v + 1) || (nx is "NN" or "NNS" && BareNounObject(words, classes, v + 1))
                || (IntransitivePasts.Contains(w) && nx is "IN" or "RP" or "RB" or "TO" or "." or ",");
            if (!active) continue;
            // A finite verb later in the clause is the clause's own: the -ed form is a reduced relative on its subject.
            bool laterFinite = false;
            for (int k = v + 1; k < n && !laterFinite; k++)
            {
                if (words[k] is "," or ";" or ":" or "." || AdverbialSubordinators.Contains(words[k])
                    || words[k].Equals("that", StringComparison.OrdinalIgnoreCase) || words[k].Equals("who", StringComparison.OrdinalIgnoreCase)
                    || words[k].Equals("which", StringComparison.OrdinalIgnoreCase) || words[k].Equals("and", StringComparison.OrdinalIgnoreCase)) break;
                laterFinite = IsFiniteTag(_xpos[classes[k]]);
            }
            if (laterFinite) continue;
            classes[v] = _vbdClass;
        }
    }
}

using System.Collections.Frozen;

namespace Tidings.Coding;

/// <summary>Irregular forms of one verb, as listed in <c>data/coding/irregular-verbs.tsv</c>. Empty arrays mean "regular".</summary>
public sealed record IrregularVerb(string Lemma, string[] Past, string[] Participle, string[] Third, string[] Ing);

/// <summary>
/// Generates English surface forms from lemmas so that triggers match text that no lemmatizer has seen.
/// Regular rules: 3rd person -s/-es/-ies; past -ed with e-drop ("use"→"used"), y→ied ("deny"→"denied"),
/// final-consonant doubling for one-syllable CVC verbs and a list of end-stressed verbs ("ban"→"banned",
/// "admit"→"admitted", but "visit"→"visited"); -ing with e-drop and ie→ying. Irregular forms come from a table.
/// All inputs and outputs are lower case.
/// </summary>
public static class Inflector
{
    // Two-or-more-syllable verbs stressed on the last syllable, which double their final consonant.
    private static readonly FrozenSet<string> DoubleFinal = FrozenSet.ToFrozenSet(
    [
        "admit", "commit", "submit", "omit", "permit", "emit", "transmit", "expel", "compel", "propel", "repel",
        "patrol", "control", "occur", "refer", "prefer", "confer", "deter", "transfer", "regret", "acquit",
        "equip", "rebut", "abet", "embed", "outbid", "kidnap", "handicap", "incur", "recur", "allot", "befit",
        "forbid", "begin", "upset", "remit", "concur", "unplug", "outstrip",
    ], StringComparer.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int VowelGroups(string w)
    {
        int groups = 0; bool prev = false;
        for (int i = 0; i < w.Length; i++)
        {
            bool v = IsVowel(w[i]) || (w[i] == 'y' && i > 0 && !IsVowel(w[i - 1]));
            if (v && !prev) groups++;
            prev = v;
        }
        return groups;
    }

    /// <summary>True when the final consonant doubles before -ed/-ing: consonant-vowel-consonant ending,
    /// the last consonant not w/x/y, and either one syllable or an end-stressed verb from the list.</summary>
    public static bool DoublesFinalConsonant(string lemma)
    {
        int n = lemma.Length;
        if (n < 3) return false;
        char c3 = lemma[n - 1], v = lemma[n - 2], c1 = lemma[n - 3];
        if (!char.IsAsciiLetterLower(c3) || IsVowel(c3) || c3 is 'w' or 'x' or 'y') return false;
        if (!IsVowel(v) || IsVowel(c1)) return false;
        if (DoubleFinal.Contains(lemma)) return true;
        return VowelGroups(lemma) == 1;
    }

    public static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2])) return lemma[..^1] + "ies";
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith("sh", StringComparison.Ordinal) || (lemma.EndsWith('o') && !lemma.EndsWith("oo", StringComparison.Ordinal)))
            return lemma + "es";
        return lemma + "s";
    }

    public static string PastRegular(string lemma)
    {
        if (lemma.EndsWith('e')) return lemma + "d";
        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2])) return lemma[..^1] + "ied";
        if (lemma.EndsWith('c')) return lemma + "ked"; // panic → panicked
        if (DoublesFinalConsonant(lemma)) return lemma + lemma[^1] + "ed";
        return lemma + "ed";
    }

    public static string Gerund(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal)) return lemma[..^2] + "ying";
        if (lemma.EndsWith("ee", StringComparison.Ordinal) || lemma.EndsWith("ye", StringComparison.Ordinal) || lemma.EndsWith("oe", StringComparison.Ordinal))
            return lemma + "ing";
        if (lemma.EndsWith('e') && lemma.Length > 2) return lemma[..^1] + "ing";
        if (lemma.EndsWith('c')) return lemma + "king";
        if (DoublesFinalConsonant(lemma)) return lemma + lemma[^1] + "ing";
        return lemma + "ing";
    }

    /// <summary>Plural of a noun; words already ending in a single "s" ("talks", "arms") are returned unchanged.</summary>
    public static string Plural(string noun)
    {
        if (noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)) return noun;
        if (noun.EndsWith('y') && noun.Length > 1 && !IsVowel(noun[^2])) return noun[..^1] + "ies";
        if (noun.EndsWith("ss", StringComparison.Ordinal) || noun.EndsWith('x') || noun.EndsWith('z')
            || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal))
            return noun + "es";
        return noun + "s";
    }

    // Verb prefixes that keep the stem verb's irregular forms ("uphold" upheld, "unfreeze" unfroze, "retake" retook,
    // "overrun" overran, "withhold" withheld, "undertake" undertook, "mislead" misled).
    private static readonly string[] IrregularPrefixes = ["under", "over", "with", "fore", "out", "mis", "un", "up", "re"];

    /// <summary>The irregular forms of a prefixed verb the table does not list, from its stem's row: "uphold" from "hold"
    /// (upheld), "unfreeze" from "freeze" (unfroze, unfrozen). The stem must be a listed verb of at least three letters
    /// ("re" + "set" is "reset"); null when no prefix and stem fit.</summary>
    public static IrregularVerb? Prefixed(string lemma, IReadOnlyDictionary<string, IrregularVerb> irregular)
    {
        foreach (var p in IrregularPrefixes)
        {
            if (lemma.Length < p.Length + 3 || !lemma.StartsWith(p, StringComparison.Ordinal)) continue;
            if (!irregular.TryGetValue(lemma[p.Length..], out var stem)) continue;
            static string[] With(string p, string[] forms) => [.. forms.Select(f => p + f)];
            return new IrregularVerb(lemma, With(p, stem.Past), With(p, stem.Participle), With(p, stem.Third), With(p, stem.Ing));
        }
        return null;
    }

    /// <summary>Every surface form of a verb: lemma, 3rd person, past, participle, -ing (deduplicated, lemma first).</summary>
    public static IReadOnlyList<string> VerbForms(string lemma, IReadOnlyDictionary<string, IrregularVerb>? irregular = null)
        => VerbFormsWithParticiple(lemma, irregular).Select(f => f.Form).ToList();

    /// <summary>As <see cref="VerbForms"/>, saying which forms can be a past participle (for passive detection).</summary>
    public static IReadOnlyList<(string Form, bool IsParticiple)> VerbFormsWithParticiple(string lemma, IReadOnlyDictionary<string, IrregularVerb>? irregular = null)
    {
        var list = new List<(string, bool)>(6);
        void Add(string f, bool participle)
        {
            for (int i = 0; i < list.Count; i++)
                if (list[i].Item1 == f) { if (participle) list[i] = (f, true); return; }
            list.Add((f, participle));
        }
        Add(lemma, false);
        IrregularVerb? irr = null;
        irregular?.TryGetValue(lemma, out irr);
        if (irr is null && irregular is not null) irr = Prefixed(lemma, irregular);
        if (irr is not null && irr.Third.Length > 0) foreach (var f in irr.Third) Add(f, false);
        else Add(ThirdPerson(lemma), false);
        if (irr is not null && irr.Past.Length > 0) foreach (var f in irr.Past) Add(f, false);
        else Add(PastRegular(lemma), true);
        if (irr is not null && irr.Participle.Length > 0) foreach (var f in irr.Participle) Add(f, true);
        if (irr is not null && irr.Ing.Length > 0) foreach (var f in irr.Ing) Add(f, false);
        else Add(Gerund(lemma), false);
        return list;
    }
}

using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Syntax;

/// <summary>
/// Rule-based English lemmatizer: irregular verb and plural tables, then suffix rules for regular
/// inflection (-s/-es/-ies, -ed, -ing with consonant undoubling and e-restoration, -er/-est of adjectives).
/// Proper nouns, numbers, punctuation and symbols keep their form; everything else is lower-cased.
/// </summary>
public static class Lemmatizer
{
    // Function-word and clitic lemmas in UD English conventions.
    private static readonly FrozenDictionary<string, string> Special = new Dictionary<string, string>
    {
        ["n't"] = "not", ["n’t"] = "not", ["'m"] = "be", ["’m"] = "be", ["'re"] = "be", ["’re"] = "be", ["'ve"] = "have", ["’ve"] = "have",
        ["'d"] = "would", ["’d"] = "would", ["'ll"] = "will", ["’ll"] = "will", ["ca"] = "can", ["wo"] = "will", ["ai"] = "be",
        ["am"] = "be", ["is"] = "be", ["are"] = "be", ["was"] = "be", ["were"] = "be", ["been"] = "be", ["being"] = "be", ["be"] = "be",
        ["has"] = "have", ["had"] = "have", ["having"] = "have", ["does"] = "do", ["did"] = "do", ["doing"] = "do", ["done"] = "do",
        ["goes"] = "go", ["i"] = "I", ["me"] = "I", ["him"] = "he", ["us"] = "we", ["them"] = "they", ["an"] = "a",
        ["these"] = "this", ["those"] = "that", ["better"] = "good", ["best"] = "good", ["worse"] = "bad", ["worst"] = "bad",
        // Session 63 (blind81): "firefighting" (fighting fires: "firefighting planes", "the firefighting effort") is a word of
        // its own, not a form of "firefight" (a gun battle), which stripping "-ing" made it and the lexicon codes 193.
        ["firefighting"] = "firefighting",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Irregular and foreign plurals; uncountable nouns ending in -s map to themselves.
    private static readonly FrozenDictionary<string, string> Plurals = new Dictionary<string, string>
    {
        ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["people"] = "person", ["feet"] = "foot", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["crises"] = "crisis", ["analyses"] = "analysis", ["theses"] = "thesis",
        ["criteria"] = "criterion", ["phenomena"] = "phenomenon", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife",
        ["leaves"] = "leaf", ["halves"] = "half", ["shelves"] = "shelf", ["thieves"] = "thief", ["wolves"] = "wolf",
        ["selves"] = "self", ["heroes"] = "hero", ["potatoes"] = "potato", ["tomatoes"] = "tomato", ["vetoes"] = "veto",
        ["news"] = "news", ["series"] = "series", ["species"] = "species", ["means"] = "means", ["politics"] = "politics",
        ["economics"] = "economics", ["physics"] = "physics", ["headquarters"] = "headquarters", ["status"] = "status",
        ["bus"] = "bus", ["gas"] = "gas", ["chaos"] = "chaos", ["alumni"] = "alumnus", ["bases"] = "base", ["taxes"] = "tax",
        ["police"] = "police", ["sheep"] = "sheep", ["aircraft"] = "aircraft", ["thanks"] = "thanks", ["diabetes"] = "diabetes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="upos"/>.</summary>
    public static string Lemmatize(string form, Upos upos)
    {
        if (form.Length == 0) return form;
        switch (upos)
        {
            case Upos.PROPN or Upos.NUM or Upos.PUNCT or Upos.SYM or Upos.X:
                return form;
        }
        // "Syrian", "European": capitalised adjectives of names keep their capital, as in UD English.
        if (upos == Upos.ADJ && char.IsUpper(form[0]) && form.Length > 1 && char.IsLower(form[^1])
            && !EnglishLexicon.TryGet(form.ToLowerInvariant(), out _)) return form;
        var lower = form.ToLowerInvariant();
        if (upos == Upos.PART && lower is "'s" or "’s") return "'s";
        if (lower is "'s" or "’s") return upos == Upos.AUX ? "be" : lower;
        if (upos == Upos.PRON && lower == "her") return "she";
        if (Special.TryGetValue(lower, out var sp) && upos is not Upos.NOUN) return sp;
        return upos switch
        {
            Upos.VERB or Upos.AUX => Verb(lower),
            Upos.NOUN => Noun(lower),
            Upos.ADJ => Adjective(lower),
            _ => lower,
        };
    }

    /// <summary>Base form of a lower-case verb form ("fought" → "fight", "stopped" → "stop", "hoping" → "hope").</summary>
    public static string Verb(string w)
    {
        if (EnglishLexicon.IrregularLemma(w) is { } irr) return irr;
        if (Special.TryGetValue(w, out var sp)) return sp;
        if (PrefixedIrregular(w) is { } pre) return pre;
        int n = w.Length;
        if (n > 4 && w.EndsWith("ied", StringComparison.Ordinal)) return w[..^3] + "y";
        if (n > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (n == 5 && w.EndsWith("ying", StringComparison.Ordinal)) return w[..1] + "ie";          // dying, lying, tying
        if (n > 4 && w.EndsWith("ing", StringComparison.Ordinal)) return Restore(w[..^3]);
        if (n > 3 && w.EndsWith("ed", StringComparison.Ordinal)) return Restore(w[..^2]);
        if (n > 3 && w.EndsWith("es", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            if (EnglishLexicon.IsVerb(stem)) return stem;
            if (EnglishLexicon.IsVerb(w.AsSpan(0, w.Length - 1))) return w[..^1];
            // "authorizes", "seizes", "freezes"; "disperses", "raises", "proposes", "pauses": the -e belongs to the base
            // (not "buzzes", "passes", "focuses").
            if (stem.Length > 2 && stem[^1] == 'z' && stem[^2] != 'z') return w[..^1];
            if (stem.Length > 2 && stem[^1] == 's' && stem[^2] != 's' && (stem[^2] != 'u' || (stem.Length > 3 && stem[^3] == 'a'))) return w[..^1];
            if (stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith('o'))
                return stem;
            return w[..^1];
        }
        if (n > 2 && w[^1] == 's' && w[^2] != 's') return w[..^1];
        return w;
    }

    /// <summary>The base of an irregular past or participle, listed or prefixed ("forgave" → "forgive", "unfroze" →
    /// "unfreeze"), when the form is no verb's base itself ("lay", "found", "set" stay); null otherwise. For a form the
    /// tagger read as a base form (VB, VBP) that can only be a past.</summary>
    public static string? IrregularPastOnly(string lower)
    {
        if (EnglishLexicon.IsVerb(lower)) return null;
        var lemma = EnglishLexicon.IrregularLemma(lower) ?? PrefixedIrregular(lower);
        return lemma is not null && lemma != lower ? lemma : null;
    }

    // Verb prefixes that keep the stem verb's irregular forms: "upheld", "unfroze", "overran", "withheld", "misled".
    private static readonly string[] IrregularPrefixes = ["under", "over", "with", "fore", "out", "mis", "un", "up", "re"];

    /// <summary>The base of a prefixed irregular past or participle the table does not list ("upheld" → "uphold", "unfroze"
    /// → "unfreeze", "overran" → "overrun"): a prefix, then an irregular form of three letters or more that is no verb's
    /// base itself ("relay" is no form of "lie"); null otherwise.</summary>
    private static string? PrefixedIrregular(string w)
    {
        foreach (var p in IrregularPrefixes)
        {
            if (w.Length < p.Length + 3 || !w.StartsWith(p, StringComparison.Ordinal)) continue;
            var rest = w.AsSpan(p.Length);
            if (EnglishLexicon.IrregularLemma(rest) is { } stem && !EnglishLexicon.IsVerb(rest)) return p + stem;
        }
        return null;
    }

    // Undoes the spelling changes before -ed/-ing: the verb list decides when it knows the verb, else the
    // usual English patterns (doubled final consonant, dropped silent e).
    private static string Restore(string stem)
    {
        if (stem.Length == 0) return stem;
        if (EnglishLexicon.IsVerb(stem)) return stem;
        var withE = stem + "e";
        if (EnglishLexicon.IsVerb(withE)) return withE;
        int n = stem.Length;
        if (n >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z' or 'f'))
            return stem[..^1];                                                         // stopped → stop
        if (n >= 3 && stem[^1] == stem[^2] && stem[^1] == 'l' && EnglishLexicon.IsVerb(stem.AsSpan(0, n - 1))) return stem[..^1]; // controlled
        if (n >= 2 && stem[^1] == 'u') return withE;                                   // sued, pursued, rescued, queued
        if (n < 2) return stem;
        char a = stem[^2], b = stem[^1];
        bool afterConsonant = n >= 3 && !IsVowel(stem[^3]);
        // "floated", "booted", "rioted", "flouted": a vowel pair before -t keeps the stem ("quoted" is "quote").
        if (((a, b) is ('o', 't') or ('u', 't') && n >= 3 && IsVowel(stem[^3]) && !(n >= 4 && stem[^4] == 'q' && stem[^3] == 'u'))
            || (n >= 3 && stem[^3] == 'o' && (a, b) is ('a', 't'))) return stem;                  // floated, coated ("negotiated" keeps -e)
        bool addE = b is 'v' or 'c' || (b == 'z' && a != 'z')
            || (a, b) is ('a', 't') or ('u', 't') or ('o', 't') or ('r', 'g') or ('d', 'g') or ('y', 's') or ('i', 'z') or ('u', 'm') or ('o', 'k')
            // A single consonant after a single vowel would have doubled (stopped, banned): "staged", "waged", "reneged",
            // "indulged", "plunged", "hiked", "rebuked", "ceded", "blockaded", "scraped", "wiped", "piled", "consoled", "ruled".
            || (b == 'g' && (IsVowel(a) || a == 'l' || (a == 'n' && n >= 3 && stem[^3] == 'u')))
            || (afterConsonant && (a, b) is ('i', 'k') or ('u', 'k') or ('a', 'k') or ('e', 'd') or ('a', 'd') or ('a', 'p') or ('i', 'p')
                or ('i', 'l') or ('o', 'l') or ('u', 'l'))
            || (b == 'r' && a == 'i' && n >= 3 && stem[^3] is not ('a' or 'e' or 'o'))     // fired, acquired (not "chaired")
            || (b == 'l' && !IsVowel(a) && a is not ('l' or 'r' or 'w'))                // settled → settle, enabled → enable
            || (b == 'g' && a == 'n' && n >= 3 && stem[^3] is 'a' or 'e')               // changed → change, challenged
            || (b is 'd' or 'r' or 'n' && a == 'i' && n >= 3 && !IsVowel(stem[^3]))     // decided, required, combined
            || (b == 'd' && a is 'o' or 'u' && n >= 3 && !IsVowel(stem[^3]))            // exploded, concluded
            || (b == 's' && (IsVowel(a) || a is 'n' or 'r' or 'p'))                      // released, caused, proposed, licensed
            || (b == 'r' && a == 'u' && n >= 3 && !IsVowel(stem[^3]));                 // secured, ensured
        return addE ? withE : stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Singular of a lower-case noun ("countries" → "country", "talks" → "talk").</summary>
    public static string Noun(string w)
    {
        if (Plurals.TryGetValue(w, out var p)) return p;
        int n = w.Length;
        if (n <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && n > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal))
            return w[..^2];
        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("ics", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }

    /// <summary>Positive degree of a listed adjective's comparative or superlative ("largest" → "large"); else the word.</summary>
    public static string Adjective(string w)
    {
        if (Special.TryGetValue(w, out var sp)) return sp;
        foreach (var suffix in (ReadOnlySpan<string>)["est", "er"])
        {
            if (w.Length <= suffix.Length + 2 || !w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            foreach (var cand in (ReadOnlySpan<string>)[stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem,
                         stem.EndsWith('i') ? stem[..^1] + "y" : stem])
                if (EnglishLexicon.TryGet(cand, out var e) && e.Allows(Upos.ADJ)) return cand;
        }
        return w;
    }
}

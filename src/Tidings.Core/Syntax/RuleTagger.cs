using System.Globalization;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Syntax;

/// <summary>
/// A first rule-based UPOS tagger and lemmatizer (UD English conventions). Order of evidence: character
/// class (punctuation, symbols, numbers, URLs), the word-class lexicon with a few context rules for
/// ambiguous function words ("that", "to", "'s", "have"), capitalisation (non-initial capitalised words are
/// PROPN), inflection (irregular past forms, -ed, -ing, -s of listed verbs), then derivational suffixes
/// (-ly ADV, -tion NOUN, -ous ADJ …); unknown words are NOUN. A trained tagger replaces it later.
/// </summary>
public sealed class RuleTagger : IPipelineComponent
{
    public static RuleTagger Default { get; } = new();

    public string Name => "rule-tagger";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences;
    public Annotation Assigns => Annotation.PartOfSpeech | Annotation.Lemmas;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var words = new List<string>();
        var tags = new List<Upos>();
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            words.Clear();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++) words.Add(document.Token(i).Text);
            tags.Clear();
            Tag(words, tags);
            for (int i = 0; i < words.Count; i++)
            {
                int t = sentence.FirstToken + i;
                document.SetTag(t, tags[i]);
                document.SetLemma(t, Lemmatizer.Lemmatize(words[i], tags[i]));
            }
        }
    }

    /// <summary>Tags one sentence's words, appending one UPOS per word to <paramref name="tags"/>.</summary>
    public static void Tag(IReadOnlyList<string> words, List<Upos> tags)
    {
        int start = tags.Count;
        for (int i = 0; i < words.Count; i++)
        {
            Upos prev = i > 0 ? tags[start + i - 1] : Upos.X;
            string? prevWord = i > 0 ? words[i - 1] : null;
            string? next = i + 1 < words.Count ? words[i + 1] : null;
            tags.Add(TagWord(words[i], prevWord, prev, next, IsInitial(words, i), i + 2 < words.Count ? words[i + 2] : null));
        }
    }

    // Sentence-initial: first word, or first after an opening quote, bracket, dash, colon or bullet.
    private static bool IsInitial(IReadOnlyList<string> words, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            var w = words[j];
            if (w.Length > 0 && (w is "\"" or "“" or "‘" or "'" or "(" or "[" or ":" or "-" or "--" or "—" or "–" or "*" or "•" || IsAllPunct(w))) 
            {
                if (w is ":" or "-" or "--" or "—" or "–" or "*" or "•" or "\"" or "“" or "‘" or "(" or "[" or "'") return true;
                continue;
            }
            return false;
        }
        return true;
    }

    private static Upos TagWord(string w, string? prevWord, Upos prev, string? next, bool initial, string? next2)
    {
        if (w.Length == 0) return Upos.X;
        var shape = Shape(w);
        if (shape != Upos.X) return shape;

        var lower = w.ToLowerInvariant();
        bool capital = char.IsUpper(w[0]);
        bool allCaps = w.Length > 1 && IsAllCapsLetters(w);
        if (lower is "am" or "pm" or "a.m." or "p.m." && w != "am" && (w != "Am" || !initial)) return Upos.NOUN;
        // "US", "UN", "IT": an all-capitals word among ordinary words is a name (not in an all-capitals headline).
        if (allCaps && !(next is not null && next.Length > 1 && IsAllCapsLetters(next)) && !(prevWord is not null && prevWord.Length > 1 && IsAllCapsLetters(prevWord)))
            return Upos.PROPN;

        int hyphen = w.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < w.Length && char.IsLetter(w[hyphen + 1]))
        {
            // "al-Shaibani", "Bin-Salman": a capitalised part after the hyphen makes a name.
            if (char.IsUpper(w[hyphen + 1]) || (capital && !initial)) return Upos.PROPN;
            // "high-level talks", "14-year war": a hyphenated compound before a word modifies it.
            if (next is { Length: > 1 } && char.IsLower(next[0]) && !(EnglishLexicon.TryGet(next.ToLowerInvariant(), out var hn) && IsClosed(hn.Default)))
                return Upos.ADJ;
        }
        if (EnglishLexicon.TryGet(lower, out var e))
        {
            // Closed classes win even when capitalised; a capitalised open-class word inside a sentence is a name.
            if (capital && !initial && !IsClosed(e.Default) && !(allCaps && w.Length <= 1)) return Upos.PROPN;
            return Disambiguate(lower, e, prevWord, prev, next, next2);
        }
        if (capital && !initial) return Nationality(lower, next) ? Upos.ADJ : Upos.PROPN;
        if (allCaps) return Upos.PROPN;
        var bySuffix = BySuffix(lower, prev);
        // "Officials", "Reports": a sentence-initial plural of a word with a common-noun suffix.
        if (capital && initial && lower.Length > 4 && lower[^1] == 's' && HasNounOrAdjSuffix(lower[..^1])) return Upos.NOUN;
        if (capital && initial)
            return bySuffix is Upos.ADV or Upos.VERB || (bySuffix == Upos.ADJ && !lower.EndsWith("ian", StringComparison.Ordinal)) ? bySuffix
                : Nationality(lower, next) ? Upos.ADJ : Upos.PROPN;
        return bySuffix;
    }

    private static bool HasNounOrAdjSuffix(string w)
    {
        foreach (var s in NounSuffixes) if (w.Length > s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal)) return true;
        foreach (var s in AdjSuffixes) if (w.Length > s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsClosed(Upos u) => u is Upos.DET or Upos.PRON or Upos.ADP or Upos.AUX or Upos.CCONJ or Upos.SCONJ or Upos.PART or Upos.NUM;

    private static bool IsAllCapsLetters(string w)
    {
        bool any = false;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) any = true;
        }
        return any;
    }

    // "Syrian", "Chinese", "British" before a word: nationality adjectives are ADJ in UD English.
    private static bool Nationality(string lower, string? next) =>
        ((lower.Length >= 6 && (lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal)
                              || lower.EndsWith("ish", StringComparison.Ordinal) || lower.EndsWith("ean", StringComparison.Ordinal)
                              || lower.EndsWith("can", StringComparison.Ordinal)))
         || (lower.Length >= 5 && lower[^1] == 'i' && !lower.Contains('-')))
        && next is { Length: > 0 } && char.IsLetter(next[0])
        && !(EnglishLexicon.TryGet(next.ToLowerInvariant(), out var ne) && IsClosed(ne.Default));

    /// <summary>PUNCT, SYM, NUM or X from the characters alone; <see cref="Upos.X"/> when letters decide.</summary>
    private static Upos Shape(string w)
    {
        if (w.Contains("://", StringComparison.Ordinal) || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (w.Length > 3 && w.IndexOf('@') > 0 && w.IndexOf('.') > 0)) return Upos.X;
        bool letters = false, digits = false, punct = false, symbols = false;
        foreach (var c in w)
        {
            if (char.IsLetter(c)) letters = true;
            else if (char.IsDigit(c)) digits = true;
            else
            {
                var k = char.GetUnicodeCategory(c);
                if (c is '<' or '>') punct = true;
                else if (k is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol
                    || c is '%' or '#' or '@' or '§' or '°') symbols = true;
                else if (char.IsPunctuation(c)) punct = true;
                else if (char.IsSurrogate(c)) symbols = true;
            }
        }
        if (w.Length >= 2 && w[0] is ':' or ';' or '=' && !letters && !digits) return Upos.SYM;   // emoticons
        if (digits && !letters) return Upos.NUM;
        if (digits && letters)
        {
            // "1990s" NOUN, "1st"/"2nd" ADJ, mixed codes are names.
            var l = w.ToLowerInvariant();
            if (l.EndsWith("st", StringComparison.Ordinal) || l.EndsWith("nd", StringComparison.Ordinal) || l.EndsWith("rd", StringComparison.Ordinal) || l.EndsWith("th", StringComparison.Ordinal))
                return char.IsDigit(w[0]) ? Upos.ADJ : Upos.X;
            return char.IsDigit(w[0]) && l.EndsWith('s') ? Upos.NOUN : Upos.X;
        }
        if (letters) return Upos.X;
        if (w is "&") return Upos.X;
        if (symbols && !punct) return Upos.SYM;
        if (punct) return Upos.PUNCT;
        return Upos.SYM;
    }

    private static bool IsBeForm(string? w) => w is not null && w.ToLowerInvariant() is "is" or "are" or "was" or "were" or "'s" or "’s" or "be" or "been" or "'re" or "’re" or "seems" or "seem" or "remains" or "appears";

    private static bool LooksLikeBaseVerb(string? w)
    {
        if (w is null || w.Length == 0 || !char.IsLetter(w[0]) || char.IsUpper(w[0])) return false;
        var l = w.ToLowerInvariant();
        if (EnglishLexicon.TryGet(l, out var e)) return e.Allows(Upos.VERB) || e.Default == Upos.AUX || l is "be" or "have" or "do";
        return false;
    }

    // "to rebuild": an unlisted lower-case word without a noun, adjective or inflection suffix.
    private static bool LooksLikeUnlistedVerb(string? w)
    {
        if (w is null || w.Length < 3 || !char.IsLower(w[0])) return false;
        var l = w.ToLowerInvariant();
        if (EnglishLexicon.TryGet(l, out _)) return false;
        if (l[^1] == 's' || l.EndsWith("ed", StringComparison.Ordinal) || l.EndsWith("ing", StringComparison.Ordinal) || l.EndsWith("ly", StringComparison.Ordinal)) return false;
        return !HasNounOrAdjSuffix(l) && !HasNounOrAdjSuffix(l + "xx");
    }

    private static bool LooksLikeParticiple(string? w)
    {
        if (w is null || w.Length < 3) return false;
        var l = w.ToLowerInvariant();
        if (l is "been" or "got" or "gotten") return true;
        if (EnglishLexicon.IrregularLemma(l) is not null) return true;
        return l.EndsWith("ed", StringComparison.Ordinal) && l.Length > 3;
    }

    private static Upos Disambiguate(string lower, EnglishLexicon.Entry e, string? prevWord, Upos prev, string? next, string? next2)
    {
        string? nextLower = next?.ToLowerInvariant();
        switch (lower)
        {
            case "that":
                if (prev is Upos.VERB or Upos.ADJ or Upos.ADV) return Upos.SCONJ;
                // After a noun: a complement clause when a subject follows ("reports that he left"), else relative.
                if (prev is Upos.NOUN or Upos.PROPN or Upos.NUM)
                    return nextLower is "i" or "he" or "she" or "it" or "we" or "they" or "you" or "the" or "a" or "an" or "there" or "this"
                        || (next is not null && char.IsUpper(next[0])) ? Upos.SCONJ : Upos.PRON;
                if (next is not null && char.IsLower(next[0]) && !EnglishLexicon.TryGet(nextLower!, out _) && !nextLower!.EndsWith("ed", StringComparison.Ordinal)
                    && !nextLower.EndsWith("ly", StringComparison.Ordinal)) return Upos.DET;
                return Upos.PRON;
            case "this" or "these" or "those":
                return next is null || !char.IsLetterOrDigit(next[0]) || (EnglishLexicon.TryGet(nextLower!, out var tn) && tn.Default is Upos.AUX or Upos.ADP or Upos.PRON or Upos.DET or Upos.CCONJ or Upos.PART or Upos.SCONJ)
                    ? Upos.PRON : Upos.DET;
            case "more" or "most" or "less" or "least" or "much":
                return next is not null && char.IsLower(next[0]) && !EnglishLexicon.TryGet(nextLower!, out _) && !nextLower!.EndsWith("ly", StringComparison.Ordinal) ? Upos.ADJ : e.Default;
            case "out" or "up" or "down" or "off" or "away" or "back" or "about" or "around" or "in" or "on" or "over" when next is null || IsAllPunct(next) || nextLower is "and" or "or" or "but":
                return Upos.ADV;
            case "to":
                return LooksLikeBaseVerb(next) || LooksLikeUnlistedVerb(next) ? Upos.PART : Upos.ADP;
            case "'s" or "’s":
                return prev == Upos.PRON || (prevWord is not null && prevWord.ToLowerInvariant() is "there" or "here" or "that" or "what" or "who" or "where" or "it" or "he" or "she")
                    ? Upos.AUX : Upos.PART;
            case "there":
                return IsBeForm(next) || nextLower is "will" or "would" or "may" or "might" or "could" or "must" or "should" or "has" or "have" or "had" ? Upos.PRON : Upos.ADV;
            case "have" or "has" or "had" or "having":
                {
                    var n1 = nextLower is "not" or "n't" or "never" or "already" or "also" or "just" or "since" or "long" ? next2 : next;
                    if (LooksLikeParticiple(n1)) return Upos.AUX;
                    if (nextLower is "to") return Upos.VERB;
                    return Upos.VERB;
                }
            case "do" or "does" or "did":
                if (nextLower is "not" or "n't") return Upos.AUX;
                if (prev is Upos.X or Upos.PUNCT or Upos.ADV || prevWord is null) return next is not null && (char.IsUpper(next[0]) || EnglishLexicon.TryGet(nextLower!, out var ne) && ne.Default is Upos.PRON or Upos.DET) ? Upos.AUX : Upos.VERB;
                return Upos.VERB;
            case "get" or "got" or "gets":
                return Upos.VERB;
            case "like":
                return prev is Upos.PRON or Upos.AUX or Upos.PART || prevWord is "n't" or "not" ? Upos.VERB : Upos.ADP;
            case "no":
                return next is null || next is "," or "." or "!" ? Upos.INTJ : Upos.DET;
            case "as" or "so" when next is not null && EnglishLexicon.TryGet(nextLower!, out var an) && an.Default is Upos.ADJ or Upos.ADV && next2 is "as" or "that":
                return Upos.ADV;
            case "her":
                return next is not null && char.IsLetter(next[0]) && !(EnglishLexicon.TryGet(nextLower!, out var hn) && IsClosed(hn.Default)) ? Upos.PRON : Upos.PRON;
        }
        var d = e.Default;
        // "after he left", "since they met": a preposition before a subject pronoun introduces a clause.
        if (d == Upos.ADP && lower is "after" or "before" or "since" or "until" or "till" or "as" && nextLower is "i" or "he" or "she" or "we" or "they" or "it" or "you" or "there")
            return Upos.SCONJ;
        // A listed verb (or verb-capable word) after a subject, modal or infinitive "to" is a verb; after a
        // determiner, possessive, adjective or preposition it is a noun ("the attack", "Russia's support").
        if (e.Allows(Upos.VERB) && d != Upos.AUX)
        {
            if (prev is Upos.PRON or Upos.AUX && !(prevWord is not null && IsPossessive(prevWord))) return Upos.VERB;
            if (prev == Upos.PART && prevWord is "to" or "not" or "n't") return Upos.VERB;
            if (d == Upos.VERB)
            {
                if (prev is Upos.DET or Upos.ADJ or Upos.NUM || (prev == Upos.ADP && prevWord != "to") || (prev == Upos.PART) || (prevWord is not null && IsPossessive(prevWord)))
                    return Upos.NOUN;
                return Upos.VERB;
            }
        }
        return d;
    }

    private static bool IsPossessive(string w) => w.ToLowerInvariant() is "my" or "your" or "his" or "her" or "its" or "our" or "their" or "whose";

    private static readonly string[] NounSuffixes = ["tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "ance", "ence", "ery", "ure", "age", "dom", "hood", "ee", "er", "or", "cy", "logy", "phy", "ium", "ia"];
    private static readonly string[] AdjSuffixes = ["ous", "ive", "al", "ful", "less", "able", "ible", "ic", "ical", "ary", "ish", "ian", "ese", "ent", "ant", "est"];

    /// <summary>Tag of an unlisted lower-case word from its inflection and derivational suffix.</summary>
    private static Upos BySuffix(string w, Upos prev)
    {
        int n = w.Length;
        if (!char.IsLetter(w[0])) return Upos.NOUN;
        if (EnglishLexicon.IrregularLemma(w) is not null) return Upos.VERB;
        bool nounContext = prev is Upos.DET or Upos.ADJ or Upos.NUM;
        if (n > 4 && w.EndsWith("ly", StringComparison.Ordinal))
            return w is "family" or "supply" or "rally" or "ally" or "assembly" or "monopoly" or "anomaly" or "reply" or "apply" or "italy"
                ? Upos.NOUN
                : w is "daily" or "weekly" or "monthly" or "yearly" or "friendly" or "lovely" or "elderly" or "ugly" or "holy" or "silly" or "costly" or "deadly" or "lonely" or "likely" or "unlikely" or "early" or "timely" or "orderly"
                    ? Upos.ADJ : Upos.ADV;
        if (n > 4 && w.EndsWith("ing", StringComparison.Ordinal))
            return nounContext || w is "thing" or "morning" or "evening" or "meeting" or "building" or "ceiling" or "spring" or "string" or "king" or "wedding" or "clothing" or "funding" or "training" or "bombing" or "shooting" or "briefing" or "hearing" or "ruling" or "uprising" or "offspring" or "pudding" or "warning" or "setting" or "feeling" or "beginning" or "understanding"
                ? (nounContext || prev is not Upos.PRON and not Upos.AUX ? Upos.NOUN : Upos.VERB) : Upos.VERB;
        if (n > 3 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal))
            return prev == Upos.DET ? Upos.ADJ : Upos.VERB;
        if (n > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            var baseForm = Lemmatizer.Verb(w);
            if (baseForm != w && EnglishLexicon.IsVerb(baseForm) && prev is Upos.NOUN or Upos.PROPN or Upos.PRON) return Upos.VERB;
            if (w.EndsWith("ous", StringComparison.Ordinal)) return Upos.ADJ;
            return Upos.NOUN;
        }
        if (w is "proposal" or "approval" or "arrival" or "withdrawal" or "trial" or "rival" or "signal" or "capital" or "hospital" or "festival"
            or "animal" or "journal" or "referral" or "refusal" or "removal" or "renewal" or "disposal" or "survival" or "denial" or "dismissal"
            or "representative" or "initiative" or "incentive" or "archive" or "motive" or "objective" or "alternative" or "executive" or "detective"
            or "explosive" or "offensive" or "republic" or "music" or "topic" or "clinic" or "traffic" or "logic" or "panic" or "critic" or "magic"
            or "mechanic" or "student" or "president" or "agent" or "parent" or "government" or "resident" or "incident" or "accident" or "event"
            or "percent" or "client" or "patient" or "content" or "talent" or "element" or "moment" or "comment" or "payment" or "servant" or "tenant"
            or "merchant" or "restaurant" or "participant" or "immigrant" or "migrant" or "defendant" or "assistant" or "consultant" or "plant" or "giant"
            or "grant" or "want" or "infant" or "lieutenant" or "sergeant" or "contest" or "interest" or "protest" or "forest" or "guest" or "request" or "test" or "rest" or "west" or "chest" or "arrest" or "quest" or "harvest")
            return Upos.NOUN;
        foreach (var s in NounSuffixes) if (n > s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal)) return Upos.NOUN;
        foreach (var s in AdjSuffixes) if (n > s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal)) return Upos.ADJ;
        if (n > 3 && w.EndsWith('y') && !w.EndsWith("ey", StringComparison.Ordinal) && !w.EndsWith("ay", StringComparison.Ordinal) && !w.EndsWith("ry", StringComparison.Ordinal)
            && !w.EndsWith("ty", StringComparison.Ordinal) && prev is not Upos.DET and not Upos.ADJ) return Upos.ADJ;
        return Upos.NOUN;
    }

    private static bool IsAllPunct(string w)
    {
        foreach (var c in w) if (!char.IsPunctuation(c)) return false;
        return true;
    }
}

namespace Tidings.Syntax;

/// <summary>
/// A repair after parsing: a sentence whose root is a noun although it holds a finite verb right after its subject
/// ("Investigators from the United Nations found evidence that ...", "A man fired several shots at the prime minister",
/// "Senegal's president consulted opposition leaders on Monday", "Senegal and Gambia condemned ..." with the verb as a conjunct
/// of the first name). The parser, trained on web text where noun-phrase
/// fragments are common, hangs the verb on a noun as <c>amod</c> or <c>acl</c> and makes the subject or the object the
/// root; news sentences almost always have a verb, and a past or present tense verb right after a noun is that verb.
/// The tree is rebuilt around it: the verb becomes the root, the old root its subject (before it) or object (after it),
/// the noun it modified its object, and what hung on the subject after the verb (adverbial phrases, participle clauses,
/// punctuation) hangs on the verb.
/// </summary>
public static class FiniteVerbRoot
{
    /// <summary>Applies the repair to one parsed sentence (heads are 0-based word indexes, -1 the root).</summary>
    public static void Repair(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count, root = -1;
        for (int i = 0; i < n; i++) if (heads[i] == -1) { root = i; break; }
        if (root < 0) return;
        // "Senegal and Gambia condemned ...": a country name at the start may be tagged as an adjective and made the root.
        bool nominalRoot = words[root].Upos is "NOUN" or "PROPN"
            || (words[root].Upos == "ADJ" && root == 0 && words[root].Form.Length > 0 && char.IsUpper(words[root].Form[0]));
        if (!nominalRoot) return;
        if (ParticipleObjectTakenForSubject(words, heads, relations, root)) return;
        if (VerbAfterRelativeClause(words, heads, relations, root)) return;
        int v = -1;
        for (int i = 1; i < n; i++)
        {
            // "Tunisia's president rejected opposition calls to restore the parliament he dissolved": a past form the tagger
            // read as a participle, hung as amod on a noun root that already has a subject before it, is that subject's verb
            // (a noun root with a subject is a copula-less fragment, which news prose does not write).
            bool participleAfterSubject = words[i].Upos == "VERB" && words[i].Xpos == "VBN" && relations[i] == "amod" && heads[i] == root
                && heads[i - 1] == root && relations[i - 1] == "nsubj";
            if (!participleAfterSubject && (words[i].Upos != "VERB" || words[i].Xpos is not ("VBD" or "VBZ" or "VBP"))) continue;
            // A finite verb coordinated with the root noun ("Senegal and Gambia condemned") is its predicate too.
            // Only after coordinated names at the sentence's start: elsewhere a verb coordinated with a noun root is a web-text
            // fragment's ("Great food and friendly staff, loved it").
            // "Ukraine, US sign minerals deal": a present-tense verb the parser read as the first word of a noun compound
            // ("sign minerals deal") is the verb too; the tagger's finite tag outweighs the parser's compound.
            bool finiteCompound = relations[i] == "compound" && words[i].Xpos is "VBZ" or "VBP";
            if (relations[i] is not ("amod" or "acl") && !finiteCompound
                && !(relations[i] == "conj" && heads[i] == root && root == 0 && words[root].Xpos is "NNP" or "JJ" && words[i - 1].Xpos == "NNP")) continue;
            // The subject's noun comes right before the verb (an adverb may stand between them).
            int p = i - 1;
            if (words[p].Upos == "ADV" && p > 0) p--;
            if (words[p].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            v = i;
            break;
        }
        if (v < 0) return;
        int modified = heads[v];
        heads[v] = -1; relations[v] = "root";
        if (root < v) { heads[root] = v; relations[root] = "nsubj"; }
        else { heads[root] = v; relations[root] = "obj"; }
        if (modified != root && modified > v) { heads[modified] = v; relations[modified] = "obj"; }
        // The old root after the verb was its object: its subject's head is the last noun before the verb hung on it.
        int subject = -1;
        if (root > v)
            for (int t = v - 1; t >= 0 && subject < 0; t--)
                if (heads[t] == root && relations[t] is "nsubj" or "compound" or "nmod:poss" or "amod" && words[t].Upos is "NOUN" or "PROPN" or "PRON")
                    subject = t;
        if (subject >= 0) { heads[subject] = v; relations[subject] = "nsubj"; }
        for (int t = 0; t < n; t++)
        {
            if (t == v || t == subject || heads[t] < 0 || heads[t] == v) continue;
            if (t > v && heads[t] < v)
            {
                // Hung on the subject but after the verb: a phrase of the clause.
                heads[t] = v;
                relations[t] = relations[t] switch { "nmod" => "obl", "acl" => "advcl", var r => r };
            }
            else if (t > v && root > v && heads[t] == root && (relations[t] is "punct" or "advmod" or "advcl" or "parataxis" || relations[t].StartsWith("obl", StringComparison.Ordinal)))
                // The old root's clause dependents ("on Monday", the full stop) are the verb's.
                heads[t] = v;
            else if (t < v && root > v && heads[t] == root)
                // Said of the old root (now the object) but before the verb: the clause's adverbs and punctuation hang on
                // the verb, the rest of the subject phrase on its head.
                heads[t] = relations[t] is "punct" or "advmod" or "obl" or "nsubj" || subject < 0 ? v : subject;
        }
    }

    /// <summary>
    /// "Myanmar's military government, which seized power in a coup and has since lost control of the borderlands, announced
    /// on Tuesday that ...", "Cameroon's opposition coalition (an alliance of seven parties led by a former minister)
    /// demanded ...": the parser hangs the finite verb after the interruption's closing comma or bracket inside it (a
    /// conjunct of its last verb, a clause on its last noun) and leaves the subject noun the root. A noun root followed by
    /// ", which" (or "who", "whose") and a relative clause on it, by a comma and an apposition, or by a bracket, and a past
    /// or present tense verb right after a later closing comma or bracket (an adverb may stand between), is a subject
    /// interrupted by what it is said to be: the verb becomes the root, the old root its subject, and what follows the verb
    /// but hung before it hangs on the verb. Returns true when the tree was rebuilt.
    /// </summary>
    private static bool VerbAfterRelativeClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int root)
    {
        int n = words.Count;
        if (root + 3 >= n) return false;
        // The interruption: a relative clause (", which ..."), an apposition between commas (", a former general, ...") or
        // one in brackets ("(an alliance of seven parties)"), each hung on the root noun.
        string opener = words[root + 1].Form, closer;
        bool interrupted = false;
        if (opener == "(")
        {
            closer = ")";
            for (int i = root + 2; i < n && !interrupted; i++) interrupted = heads[i] == root && relations[i] is "appos" or "acl:relcl" or "acl" or "parataxis";
        }
        else if (opener == ",")
        {
            closer = ",";
            bool relativeWord = words[root + 2].Form is "which" or "who" or "whose";
            for (int i = root + 2; i < n && !interrupted; i++)
                interrupted = heads[i] == root && (relativeWord ? relations[i] == "acl:relcl" : relations[i] == "appos");
        }
        else return false;
        if (!interrupted) return false;
        int v = -1;
        for (int i = root + 4; i < n; i++)
        {
            if (words[i].Upos != "VERB" || words[i].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            int p = i - 1;
            if (words[p].Upos == "ADV") p--;
            if (words[p].Form != closer) continue;
            // The verb must hang inside the relative clause or on the root noun, not head a clause of its own.
            if (relations[i] is not ("conj" or "acl" or "amod" or "parataxis" or "acl:relcl") || heads[i] == root && relations[i] == "acl:relcl") return false;
            v = i;
            break;
        }
        if (v < 0) return false;
        heads[v] = -1; relations[v] = "root";
        heads[root] = v; relations[root] = "nsubj";
        for (int t = 0; t < n; t++)
        {
            if (t == v || heads[t] < 0 || heads[t] == v) continue;
            if ((t == v - 1 || t == v - 2) && words[t].Form == ",") { heads[t] = v; relations[t] = "punct"; continue; }
            if (t > v && heads[t] < v)
            {
                heads[t] = v;
                relations[t] = relations[t] switch { "nmod" => "obl", "acl" => "advcl", var r => r };
            }
        }
        return true;
    }

    /// <summary>
    /// "Teachers demanding higher pay went on strike", "Doctors seeking better care marched ...": the parser reads the
    /// participle's object and the main verb after it as a relative clause without a pronoun ("pay went on strike") on
    /// the noun root. A finite verb hung as <c>acl:relcl</c> on the root noun, whose subject is the noun right before it,
    /// inside the span of a participle (acl, -ing) of that root, is the sentence's verb: it becomes the root, the old root
    /// its subject, and the noun the participle's object. Returns true when the tree was rebuilt.
    /// </summary>
    private static bool ParticipleObjectTakenForSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int root)
    {
        int n = words.Count;
        int participle = -1;
        for (int i = root + 1; i < n; i++)
            if (heads[i] == root && relations[i] == "acl" && words[i].Xpos == "VBG") { participle = i; break; }
        if (participle < 0) return false;
        for (int v = participle + 2; v < n; v++)
        {
            if (heads[v] != root || relations[v] != "acl:relcl" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            int o = v - 1;
            if (heads[o] != v || relations[o] != "nsubj" || words[o].Upos is not ("NOUN" or "PROPN")) return false;
            // Nothing between the participle and the noun but the noun's own modifiers: the participle's object phrase.
            for (int k = participle + 1; k < o; k++)
                if (heads[k] != o && heads[k] != participle) return false;
            heads[v] = -1; relations[v] = "root";
            heads[root] = v; relations[root] = "nsubj";
            heads[o] = participle; relations[o] = "obj";
            for (int k = participle + 1; k < o; k++) if (heads[k] == participle && relations[k] == "obj") relations[k] = "amod";
            // The old root's clause dependents after the verb (the full stop, time phrases) are the verb's.
            for (int t = v + 1; t < n; t++)
                if (heads[t] == root && (relations[t] is "punct" or "advmod" || relations[t].StartsWith("obl", StringComparison.Ordinal))) heads[t] = v;
            return true;
        }
        return false;
    }
}

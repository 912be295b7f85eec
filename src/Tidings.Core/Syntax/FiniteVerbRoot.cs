namespace Tidings.Syntax;

/// <summary>
/// A repair after parsing: a sentence whose root is a noun although it holds a finite verb right after its subject
/// ("Investigators from the United Nations found evidence that ...", "A man fired several shots at the prime minister",
/// "Senegal's president consulted opposition leaders on Monday", "Senegal and Gambia condemned ..." with the verb as a conjunct
/// of the first name). The parser, trained on web text where noun-phrase
/// fragments are common, hangs the verb on a noun as <c>amod</c> or <c>acl</c> and makes the subject or the object the
/// root; news sentences almost always have a verb, and a past or present tense verb right after a noun is that verb.
/// The tree is rebuilt around it: the verb becomes the root, the old root its subject (before it) or object (after it),
/// the noun it modified its object (or, for a verb hung on a participle clause of the subject, that clause stays the
/// subject's), and what hung on the subject after the verb (adverbial phrases, participle clauses,
/// punctuation) hangs on the verb.
/// </summary>
public static class FiniteVerbRoot
{
    /// <summary>Applies the repair to one parsed sentence (heads are 0-based word indexes, -1 the root).</summary>
    public static void Repair(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        RepairNominalRoot(words, heads, relations);
        // Last, when the repairs above left the root clause without a finite verb: a subject interrupted by insertions.
        for (int i = 0; i < words.Count; i++)
            if (heads[i] == -1) { VerbAfterInsertion(words, heads, relations, i); break; }
    }

    private static void RepairNominalRoot(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
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
        bool fromParticipleClause = false;
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
            // "Protesters demanding the prime minister's resignation clashed with police": a finite verb the parser hung as
            // the complement of a participle clause on the noun root is the root's verb; the participle says who the
            // subject is.
            bool afterSubjectsParticiple = relations[i] is "xcomp" or "ccomp" or "dep" or "parataxis" && heads[i] >= 0 && heads[i] < i
                && heads[heads[i]] == root && relations[heads[i]] == "acl" && words[heads[i]].Xpos is "VBG" or "VBN";
            if (relations[i] is not ("amod" or "acl") && !finiteCompound && !afterSubjectsParticiple
                && !(relations[i] == "conj" && heads[i] == root && root == 0 && words[root].Xpos is "NNP" or "JJ" && words[i - 1].Xpos == "NNP")) continue;
            // The subject's noun comes right before the verb (an adverb may stand between them).
            int p = i - 1;
            if (words[p].Upos == "ADV" && p > 0) p--;
            if (words[p].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            v = i;
            fromParticipleClause = afterSubjectsParticiple;
            break;
        }
        if (v < 0) return;
        int modified = heads[v];
        // "relief flights carrying tents and medicine landed in Kabul": read as a clause of the participle, the verb took the
        // participle's object as its own subject; that object goes back to the participle.
        if (fromParticipleClause)
            for (int t = modified + 1; t < v; t++)
                if (heads[t] == v && relations[t].StartsWith("nsubj", StringComparison.Ordinal)) { heads[t] = modified; relations[t] = "obj"; }
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
    /// "Kenya's interior minister, Jane Doe, accused ...", "Thailand's army chief, speaking to reporters, accused ...",
    /// "Turkey, which hosts three million refugees, sent aid ...", "Colombian police, acting on intelligence, arrested
    /// ...": a sentence that opens with its subject and one or more insertions between commas, dashes or brackets, whose
    /// root clause has no finite verb although a finite full verb (not an auxiliary) stands right after the last
    /// insertion's closing mark (an adverb may stand between). The parser, which reads web text full of noun-phrase
    /// fragments, hangs that verb on a noun (amod, acl, appos, parataxis, conj) and makes the subject, an apposition or the
    /// object the root. The finite verb becomes the root and the subject's head its subject; each insertion hangs on the
    /// subject (an apposition, a relative or participle clause) or on the verb (a prepositional phrase, an -ing clause);
    /// what came after the verb but hung on the subject, the insertions or the old root hangs on the verb, the old root
    /// after the verb as its object. The insertions may hold finite verbs only inside relative clauses (opened by "who",
    /// "which", "whose", "where", "when"). Returns true when the tree was rebuilt.
    /// </summary>
    private static bool VerbAfterInsertion(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int root)
    {
        int n = words.Count;
        if (IsFinite(words[root].Xpos)) return false;
        for (int t = 0; t < n; t++)
            if (heads[t] == root && relations[t] is "aux" or "aux:pass" or "cop" && IsFinite(words[t].Xpos)) return false;
        int open = -1;
        for (int i = 1; i + 3 < n && i < 16; i++)
        {
            if (IsFinite(words[i].Xpos) || words[i].Xpos == "VB") return false;
            if (IsMark(words[i].Form)) { open = i; break; }
            if (words[i].Form is ";" or ":" or "\"" or ")") return false;
        }
        if (open < 0 || words[open - 1].Upos is not ("NOUN" or "PROPN" or "PRON" or "NUM")) return false;
        int segment = open + 1, close = -1, v = -1, marks = 0;
        bool relative = IsRelative(words[segment].Form);
        for (int c = open + 1; c + 1 < n && v < 0; c++)
        {
            if (!IsMark(words[c].Form))
            {
                if (words[c].Form is ";" or ":") return false;
                if (IsFinite(words[c].Xpos) && !relative) return false;
                continue;
            }
            if (c == segment || ++marks > 4) return false;
            int k = c + 1;
            if (words[k].Upos == "ADV" && k + 1 < n) k++;
            if (IsFinite(words[k].Xpos) && words[c].Form != "(") { v = k; close = c; break; }
            segment = c + 1;
            relative = IsRelative(words[segment].Form);
        }
        // Only a full verb: an auxiliary there ("..., was invited", "..., did not say") is left to the parser's own reading.
        if (v < 0 || words[v].Upos != "VERB" || relations[v] is "aux" or "aux:pass" or "cop") return false;
        int pred = v;
        if (pred == root) return false;
        // The subject's head: the one word of the subject hung outside it when that is a noun, else its last noun before any
        // preposition ("Eritrean and Ethiopian troops", read with the first adjective as the head).
        int s = -1, outside = 0;
        for (int t = 0; t < open; t++)
            if (heads[t] < 0 || heads[t] >= open) { outside++; s = t; }
        // A country name tagged as an adjective heads its coordination ("Senegal and Mauritania, whose navies ...").
        bool countryAdjective = outside == 1 && words[s].Upos == "ADJ" && char.IsUpper(words[s].Form[0]) && HasConjunct(heads, relations, s, open);
        if (outside != 1 || words[s].Upos is not ("NOUN" or "PROPN" or "PRON" or "NUM") && !countryAdjective)
        {
            s = -1;
            for (int t = 0; t < open && words[t].Upos != "ADP"; t++)
                if (words[t].Upos is "NOUN" or "PROPN" or "PRON" or "NUM") s = t;
            if (s < 0) return false;
        }
        int oldPredHead = heads[pred];
        heads[pred] = -1; relations[pred] = "root";
        bool passive = false;
        for (int t = 0; t < n; t++) if (heads[t] == pred && relations[t] == "aux:pass") passive = true;
        heads[s] = pred; relations[s] = passive ? "nsubj:pass" : "nsubj";
        for (int t = 0; t < open; t++)
            if (t != s && (heads[t] < 0 || heads[t] >= open)) { heads[t] = s; if (relations[t] is "root" or "nsubj" or "obj") relations[t] = words[t].Upos == "ADJ" ? "amod" : "compound"; }
        // Each insertion's words hung outside it: marks on the subject, phrases on the subject or the verb.
        int segStart = open + 1;
        for (int t = open; t <= close; t++)
        {
            if (IsMark(words[t].Form) && t > open) segStart = t + 1;
            if (t == pred) continue;
            // The closing comma is the verb's, as after a relative clause.
            if (t == close && words[t].Form == ",") { heads[t] = pred; relations[t] = "punct"; continue; }
            // Hung inside the insertion, or on a word of the subject ("his counterpart, Hun Manet,"), a word keeps its head.
            if (heads[t] >= 0 && heads[t] <= close && heads[t] != t && !(heads[t] == s && relations[t] is "nsubj" or "parataxis" or "list" or "dep")) continue;
            if (words[t].Upos == "PUNCT") { heads[t] = s; relations[t] = "punct"; continue; }
            string first = words[segStart].Form;
            if (IsRelative(first)) { heads[t] = s; relations[t] = "acl:relcl"; }
            else if (words[segStart].Upos == "ADP" || words[t].Xpos == "VBG" && words[segStart].Xpos == "VBG")
            { heads[t] = pred; relations[t] = words[t].Upos is "VERB" ? "advcl" : "obl"; }
            else if (words[t].Upos is "VERB") { heads[t] = s; relations[t] = "acl"; }
            else { heads[t] = s; relations[t] = relations[t] is "nmod" or "amod" or "nummod" or "acl" ? relations[t] : "appos"; }
        }
        // After the verb: what hung on the subject, an insertion or the old root hangs on the verb.
        bool hasObject = false;
        for (int t = 0; t < n; t++) if (heads[t] == pred && relations[t] is "obj" or "ccomp" or "xcomp") hasObject = true;
        for (int t = close + 1; t < n; t++)
        {
            if (t == pred) continue;
            if (heads[t] > close) continue;
            bool wasRoot = heads[t] < 0;
            heads[t] = pred;
            if (wasRoot || t == oldPredHead)
                relations[t] = words[t].Upos is "NOUN" or "PROPN" or "PRON" or "NUM" && !hasObject && t > pred ? "obj" : relations[t] == "root" ? "parataxis" : relations[t];
            else relations[t] = relations[t] switch { "nmod" => "obl", "acl" => "advcl", "amod" or "appos" => "obj", var r => r };
            if (relations[t] == "obj") hasObject = true;
        }
        // The verb's old head after it (the noun it was hung on) is its object.
        if (oldPredHead > pred && heads[oldPredHead] != pred && !IsDescendant(heads, oldPredHead, pred))
        {
            heads[oldPredHead] = pred;
            relations[oldPredHead] = !hasObject && words[oldPredHead].Upos is "NOUN" or "PROPN" or "PRON" ? "obj" : relations[oldPredHead];
        }
        return true;
    }

    private static bool HasConjunct(Span<int> heads, string[] relations, int head, int end)
    {
        for (int t = head + 1; t < end; t++) if (heads[t] == head && relations[t] == "conj") return true;
        return false;
    }

    private static bool IsDescendant(Span<int> heads, int t, int ancestor)
    {
        for (int k = 0, h = heads[t]; h >= 0 && k < heads.Length; h = heads[h], k++) if (h == ancestor) return true;
        return false;
    }

    private static bool IsFinite(string xpos) => xpos is "VBD" or "VBZ" or "VBP" or "MD";

    private static bool IsMark(string w) => w is "," or "--" or "-" or "\u2014" or "\u2013" or "(" or ")";

    private static bool IsRelative(string w) => w is "who" or "which" or "whose" or "whom" or "where" or "when";

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

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 71 (famvio): a people driven from its land told with its people as the object of a verb of forcing ("forced
    /// the entire population of the village to leave", "compelled thousands of residents to abandon their homes": a mass
    /// expulsion, 201) or as what a land is emptied of ("purged the region of its Tigrayan residents", "a campaign to rid
    /// the province of its Masalit population": ethnic cleansing, 203; "emptied the camps of their inhabitants": 201). The
    /// lexicon's phrases cannot reach these when the object's words run long ("the entire population of a village in the
    /// valley") or when the land, not the people, is the object; the tree names both.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Nouns of a people as a whole, the ones expelled.</summary>
        private static readonly WordSet ExpelledPeopleNouns = new("population", "populations", "resident", "residents", "inhabitant",
            "inhabitants", "villager", "villagers", "civilian", "civilians", "people", "community", "communities", "minority",
            "minorities", "family", "families", "tribe", "tribes", "household", "households");

        /// <summary>The "to leave" (flee, abandon, quit, vacate) that completes the verb of forcing <paramref name="v"/>: its
        /// xcomp, or an infinitive the parser hung inside the object's words ("forced the population of two villages to
        /// leave" with "leave" under "villages"); -1 when none.</summary>
        private int LeavingInfinitive(int v, int obj)
        {
            for (int k = obj + 1; k < _e; k++)
            {
                if (doc.TokLemma(k) is not ("leave" or "flee" or "abandon" or "quit" or "vacate") || !IsWord(k - 1, "to")) continue;
                int h = doc.Token(k).Head;
                for (int step = 0; step < 5 && h >= _f && h < _e; step++)
                {
                    if (h == v || h == obj) return k;
                    if (doc.TokXpos(h) is "VBD" or "VBZ" or "VBP") break;
                    h = doc.Token(h).Head;
                }
            }
            return -1;
        }

        /// <summary>True when the sentence holds a verb this pass reads.</summary>
        private bool AnyExpellingVerb()
        {
            for (int t = _f; t < _e; t++)
                if (doc.TokUpos(t) == Upos.VERB && doc.TokLemma(t) is "force" or "compel" or "purge" or "rid" or "cleanse" or "empty") return true;
            return false;
        }

        /// <summary>
        /// Codes 201 or 203 as the summary says. Invariants: the verb is active, not negated or unreal; the people are a noun
        /// of <see cref="ExpelledPeopleNouns"/> or a civilian or refugee actor (never a leader: "forced the minister to leave" is
        /// none); the source is the verb's subject actor, or the subject a controlled verb inherits ("a campaign to rid the
        /// region" has none and codes nothing); the target is the people's actor, else the civilians (CVL) of the country of
        /// the place the sentence names, else of the source's country; nothing is coded when a 20x by the same source is
        /// coded already.
        /// </summary>
        private void CodeExpelledPeoples()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                if (doc.TokUpos(v) != Upos.VERB) continue;
                string lemma = doc.TokLemma(v) ?? "";
                if (lemma is not ("force" or "compel" or "purge" or "rid" or "cleanse" or "empty")) continue;
                if (_tree.IsNegated(v) || UnrealVerb(v) || _tree.IsPassive(v)) continue;
                int people = -1;
                string code;
                if (lemma is "force" or "compel")
                {
                    int obj = DependentOf(v, "obj");
                    if (obj < 0 || LeavingInfinitive(v, obj) < 0) continue;
                    people = obj;
                    code = "201";
                }
                else
                {
                    // "purged western Tigray of its residents": the "of" phrase on the verb or on its object.
                    int obj = DependentOf(v, "obj");
                    for (int k = v + 1; k < _e && people < 0; k++)
                    {
                        int h = doc.Token(k).Head;
                        if ((h == v || (obj >= 0 && h == obj)) && doc.Token(k).Relation is { } rel
                            && (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal))
                            && DependentOf(k, "case") is var c && c >= 0 && IsWord(c, "of")) people = k;
                    }
                    if (people < 0) continue;
                    code = lemma == "empty" ? "201" : "203";
                }
                int peopleActor = ActorAt(people);
                if (peopleActor >= 0 ? RoleOf(peopleActor) is not ("CVL" or "REF" or "REL") : !Is(people, ExpelledPeopleNouns)) continue;
                int subj = DependentOf(v, "nsubj");
                int src = subj >= 0 ? ActorAt(subj) : -1;
                if (src < 0) continue;
                if (_out.Exists(o => o.Sentence == _sentence && o.Source == src && o.Cameo.StartsWith("20", StringComparison.Ordinal))) continue;
                string rule = $"expelled-people:{lemma}→{code} src=tree:nsubj";
                if (peopleActor >= 0 && peopleActor != src)
                    Emit(new TokenRange(v, v + 1), code, src, peopleActor, rule + ",tgt=people", false, CueDates(v, v), Modality.Asserted);
                else if ((OnePlaceCountry() ?? A(src).Country) is { } country)
                    Emit(new TokenRange(v, v + 1), code, src, -1, rule + ",tgt=place-civilians", false, CueDates(v, v), Modality.Asserted,
                        targetCountry: country, targetRole: "CVL");
            }
        }
    }
}

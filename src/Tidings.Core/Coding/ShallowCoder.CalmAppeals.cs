using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 65 (appeal65, decision 103): the sub-code of an appeal or demand for calm. Calm asked where the sentence tells of
/// armed fighting ("France, UN call for calm" after strikes on a town, "appealed for calm after clashes", "urged both to
/// restore calm" after a truce) asks the sides to stop fighting, de-escalation (0256, 1056); calm asked of voters, crowds or
/// protesters, or with no fighting told, asks them to stop protesting, an easing of dissent (0252, 1052).
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// The demand (1052 or 1056, <see cref="DemandContent.CalmCode"/>) an asked verb names when it asks for calm: "remain /
        /// stay / keep calm" (the adjective its complement), "restore / maintain / keep calm" (the noun its object); null for
        /// any other verb. Invariant: reads only the verb's own dependents.
        /// </summary>
        private string? CalmAskedFor(int verb, string verbLemma)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e) return null;
            if (verbLemma is not ("remain" or "stay" or "keep" or "restore" or "maintain" or "preserve" or "return")) return null;
            for (int t = verb + 1; t < _e && t < verb + 4; t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation is "xcomp" or "obj" or "obl" or "advmod"
                    && W(t).Equals("calm", StringComparison.OrdinalIgnoreCase))
                {
                    bool fighting = FightingTold();
                    // "called on the government to stay calm": with no fighting told, a state or its organ asked to keep calm
                    // is asked to stop no protest; the appeal stays bare (020, Appeals22Tests).
                    if (!fighting && CalmAddresseeIsState(verb)) return null;
                    return DemandContent.CalmCode(fighting);
                }
            return null;
        }

        /// <summary>True when the one asked to keep calm (the frame verb's object or "on"/"to" phrase, or the noun the asked
        /// verb hangs on) is a state, an international body or a state organ (GOV, MIL, COP, LEG, JUD).</summary>
        private bool CalmAddresseeIsState(int asked)
        {
            int frame = doc.Token(asked).Head;
            if (frame < _f || frame >= _e) return false;
            var candidates = new List<int>();
            if (doc.Token(asked).Relation == "acl") candidates.Add(frame);
            else
                for (int c = _f; c < _e; c++)
                    if (doc.Token(c).Head == frame && (doc.Token(c).Relation is "obj" or "iobj" || _tree.AddresseeRelation(c))) candidates.Add(c);
            foreach (var n in candidates)
            {
                int a = actorOf[n] >= 0 ? actorOf[n] : _tree.ActorOfNode(n);
                if (a >= 0 && RoleOf(a) is null or "GOV" or "MIL" or "COP" or "LEG" or "JUD") return true;
            }
            return false;
        }

        /// <summary>
        /// True when the sentence tells of armed fighting (<see cref="DemandContent.IsFightingWord"/>: clashes, shelling, a war,
        /// a truce, an attack), a verb of fighting ("youths fought with bottles"), or strikes aimed "on" a place or named as
        /// air, missile or drone strikes ("Israeli strikes on southern Lebanon"; a labour strike is none).
        /// </summary>
        private bool FightingTold()
        {
            for (int t = _f; t < _e; t++)
            {
                string lemma = (doc.TokLemma(t) ?? W(t).ToString()).ToLowerInvariant();
                if (DemandContent.IsFightingWord(lemma)) return true;
                // a headline's capitalised "Clashes" is tagged a proper noun and keeps its plural as its lemma
                string word = W(t).ToString().ToLowerInvariant();
                if ((word.EndsWith("es", StringComparison.Ordinal) && DemandContent.IsFightingWord(word[..^2]))
                    || (word.EndsWith('s') && DemandContent.IsFightingWord(word[..^1])))
                    return true;
                if (lemma == "fight" && doc.TokUpos(t) == Upos.VERB) return true;
                // "after Israeli air strikes on Beirut": the parser may read "air strikes" as a subject and its verb.
                if (lemma == "strike" && t > _f && (doc.TokLemma(t - 1) ?? W(t - 1).ToString()).ToLowerInvariant() is "air" or "missile" or "drone" or "military")
                    return true;
                if (lemma == "strike" && doc.TokUpos(t) == Upos.NOUN && _tree.Parsed)
                    for (int c = _f; c < _e; c++)
                        if (doc.Token(c).Head == t && ((doc.Token(c).Relation is { } r && r.StartsWith("nmod", StringComparison.Ordinal) && HasCase(c, "on"))
                            || (doc.Token(c).Relation is "compound" or "amod" && (doc.TokLemma(c) ?? "").ToLowerInvariant() is "air" or "missile" or "drone" or "military")))
                            return true;
            }
            return false;
        }

        /// <summary>
        /// The appeal code a lexicon row for calm ("appeal for calm", "call for calm", "urge calm": 0252) takes in the sentence:
        /// 0256 when it tells of fighting (<see cref="FightingTold"/>), else the row's own code.
        /// </summary>
        private string CalmPhraseCode(string code, string trigger) =>
            code == "0252" && trigger.EndsWith(" calm", StringComparison.Ordinal) && FightingTold() ? "0256" : code;
    }
}

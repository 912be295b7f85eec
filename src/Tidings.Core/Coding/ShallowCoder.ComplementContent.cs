using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 74 (exact74): the kind of intent (03x) a promised act names when its verb is no trigger: "vowed to overhaul
        /// the national police" (0344), "pledged to withdraw its troops from the border" (0356), "promised to scrap the fuel
        /// tax" (0342), read by the same content reading a demand for the act gets (<see cref="DemandedContent"/>) and
        /// numbered as CAMEO numbers intents after demands (<see cref="DemandContent.IntentOf"/>). Null when the act names no
        /// kind (the frame's bare 030 stays), when it is negated ("vowed never to withdraw"), or when it is pressure on a third
        /// side ("pledged to press Moscow"): an intent to pressure is no promise of diplomatic support.
        /// Invariant: only the code within root 03 changes; the caller keeps the frame's source, target and modality.
        /// </summary>
        private string? IntentContent(int act)
        {
            if (!_tree.Parsed || act < _f || act >= _e || TrigAt(act) >= 0 || doc.TokUpos(act) != Upos.VERB) return null;
            if (doc.Token(act).Relation is not ("xcomp" or "advcl") || !IsWord(act - 1, "to") || _tree.IsNegated(act)) return null;
            if (doc.TokLemma(act)?.ToLowerInvariant() is not { } lemma
                || lemma is "press" or "pressure" or "pressurise" or "pressurize" or "persuade" or "convince" or "lean" or "use" or "exert")
                return null;
            return DemandedContent(act, lemma) is { } demanded ? DemandContent.IntentOf(demanded) : null;
        }

        /// <summary>
        /// Session 74 (exact74): the noun an appeal or demand verb asks for with "for" ("asked Ghana for fuel", "appealed to
        /// the WHO for shipments of trauma kits"), also when the parser hung the phrase on the addressee; -1 when none. An
        /// actor is no thing asked for ("appealed to the UN for Gaza" names whom it is for).
        /// </summary>
        private int AskedForNoun(int verb)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e) return -1;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb || doc.Token(k).Relation is not { } r) continue;
                if (r.StartsWith("obl", StringComparison.Ordinal) && HasCase(k, "for") && ActorAt(k) < 0 && doc.TokUpos(k) == Upos.NOUN) return k;
                if (r.StartsWith("obl", StringComparison.Ordinal) || r is "obj" or "iobj")
                    for (int g = _f; g < _e; g++)
                        if (doc.Token(g).Head == k && doc.Token(g).Relation is { } gr && gr.StartsWith("nmod", StringComparison.Ordinal)
                            && HasCase(g, "for") && ActorAt(g) < 0 && doc.TokUpos(g) == Upos.NOUN)
                            return g;
            }
            return -1;
        }

        /// <summary>
        /// Session 74 (exact74): the demand code (10x) a noun asked for names when the noun is no trigger of its own ("rejected
        /// a request from Hungary for more gas supplies": economic aid, 1031, refused 1221): the noun with its adjectives and
        /// compounds and the "of" phrase it is made of ("supplies of fuel"), read by <see cref="DemandContent.AskedThingCode"/>.
        /// </summary>
        private string? AskedThingContent(int noun)
        {
            if (noun < _f || noun >= _e || TrigAt(noun) >= 0 || doc.TokUpos(noun) != Upos.NOUN || ActorAt(noun) >= 0) return null;
            if (doc.TokLemma(noun)?.ToLowerInvariant() is not { } head) return null;
            var modifiers = new List<string>();
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != noun) continue;
                if (doc.Token(k).Relation is "amod" or "compound" && doc.TokLemma(k)?.ToLowerInvariant() is { } m) modifiers.Add(m);
                // "supplies of fuel", "deliveries of arms": what the goods are made of names their kind.
                else if (doc.Token(k).Relation is { } r && r.StartsWith("nmod", StringComparison.Ordinal) && HasCase(k, "of") && ActorAt(k) < 0
                    && doc.TokLemma(k)?.ToLowerInvariant() is { } of)
                {
                    modifiers.Add(of);
                    for (int g = _f; g < _e; g++)
                        if (doc.Token(g).Head == k && doc.Token(g).Relation is "amod" or "compound" && doc.TokLemma(g)?.ToLowerInvariant() is { } om)
                            modifiers.Add(om);
                }
            }
            return DemandContent.AskedThingCode(head, modifiers);
        }
    }
}

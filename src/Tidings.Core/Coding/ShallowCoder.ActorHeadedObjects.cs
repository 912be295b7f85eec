using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "dissolved the opposition Progressive Front party", "dissolved the opposition National Rescue party", "expelled the
        /// Russian ambassador": a verb phrase whose last (literal) word is the noun of an object that is, or begins with, an
        /// actor, the verb's direct object. Triggers may not run into an actor span (<see cref="ActorFreeLimit"/>), so without this a row such as
        /// "dissolve party" never matches when its object names its owner or kind as an actor, which is how wire copy names
        /// parties, envoys and bodies; the class words of decision 026 already reach an actor's head this way ("released 84
        /// prisoners of war"). Invariants: only phrase rows of a verb and a literal noun, the verb tagged a verb (no participle
        /// adjective: "frozen Russian central bank assets"), and the noun or the actor's head its direct object (no
        /// prepositional object: "clashed with police" keeps its own reading); that noun is
        /// the actor's head, or a noun after the actor within three modifier words (nouns, adjectives, numbers: "the
        /// opposition National Rescue party"); a noun that owns what follows it ("the party's youth wing") is no object of
        /// the phrase; the phrase ends at that noun, so the actor stays whole and stays the phrase's object (its target),
        /// never its source. Returns the phrase's end, or -1.
        /// </summary>
        private int ActorHeadedObjectEnd(TriggerVariant v, int t, int limit)
        {
            // Session 56 (coord56): "called in the Russian ambassador" (a verb, its particle right after it, the noun): the parser
            // often reads the particle as the preposition of the object (ParticleReadAsCase below). Not a force called in ("called in
            // the police", 15x rows): the force deploys itself, as PassiveForceMove reads it (decision 018).
            bool particle = v.Words.Length == 3 && v.Words[1] is "in" && !v.Entry.Cameo.StartsWith("15", StringComparison.Ordinal) && t + 1 < _e && W(t + 1).Equals(v.Words[1], StringComparison.OrdinalIgnoreCase);
            // Session 65 (sanction65): a row whose object is named by more than one literal word ("dissolve national assembly",
            // "dissolve lower house") matches an actor that spells those words ("dissolved the National Assembly", read as the
            // country's LEG) as a two-word row does; every word after the verb is still matched in order by MatchAt below.
            if (v.Entry.Kind != TriggerKind.Phrase || (v.Words.Length < 2 && !particle) || limit >= _e || actorOf[limit] < 0) return -1;
            if (doc.TokUpos(t) != Upos.VERB) return -1;
            if (v.Classes is { } classes && classes[^1] is not null) return -1;
            var span = A(actorOf[limit]).Tokens;
            int head = Syntax.Attachment.SpanHead(doc, span);
            if (head < limit || head >= span.EndToken || head >= _e) return -1;
            int last = v.Words.Length - 1;
            for (int k = head; k < _e && k < span.EndToken + 3; k++)
            {
                // Past the actor only its noun's modifiers may stand before the phrase's noun.
                if (k >= span.EndToken && (actorOf[k] >= 0 || doc.TokUpos(k) is not (Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM))) return -1;
                if (!v.WordIs(last, W(k), doc.TokLemma(k))) continue;
                if (k + 1 < _e && W(k + 1) is "'s" or "'" or "\u2019s" or "\u2019") return -1;
                // The verb's direct object: the noun itself, or the actor's head the parser made the object.
                if (!IsObjectOf(k, t) && !IsObjectOf(head, t) && !(particle && (ParticleReadAsCase(k, t) || ParticleReadAsCase(head, t)))) return -1;
                int end = CodingLexicon.MatchAt(doc, t, k + 1, v, lex);
                return end == k + 1 ? end : -1;
            }
            return -1;
        }

        private bool IsObjectOf(int k, int verb) => doc.Token(k).Relation == "obj" && doc.Token(k).Head == verb;

        /// <summary>
        /// Session 56 (coord56): "called in the Russian ambassador": the parser reads the verb's particle, right after the verb,
        /// as the case of an oblique that is the verb's object. True when <paramref name="k"/> is an oblique of
        /// <paramref name="verb"/> whose case is the word right after the verb. Invariant: only that adjacency; "called for
        /// talks in the capital" keeps its oblique.
        /// </summary>
        private bool ParticleReadAsCase(int k, int verb) =>
            doc.Token(k).Relation == "obl" && doc.Token(k).Head == verb && verb + 1 < k
            && doc.Token(verb + 1).Head == k && doc.Token(verb + 1).Relation == "case";

        /// <summary>
        /// "pulled its troops out of South Sudan", "pulled the last soldiers back from the border": a phrase whose class word
        /// (decision 026) is the verb's object and stands before the phrase's particle ("pull @force out of") may reach past
        /// that object when it is an actor, as a split particle's phrase does ("pull out of"), so the longer row that names
        /// the object is the one matched (a retreat 0874, not the 166 of leaving a treaty or body). Invariant: only a class
        /// word second and a particle third.
        /// </summary>
        private static bool ClassObjectBeforeParticle(TriggerVariant v) =>
            v.Entry.Kind == TriggerKind.Phrase && v.Words.Length >= 3 && v.Classes is { } c && c[1] is not null && c[^1] is null
            && v.Words[2] is "out" or "back" or "off" or "away";
    }
}

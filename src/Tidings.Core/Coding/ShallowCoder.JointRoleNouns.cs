using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 69 (coop69): a joint act named with the force that does it. "agreed to set up joint police patrols", "held joint
/// army patrols along the border": "joint" says the act is shared by its partners whatever names the force between it and
/// the act noun, as the lexicon's "joint ..." rows already skip "coast guard" or "border" (CodingLexicon.MatchAt). A role
/// noun there ("police", "army") is an actor of its own, and a trigger may not run into an actor, so the row was lost and
/// the bare intent (030) took the role noun as its target.
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// The end of a "joint ..." noun row <paramref name="v"/> at <paramref name="t"/> matched over a role-noun actor that
        /// stands at <paramref name="limit"/> inside the act's noun group, or -1. Invariants: only noun rows whose first word
        /// is "joint"; only an actor whose every token is a common noun in compound with a head after it ("police" of
        /// "patrols"; not a country or a name, "joint Russian patrols" keeps its actor); the actor stays an actor.
        /// </summary>
        private int JointActOverRoleNoun(TriggerVariant v, int t, int limit)
        {
            if (v.Entry.Kind != TriggerKind.Noun || v.Words.Length < 2 || v.Words[0] != "joint" || limit >= _e || actorOf[limit] < 0) return -1;
            var span = A(actorOf[limit]).Tokens;
            if (span.FirstToken != limit) return -1;
            for (int k = span.FirstToken; k < span.EndToken; k++)
                if (doc.TokUpos(k) != Upos.NOUN || doc.Token(k).Relation != "compound" || doc.Token(k).Head < span.EndToken) return -1;
            int after = span.EndToken;
            int lim = after;
            while (lim < _e && actorOf[lim] < 0 && lim - t < 10) lim++;
            int end = CodingLexicon.MatchAt(doc, t, lim, v, lex);
            return end > after ? end : -1;
        }
    }
}

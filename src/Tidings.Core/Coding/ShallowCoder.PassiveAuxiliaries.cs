namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Over 200 protesters and police officers were injured in Saturday's protests", "three officers were hurt in the
        /// clashes": the light verb "be" lends its subject to an event noun only as a copula ("they were on strike", "the two
        /// sides are in talks"); as the auxiliary of a later verb (a passive "were injured", a progressive "were fleeing") it
        /// belongs to that verb, and the noun after the verb's preposition is the setting of what happened to the subject,
        /// not an act the subject did: the injured police did not protest. True when the token at <paramref name="k"/> is a
        /// form of "be" that is an auxiliary (aux, aux:pass) of a verb after it. Only "be": the light verb "have" ("had talks
        /// with") is left to the rules that read it. Invariant: reads the parse only; with no parse, or a
        /// copula that heads its own phrase, false, so the surface light-verb reading stays as it was.
        /// </summary>
        private bool IsAuxiliaryOfLaterVerb(int k)
        {
            if (!_tree.Parsed || k < _f || k >= _e || !string.Equals(doc.TokLemma(k), "be", StringComparison.OrdinalIgnoreCase)) return false;
            var rel = doc.Token(k).Relation;
            if (rel is not ("aux" or "aux:pass")) return false;
            int h = doc.Token(k).Head;
            return h > k && h < _e && doc.TokUpos(h) == Documents.Upos.VERB;
        }
    }
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Head nouns that name people (or their remains) when they are what is handed back or repatriated: a return
        /// of them is no return of property.</summary>
        private static readonly HashSet<string> ReturnedPeopleNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "people", "person", "national", "citizen", "crew", "body", "remains", "child", "woman", "man", "men", "migrant",
            "refugee", "soldier", "fisherman", "fishermen", "worker", "member", "family", "student", "tourist", "civilian",
            "resident", "deportee", "survivor", "sailor", "seafarer", "pilgrim",
        };

        /// <summary>
        /// Session 71 (famaid). True when the object of a verb of returning (<paramref name="verb"/>: "hand back",
        /// "repatriate") is a thing: a noun (parsed as the object, or the first noun after the verb's particle) that holds no
        /// actor among its own words, is no captive of the object class and names no people ("handed back two seized tankers", "repatriated 20
        /// looted bronzes", not "handed back 40 prisoners", "repatriated 22 fishermen", "handed back the bodies of").
        /// Invariant: false without an object; a pronoun object is no thing (what it stands for is not read).
        /// </summary>
        private bool ReturnsAThing(int verb)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e) return false;
            int thing = DependentOf(verb, "obj");
            if (thing < 0 || doc.TokUpos(thing) is not (Upos.NOUN or Upos.PROPN)) return false;
            string lemma = doc.TokLemma(thing) ?? doc.Token(thing).Text;
            if (ReturnedPeopleNouns.Contains(lemma) || ReturnedPeopleNouns.Contains(doc.Token(thing).Text)) return false;
            if (lex.ObjectClasses.TryGetValue("captive", out var captive) && captive.Contains(doc.Token(thing).Span, lemma)) return false;
            // An actor among the object's own words before its head ("two detained Americans", "the Greek crew") or in an
            // "of" phrase right after it ("the bodies of 12 soldiers") makes it people; the recipient the parser may hang on
            // the object ("a throne to Congo") does not.
            for (int k = verb + 1; k <= thing; k++)
                if (ActorAt(k) >= 0 && (k == thing || _tree.InSubtreeOf(k, thing))) return false;
            if (thing + 1 < _e && IsWord(thing + 1, "of"))
                for (int k = thing + 2; k < Math.Min(_e, thing + 6); k++)
                    if (ActorAt(k) >= 0) return false;
            return true;
        }
    }
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs that say only that an event happens, begins, goes on or comes back, with the event noun as their
        /// subject ("the talks will resume", "a meeting will take place"): they add no act of their own to the noun's.</summary>
        private static readonly HashSet<string> OccurrenceVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "resume", "begin", "start", "open", "continue", "happen", "occur", "follow", "reconvene", "proceed", "commence" };

        /// <summary>
        /// Session 58 (realnews58). "Talks between Kenya and Ethiopia will resume next week", "officials said negotiations
        /// with Canada would resume in September", "A meeting of the two ministers will take place in Geneva", "Talks are
        /// expected to begin on Monday": an event noun that is the active subject of a verb of occurrence
        /// (<see cref="OccurrenceVerbs"/>, or "take place", "go ahead") in a future or planned verb group ("will", "would",
        /// "shall" as its auxiliary, or "is expected/set/due to" before it) names an act still to come, as "Kenya and Ethiopia
        /// will hold talks" does; gold/README.md codes announced cooperation as intent (03x). The sibling of
        /// <see cref="PassiveOfLightVerbToCome"/>, which reads the passive light verb ("will be held").
        /// Invariants: the noun must be the verb's nsubj and come before it; only the occurrence verb's own auxiliaries
        /// or its planning verb count (a modal elsewhere in the sentence does not); only cooperative codes (03-08) are read,
        /// so a forecast of hostilities ("clashes will continue") is never made a threat.
        /// </summary>
        private bool OccurrenceVerbToCome(Trig tr, string code)
        {
            if (!_tree.Parsed || !tr.IsNoun) return false;
            // Only cooperation (03-08) is announced as intent: "clashes will continue" is a forecast, no threat.
            if (code.Length < 3 || code[0] != '0' || code[1] is < '3' or > '8') return false;
            int noun = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            if (noun < _f || noun >= _e || doc.Token(noun).Relation != "nsubj") return false;
            int h = doc.Token(noun).Head;
            if (h < tr.End || h >= _e || doc.TokUpos(h) is not Upos.VERB) return false;
            int occurrence = h;
            // "Talks are expected to begin on Monday", "are set to resume", "are due to open": the planning word heads the
            // group and the occurrence verb is its complement.
            bool planned = false;
            if ((Is(h, Words.IntendVerb) && IsWord(h + 1, "to")) || (IsWord(h, "due") && IsWord(h + 1, "to")))
            {
                occurrence = -1;
                for (int c = h + 1; c < Math.Min(_e, h + 5); c++)
                    if (doc.Token(c).Head == h && doc.Token(c).Relation == "xcomp") { occurrence = c; break; }
                if (occurrence < 0) return false;
                planned = true;
            }
            if (!IsOccurrence(occurrence)) return false;
            if (planned) return true;
            for (int k = tr.End; k < occurrence; k++)
                if (doc.Token(k).Head == occurrence && doc.Token(k).Relation == "aux" && Is(k, Words.IntendModal)) return true;
            return false;
        }

        /// <summary>True for a verb of occurrence, or "take place" / "go ahead" (the verb with its particle or object).</summary>
        private bool IsOccurrence(int verb)
        {
            if (OccurrenceVerbs.Contains(doc.Token(verb).Lemma)) return true;
            string lemma = doc.Token(verb).Lemma;
            return (lemma == "take" && IsWord(verb + 1, "place")) || (lemma == "go" && IsWord(verb + 1, "ahead"));
        }
    }
}

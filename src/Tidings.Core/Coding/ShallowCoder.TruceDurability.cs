using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs that say whether an existing truce lasts: its subject is a truce already made, not one declared.</summary>
        private static readonly HashSet<string> TruceDurabilityVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "hold", "survive", "last", "endure", "collapse", "unravel", "falter", "fray", "crumble",
        };

        /// <summary>
        /// Session 61 (yield61). True when the truce noun <paramref name="tr"/> (0871) is the subject of a verb that says whether
        /// it lasts: "the truce between Israel and Iran is unlikely to hold", "whether the truce between India and Pakistan
        /// ... survives the next attack", "the ceasefire collapsed". Such a sentence talks about a truce already made (or
        /// its end); nobody declares one in it, so no 0871 is coded. Invariants: only event nouns coded 0871; the verb is
        /// the noun's head by nsubj, or the open complement of an adjective or verb of likelihood it is the subject of
        /// ("is unlikely to hold", "is expected to last"); when the parse hangs the noun elsewhere, the words right after
        /// its phrase may still say it: the first verb after the phrase (past one aside between commas) is such a verb. A truce that "took effect" or "was agreed" is still coded.
        /// </summary>
        private bool TruceOnlyLasting(Trig tr)
        {
            if (!tr.IsNoun || tr.Entry.Cameo != "0871") return false;
            int node = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            if (node >= _f && node < _e && doc.Token(node).Relation is "nsubj" && doc.Token(node).Head is var h && h >= _f && h < _e)
            {
                if (doc.TokLemma(h) is { } hl && TruceDurabilityVerbs.Contains(hl)) return true;
                for (int c = _f; c < _e; c++)
                    if (doc.Token(c).Head == h && doc.Token(c).Relation == "xcomp" && doc.TokLemma(c) is { } cl && TruceDurabilityVerbs.Contains(cl))
                        return true;
            }
            // The parse may hang the noun elsewhere ("Analysts say the truce ... is unlikely to hold": an object of "say";
            // "the truce ..., reached in May ..., survives": the subject of the participle). Read the words after the noun's
            // phrase: past one aside set off by two commas, through auxiliaries, "likely"/"unlikely"/"expected" and "to",
            // the first verb decides; any other verb, or other punctuation, ends the search.
            bool asideSkipped = false;
            for (int k = tr.End; k < _e && k < tr.End + 30; k++)
            {
                if (IsWord(k, ",") && !asideSkipped)
                {
                    int close = k + 1;
                    while (close < _e && !IsPunct(close)) close++;
                    if (close >= _e || !IsWord(close, ",")) return false;
                    asideSkipped = true; k = close; continue;
                }
                // "brokered a truce that held": a relative clause describes the truce the main clause tells of.
                if (IsPunct(k) || IsWord(k, "that") || IsWord(k, "which")) return false;
                var upos = doc.TokUpos(k);
                if (upos == Upos.VERB)
                    return doc.TokLemma(k) is { } vl && TruceDurabilityVerbs.Contains(vl);
                if (upos == Upos.AUX && doc.TokLemma(k) is { } al && TruceDurabilityVerbs.Contains(al)) return true;
            }
            return false;
        }
    }
}

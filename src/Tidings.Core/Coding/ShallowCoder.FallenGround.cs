using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 71 (famvio): "The town of Bunia fell to M23 rebels", "the district centre fell to the Arakan Army", "several
    /// districts came under the control of Taliban fighters", "the base fell into the hands of jihadists": ground told as
    /// passing to a force, with the place as the subject and the taker after "to", "of" or "into the hands of", is ground
    /// occupied (192) by the taker, as "captured the town" is. The target is the country the place lies in (as the gold aims a
    /// town captured, eg0013), none when that is the taker's own country and the taker is its state's force (a town retaken
    /// by the army is aimed at whom it was taken from, decision 066, which these words do not name).
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Common nouns of ground a force takes, heads of the subject of "fell to" when no place name is read there.</summary>
        private static readonly WordSet GroundNouns = new("town", "towns", "city", "cities", "village", "villages", "district", "districts",
            "capital", "base", "bases", "airport", "airbase", "region", "province", "stronghold", "strongholds", "centre", "center",
            "port", "garrison", "outpost", "outposts", "headquarters", "hill", "hills", "crossing", "area", "areas", "county",
            "counties", "camp", "barracks", "settlement", "settlements", "island", "valley", "pass", "bridge", "refinery", "mine",
            "oilfield", "oilfields", "municipality", "locality", "territory", "enclave", "suburb", "suburbs", "neighbourhood",
            "neighborhood", "palace");

        /// <summary>True when the sentence holds "fall" or "come" followed by the words of <see cref="TakerWordsEnd"/>.</summary>
        private bool AnyFallenGround()
        {
            for (int t = _f; t < _e; t++)
                if (doc.TokLemma(t) is "fall" or "come" && doc.TokUpos(t) == Upos.VERB && TakerWordsEnd(t, doc.TokLemma(t) == "fall") >= 0) return true;
            return false;
        }

        /// <summary>
        /// Codes 192 for "X fell to Y", "X fell into the hands of Y", "X fell/came under the control of Y" ("under Y's control"
        /// is left: the possessive form is rare and reads as a state). Invariants: the verb is "fall" or "come", active, not
        /// negated or unreal; its subject is a place the place stage read or a noun of ground (<see cref="GroundNouns"/>), so
        /// "inflation fell to 30 percent" and "the task fell to the army" code nothing; the taker is an actor that is an
        /// armed force or group (MIL, REB, a bare country or its government) right after the words; nothing is coded when the
        /// sentence already codes a 192 by the taker.
        /// </summary>
        private void CodeFallenGround()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                if (doc.TokUpos(v) != Upos.VERB || doc.TokLemma(v) is not ("fall" or "come")) continue;
                if (_tree.IsNegated(v) || UnrealVerb(v)) continue;
                int after = TakerWordsEnd(v, doc.TokLemma(v) == "fall");
                if (after < 0) continue;
                // "to M23 rebels", "of the Arakan Army", "of ethnic rebels": determiners and an adjective may stand before the taker.
                int k = after, taker = -1;
                for (int n = 0; k < _e && n < 4; k++, n++)
                {
                    if ((taker = ActorAt(k)) >= 0) break;
                    if (!Is(k, Words.Determiner) && doc.TokUpos(k) != Upos.ADJ) break;
                }
                if (taker < 0 || A(taker).Country is not { } takerCountry) continue;
                if (RoleOf(taker) is { } role && role is not ("MIL" or "REB" or "GOV" or "CRM")) continue;
                int subj = DependentOf(v, "nsubj");
                if (subj < 0 || ActorAt(subj) >= 0) continue;
                string? placeCountry = SubjectPlaceCountry(subj);
                if (placeCountry is null && !Is(subj, GroundNouns)) continue;
                if (_out.Exists(o => o.Sentence == _sentence && o.Cameo == "192" && o.Source == taker)) continue;
                string? country = placeCountry ?? OnePlaceCountry() ?? takerCountry;
                // "the town fell to government troops": the state's own force retakes its own ground from someone unnamed.
                if (country == takerCountry && RoleOf(taker) is "MIL" or "GOV") country = null;
                Emit(new TokenRange(v, k + 1), "192", taker, -1,
                    $"fallen-ground:{doc.TokLemma(v)}→192 src=taker,tgt={(country is null ? "none" : "place-country")}",
                    false, CueDates(v, v), Modality.Asserted, targetCountry: country);
            }
        }

        /// <summary>The token after "to", "into the hands of", "under the control of" that follows the verb
        /// <paramref name="v"/> ("fell to", "came under the control of"); -1 when none of these follows it. "to" only after
        /// "fall".</summary>
        private int TakerWordsEnd(int v, bool fall)
        {
            int t = v + 1;
            if (fall && IsWord(t, "to")) return t + 1;
            if (fall && IsWord(t, "into") && IsWord(t + 1, "the") && IsWord(t + 2, "hands") && IsWord(t + 3, "of")) return t + 4;
            if (IsWord(t, "under"))
            {
                int c = t + 1;
                if (IsWord(c, "the")) c++;
                if (IsWord(c, "full") || IsWord(c, "complete") || IsWord(c, "total")) c++;
                if (IsWord(c, "control") && IsWord(c + 1, "of")) return c + 2;
            }
            return -1;
        }

        /// <summary>The country of a place the place stage read inside the subject <paramref name="subj"/>'s words ("the eastern
        /// town of Bunia", "Kyaukphyu"), else null.</summary>
        private string? SubjectPlaceCountry(int subj)
        {
            int first = subj, last = subj;
            for (int k = _f; k < _e; k++)
            {
                int h = k;
                for (int step = 0; step < 6 && h >= 0 && h != subj; step++) h = doc.Token(h).Head is var hh && hh >= _f && hh < _e && hh != h ? hh : -1;
                if (h == subj) { first = Math.Min(first, k); last = Math.Max(last, k); }
            }
            foreach (var p in doc.Places)
                if (p.Tokens.FirstToken >= first && p.Tokens.FirstToken <= last && p.Place?.Country is { } c) return c;
            return null;
        }
    }
}

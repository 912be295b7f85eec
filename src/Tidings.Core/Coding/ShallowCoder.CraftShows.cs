using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Session 67 (posture67): nouns of military craft, whose presence near another state is shown to it.</summary>
        private static readonly HashSet<string> ShownCraft = new(StringComparer.OrdinalIgnoreCase)
        {
            "aircraft", "plane", "warplane", "jet", "bomber", "fighter", "drone", "ship", "warship", "vessel", "frigate",
            "destroyer", "corvette", "cutter", "submarine", "helicopter", "carrier",
        };

        /// <summary>The craft noun's lemma (<see cref="ShownCraft"/>), lower case; a Title Case headline's plural ("Warships"),
        /// which the tagger may leave unlemmatised, is read without its "s". Null for any other word.</summary>
        private string? CraftLemma(int t)
        {
            string? lemma = doc.TokLemma(t)?.ToLowerInvariant();
            if (lemma is null) return null;
            if (ShownCraft.Contains(lemma)) return lemma;
            return lemma.Length > 3 && lemma.EndsWith('s') && ShownCraft.Contains(lemma[..^1]) ? lemma[..^1] : null;
        }

        /// <summary>Modals of what may or could be (the intending ones are <see cref="Words.IntendModal"/>).</summary>
        private static readonly WordSet UnrealModals = new("can", "could", "may", "might", "should", "must", "'d", "’d");

        /// <summary>Verbs whose object is craft a state reports seeing ("tracked 31 Chinese aircraft around the island").</summary>
        private static readonly HashSet<string> CraftSightingVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "detect", "track", "spot", "sight", "see", "observe", "monitor", "report", "record", "identify", "count",
        };

        /// <summary>Verbs whose object is craft a state sends ("sent 45 aircraft and 14 warships around Taiwan").</summary>
        private static readonly HashSet<string> CraftSendingVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "send", "dispatch", "deploy", "fly", "sail",
        };

        /// <summary>Verbs whose subject is craft placed about a state ("Chinese warships surrounded Taiwan", "operated around
        /// the island").</summary>
        private static readonly HashSet<string> CraftPresenceVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "operate", "fly", "sail", "loiter", "patrol", "approach", "circle", "surround", "gather", "mass", "appear",
        };

        /// <summary>Verbs that take the state the craft are about as their direct object.</summary>
        private static readonly HashSet<string> CraftSurroundingVerbs = new(StringComparer.OrdinalIgnoreCase) { "surround", "circle", "approach" };

        /// <summary>Nouns that stand for the reporting state's own ground, sea or sky after "its"/"the" ("around the island",
        /// "near its coast", "toward its waters").</summary>
        private static readonly HashSet<string> OwnGroundNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "island", "coast", "coastline", "water", "waters", "airspace", "territory", "country", "shore", "shores",
        };

        /// <summary>
        /// Session 67 (posture67): "Taiwan's defence ministry said it tracked 31 Chinese military aircraft and seven navy ships
        /// around the island", "Taiwan reports Chinese warships near its coast", "China's military sent 45 aircraft and 14
        /// warships around Taiwan", "Chinese warships and aircraft surrounded Taiwan": a state's military craft placed
        /// around, near or toward another state are a show of force to it (CAMEO 150, decision 056), made by the craft's
        /// force (or by the state or force that sent them), whichever verb tells it: the one that reports seeing them, the
        /// one that sends them, or the one they are the subject of. The state shown to is an actor after the preposition or
        /// the object of "surround", or, for "the island", "its coast", "its waters", the state that reports the craft (the
        /// reporting verb's subject, else the sentence's reporter).
        /// Invariants: the source is a force (MIL or COP) of a named country, or a state or force that sends the craft; the
        /// target is of another country; nothing is coded when a show of force from the same source is already coded in the
        /// sentence, when the verb is negated, or when no state shown to is found. Ships named only by a country adjective
        /// with no force ("Chinese fishing boats", decision 022) carry no force and are left alone.
        /// </summary>
        private void CodeCraftAroundAState()
        {
            if (!_tree.Parsed) return;
            var coded = new HashSet<string>(StringComparer.Ordinal);
            foreach (var o in _out)
                if (o.Sentence == _sentence && o.Cameo.StartsWith("15", StringComparison.Ordinal) && A(o.Source).Code is { } c0) coded.Add(c0);
            for (int t = _f; t < _e; t++)
            {
                if (doc.TokUpos(t) is not (Upos.NOUN or Upos.PROPN) || CraftLemma(t) is not { } craftLemma) continue;
                // The verb that governs the craft: up through conjoined craft ("aircraft and eight navy ships").
                int n = t;
                for (int step = 0; step < 4 && doc.Token(n).Relation == "conj" && doc.Token(n).Head >= _f; step++) n = doc.Token(n).Head;
                int verb = doc.Token(n).Head;
                string rel = doc.Token(n).Relation ?? "";
                if (verb < _f || verb >= _e || doc.TokUpos(verb) != Upos.VERB || doc.TokLemma(verb) is not { } verbLemma) continue;
                bool asObject = rel == "obj", asSubject = rel is "nsubj";
                bool sighting = (asObject || rel == "nsubj:pass") && CraftSightingVerbs.Contains(verbLemma);
                bool sending = asObject && CraftSendingVerbs.Contains(verbLemma);
                bool presence = asSubject && CraftPresenceVerbs.Contains(verbLemma);
                if (!(sighting || sending || presence) || _tree.IsNegated(verb)) continue;
                // "said it would send two frigates to patrol off the Libyan coast", "plans to send warships": craft still to be sent
                // are an intent or a plan the trigger rows read; "scrambled jets after two Russian bombers flew close to its
                // airspace": the cause in an "after" clause is background (decision 090 aims the answering act at its doer).
                bool unreal = false;
                for (int k = _f; k < _e && !unreal; k++)
                    unreal = doc.Token(k).Head == verb && doc.Token(k).Relation is "aux" or "mark" && (Is(k, Words.IntendModal) || Is(k, UnrealModals) || IsWord(k, "to"));
                if (unreal || _tree.InAfterClause(verb, true) || _tree.InDaysAfterClause(verb)) continue;
                // "detected no Chinese aircraft near the island": craft counted as none were not there.
                bool none = false;
                for (int k = Math.Min(verb, t) + 1; k < t && !none; k++) none = IsWord(k, "no");
                if (none) continue;
                // The craft's force, or the sender.
                int craft = ActorAt(t);
                int src = craft >= 0 && RoleOf(craft) is "MIL" or "COP" && A(craft).Country is not null ? craft : -1;
                if (src < 0 && sending && DependentOf(verb, "nsubj") is var sender && sender >= 0 && ActorAt(sender) is var s && s >= 0
                    && A(s).Country is not null && (A(s).Code?.Length == 3 || RoleOf(s) is "MIL" or "GOV"))
                    src = s;
                if (src < 0 || A(src).Code is not { } srcCode || coded.Contains(srcCode)) continue;
                string srcCountry = A(src).Country!;
                // The state shown to.
                int tgt = -1; string? tgtCountry = null;
                if (presence && CraftSurroundingVerbs.Contains(verbLemma) && DependentOf(verb, "obj") is var surrounded && surrounded >= 0
                    && ActorAt(surrounded) is var sa && sa >= 0 && A(sa).Country is { } sac && sac != srcCountry)
                    tgt = sa;
                int clauseEnd = Math.Min(_e, t + 14);
                for (int k = t + 1; tgt < 0 && tgtCountry is null && k < clauseEnd; k++)
                {
                    if (W(k) is ";" || (doc.TokUpos(k) == Upos.VERB && k != verb && doc.TokXpos(k) is "VBD" or "VBZ" or "VBP")) break;
                    if (!(IsWord(k, "around") || IsWord(k, "near") || IsWord(k, "toward") || IsWord(k, "towards") || IsWord(k, "off")
                        || (IsWord(k, "close") && IsWord(k + 1, "to")))) continue;
                    for (int j = k + 1; j < Math.Min(_e, k + 5); j++)
                    {
                        if (ActorAt(j) is var ta && ta >= 0)
                        {
                            // "near the US state of Alaska": a country adjective before a place noun names a place, as a border
                            // adjective does (decision 085); before the state's own sea, sky or coast ("Philippine territorial
                            // waters", "Japan's airspace") it names the state.
                            int after = A(ta).Tokens.EndToken;
                            while (after < _e && (Words.Possessive.Contains(W(after)) || doc.TokUpos(after) == Upos.ADJ)) after++;
                            bool place = after < _e && doc.TokUpos(after) is Upos.NOUN or Upos.PROPN
                                && !(doc.TokLemma(after) is { } gl && OwnGroundNouns.Contains(gl));
                            if (!place && A(ta).Country is { } tc && tc != srcCountry) tgt = ta;
                            break;
                        }
                        if (doc.TokLemma(j) is { } ground && OwnGroundNouns.Contains(ground)
                            && (IsWord(j - 1, "its") || IsWord(j - 1, "the") || IsWord(j - 1, "their")))
                        {
                            // "off the coast of Ireland": the state the ground is of, when named.
                            if (IsWord(j + 1, "of") && ActorAt(j + 2) is var owner && owner >= 0)
                            {
                                if (A(owner).Country is { } oc && oc != srcCountry) tgt = owner;
                                break;
                            }
                            int reporter = DependentOf(verb, "nsubj") is var vs && vs >= 0 && ActorAt(vs) is var va && va >= 0 && va != craft ? va
                                : ObligationSpeaker(verb);
                            if (reporter >= 0 && reporter != src && A(reporter).Country is { } rc && rc != srcCountry) tgtCountry = rc;
                            break;
                        }
                        // "near Tokyo twice and North Korea ...": a place name that is no actor, or a conjunction, ends the phrase.
                        if (IsPunct(j) || doc.TokUpos(j) is Upos.PROPN or Upos.CCONJ) break;
                    }
                }
                if (tgt < 0 && tgtCountry is null) continue;
                coded.Add(srcCode);
                Emit(new TokenRange(verb, verb + 1), "150", src, tgt,
                    $"craft-shown:{verbLemma}+{craftLemma}→150 src={(src == craft ? "craft-force" : "sender")},tgt={(tgt >= 0 ? "place-actor" : "reporting-state")}",
                    false, CueDates(verb, verb), Modality.Asserted, targetCountry: tgt >= 0 ? null : tgtCountry);
            }
        }
    }
}

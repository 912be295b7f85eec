namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Head nouns of one side's act against another: a concern about strikes, killings or arrests whose doer the
        /// line does not name is aimed at no one (decision 114: the doer is whom such a concern is about), not at the country
        /// where they happened ("deeply concerned by the arrests" in a line about Kampala stays untargeted, eb42116).</summary>
        private static readonly HashSet<string> OneSidedAttackNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "strike", "airstrike", "attack", "bombing", "bombardment", "shelling", "raid", "shooting", "killing", "assault",
            "explosion", "blast", "massacre", "execution", "abduction", "kidnapping", "arrest", "detention", "crackdown",
            "deportation", "expulsion",
        };

        /// <summary>
        /// Session 66 (statement66), decision 114 (3): whom a pessimistic comment (012) with no target of its own is aimed at.
        /// (a) "deeply concerned by the exclusion of candidates from Ivory Coast's election", "concerned by the resumption of
        /// fighting between the SSPDF and the SPLM-IO", "deep concern over the escalation in Congo": a concern about a named
        /// country's own crisis, whose doer the line does not name, is aimed at that country, as the tunable gold codes it
        /// (eb25009, eb33073, eb45079, eb76097, eg0021). The country is read from the actors named inside the concern's
        /// "about / over / by / at" phrase (a country named as such, or people and forces of one country), never from a
        /// place alone (a town or region names no country: eb65011 "El Fasher" stays untargeted). (b) "Lebanon's prime minister
        /// said he feared the country was heading toward collapse": gloom about the speaker's own country is no act between
        /// two sides; its bare-country target is dropped (eb13003).
        /// Invariants: only 012 events that are not negated and have a source with a country for (b), no target of any kind
        /// for (a); (a) needs every actor in the phrase to have one and the same country, other than the source's, and a
        /// phrase head that is no one-sided attack ("drone strikes near a plant in western Russia" stays untargeted).
        /// </summary>
        private void AimConcernsAtTheTroubledCountry()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "012" || p.Source < 0 || p.Negated) continue;
                string? home = A(p.Source).Country;
                if (p.Target >= 0)
                {
                    // (b) The speaker's own country as a whole (a bare country code, not one of its organs or people). Not a
                    // bare role the actor stage lent the sentence's one state ("The spokesman warned Venezuela", Actors20bTests):
                    // it is not of that state, and EventAssembler.NotOfTarget takes the loan back when it speaks to it.
                    var t = A(p.Target);
                    if (home is not null && t.Country == home && t.Code is { Length: 3 } && p.Target != p.Source
                        && !A(p.Source).Rule.Contains(EventAssembler.SentenceCountryRule, StringComparison.Ordinal))
                        _out[i] = p with { Target = -1, Rule = p.Rule + ",tgt=dropped(own-country)" };
                    continue;
                }
                if (p.TargetPlace >= 0 || p.TargetCountry is not null) continue;
                if (TroubledCountry(p, home) is { } country)
                    _out[i] = p with { TargetCountry = country, TargetRole = null, Rule = p.Rule + ",tgt=troubled-country" };
            }
        }

        /// <summary>The one country of the actors in the concern's phrase (see <see cref="AimConcernsAtTheTroubledCountry"/>),
        /// or null.</summary>
        private string? TroubledCountry(EventMention p, string? home)
        {
            int anchor = Syntax.Attachment.SpanHead(doc, p.Trigger);
            if (anchor < 0) return null;
            // The phrase hangs on the trigger's head ("concerned by"), or on its object inside the trigger ("expressed
            // concern over").
            for (int n = _f; n < _e; n++)
            {
                int h = doc.Token(n).Head;
                bool onAnchor = h == anchor;
                bool onObject = p.Trigger.Contains(h) && h != anchor && doc.Token(h).Relation == "obj"
                                && doc.Token(h).Head == anchor;
                if (!onAnchor && !onObject) continue;
                var rel = doc.Token(n).Relation ?? "";
                if (!(rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal))) continue;
                // Not "on": "poured cold water on hopes of a ceasefire in Ukraine" is gloom about a settlement, no country's crisis
                // (eb20095).
                if (_tree.CaseOf(n) is not ("about" or "over" or "by" or "at")) continue;
                if (OneSidedAttackNouns.Contains(doc.Token(n).Lemma)) return null;
                string? country = null;
                for (int k = _f; k < _e; k++)
                {
                    if (actorOf[k] < 0 || !_tree.InSubtree(k, n)) continue;
                    var a = A(actorOf[k]);
                    if (a.Country is not { } c || (country is not null && c != country)) return null;
                    country = c;
                }
                if (country is null || country == home) return null;
                return country;
            }
            return null;
        }
    }
}

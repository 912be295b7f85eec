using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "OCHA appealed for $4.1 billion to reach 20 million people in Sudan", "the UN refugee agency appealed for $90 million
        /// to help Burundi and Uganda cope with refugees", "appealed for $400 million to keep aid flowing to southern Syria": an
        /// appeal (02x) for a sum of money is addressed to the donors, whom such a sentence leaves unnamed; the country or people
        /// the money is for are its beneficiaries, not its target (gold/README.md: "a funding appeal with no donor named is 0233
        /// with no target"; every tunable funding appeal codes it so). The target is dropped when it stands after the sum and
        /// no "from" opens it; an addressee named before the sum ("asked the World Bank for a loan", "appealed to the EU for
        /// $50 million") or after "from" ("sought $400 million from the IMF") is kept. Copies made for coordinated beneficiaries
        /// fold into one targetless event.
        /// </summary>
        private void DropBeneficiariesOfFundingAppeals()
        {
            var drop = new List<int>();
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Source < 0 || !p.Cameo.StartsWith("02", StringComparison.Ordinal) || p.Sentence != _sentence) continue;
                // Session 63 (appeal63): "appealed to donors for $250 million to house and feed the refugees", "asked donors for
                // $400 million", "appealed for $2.5 billion in emergency funding": an appeal that asks for a sum and names
                // nothing more specific than a plain appeal (020) or one for aid (023) is an appeal for aid (0233, gold/README.md:
                // "a funding appeal with no donor named is 0233"); a sum asked as a loan or credit is economic aid (0231).
                if (p.Cameo is "020" or "023" && SumAskedFor(p.Trigger) is var asked && asked >= 0 && !ClaimWithin(asked))
                {
                    string aid = LoanWithin(asked) ? "0231" : "0233";
                    p = p with { Cameo = aid, Rule = p.Rule + $",sum-asked→{aid}" };
                    _out[i] = p;
                }
                if (p.Target < 0 && p.TargetCountry is null && p.TargetPlace < 0) continue;
                int sum = SumAskedFor(p.Trigger);
                if (sum < 0) continue;
                if (p.Target >= 0)
                {
                    int t0 = A(p.Target).Tokens.FirstToken;
                    if (t0 < sum || IsWord(t0 - 1, "from") || (IsWord(t0 - 2, "from") && IsWord(t0 - 1, "the"))) continue;
                }
                var bare = p with { Target = -1, TargetPlace = -1, TargetCountry = null, TargetRole = null, Rule = p.Rule + ",tgt=dropped(funding-beneficiary)" };
                bool copy = false;
                for (int j = 0; j < i && !copy; j++)
                    copy = !drop.Contains(j) && _out[j].Source == p.Source && _out[j].Cameo == p.Cameo && _out[j].Target < 0
                        && _out[j].TargetCountry is null && _out[j].TargetPlace < 0 && _out[j].Trigger.FirstToken == p.Trigger.FirstToken;
                if (copy) drop.Add(i);
                else _out[i] = bare;
            }
            for (int k = drop.Count - 1; k >= 0; k--) _out.RemoveAt(drop[k]);
        }

        /// <summary>True when a word of lending ("loan", "credit", "bailout", "lending") stands within six words after the
        /// start of the sum asked for, before a comma: the sum is economic aid, not relief.</summary>
        private bool LoanWithin(int sum)
        {
            for (int k = sum; k < Math.Min(_e, sum + 7); k++)
            {
                if (IsWord(k, ",") || IsWord(k, ";")) return false;
                if (W(k).ToString().ToLowerInvariant() is "loan" or "loans" or "credit" or "credits" or "bailout" or "lending" or "financing") return true;
            }
            return false;
        }

        /// <summary>True when the sum asked for is a claim, not a gift ("$2 million in compensation", "damages", "a ransom",
        /// "$75 per prisoner" as a price), or money for works ("to build roads"): such a sum is no appeal for relief.</summary>
        private bool ClaimWithin(int sum)
        {
            for (int k = sum; k < Math.Min(_e, sum + 7); k++)
            {
                if (IsWord(k, ",") || IsWord(k, ";")) return false;
                if (W(k).ToString().ToLowerInvariant() is "compensation" or "damages" or "ransom" or "per" or "fee" or "fees" or "price") return true;
            }
            // "appealed for $2 billion to build roads and bridges", "for $500 million to repair its railways": money for works
            // is no appeal for humanitarian aid (RealNews34Tests); the sub-code is left to the readings that gave it.
            for (int k = sum; k < Math.Min(_e, sum + 12); k++)
                if (W(k).ToString().ToLowerInvariant() is "build" or "rebuild" or "repair" or "construct" or "upgrade" or "road" or "roads"
                    or "railway" or "railways" or "bridge" or "bridges" or "infrastructure") return true;
            return false;
        }

        /// <summary>Words that name a sum asked for after "for" or a verb of seeking ("funding", "$4.1 billion").</summary>
        private static readonly HashSet<string> FundingWords = new(StringComparer.OrdinalIgnoreCase)
        { "funding", "funds", "million", "billion", "bn", "dollars", "euros" };

        /// <summary>
        /// The token where the sum an appeal asks for begins: "for" or a form of "seek" from the trigger's start to eight words
        /// past its end (no comma or semicolon between), followed within three words by a currency sign, a number of
        /// millions or billions, or "funding"/"funds". -1 when the appeal asks for no sum.
        /// </summary>
        private int SumAskedFor(TokenRange trigger)
        {
            int stop = Math.Min(_e, trigger.EndToken + 8);
            for (int k = trigger.FirstToken; k < stop; k++)
            {
                if (k >= trigger.EndToken && (IsWord(k, ",") || IsWord(k, ";"))) return -1;
                if (!(IsWord(k, "for") || IsWord(k, "seek") || IsWord(k, "seeks") || IsWord(k, "sought") || IsWord(k, "seeking"))) continue;
                for (int j = k + 1; j < Math.Min(_e, k + 4); j++)
                {
                    var w = W(j);
                    if (w.Length > 0 && (w[0] is '$' or '€' or '£' || w.StartsWith("US$", StringComparison.Ordinal))) return j;
                    if (FundingWords.Contains(w.ToString())) return j;
                    if (IsWord(j, ",") || IsWord(j, ";")) break;
                }
            }
            return -1;
        }
    }
}

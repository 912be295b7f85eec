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

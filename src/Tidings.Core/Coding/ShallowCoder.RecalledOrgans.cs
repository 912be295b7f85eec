namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "North Korea fired two missiles … The ministry criticised the launches and urged Pyongyang to return to talks": the
        /// doer of an earlier act recalled as a bare country (PRK) is named in the reacting sentence itself by an organ of that
        /// country (the capital for its government, PRKGOV); the sentence's own words say which side of the country the
        /// reaction is aimed at, so the organ is the target. Invariants: only a recalled doer that is a bare country (its code
        /// is its country); only when the sentence names exactly one code of that country with a role (no modifier, not the
        /// source) and that code is the country's government (XXXGOV and its sub-organs): a government speaks for its state, while a
        /// force or group of the country named beside it ("urged Russian troops to withdraw") may be another actor than the
        /// doer; otherwise the recalled doer is returned unchanged.
        /// </summary>
        private int OrganNamedForRecalledCountry(int recalled, int src)
        {
            if (recalled < 0 || A(recalled).Country is not { } country || A(recalled).Code != country) return recalled;
            int organ = -1;
            for (int a = 0; a < doc.Actors.Count; a++)
            {
                var m = A(a);
                if (m.Tokens.FirstToken < _f || m.Tokens.EndToken > _e || a == src || m.IsModifier) continue;
                if (m.Country != country || m.Code is not { } code || !code.StartsWith(country + "GOV", StringComparison.Ordinal)) continue;
                if (organ >= 0 && A(organ).Code != code) return recalled;
                if (organ < 0) organ = a;
            }
            return organ >= 0 ? organ : recalled;
        }
    }
}

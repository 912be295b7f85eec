using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>The country of whom <paramref name="src"/>'s attack (18-20) already coded in this sentence hit, or null:
        /// "attacked a village near the Kenyan town of Mandera, ... setting homes on fire" burns Kenyan homes.</summary>
        private string? AttackedCountry(int src)
        {
            foreach (var m in _out)
                if (m.Sentence == _sentence && m.Source == src && !m.Negated && m.Cameo.Length >= 2 && m.Cameo[..2] is "18" or "19" or "20")
                {
                    if (m.Target >= 0 && A(m.Target).Country is { } c) return c;
                    if (m.TargetCountry is { } tc) return tc;
                }
            return null;
        }
    }
}

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Al-Shabaab said in a statement that it had targeted the motorcade", "the Houthis said they fired a missile at
        /// Israel", "the Pakistani Taliban said its fighters had planted the bomb": an armed group (REB) that reports, in its own
        /// words, an attack it made takes responsibility for it (015, aimed where the attack was), besides the attack itself.
        /// A state's forces reporting their own strikes ("the army said it had killed a commander") make no claim: a state
        /// acts openly, and the gold codes its reports as the strike alone. Only asserted, unnegated attacks (18-20) whose
        /// source is also the one the sentence attributes them to.
        /// </summary>
        private void CodeReportedOwnAttacks()
        {
            if (_out.Count == 0) return;
            foreach (var m in _out.ToArray())
            {
                if (m.Negated || m.Background || m.Modality != Modality.Asserted || m.Source < 0 || m.Attribution < 0) continue;
                if (m.Cameo.Length < 2 || m.Cameo[..2] is not ("18" or "19" or "20")) continue;
                if (RoleOf(m.Source) != "REB") continue;
                // The group is its own reporter: the same actor, or a mention coded the same ("the group said its fighters").
                if (m.Attribution != m.Source && A(m.Attribution).Code != A(m.Source).Code) continue;
                // One claim per attack trigger: a claim already coded for it ("claimed the bombing") stands.
                bool claimed = false;
                foreach (var o in _out)
                    if (o.Cameo == "015" && o.Source == m.Source && o.Trigger.FirstToken == m.Trigger.FirstToken) { claimed = true; break; }
                if (claimed) continue;
                Emit(m.Trigger, "015", m.Source, m.Target, $"reported-own-attack:{m.Cameo}→015 src=reporter,tgt=attack-target",
                    false, false, Modality.Asserted, m.TargetPlace, m.TargetCountry, m.TargetRole);
            }
        }
    }
}

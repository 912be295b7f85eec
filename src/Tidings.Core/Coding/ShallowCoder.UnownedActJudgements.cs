namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Rule-trail mark of a copular judgement of a definite act noun that names no doer
        /// (<see cref="TreeRoles.JudgedActUnowned"/>: "said the trial had been grossly unfair").</summary>
        private const string UnownedActMark = ",unowned-act";

        /// <summary>
        /// Session 58 (judge58): "Amnesty International said the trial had been grossly unfair and urged Iran to halt all
        /// executions" is a criticism of Iran (111), aimed by the appeal to undo the act (<see cref="AimCriticismsAtTheAppealed"/>),
        /// by an act of that kind told before (<see cref="EarlierActor"/>, <see cref="AimJudgementsAtEarlierActs"/>). When none
        /// of those finds whose act "the trial" was, the judgement is dropped, as a verb of criticism whose object is an act
        /// of no found doer is ("Turkey condemned the drills" codes nothing): an unaimed criticism of an unnamed act tells a
        /// reader nothing about who acted against whom, and the sentence's place would otherwise be taken for its target.
        /// Invariant: only events marked <see cref="UnownedActMark"/>, only while they have no target of any kind.
        /// </summary>
        private void DropUnaimedUnownedJudgements() =>
            _out.RemoveAll(p => p.Rule.Contains(UnownedActMark, StringComparison.Ordinal) && p.Target < 0 && p.TargetPlace < 0
                && p.TargetCountry is null && p.TargetRole is null);
    }
}

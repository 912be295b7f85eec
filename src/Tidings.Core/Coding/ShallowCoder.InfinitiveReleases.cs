using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 61 (yield61). True when <paramref name="tr"/> is a release or return of persons or property (CAMEO 084x)
        /// told by a bare "to"-infinitive: "paid bandits 20 million naira to free eleven farm workers", "gave the junta four
        /// weeks to release the detained officials", "appealed on Sunday to the kidnappers of 24 seminarians to free them",
        /// "agree only to free detained soldiers". An infinitive states what someone is paid, pressed, given time, asked or
        /// agreed to do, so no release is done (gold/README.md: a demanded release is 1053, an appealed one 0253, an agreed
        /// one 0353, an ultimatum 1312/139; none is 0841). When the frame reader parses the governing verb, the release is
        /// coded as that frame's content and this trigger is consumed before it gets here; this rule catches the sentences
        /// whose parse lost the frame, which would otherwise code the release as done by the teller, payer or appealer.
        /// Invariants: only verb triggers (a release noun keeps its readers: "ordered the release of"); only when the word
        /// right before the trigger is "to" and the trigger's first word is the bare verb, so "freed"/"released" (done) never
        /// match; implicative verbs before "to" ("managed to free", "helped to release", "were able to free", "voted to
        /// release") tell the act done and keep it.
        /// </summary>
        private bool ReleaseInInfinitive(Trig tr)
        {
            if (tr.IsNoun || !tr.Entry.Cameo.StartsWith("084", StringComparison.Ordinal)) return false;
            int to = tr.Start - 1;
            if (to < _f || !IsWord(to, "to")) return false;
            if (doc.TokLemma(tr.Start) is not { } lemma || !W(tr.Start).Equals(lemma, StringComparison.OrdinalIgnoreCase)) return false;
            int gov = to - 1;
            if (gov >= _f && (doc.TokXpos(gov) ?? "").StartsWith("RB", StringComparison.Ordinal)) gov--;
            return !(gov >= _f && doc.TokLemma(gov) is { } g && ImplicativeBeforeTo.Contains(g));
        }

        /// <summary>
        /// Session 61 (yield61). True when the verb trigger <paramref name="tr"/> starts with "free" right after a determiner
        /// or possessive ("its ruling on the free movement of nationals", "a free vote", "their free speech"): after a
        /// determiner "free" is the adjective of the noun phrase, never the verb of releasing someone.
        /// </summary>
        private bool FreeAfterDeterminer(Trig tr) =>
            !tr.IsNoun && IsWord(tr.Start, "free") && tr.Start - 1 >= _f
            && (doc.TokUpos(tr.Start - 1) == Upos.DET || IsWord(tr.Start - 1, "its") || IsWord(tr.Start - 1, "their")
                || IsWord(tr.Start - 1, "his") || IsWord(tr.Start - 1, "her") || IsWord(tr.Start - 1, "our"));

        /// <summary>Verbs and adjectives whose "to"-infinitive is done when they are ("managed to free the hostages").</summary>
        private static readonly HashSet<string> ImplicativeBeforeTo = new(StringComparer.OrdinalIgnoreCase)
        {
            "manage", "help", "able", "proceed", "vote", "succeed", "begin", "start", "continue",
        };
    }
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when the word at <paramref name="t"/> is a plain lower-case adjective that describes the reporter after it
        /// (", the regional governor said", ", a local official said", ", a senior commander told reporters"), so that
        /// <see cref="CommaReporter"/> reaches the comma before it. Without it a greedy parse that hangs the event's object
        /// on the speech verb as a second subject ("shot dead three villagers ..., the regional governor said") makes that
        /// object the reporter, and the event loses its target.
        /// Invariant: only lower-case words tagged JJ that no actor covers (no comparative, superlative or participle, no
        /// capitalised nationality, which the actor's own span takes), so a verb or a noun between the comma and the actor
        /// still stops the walk.
        /// </summary>
        private bool ReporterDescription(int t)
        {
            if (t < _f || t >= _e || actorOf[t] >= 0) return false;
            var w = W(t);
            return w.Length > 1 && char.IsLower(w[0]) && doc.TokXpos(t) == "JJ";
        }
    }
}

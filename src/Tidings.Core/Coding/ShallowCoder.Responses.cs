using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "India said it would respond", "Beijing said it would take all necessary measures to safeguard its rights", "the
        /// ministry said Minsk would respond with mirror measures", "warned that Tehran would treat any US strike as an act of
        /// war": a speaker who announces that it or its own side will answer another's act threatens it (gold/README.md:
        /// threats are coded when the speech act is itself the event). A bare response is 130, measures 131 (as "warned it
        /// would take countermeasures" is), a response with force or an act of war 138. The threat is aimed at whoever the
        /// response answers ("to any Israeli attack"), else at the target of the speaker's own criticism in the sentence
        /// ("called Ottawa's decision regrettable and said it would respond"), else at the side whose act against it the
        /// article told last; with none, no target. A response already coded by the lexicon (a threat or a reduction of
        /// relations at the same word) is left alone.
        /// </summary>
        private void CodeSaidResponses()
        {
            if (!_tree.Parsed) return;
            for (int p = _f; p < _e; p++)
            {
                if (!_tree.SaidResponse(p, out int speechVerb, out int subject, out bool ownWords, out string kind)) continue;
                if (_out.Exists(m => m.Trigger.FirstToken <= p && p < m.Trigger.EndToken && m.Cameo.Length >= 2 && m.Cameo[..2] is "13" or "16" or "19")) continue;
                int judge = _tree.VerbSource(speechVerb, out string how);
                if (judge < 0 || IsModifier(judge)) continue;
                // The one who will respond is the speaker's own side: a pronoun, the speaker itself, or an actor of its country
                // ("Tehran would respond", said Iran's army chief).
                bool own = ownWords;
                if (!own && actorOf[subject] >= 0)
                    own = actorOf[subject] == judge || (A(actorOf[subject]).Country is { } sc && sc == A(judge).Country);
                if (!own) continue;
                // "warned Manila that it would take resolute measures if ...": the speaker's threat is already coded through the
                // frame; one threat per speaker.
                if (_out.Exists(m => m.Source == judge && m.Cameo.StartsWith("13", StringComparison.Ordinal))) continue;
                int tgt = -1;
                var answered = new List<int>();
                _tree.ResponseAnswers(p, answered, out bool armed);
                // "respond with mirror measures" names measures; "respond to any attack" promises force against force.
                string code = kind switch
                {
                    "measures" => "131",
                    "war" => "138",
                    _ when _tree.ResponseWithForce(p) || armed => "138",
                    _ when _tree.ResponseWithMeasures(p) => "131",
                    _ => "130",
                };
                foreach (var a in answered)
                    if (a != judge && !SameSide(a, judge)) { tgt = a; break; }
                if (tgt < 0)
                    foreach (var m in _out)
                        if (m.Source == judge && m.Target >= 0 && !m.Negated && m.Cameo.Length >= 2 && m.Cameo[..2] is "11" or "12" or "16"
                            && !SameSide(m.Target, judge)) { tgt = m.Target; break; }
                if (tgt < 0 && AnsweredActor(judge, sameSentence: true) is var earlier && earlier >= 0) tgt = earlier;
                Emit(new TokenRange(p, p + 1), code, judge, tgt, $"said-response:{doc.TokLemma(speechVerb)}+{doc.TokLemma(p)}→{code} src={how},tgt={(tgt >= 0 ? "answered" : "none")}",
                    false, false, Modality.Threatened);
            }
        }
    }
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The U.S. has expelled 60 diplomats, Ukraine has expelled 13", "Germany expelled four diplomats and France two":
        /// in a run of parallel clauses the later clause leaves out the noun its number counts (noun ellipsis after a
        /// numeral), so its verb alone matches only the verb's bare lexicon row (166 "expel") where the full clause matched
        /// the phrase row ("expel diplomat", 161). A verb-only event whose object is a bare number takes the code of an
        /// earlier event in the same sentence coded by a phrase row of the same verb whose own object is counted by a number:
        /// the elided noun is that object's. Invariants: both events in one sentence, the phrase event before the gapped
        /// one; the gapped verb's object is a cardinal with no noun and no dependents but modifiers of degree; the phrase
        /// event's object has a numeral of its own (the parallel that licenses the ellipsis); only the code changes (source
        /// and target stay the gapped clause's own).
        /// </summary>
        private void CodeGappedCountedObjects()
        {
            if (!_tree.Parsed || _out.Count < 2) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (!m.Rule.StartsWith("verb:", StringComparison.Ordinal) || m.Rule.IndexOf('→') is var arrow && arrow < 0) continue;
                string lemma = m.Rule[5..arrow];
                int node = Syntax.Attachment.SpanHead(doc, m.Trigger);
                if (node < 0 || !BareNumberObject(node)) continue;
                foreach (var o in _out)
                {
                    if (ReferenceEquals(o, m) || o.Trigger.FirstToken >= m.Trigger.FirstToken) continue;
                    if (!o.Rule.StartsWith("phrase:" + lemma + " ", StringComparison.Ordinal)) continue;
                    int oNode = Syntax.Attachment.SpanHead(doc, o.Trigger);
                    if (oNode < 0 || !CountedObject(oNode)) continue;
                    // The elided noun phrase is the whole counted object ("40" for "40 Russian diplomats"): with no target of
                    // its own, the gapped clause takes the phrase event's target actor when that is of another country
                    // written in the phrase itself ("Russian diplomats"), not lent from the context.
                    bool untargeted = m.Target < 0 && m.TargetPlace < 0 && m.TargetCountry is null;
                    int target = untargeted && o.Target >= 0 && m.Source >= 0 && !A(o.Target).CountryFromContext
                        && A(o.Target).Country is { } tc && tc != A(m.Source).Country ? o.Target : m.Target;
                    _out[i] = m with { Cameo = o.Cameo, Target = target, Rule = m.Rule + ",gapped-noun:" + o.Rule[..o.Rule.IndexOf('→')] };
                    break;
                }
            }
        }

        /// <summary>
        /// True when <paramref name="verb"/> is the gapped clause of <see cref="CodeGappedCountedObjects"/>: its object is a
        /// bare number and an earlier verb of the sentence with the same lemma opens a phrase trigger
        /// ("expel diplomat") and has an object counted by a numeral.
        /// Its number is then no target slot left empty (an actor-less object) but the count of the elided noun.
        /// </summary>
        private bool GappedCountedObject(int verb)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e || !BareNumberObject(verb)) return false;
            var lemma = doc.Token(verb).Lemma;
            for (int k = _f; k < verb; k++)
                if (doc.TokUpos(k) == Upos.VERB && doc.Token(k).Lemma == lemma && CountedObject(k) && TrigAt(k) is var g && g >= 0
                    && _trigs[g].Entry.Trigger.StartsWith(lemma + " ", StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>True when <paramref name="verb"/>'s object is a bare cardinal after it ("expelled 13"), with no dependent
        /// but a modifier of degree ("about 13", "at least 13"), and the verb has no other object. The parser gives such a
        /// number an object's relation or, with no noun to hang on, a loose one (flat, dep, nummod, obl:npmod).</summary>
        private bool BareNumberObject(int verb)
        {
            int number = -1;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb) continue;
                var rel = doc.Token(k).Relation;
                if (rel is "obj" or "iobj" or "ccomp" or "xcomp" && doc.TokUpos(k) != Upos.NUM) return false;
                if (k > verb && doc.TokUpos(k) == Upos.NUM && rel is "obj" or "flat" or "dep" or "nummod" or "obl:npmod") number = k;
            }
            if (number < 0) return false;
            for (int d = _f; d < _e; d++)
                if (doc.Token(d).Head == number && doc.Token(d).Relation is not ("advmod" or "case" or "punct")) return false;
            return true;
        }

        /// <summary>True when <paramref name="verb"/>'s direct object is a noun counted by a numeral ("expelled 60 diplomats").</summary>
        private bool CountedObject(int verb)
        {
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb || doc.Token(k).Relation != "obj" || doc.TokUpos(k) is not (Upos.NOUN or Upos.PROPN)) continue;
                for (int d = _f; d < k; d++)
                    if (doc.Token(d).Head == k && doc.Token(d).Relation == "nummod") return true;
            }
            return false;
        }
    }
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Session 56 (coord56): per verb node of the sentence, the source, the actor targets and the code of the
        /// first event coded on it, with the further targets of that source and code ("appealed to Russia and Ukraine"); an
        /// event noun or judgement counts for the verb that governs it. Cleared with the sentence.</summary>
        private readonly Dictionary<int, (int Source, List<int> Targets, string Code)> _verbTargets = new();

        /// <summary>Remembers the first event with an actor target emitted on the verb that governs the trigger's head.</summary>
        private void RecordVerbTarget(TokenRange range, int src, int tgt, string code)
        {
            if (!_tree.Parsed || src < 0 || tgt < 0 || range.FirstToken < _f || range.EndToken > _e || range.EndToken <= range.FirstToken) return;
            int v = GoverningVerb(Syntax.Attachment.SpanHead(doc, range));
            if (v < 0) return;
            if (!_verbTargets.TryGetValue(v, out var first)) _verbTargets[v] = (src, new List<int> { tgt }, code);
            else if (first.Source == src && first.Code == code && !first.Targets.Contains(tgt)) first.Targets.Add(tgt);
        }

        /// <summary>The node itself when it is a verb, else its nearest verbal ancestor within four steps, else -1.</summary>
        private int GoverningVerb(int node)
        {
            for (int step = 0, n = node; step < 4 && n >= _f && n < _e; step++)
            {
                if (doc.TokUpos(n) == Upos.VERB) return n;
                int h = doc.Token(n).Head;
                if (h == n || h < _f || h >= _e) return -1;
                n = h;
            }
            return -1;
        }

        /// <summary>
        /// "Greece summoned Israel's ambassador and demanded an explanation", "Russia's embassy called the expulsions an
        /// unfriendly step and promised a firm response", "refused to reopen the border until the junta restored trade": a
        /// verbal act (intent, offer, consultation, cooperation, demand, disapproval, rejection, threat, protest: roots 03-05
        /// and 10-14) told by a second verb that shares the subject of a first one, and that names no party of its own, is
        /// addressed to the party the first verb's event was aimed at. Wire copy names the addressee once and lets the
        /// coordinated verbs share it (gold/README.md, session 56 coord56). Appeals (02) are left out: they name their
        /// addressee ("called on the administration", "urged all parties") even when the coder cannot code it, or address
        /// everyone ("called for calm"); borrowing the first target gave them a wrong one (eb41113, eb43107, eb44017).
        /// Adds those targets (all of the first event's: "appealed to Russia and Ukraine to agree a ceasefire and offered a venue
        /// for talks") to <paramref name="targets"/> and returns true, else false.
        /// Invariants: needs the parse; the trigger's verb is a <c>conj</c>, or a participle clause with no subordinator
        /// (<c>advcl</c>, VBG), of an earlier verb, with no subject of its own and not passive; the earlier verb (or the verb
        /// it is itself coordinated with, up to three steps) already coded an event of the same source with an actor target;
        /// the target is never the source. Material acts (06-09, 15-20) never borrow a target: they need their own object; the one exception is a
        /// seizure of goods (1711, session 64 coerce64), whose object is a thing and whose owner is the first act's party.
        /// </summary>
        private bool ConjunctSharedTargets(int verb, string code, int src, List<int> targets)
        {
            if (!_tree.Parsed || src < 0 || verb < _f || verb >= _e || code.Length < 2) return false;
            // Session 64 (coerce64): "arrested 14 fishermen and seized two trawlers", "raided the homes of three activists,
            // seizing laptops": goods seized in the same breath as an act on a party are that party's (1711 only: the
            // seizure of goods, whose owner the verb itself does not name).
            if (code[..2] is not ("03" or "04" or "05" or "10" or "11" or "12" or "13" or "14") && code != "1711") return false;
            if (doc.TokUpos(verb) != Upos.VERB || _tree.IsPassive(verb)) return false;
            if (_tree.HasChildRelation(verb, "nsubj") || _tree.HasChildRelation(verb, "nsubj:pass") || _tree.HasChildRelation(verb, "csubj")) return false;
            int v = verb;
            for (int step = 0; step < 3; step++)
            {
                string rel = doc.Token(v).Relation ?? "";
                bool participle = rel == "advcl" && doc.TokXpos(v) == "VBG" && !HasMarker(v);
                if (rel != "conj" && !participle) return false;
                int h = doc.Token(v).Head;
                if (h < _f || h >= _e || h >= v || doc.TokUpos(h) is not (Upos.VERB or Upos.AUX)) return false;
                if (_verbTargets.TryGetValue(h, out var first) && first.Source == src)
                {
                    foreach (var t in first.Targets)
                        if (t != src && A(t).Code is { } tc && A(src).Code is { } sc && tc != sc && !targets.Contains(t)) targets.Add(t);
                    return targets.Count > 0;
                }
                v = h;
            }
            return false;
        }

        /// <summary>True when the clause of <paramref name="verb"/> opens with a subordinator ("after", "while", "by", "before"
        /// + participle): such a clause tells background or manner, not a second act addressed to the first one's party.</summary>
        private bool HasMarker(int verb)
        {
            for (int k = _f; k < verb; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation is "mark" or "case") return true;
            return false;
        }
    }
}

using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs that end or ease a standing measure: "revoked the curfew", "suspended its arms embargo", "called
        /// off the strike", "rolled back the sanctions".</summary>
        private static readonly HashSet<string> EndingVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "lift", "ease", "relax", "loosen", "end", "scrap", "revoke", "rescind", "repeal", "suspend", "remove", "drop",
            "cancel", "abandon", "waive", "terminate", "abolish", "overturn", "withdraw",
        };

        /// <summary>Verbs of a measure running out, told with the one who lets it: "let the state of emergency expire",
        /// "allowed the curfew to lapse".</summary>
        private static readonly HashSet<string> ExpiryVerbs = new(StringComparer.OrdinalIgnoreCase) { "expire", "lapse" };

        /// <summary>
        /// Session 72 (read72): "the junta revoked the curfew", "the EU suspended its arms embargo on Minsk", "the president let
        /// the state of emergency expire", "the union suspended its strike": a measure named as the object of a verb that
        /// ends or eases it is the easing (08x), not the imposition its noun names alone (decision 015 for curfews and
        /// emergencies). The imposition's code gives the easing: sanctions and embargoes (163) 085, administrative sanctions
        /// (172, 1721-1724) 081, 0811-0814, a blockade or siege (191) 0872, a strike, boycott, hunger strike or blockade by
        /// protesters (142-144) 082. A verb trigger of another root ("suspended" read as a cut in relations, 160) whose object
        /// is such a measure noun is recoded the same way, by the noun.
        /// Invariants: only asserted, non-frame events; source and target stay; the measure must be the verb's direct
        /// object (or passive subject: "the curfew was lifted"), or the subject of "expire"/"lapse"; a march or rally ended
        /// (141) is no easing; events already coded 08x are untouched.
        /// </summary>
        private void ReadEndedImpositionsAsEasings()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Sentence != _sentence || m.Modality != Modality.Asserted || m.Rule.StartsWith("frame:", StringComparison.Ordinal)
                    || m.Cameo.StartsWith("08", StringComparison.Ordinal)) continue;
                int h = Syntax.Attachment.SpanHead(doc, m.Trigger);
                if (h < _f || h >= _e) continue;
                string? eased = null;
                if (EasingOf(m.Cameo) is { } byCode && EndedMeasure(h)) eased = byCode;
                else if (doc.TokLemma(h) is { } verb && EndingVerbs.Contains(verb) && doc.TokUpos(h) == Upos.VERB
                    && DependentOf(h, "obj") is var o && o >= 0 && EasingOfMeasureNoun(o) is { } byNoun)
                    eased = byNoun;
                if (eased is null) continue;
                _out[i] = m with { Cameo = eased, Rule = m.Rule + ",ended-imposition→" + eased };
            }
        }

        /// <summary>The easing (08x) that ends an imposition coded <paramref name="code"/>, or null.</summary>
        private static string? EasingOf(string code) => code switch
        {
            "163" => "085",
            "172" => "081",
            "1721" => "0811",
            "1722" => "0812",
            "1723" => "0813",
            "1724" => "0814",
            "191" => "0872",
            "142" or "1421" or "1422" or "1423" or "1424" or "143" or "1431" or "1432" or "1433" or "1434"
                or "144" or "1441" or "1442" or "1443" or "1444" => "082",
            _ => null,
        };

        /// <summary>The easing of a measure named by noun <paramref name="n"/> when the noun alone says which (a curfew,
        /// a state of emergency or martial law, sanctions, an embargo, a blockade or siege), or null;
        /// "ban" and "restrictions" name no kind of their own, and "strike" may be an air strike.</summary>
        private string? EasingOfMeasureNoun(int n)
        {
            var lemma = doc.TokLemma(n)?.ToLowerInvariant();
            if (lemma is "curfew") return "0813";
            if (lemma is "sanction" or "sanctions" or "embargo") return "085";
            if (lemma is "blockade" or "siege") return "0872";
            if (lemma is "law" && n - 1 >= _f && IsWord(n - 1, "martial")) return "0814";
            if (lemma is "state" && IsWord(n + 1, "of") && IsWord(n + 2, "emergency")) return "0814";
            return null;
        }

        /// <summary>Whether the measure noun at <paramref name="h"/> is ended or eased: the direct object (or passive subject)
        /// of an <see cref="EndingVerbs"/> verb, or the subject of "expire"/"lapse".</summary>
        private bool EndedMeasure(int h)
        {
            if (doc.TokUpos(h) is not (Upos.NOUN or Upos.PROPN)) return false;
            var rel = doc.Token(h).Relation ?? "";
            int g = doc.Token(h).Head;
            if (g < _f || g >= _e || g == h || doc.TokLemma(g) is not { } verb) return false;
            if (rel is "obj" or "nsubj:pass" && EndingVerbs.Contains(verb) && doc.TokUpos(g) == Upos.VERB) return true;
            // "let the state of emergency expire", "allowed the curfew to lapse": the measure is the object of "let"/"allow"
            // and "expire"/"lapse" hangs on that verb or on the measure (the tagger may read "to lapse" as a noun phrase).
            if (rel is "obj" && verb is "let" or "allow")
                for (int k = h + 1; k < _e && k <= h + 8; k++)
                    if (doc.Token(k).Head is var kh && (kh == g || kh == h)
                        && (ExpiryVerbs.Contains(W(k).ToString()) || doc.TokLemma(k) is { } runOut && ExpiryVerbs.Contains(runOut))) return true;
            return rel is "nsubj" && ExpiryVerbs.Contains(verb);
        }
    }
}

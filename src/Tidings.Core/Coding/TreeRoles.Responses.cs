using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for a response announced as a threat: "India said it would respond", "Beijing said it would take all necessary
/// measures to safeguard its interests", "Minsk would respond with mirror measures, the ministry said", "warned that Tehran
/// would respond to any Israeli attack", "said Caracas would treat any US strike as an act of war". A speaker who says that it
/// or its own side will answer another's act threatens (CAMEO 13) as "threatened to retaliate" does; "said" is how wire copy
/// most often tells it.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs that announce what the speaker's side will do.</summary>
    private static readonly HashSet<string> ResponseSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "state", "tell", "add", "insist", "stress", "declare", "warn", "vow", "pledge", "promise", "reiterate", "assert",
    };

    /// <summary>What a response may answer without being hostile: "would respond to the request", "respond in writing".</summary>
    private static readonly HashSet<string> BenignResponseObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "request", "question", "query", "inquiry", "enquiry", "letter", "invitation", "proposal", "offer", "call", "concern",
        "need", "needs", "emergency", "crisis", "disaster", "outbreak", "pandemic", "flood", "flooding", "earthquake", "writing",
        "detail", "course", "appeal", "petition", "complaint", "report", "comment", "criticism", "email", "message", "survey",
        "demand", "market", "consultation", "review", "inquiry", "plea", "challenge", "fire", "wildfire", "storm",
    };

    /// <summary>Measures that are a hostile answer: "take countermeasures", "take resolute measures".</summary>
    private static readonly HashSet<string> HostileMeasureAdjectives = new(StringComparer.OrdinalIgnoreCase)
    { "resolute", "firm", "decisive", "reciprocal", "retaliatory", "mirror", "strong", "tough", "forceful", "counter" };

    /// <summary>What necessary measures protect when they are an answer to another state: its rights, interests, sovereignty.</summary>
    private static readonly HashSet<string> GuardedInterests = new(StringComparer.OrdinalIgnoreCase)
    { "right", "rights", "interest", "interests", "sovereignty", "dignity", "integrity", "company", "companies", "national", "citizen", "citizens" };

    /// <summary>
    /// A hostile response announced at <paramref name="p"/>, the complement's verb: "respond" (not to a request, a question
    /// or a disaster), "hit back", "strike back", "take countermeasures", "take resolute/reciprocal measures", "take (all)
    /// necessary measures" to safeguard rights or interests, or "treat X as an act of war". The verb must carry "will",
    /// "would" or "shall" and no negation, and hang as a clause complement from a speech verb after which it is told (or
    /// before, as an attributed quote: "..., the ministry said"). Gives the speech verb, the complement's subject node and
    /// whether that subject is a pronoun of the speaker ("it", "we"); <paramref name="kind"/> is "measures" for measures
    /// (131), "war" for an act of war (138), else "respond".
    /// </summary>
    public bool SaidResponse(int p, out int speechVerb, out int subject, out bool ownWords, out string kind)
    {
        speechVerb = subject = -1; ownWords = false; kind = "respond";
        if (!Parsed || p < _f || p >= _e || _doc.Token(p).Upos != Upos.VERB || _doc.Token(p).Lemma is not { } lemma) return false;
        bool modal = false, back = false, hostile = false;
        foreach (var c in Children(p))
        {
            var cl = _doc.Token(c).Lemma ?? "";
            if (RelIs(c, "aux") && cl.ToLowerInvariant() is "will" or "would" or "shall" or "'ll") modal = true;
            if (RelStarts(c, "nsubj")) subject = c;
            if ((RelIs(c, "compound:prt") || RelIs(c, "advmod")) && cl.Equals("back", StringComparison.OrdinalIgnoreCase)) back = true;
        }
        if (!modal || subject < 0 || IsNegated(p)) return false;
        switch (lemma.ToLowerInvariant())
        {
            case "respond":
                foreach (var c in Children(p))
                {
                    if ((RelStarts(c, "obl") || RelIs(c, "obj")) && BenignResponseObjects.Contains(_doc.Token(c).Lemma ?? "")) return false;
                    // "would respond with a motion of no confidence": the "with" phrase names the act itself, coded by its own
                    // trigger; only measures or force leave the response a bare threat.
                    if (RelStarts(c, "obl") && CaseOf(c) == "with"
                        && (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is not ("measure" or "measures" or "countermeasure" or "countermeasures"
                            or "step" or "steps" or "force" or "might" or "strike" or "weapon" or "missile" or "attack" or "fire" or "action"))
                        return false;
                    // "would respond immediately and expel the same number of officials": the coordinated act is the response.
                    if (RelIs(c, "conj") && _doc.Token(c).Upos == Upos.VERB) return false;
                }
                hostile = true;
                break;
            case "hit" or "strike":
                hostile = back;
                break;
            case "take":
                foreach (var c in Children(p))
                {
                    if (!RelIs(c, "obj")) continue;
                    var ol = _doc.Token(c).Lemma ?? "";
                    if (ol.Equals("countermeasure", StringComparison.OrdinalIgnoreCase) || ol.Equals("countermeasures", StringComparison.OrdinalIgnoreCase))
                        hostile = true;
                    else if (ol is "measure" or "measures" or "step" or "steps" or "action")
                    {
                        bool necessary = false;
                        foreach (var g in Children(c))
                        {
                            var gl = _doc.Token(g).Lemma ?? "";
                            if ((RelIs(g, "amod") || RelIs(g, "compound")) && HostileMeasureAdjectives.Contains(gl)) hostile = true;
                            if (RelIs(g, "amod") && gl.Equals("necessary", StringComparison.OrdinalIgnoreCase)) necessary = true;
                        }
                        // "take all necessary measures to safeguard its legitimate rights": only what guards rights or
                        // interests against another answers it; "necessary measures to protect the public" after a flood do not.
                        if (necessary && !hostile) hostile = GuardsInterests(p) || GuardsInterests(c);
                    }
                }
                if (hostile) kind = "measures";
                break;
            case "treat" or "regard" or "consider" or "view":
                // "would treat any incursion into its airspace as an act of war"
                foreach (var c in Children(p))
                {
                    if (!RelStarts(c, "obl") && !RelIs(c, "xcomp") && !RelIs(c, "advcl")) continue;
                    if (CaseOf(c) != "as" && MarkOf(c) != "as") continue;
                    var ol = _doc.Token(c).Lemma ?? "";
                    if (ol is "act" or "declaration")
                        foreach (var g in Children(c))
                            if (RelStarts(g, "nmod") && (_doc.Token(g).Lemma ?? "").Equals("war", StringComparison.OrdinalIgnoreCase)) hostile = true;
                }
                if (hostile) kind = "war";
                break;
        }
        if (!hostile) return false;
        int clause = p;
        if (RelIs(clause, "conj") && Head(clause) is var first && first >= 0 && RelIs(first, "ccomp")) clause = first;
        // "Minsk would respond ..., the ministry said": an attributed quote hangs the speech verb under the complement.
        if (RelIs(clause, "ccomp") && Head(clause) is var sv && sv >= 0 && ResponseSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "") && !IsNegated(sv))
            speechVerb = sv;
        else
            foreach (var c in Children(p))
                if (RelIs(c, "parataxis") || (RelIs(c, "ccomp") && c > p))
                    if (ResponseSpeechVerbs.Contains(_doc.Token(c).Lemma ?? "") && !IsNegated(c)) { speechVerb = c; break; }
        if (speechVerb < 0) return false;
        var st = _doc.Token(subject);
        if (st.Upos == Upos.PRON && (st.Lemma ?? "").ToLowerInvariant() is "it" or "they" or "we" or "he" or "she" or "i") ownWords = true;
        return true;
    }

    /// <summary>True when a response at <paramref name="p"/> is told with measures ("respond with mirror measures",
    /// "with countermeasures").</summary>
    public bool ResponseWithMeasures(int p)
    {
        if (!Parsed || p < _f || p >= _e) return false;
        foreach (var c in Children(p))
            if (RelStarts(c, "obl") && CaseOf(c) == "with" && (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is "measure" or "measures" or "countermeasure" or "countermeasures" or "step" or "steps")
                return true;
        return false;
    }

    /// <summary>True when a purpose clause under <paramref name="node"/> protects rights, interests or sovereignty
    /// ("to safeguard its legitimate rights and interests", "to protect the rights of Chinese companies").</summary>
    private bool GuardsInterests(int node)
    {
        foreach (var c in Children(node))
        {
            if (!(RelIs(c, "advcl") || RelIs(c, "xcomp") || RelIs(c, "acl"))) continue;
            if (_doc.Token(c).Lemma?.ToLowerInvariant() is not ("safeguard" or "protect" or "defend" or "uphold" or "guard")) continue;
            foreach (var g in Children(c))
                if (RelIs(g, "obj") && GuardedInterests.Contains(_doc.Token(g).Lemma ?? "")) return true;
        }
        return false;
    }

    /// <summary>Nouns of an armed act: a response promised to one is a threat of force ("respond to any attack" 138).</summary>
    private static readonly HashSet<string> ArmedActNouns = new(StringComparer.OrdinalIgnoreCase)
    { "attack", "strike", "incursion", "aggression", "invasion", "assault", "airstrike", "bombing", "offensive" };

    /// <summary>The actors whose act a response at <paramref name="p"/> answers: its "to"/"against" phrase ("respond to any
    /// Israeli attack"), or the object of "treat ... as an act of war" ("any US strike"). <paramref name="armed"/> tells whether
    /// that act is an armed one (an attack, a strike, an incursion).</summary>
    public void ResponseAnswers(int p, List<int> answered, out bool armed)
    {
        armed = false;
        if (!Parsed || p < _f || p >= _e) return;
        bool treat = _doc.Token(p).Lemma is "treat" or "regard" or "consider" or "view";
        foreach (var c in Children(p))
            if ((RelIs(c, "obj") && treat) || (RelStarts(c, "obl") && CaseOf(c) is "to" or "against"))
            {
                if (ArmedActNouns.Contains(_doc.Token(c).Lemma ?? "")) armed = true;
                AnsweredBy(c, answered);
            }
        if (answered.Count == 0) ResponseWithForce(p, answered);
    }
}

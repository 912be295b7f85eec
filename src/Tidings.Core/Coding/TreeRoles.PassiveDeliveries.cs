using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 70 (fam03): goods told as delivered in the passive. "Hundreds of tonnes of food were delivered to Gaza by Jordanian
/// army aircraft", "Tents and blankets were flown to Chad by Qatar", "Three patrol boats were handed over to the Philippine navy
/// by South Korea": the goods are the passive subject and the giver the "by" agent, so the lexicon's verb-first rows
/// ("deliver @relief", "hand over @craft") cannot read them.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs of handing goods to someone (lemmas), read in the passive with a "by" agent.</summary>
    private static readonly HashSet<string> PassiveDeliveryVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "deliver", "send", "ship", "fly", "airlift", "airdrop", "drop", "dispatch", "donate", "give", "provide", "supply",
        "hand", "transfer", "distribute", "truck", "gift",
    };

    /// <summary>
    /// For a passive verb of delivery (<see cref="PassiveDeliveryVerbs"/>, a past participle not negated), the goods node (the
    /// passive subject, or the "of" phrase of a quantity noun heading it: "hundreds of tonnes of food") and the "by" agent
    /// node. Returns the goods node or -1; <paramref name="agent"/> is -1 when there is no "by" phrase, and then no goods
    /// are returned either (an agentless passive names no giver: gold/README.md codes none).
    /// </summary>
    public int PassiveDelivery(int verb, out int agent)
    {
        agent = -1;
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Upos != Upos.VERB || _doc.Token(verb).Xpos != "VBN"
            || !PassiveDeliveryVerbs.Contains(_doc.Token(verb).Lemma ?? "") || IsNegated(verb)) return -1;
        int goods = -1;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "nsubj:pass")) goods = c;
            else if (RelStarts(c, "obl") && CaseOf(c) == "by") agent = c;
        }
        // "were dropped over Gaza by Jordanian planes", "were handed over to the navy by South Korea": the parser may hang the
        // "by" phrase on the verb's last oblique noun.
        if (agent < 0)
            foreach (var c in Children(verb))
                if (RelStarts(c, "obl"))
                    foreach (var g in Children(c)) if (RelStarts(g, "nmod") && CaseOf(g) == "by") agent = g;
        if (goods < 0 || agent < 0) { agent = -1; return -1; }
        // "Hundreds of tonnes of food": the quantity's "of" phrase names the goods, through two counts at most.
        for (int step = 0; step < 2; step++)
        {
            string lemma = _doc.Token(goods).Lemma ?? "";
            if (!QuantityNouns.Contains(lemma) && !lemma.Equals("hundred", StringComparison.OrdinalIgnoreCase)
                && !lemma.Equals("thousand", StringComparison.OrdinalIgnoreCase)) break;
            int inner = -1;
            foreach (var q in Children(goods)) if (RelStarts(q, "nmod") && CaseOf(q) == "of") { inner = q; break; }
            if (inner < 0) break;
            goods = inner;
        }
        return goods;
    }

    /// <summary>The first actor named inside the subtree of <paramref name="node"/> ("by Jordanian army aircraft": the
    /// Jordanian army), or -1.</summary>
    public int ActorWithin(int node)
    {
        if (!Parsed || node < _f || node >= _e) return -1;
        if (_actorOf[node] >= 0) return _actorOf[node];
        for (int k = _f; k < _e; k++) if (_actorOf[k] >= 0 && InSubtree(k, node)) return _actorOf[k];
        return -1;
    }

    /// <summary>The actor of a "to", "into", "for" or "over" phrase of <paramref name="verb"/> (the recipient of goods, or
    /// where they are dropped: "over Gaza"), or -1.</summary>
    public int RecipientActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
            if (RelStarts(c, "obl") && CaseOf(c) is "to" or "into" or "for" or "over" && ActorOfNode(c) is var a && a >= 0) return a;
        return -1;
    }
}

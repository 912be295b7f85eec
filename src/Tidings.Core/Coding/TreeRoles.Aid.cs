using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Relief told by the vehicle that brings it: "A convoy of 40 trucks carrying flour reached El Fasher", "A navy ship carrying
/// food docked at Mogadishu". The goods, not the vehicle, are the event (073); the verb tells only that they arrived.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs of a vehicle's arrival where it brings its load: "roll" and "pull" take their "into"; "dock" is a ship's.</summary>
    private static readonly HashSet<string> CarrierArrivalVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "reach", "arrive", "enter", "cross", "land", "dock", "roll", "pull" };

    /// <summary>
    /// The subject of <paramref name="verb"/> when the verb is a vehicle's arrival and the subject a vehicle that carries goods
    /// of <paramref name="goods"/> ("trucks carrying flour crossed into Gaza", "flights loaded with tents landed in Yangon"),
    /// else -1. The carried goods are returned in <paramref name="carried"/>. A negated or passive arrival is none.
    /// </summary>
    public int CarrierOfGoodsArriving(int verb, ObjectClass goods, out int carried)
    {
        carried = -1;
        if (!Parsed || verb < _f || verb >= _e || !IsVerbal(verb) || !CarrierArrivalVerbs.Contains(_doc.Token(verb).Lemma ?? "")) return -1;
        if (IsNegated(verb)) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "nsubj")) continue;
            int g = CarriedGoods(c);
            if (g < 0) break;
            if (!goods.Contains(_doc.Token(g).Span, _doc.Token(g).Lemma)) return -1;
            carried = g;
            return c;
        }
        // "Aid trucks carrying flour crossed into Gaza", "relief flights carrying tents and medicine landed in Yangon": the
        // parser may read the arrival as the complement of the participle, leaving the vehicle with no verb; the participle's
        // object (or, read as a clause, the arrival's subject) is then the load.
        int part = Head(verb);
        // "A Jordanian convoy of 45 trucks carrying food crossed into Syria", "A navy ship carrying food docked at Mogadishu": or
        // it may read the finite arrival as a clause on some noun below the vehicle, leaving the sentence with no verb at all
        // (its root is the vehicle noun). Such a verbless parse has the arrival as its one predicate.
        if (part >= 0 && RelIs(verb, "acl") && _doc.Token(verb).Xpos is "VBD" or "VBN")
        {
            int top = part;
            for (int step = 0; step < 5 && !RelIs(top, "root") && Head(top) is var up && up >= 0; step++) top = up;
            if (RelIs(top, "root") && _doc.Token(top).Upos == Upos.NOUN && CarriedGoods(top) is var load && load >= 0
                && goods.Contains(_doc.Token(load).Span, _doc.Token(load).Lemma) && !InSubtree(load, verb))
            { carried = load; return top; }
            return -1;
        }
        if (part < 0 || !(RelIs(verb, "xcomp") || RelIs(verb, "ccomp")) || !RelStarts(part, "acl")
            || (_doc.Token(part).Lemma ?? "").ToLowerInvariant() is not ("carry" or "transport")) return -1;
        int carrier = Head(part);
        if (carrier < 0 || !CarrierNouns.Contains(_doc.Token(carrier).Lemma ?? "")) return -1;
        foreach (var c in Children(part))
            if (RelIs(c, "obj") && goods.Contains(_doc.Token(c).Span, _doc.Token(c).Lemma)) { carried = c; return carrier; }
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj") && goods.Contains(_doc.Token(c).Span, _doc.Token(c).Lemma)) { carried = c; return carrier; }
        return -1;
    }

    /// <summary>The actor a "from" phrase of <paramref name="verb"/> names ("crossed into Gaza from Egypt"), also where the
    /// parser hangs it on the verb's other oblique ("into Gaza from Egypt" read as one phrase), or -1.</summary>
    public int FromActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "obl")) continue;
            if (CaseOf(c) == "from" && _actorOf[c] >= 0) return _actorOf[c];
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "from" && _actorOf[g] >= 0) return _actorOf[g];
        }
        return -1;
    }

    /// <summary>People nouns that name the stricken as aid recipients: victims, survivors, families and households.</summary>
    private static readonly HashSet<string> AidRecipientPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "victim", "survivor", "family", "household", "people", "person", "resident", "villager", "civilian", "evacuee",
        "child", "patient", "wounded", "injured",
    };

    /// <summary>
    /// The people a "to" phrase of the aid verb (or of its object) names as the recipients, when they are no actor: "delivered
    /// food to flood victims in Pakistan", "distributed food parcels to 20,000 households", "sent medicine to the survivors".
    /// -1 when the recipient is an actor, a place or no people noun.
    /// </summary>
    public int AidRecipientPeopleNode(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "to" && IsRecipientPeople(c)) return c;
            if (!RelIs(c, "obj")) continue;
            // "sent food and medicines to the survivors": the parser may hang the phrase on the last coordinated good.
            foreach (var g in Children(c))
            {
                if (RelStarts(g, "nmod") && CaseOf(g) == "to" && IsRecipientPeople(g)) return g;
                if (!RelIs(g, "conj")) continue;
                foreach (var h in Children(g))
                    if (RelStarts(h, "nmod") && CaseOf(h) == "to" && IsRecipientPeople(h)) return h;
            }
        }
        return -1;
    }

    private bool IsRecipientPeople(int noun)
    {
        if (_actorOf[noun] >= 0) return false;
        string lemma = _doc.Token(noun).Lemma ?? "";
        if (AidRecipientPeople.Contains(lemma) || AidRecipientPeople.Contains(_doc.Token(noun).Span.ToString())) return true;
        // "4,000 people who fled", "thousands of families": a count's "of" phrase names the people.
        foreach (var c in Children(noun))
            if (RelStarts(c, "nmod") && CaseOf(c) == "of" && _actorOf[c] < 0 && AidRecipientPeople.Contains(_doc.Token(c).Lemma ?? "")) return true;
        return false;
    }

    /// <summary>
    /// 'H' when an appeal's purpose names people a disaster or a war struck: "appealed for $5 million to help 200,000 refugees",
    /// "launched an appeal for $30 million to assist victims of the floods", "requested international aid for those affected by
    /// the floods". Money or aid asked for to relieve such people is humanitarian aid (0233), whatever the money's own words
    /// say; null when the appeal names no such purpose (an appeal for funds to build roads stays economic, 0231).
    /// <paramref name="verb"/> is the appeal's verb ("appealed", "launched", "requested").
    /// </summary>
    public char? AppealReliefPurpose(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        // "appealed for $15 million to help families displaced by the fighting": the phrase may end on the verb of helping.
        if (IsHelpVerb(verb) && StrickenObject(verb)) return 'H';
        foreach (var c in Children(verb))
        {
            if (HelpsStricken(c)) return 'H';
            if (RelStarts(c, "obl") && CaseOf(c) == "for" && IsStrickenPeople(c)) return 'H';
            if (!(RelIs(c, "obj") || RelStarts(c, "obl"))) continue;
            // "an appeal for $30 million to assist victims", "aid for those affected": the parser may hang the purpose on the
            // appeal noun, on the amount, or on a currency split from its "US" ("an appeal for US$12 million to assist").
            if (PurposeBelow(c, 3)) return 'H';
        }
        return null;
    }

    /// <summary>True when a purpose of relief hangs within <paramref name="depth"/> levels below the noun
    /// <paramref name="n"/>, through nouns and the clauses the parser hangs on them.</summary>
    private bool PurposeBelow(int n, int depth)
    {
        if (depth == 0) return false;
        foreach (var g in Children(n))
        {
            if (HelpsStricken(g)) return true;
            if (RelStarts(g, "nmod") && CaseOf(g) == "for" && IsStrickenPeople(g)) return true;
            if ((RelStarts(g, "nmod") || RelIs(g, "acl") || RelIs(g, "appos")) && PurposeBelow(g, depth - 1)) return true;
        }
        return false;
    }

    /// <summary>A "to" infinitive of purpose, of helping ("to help refugees", "to assist victims"), whose object is stricken people.</summary>
    private bool HelpsStricken(int c)
    {
        // A purpose clause only: an "xcomp" is the act an appeal asks of its addressee ("urged Chad to help the refugees"),
        // which the phrase ending on that verb reads itself (AppealReliefPurpose's own verb).
        if (!(RelIs(c, "advcl") || RelIs(c, "acl")) || MarkOf(c) != "to" || !IsHelpVerb(c)) return false;
        return StrickenObject(c);
    }

    /// <summary>A verb of relief a helped side does for stricken people: the help verbs and "host", "house", "care".</summary>
    private bool IsHelpVerbOrHosting(int v) =>
        IsHelpVerb(v) || (_doc.Token(v).Lemma ?? "").ToLowerInvariant() is "host" or "house" or "care" or "accommodate" or "resettle";

    private bool IsHelpVerb(int v) =>
        (_doc.Token(v).Lemma ?? "").ToLowerInvariant() is "help" or "assist" or "support" or "feed" or "shelter" or "aid" or "relieve";

    private bool StrickenObject(int v)
    {
        foreach (var o in Children(v))
        {
            if (RelIs(o, "obj") && IsStrickenPeople(o)) return true;
            // Session 69 (coop69): "to help Jordan host Syrian refugees", "to help it feed the displaced": the helped side's own
            // act of relief (an infinitive under the help verb) names the stricken people.
            if (RelIs(o, "xcomp") && IsHelpVerbOrHosting(o))
                foreach (var g in Children(o))
                    if (RelIs(g, "obj") && IsStrickenPeople(g)) return true;
        }
        return false;
    }

    /// <summary>
    /// People a disaster or a war struck: refugees, the displaced, victims and survivors (a disaster's victims, "victims of the
    /// floods"), and any people noun or "those" told as "affected", "displaced", "hit" or "stricken". The noun may be an actor
    /// (refugees are REF, "families displaced in Sudan" SDNCVL): the words, not the code, say they are stricken.
    /// </summary>
    private bool IsStrickenPeople(int n)
    {
        string lemma = (_doc.Token(n).Lemma ?? "").ToLowerInvariant();
        if (lemma is "refugee" or "evacuee" or "idp" or "victim" or "survivor" or "displaced" or "homeless") return true;
        // "those" is lemmatised as "that".
        if (_doc.Token(n).Span.Equals("those", StringComparison.OrdinalIgnoreCase)) lemma = "those";
        if (lemma is not ("those" or "people" or "person" or "family" or "household" or "resident" or "villager" or "child" or "civilian"))
            return false;
        foreach (var a in Children(n))
            if ((RelIs(a, "acl") || RelIs(a, "amod")) && (_doc.Token(a).Lemma ?? "").ToLowerInvariant() is "affect" or "affected" or "displace"
                    or "displaced" or "hit" or "strike" or "stricken" or "uproot" or "threaten")
                return true;
        return false;
    }
}

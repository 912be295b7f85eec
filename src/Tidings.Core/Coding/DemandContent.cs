namespace Tidings.Coding;

/// <summary>
/// What a demand or a protest asks for, read from its words when no event trigger of the lexicon names it: the
/// demanded clause's verb and object ("demanded that the African Union keep its troops in the country" asks for
/// peacekeeping, 1034; "demanded that Venezuela settle the border question" for a settlement, 107) and the noun a
/// protest is against or for ("rallied against the government's plan", "walked out in protest at the pension reform":
/// a policy; "to demand their right to a fair trial": rights). CAMEO's codebook numbers the kinds of change alike in
/// demands (104k), protests (14xk) and appeals (024k): k = 1 leadership, 2 policy, 3 rights, 4 institutions.
/// </summary>
public static class DemandContent
{
    /// <summary>Kind of change a noun names (the k of 104k and 14xk), 0 when it names none.</summary>
    public static int ReformKind(string lemma) =>
        Leadership.Contains(lemma) ? 1 : Policy.Contains(lemma) ? 2 : Rights.Contains(lemma) ? 3 : Institutions.Contains(lemma) ? 4 : 0;

    /// <summary>
    /// Kind of change a noun group names: its head noun's, unless a modifier names institutions ("a constitutional
    /// change") or the head names nothing and a modifier does ("anti-government"). 0 when none.
    /// </summary>
    public static int ReformKind(string head, IEnumerable<string> modifiers)
    {
        int k = ReformKind(head);
        foreach (var m in modifiers)
        {
            int mk = ReformKind(m);
            if (mk == 4 || (k == 0 && mk > 0)) k = mk;
        }
        return k;
    }

    /// <summary>
    /// The demand code (10x or 10xx) for a demanded act told by a verb and its objects' lemmas ("keep" + "troops" →
    /// 1034, "withdraw" + "ambassador", "troops" → 1056, "settle" + "question" → 107, "cancel" + "licence" → 1042,
    /// "increase" + "finance" → 1031), or null when the words name no kind of demand.
    /// </summary>
    public static string? DemandCode(string verb, IReadOnlyList<string> objects)
    {
        bool troops = false, aid = false, dispute = false, pay = false;
        int reform = 0;
        foreach (var o in objects)
        {
            troops |= Troops.Contains(o);
            aid |= Funds.Contains(o);
            dispute |= Disputes.Contains(o);
            pay |= Pay.Contains(o);
            int k = ReformKind(o);
            if (k > 0 && (reform == 0 || k == 4)) reform = k;
        }
        // "keep its troops in the country", "send peacekeepers": protection; "withdraw its troops", "pull its forces out":
        // de-escalation (CAMEO 1056 covers military withdrawals).
        if (troops && KeepVerbs.Contains(verb)) return "1034";
        if (troops && WithdrawVerbs.Contains(verb)) return "1056";
        // "demanded that the junta halt all military operations", "urged Israel to stop its attacks":
        // stopping fighting is de-escalation (1056, 0256).
        if (objects.Any(o => Operations.Contains(o)) && StopVerbs.Contains(verb)) return "1056";
        // "urged both sides to respect the ceasefire", "called on the warring parties to spare civilians":
        // keeping a truce or sparing non-combatants is de-escalation of the fighting (1056, 0256), not a right granted (1043).
        if (objects.Any(o => Truces.Contains(o)) && TruceKeepingVerbs.Contains(verb)) return "1056";
        if (verb is "spare" && objects.Any(o => Noncombatants.Contains(o) || Spared.Contains(o))) return "1056";
        // Session 64 (wanted64): "urged Zelensky to consider a quick ceasefire", "demanded that Moscow accept an unconditional
        // ceasefire": a truce asked to be accepted, agreed or declared is de-escalation asked for (1056, 0256; refused 1246),
        // as a truce asked to be kept is. A humanitarian truce or pause is left alone: asked for, it is as often a pause for
        // aid (0255) as a step down from fighting.
        if (objects.Any(o => Truces.Contains(o)) && TruceMakingVerbs.Contains(verb) && !objects.Contains("humanitarian")) return "1056";
        // "called on the government to hold the delayed local elections", "demanded that the president call an early
        // election": an election asked to be held is a political reform in general (024, 104; gold/README.md, session 22),
        // not the change of leader (0241, 1041) that a resignation is: whom the vote puts in office is not asked for.
        if (objects.Any(o => Ballots.Contains(o)) && VoteVerbs.Contains(verb)) return "104";
        if (dispute && verb is "settle" or "resolve") return "107";
        // Session 70 (fam01): "urged both sides to reach a peaceful settlement", "called on the two to seek a political
        // solution", "to achieve a lasting resolution": a settlement, or a solution sought by peaceful means, reached is the
        // dispute settled (107, 027), as settling it is. A solution to a shortage or a backlog ("reach a solution to the fuel
        // crisis") names no peaceful means and is left alone. "find a peaceful solution" and "work out" do not reach this
        // method after an appeal yet ("find" is first read as a verb of finding); they are listed for the demands that do.
        if (verb is "find" or "reach" or "seek" or "work" or "achieve" or "forge"
            && (objects.Contains("settlement") || (objects.Any(o => o is "solution" or "resolution")
                && (dispute || objects.Any(o => o is "peaceful" or "political" or "diplomatic" or "negotiated" or "lasting")))))
            return "107";
        // "urged Israel to let more aid trucks into Gaza", "called on the authorities to allow an independent investigation",
        // "demanded that Minsk let UN monitors visit its prisons", "to grant inspectors access": letting outsiders in is
        // allowing international involvement (1055, 0255), whoever asks it.
        if ((AdmitVerbs.Contains(verb) && objects.Any(o => Outsiders.Contains(o)))
            || (verb is "grant" or "give" or "provide" or "restore" && objects.Contains("access")))
            return "1055";
        // "called on the miners to end their protest", "urged the students to halt their sit-in": giving up a protest
        // eases political dissent (1052, 0252).
        if (StopVerbs.Contains(verb) && objects.Any(o => Dissent.Contains(o))) return "1052";
        // Session 64 (wanted64): "appealed to protesters to lift their barricades": barricades are a protest's own, so
        // taking them down gives the protest up (1052, 0252), as ending a sit-in does.
        if (verb is "lift" or "remove" or "dismantle" or "clear" && objects.Contains("barricade")) return "1052";
        if (verb is "negotiate") return "106";
        // Session 70 (fam08): "demanded that Moscow sack the defence minister", "replaced five ministers": an office holder
        // asked to be replaced, dismissed or removed is a change of leadership (1041; conceded, 0831). After the troop rules,
        // so "remove its forces" stays a withdrawal.
        if (RemovalVerbs.Contains(verb) && objects.Any(o => Offices.Contains(o))) return "1041";
        // Session 70 (fam08): the kinds of cooperation CAMEO numbers under 101 and 102, read from the act asked for:
        // "honour its contracts to export rice", "resume gas deliveries" (economic, 1011); "honour its mutual defence
        // commitments" (military, 1012); "share intelligence on the suspects" (intelligence, 1014); "publicly back its
        // autonomy plan", "endorse the candidacy" (diplomatic support, 102). Before the reform rules, which would read the
        // plan or the autonomy backed as a change of policy or institutions asked of the one who backs it.
        if (TradeVerbs.Contains(verb) && objects.Any(o => Trade.Contains(o)) && !objects.Any(o => MilitaryGoods.Contains(o))) return "1011";
        if (KeepingVerbs.Contains(verb) && objects.Any(o => Commitments.Contains(o)) && objects.Any(o => Defence.Contains(o))) return "1012";
        if (verb is "share" or "exchange" or "hand" or "provide" && objects.Any(o => o is "intelligence")) return "1014";
        if (verb is "share" or "exchange" && objects.Any(o => o is "information" or "data")) return "1014";
        if (verb is "back" or "support" or "endorse" && objects.Any(o => Backed.Contains(o))) return "102";
        // Session 65 (appeal65, decision 103): "called on Western governments to send more air defence systems", "urged donors
        // to deliver tents and food": goods asked to be sent name the aid's kind, arms military aid (1032, 0232) and relief
        // humanitarian aid (1033, 0233), as the same goods do after "asked for" (TreeRoles.AidKindOfThing). Checked before the
        // money rule below, so "provide humanitarian aid" is not economic aid; troops sent stay protection (1034, above).
        if (SupplyVerbs.Contains(verb) && objects.Any(o => MilitaryGoods.Contains(o))) return "1032";
        if (SupplyVerbs.Contains(verb) && objects.Any(o => ReliefGoods.Contains(o))) return "1033";
        if (aid && GiveVerbs.Contains(verb)) return "1031";
        // "improve working conditions", "raise wages": what the state pays or rules is a policy.
        if (pay && GiveVerbs.Contains(verb)) return "1042";
        if (reform == 3 && GiveVerbs.Contains(verb)) return "1043";
        if (reform == 4 && (ChangeVerbs.Contains(verb) || verb is "dissolve" or "abolish")) return "1044";
        // Session 74 (exact74): "vowed to overhaul the national police", "demanded that the government restructure the courts":
        // a body of the state itself changed, disbanded or replaced is a change of institutions (1044, 0344, 1234), not of a
        // policy. Only with a verb of changing the body as a whole: "the police must stop the looting" asks no reform, and a
        // protest against the police (ReformKind) names no institution either, so the bodies are no Institutions nouns.
        if (objects.Any(o => StateBodies.Contains(o)) && BodyChangeVerbs.Contains(verb)) return "1044";
        if (reform is 1 or 2 && ChangeVerbs.Contains(verb)) return "1042";
        // Session 74 (exact74): "said Accra must widen its tax base", "urged Cairo to raise fuel prices", "called on the
        // government to freeze rents": a measure of the state widened, raised or frozen is its policy changed (1042, 0342,
        // 1232), as one cut or scrapped is. Not a verb of easing ("relax the visa rules"), which may ease a sanction (081).
        if (reform == 2 && ScaleVerbs.Contains(verb)) return "1042";
        // Session 70 (fam08): "demanded that Brussels scrap the trade deal", "suspend the agreement": a deal a state is party
        // to, asked to be dropped, is its policy changed (1042). Only here: a protest against a deal ("marched against EU
        // fishing deals") names no policy of the state protested to (141, DemandContentTests).
        if (ChangeVerbs.Contains(verb) && objects.Any(o => o is "deal" or "agreement")) return "1042";
        // "ordered the government to produce a plan to end overcrowding", "demanded that the ministry draw up new rules": a
        // policy asked to be written is a policy change asked for (1042), as one asked to be changed is (session 55).
        if (reform == 2 && DraftVerbs.Contains(verb)) return "1042";
        return null;
    }

    /// <summary>
    /// Session 65 (appeal65, decision 103): the demand that calm asks for ("urged voters to remain calm", "called for calm",
    /// "urged both to restore calm"): de-escalation of fighting (1056, 0256) when the sentence tells of armed fighting
    /// (<paramref name="amidFighting"/>), else an easing of dissent (1052, 0252): calm is asked of crowds, voters and
    /// protesters unless there is fighting to calm (decision 083 F for communal fighting).
    /// </summary>
    public static string CalmCode(bool amidFighting) => amidFighting ? "1056" : "1052";

    /// <summary>
    /// Session 65 (appeal65, decision 103): words that tell of armed fighting (clashes, strikes on a place, shelling, a war, a
    /// truce); a calm asked for where one of them stands is de-escalation (<see cref="CalmCode"/>). "strike" is left to the
    /// caller: a labour strike is no fighting.
    /// </summary>
    public static bool IsFightingWord(string lemma) => FightingWords.Contains(lemma);

    private static readonly HashSet<string> FightingWords = Set(
        "clash", "fighting", "fighter", "shelling", "airstrike", "bombing", "bombardment", "war", "hostility", "hostilities",
        "gunfire", "ceasefire", "cease-fire", "truce", "offensive", "skirmish", "battle", "attack", "missile", "rocket", "gunbattle");

    /// <summary>Session 65 (appeal65): verbs of sending or handing over goods ("send", "deliver", "supply").</summary>
    private static readonly HashSet<string> SupplyVerbs = Set(
        "send", "deliver", "supply", "provide", "give", "donate", "ship", "transfer", "dispatch", "rush");

    /// <summary>Session 65 (appeal65): goods or the modifiers of goods that are arms ("air defence systems", "armed drones",
    /// "artillery shells", "fighter jets"); a bare "system" or "vehicle" names no kind.</summary>
    private static readonly HashSet<string> MilitaryGoods = Set(
        "weapon", "arm", "ammunition", "munition", "missile", "interceptor", "howitzer", "rifle", "drone", "tank", "warship",
        "military", "defence", "defense", "armoured", "armored", "artillery", "fighter", "combat");

    /// <summary>Session 65 (appeal65): relief goods or their modifiers ("food", "medical supplies", "tents").</summary>
    private static readonly HashSet<string> ReliefGoods = Set(
        "food", "medicine", "medication", "vaccine", "tent", "blanket", "shelter", "relief", "humanitarian", "medical");

    /// <summary>Session 64 (wanted64): a verb of stopping (<c>halt</c>, <c>stop</c>, <c>end</c>, ...).</summary>
    public static bool IsStopVerb(string verb) => StopVerbs.Contains(verb);

    /// <summary>Session 64 (wanted64): the demand an act told by a gerund after a verb of stopping asks for ("stop sending
    /// military aircraft across the median line", "stop making provocations at sea"): a show of force or an act of force
    /// stopped is de-escalation (1056), as "halt its offensive" is; null for any other act ("stop arresting Afghans").</summary>
    public static string? StoppedActCode(string gerund, IReadOnlyList<string> objects)
    {
        if (objects.Any(o => Operations.Contains(o))) return "1056";
        if (gerund is "send" or "deploy" or "fly" or "dispatch" && objects.Any(o => Troops.Contains(o) || Craft.Contains(o))) return "1056";
        return null;
    }

    /// <summary>Session 64 (wanted64): what a withdrawal is from when it de-escalates: ground held ("withdraw from all areas
    /// it seized", "pull out of the hilltops", "withdraw from the mine"), not a body, a deal or talks ("withdraw from the
    /// treaty" is 16x, and no ground).</summary>
    public static bool IsHeldGround(string noun) => HeldGround.Contains(noun);

    /// <summary>Session 64 (wanted64): places of work or study strikers are asked to go back to ("return to work", "return
    /// to their classrooms"): going back ends the strike, an easing of dissent (1052, 0252).</summary>
    public static bool IsWorkplace(string noun) => Workplaces.Contains(noun);

    private static readonly HashSet<string> Craft = Set(
        "vessel", "ship", "warship", "aircraft", "jet", "drone", "plane", "boat", "submarine", "fighter");

    private static readonly HashSet<string> HeldGround = Set(
        "area", "city", "town", "village", "territory", "region", "zone", "hill", "hilltop", "position", "mine", "enclave",
        "outskirts", "district", "province", "island", "strip", "corridor", "land", "border", "frontier", "post", "checkpoint");

    private static readonly HashSet<string> Workplaces = Set("work", "job", "classroom", "class", "school", "duty", "post", "field", "factory", "hospital");

    /// <summary>
    /// Session 64 (wanted64): the appeal (<paramref name="root"/> "02") or demand ("10") that mirrors an intent of a named kind:
    /// CAMEO numbers the kinds of the thing wanted alike under 03, 02 and 10 (031k material cooperation, 032 diplomatic, 033k
    /// aid, 034k reform, 035k yielding, 036 meeting, 037 settling, 038 accepting mediation): 0356 → 0256 / 1056, 0314 → 0214 /
    /// 1014. Null for the bare intent (030) and the offer to mediate (039), which have no mirror of the same number.
    /// </summary>
    public static string? MirrorOfIntent(string intent, string root)
    {
        if (intent.Length < 3 || intent[0] != '0' || intent[1] != '3' || intent[2] is < '1' or > '8') return null;
        return root + intent[2..];
    }

    /// <summary>
    /// Session 74 (exact74): the intent (03x) that mirrors a demand (10x) of a named kind: what a side asks another to do
    /// and what it promises to do itself are numbered alike (1042 ↔ 0342, 1056 ↔ 0356, 1031 ↔ 0331, 106 ↔ 036, 107 ↔ 037).
    /// Null for the bare demand (100), whose intent is the bare 030 the frame already gives, and for mediation asked (108),
    /// whose intent number (038) is accepting mediation, not offering it.
    /// </summary>
    public static string? IntentOf(string demand)
    {
        if (demand.Length < 3 || demand[0] != '1' || demand[1] != '0' || demand[2] is < '1' or > '7') return null;
        return "03" + demand[2..];
    }

    /// <summary>
    /// Session 74 (exact74): the demand code (10x) a noun asked for names, read from the noun and its modifiers when the noun
    /// is no event trigger of its own: "a request for more gas supplies" (economic aid, 1031), "a call for arms deliveries"
    /// (military aid, 1032), "a plea for food and tents" (humanitarian aid, 1033), "a request for intelligence on the
    /// smugglers" (1014), "a call for more peacekeepers" (1034), "a demand for access for monitors" (1055), "a demand for
    /// constitutional reform" (1044). The same numbers run through appeals (02x), intents (03x) and refusals (12x). Null
    /// when the noun names no kind ("a request for clarification", "a call for restraint"), and for an inquiry or an
    /// investigation, which decision 103 leaves bare.
    /// </summary>
    public static string? AskedThingCode(string head, IReadOnlyList<string> modifiers)
    {
        // The thing itself, or a noun of help or goods whose modifier names the kind ("military equipment", "relief supplies").
        bool goods = AidHeads.Contains(head) || ConveyedGoods.Contains(head);
        if (MilitaryGoods.Contains(head) && !AidHeads.Contains(head) && head is not ("military" or "defence" or "defense" or "combat" or "fighter"))
            return "1032";
        if (goods && modifiers.Any(MilitaryGoods.Contains)) return "1032";
        if (ReliefGoods.Contains(head) || (goods && modifiers.Any(ReliefGoods.Contains))) return "1033";
        // Money and the goods a state's economy runs on; "aid" and "assistance" are in Funds but name no kind by themselves
        // ("appeals for flood aid" stays the bare 023).
        bool Money(string w) => EconomicGoods.Contains(w) || (Funds.Contains(w) && !AidHeads.Contains(w));
        if (Money(head) || (goods && modifiers.Any(Money)))
            return "1031";
        if (head is "intelligence" || (head is "information" or "data" && modifiers.Any(m => m is "intelligence" or "security"))) return "1014";
        if (head is "peacekeeper" or "peacekeeping" or "protection" || (head is "troops" or "troop" or "force" && modifiers.Any(m => m is "peacekeeping" or "protection" or "international" or "foreign")))
            return "1034";
        if (head is "access" or "inspector" or "monitor" or "observer" or "inspection") return "1055";
        int k = ReformKind(head, modifiers);
        if (k > 0 && head is "reform" or "change" or "overhaul" or "constitution" or "law" or "policy" or "right" or "freedom" or "resignation" or "departure")
            return "104" + (char)('0' + k);
        // Aid asked for without a kind is aid all the same (103), unlike "support" or "help" alone, which may be diplomatic.
        if (head is "aid" or "assistance" || ConveyedGoods.Contains(head)) return "103";
        return null;
    }

    /// <summary>Session 74 (exact74): nouns of help given or asked for, whose modifier names its kind.</summary>
    private static readonly HashSet<string> AidHeads = Set("aid", "assistance", "help", "support", "relief");

    /// <summary>Session 74 (exact74): nouns of goods conveyed, whose modifier names what they are ("gas supplies", "arms
    /// deliveries", "medical equipment").</summary>
    private static readonly HashSet<string> ConveyedGoods = Set(
        "supply", "supplies", "delivery", "deliveries", "shipment", "equipment", "consignment", "transfer");

    /// <summary>Session 74 (exact74): goods and money whose giving CAMEO counts as economic aid: energy and staple goods a
    /// state asks another for ("emergency electricity supplies", "more wheat", "fuel") and money lent or granted.</summary>
    private static readonly HashSet<string> EconomicGoods = Set(
        "fuel", "gas", "electricity", "oil", "diesel", "petrol", "wheat", "grain", "rice", "fertiliser", "fertilizer",
        "loan", "credit", "cash", "grant", "bailout", "debt", "economic", "financial", "budgetary");

    /// <summary>Session 74 (exact74): verbs of changing the size or reach of a measure ("widen the tax base", "raise prices").</summary>
    private static readonly HashSet<string> ScaleVerbs = Set(
        "widen", "broaden", "expand", "raise", "increase", "lower", "tighten", "freeze", "cap", "hike");

    /// <summary>Session 74 (exact74): bodies of the state that a reform changes as a whole ("overhaul the police").</summary>
    private static readonly HashSet<string> StateBodies = Set(
        "police", "judiciary", "court", "courts", "constitution", "senate", "parliament");

    /// <summary>Session 74 (exact74): verbs of changing, disbanding or replacing a body as a whole.</summary>
    private static readonly HashSet<string> BodyChangeVerbs = Set(
        "overhaul", "reform", "restructure", "replace", "dissolve", "disband", "abolish", "revamp", "dismantle", "democratise", "democratize");

    /// <summary>The appeal (02x) that mirrors a demand (10x): CAMEO numbers them alike (1034 ↔ 0234, 107 ↔ 027).</summary>
    public static string AppealOf(string demand) => "02" + demand[2..];

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Leadership = Set(
        "resignation", "ouster", "removal", "impeachment", "departure", "resign", "election", "reinstatement", "overthrow");

    private static readonly HashSet<string> Policy = Set(
        "plan", "reform", "law", "bill", "tax", "taxation", "price", "pension", "budget", "subsidy", "tariff", "licence", "license",
        "permit", "policy", "measure", "cut", "fee", "privatisation", "privatization", "import", "decree", "project",
        "regulation", "rule", "austerity", "conscription", "deportation", "hike", "levy", "quota", "legislation");

    private static readonly HashSet<string> Rights = Set(
        "right", "freedom", "liberty", "trial", "care", "visit", "equality", "discrimination", "treatment", "citizenship", "justice",
        // "to demand an end to their solitary confinement": how prisoners are held.
        "confinement", "isolation");

    private static readonly HashSet<string> Institutions = Set(
        "constitution", "constitutional", "charter", "dissolution", "abolition", "regime", "monarchy", "independence",
        "autonomy", "suffrage", "senate", "parliament", "federalism", "secession", "self-determination",
        // the bodies a state is made of, asked to be overhauled or replaced ("overhaul the judiciary", "an independent
        // electoral commission")
        "judiciary", "electoral");

    /// <summary>What a worker is paid or works in: a demand for it of the state is one for a policy (1042); a strike
    /// over it is not by itself one against the state (FoldDemandsIntoProtests).</summary>
    private static readonly HashSet<string> Pay = Set("wage", "salary", "pay", "condition", "bonus", "allowance", "arrears");

    private static readonly HashSet<string> Troops = Set(
        "troops", "troop", "force", "soldier", "peacekeeper", "peacekeeping", "contingent", "army", "military", "mission", "base");

    private static readonly HashSet<string> Funds = Set(
        "finance", "financing", "funding", "fund", "aid", "money", "loan", "assistance", "investment", "compensation");

    private static readonly HashSet<string> Disputes = Set(
        "dispute", "question", "conflict", "row", "issue", "claim", "quarrel", "matter", "standoff",
        // "settle their differences through dialogue": what divides two sides, settled, is a dispute settled (107, 027).
        "difference", "differences", "disagreement");

    /// <summary>Military operations whose stopping is de-escalation ("halt its offensive"); no labour "strike".</summary>
    private static readonly HashSet<string> Operations = Set(
        "operation", "offensive", "attack", "airstrike", "air strike", "bombing", "bombardment", "shelling", "fighting", "hostility",
        "hostilities", "raid", "assault", "incursion", "advance", "aggression", "war",
        // Session 64 (wanted64): "urged the group's commanders to halt the killings", "called on Beijing to stop the
        // intimidation", "to stop the drills": killing and threatening with force, stopped, de-escalate as fighting does.
        "killing", "bloodshed", "violence", "intimidation", "drill",
        // "urged Manila to stop its provocations in the South China Sea": acts of force short of fighting, stopped, de-escalate.
        "provocation");

    /// <summary>Agreements to stop fighting, which a side keeps or breaks.</summary>
    private static readonly HashSet<string> Truces = Set("ceasefire", "cease-fire", "truce", "armistice");

    /// <summary>Verbs of keeping an agreement; not "extend" or "accept", which as often ask for a pause for aid (0255).</summary>
    private static readonly HashSet<string> TruceKeepingVerbs = Set("respect", "observe", "honour", "honor", "uphold", "abide");

    /// <summary>Session 64 (wanted64): verbs of entering a truce ("accept a ceasefire", "agree a truce", "consider a ceasefire").</summary>
    private static readonly HashSet<string> TruceMakingVerbs = Set(
        "accept", "agree", "consider", "declare", "announce", "implement", "reach", "sign", "conclude");

    /// <summary>Session 64 (wanted64): sites and works outside the fighting that a side is asked to spare ("spare oil
    /// installations", "spare the power plants"): sparing them is holding back force (1056, 0256).</summary>
    private static readonly HashSet<string> Spared = Set(
        "installation", "infrastructure", "facility", "site", "hospital", "school", "plant", "field", "city", "town", "village");

    /// <summary>People outside the fighting whom a side is asked to spare.</summary>
    private static readonly HashSet<string> Noncombatants = Set("civilian", "civilians", "population", "resident", "residents", "non-combatant", "non-combatants");

    /// <summary>Votes a state holds: asked to be held, a political reform (104, 024).</summary>
    private static readonly HashSet<string> Ballots = Set("election", "elections", "vote", "poll", "polls", "referendum", "ballot", "runoff", "rerun");

    /// <summary>Verbs of holding a vote or setting it ("hold", "call", "set a date for" is not one: its object is the date).</summary>
    private static readonly HashSet<string> VoteVerbs = Set("hold", "call", "organise", "organize", "stage", "conduct", "schedule", "reschedule");

    /// <summary>Verbs of letting someone in or through ("allow", "let").</summary>
    private static readonly HashSet<string> AdmitVerbs = Set("allow", "let", "permit", "admit", "facilitate");

    /// <summary>Outsiders and their work that a state lets in: inspectors, monitors, aid and its convoys, an inquiry.</summary>
    private static readonly HashSet<string> Outsiders = Set(
        "access", "inspector", "inspection", "monitor", "observer", "investigator", "investigation", "inquiry", "probe", "aid",
        "truck", "lorry", "convoy", "agency", "journalist", "reporter", "mission", "delegation", "rapporteur", "humanitarian");

    /// <summary>Protests that those who stage them are asked to give up ("end their sit-in"). Not "strike", "blockade",
    /// "boycott" or "occupation": halting strikes or a blockade is as often a military or economic measure.</summary>
    private static readonly HashSet<string> Dissent = Set(
        "protest", "demonstration", "sit-in", "agitation", "march", "rally", "walkout", "unrest", "barricade");

    /// <summary>Session 70 (fam08): verbs of putting an office holder out ("sack", "dismiss", "replace").</summary>
    private static readonly HashSet<string> RemovalVerbs = Set("replace", "sack", "dismiss", "fire", "oust", "remove", "reshuffle", "unseat");

    /// <summary>Session 70 (fam08): offices and their holders whose removal changes a state's leadership.</summary>
    private static readonly HashSet<string> Offices = Set(
        "minister", "cabinet", "government", "premier", "president", "governor", "chief", "commander", "head", "prosecutor");

    /// <summary>Session 70 (fam08): verbs of keeping or taking up again an exchange or a commitment.</summary>
    private static readonly HashSet<string> TradeVerbs = Set(
        "honour", "honor", "resume", "restore", "fulfil", "fulfill", "uphold", "respect", "reopen", "keep", "maintain");

    /// <summary>Session 70 (fam08): commercial exchange between states ("exports", "deliveries", "contracts"); "supply" is
    /// left out ("restore power supplies" is a public service, not trade).</summary>
    private static readonly HashSet<string> Trade = Set("trade", "export", "import", "delivery", "shipment", "purchase", "contract");

    private static readonly HashSet<string> KeepingVerbs = Set("honour", "honor", "fulfil", "fulfill", "uphold", "respect", "keep", "meet");

    /// <summary>Session 70 (fam08): what binds an ally ("commitments", "obligations", "guarantees", "pact").</summary>
    private static readonly HashSet<string> Commitments = Set("commitment", "obligation", "guarantee", "pledge", "pact", "treaty", "promise");

    private static readonly HashSet<string> Defence = Set("defence", "defense", "security", "military", "mutual");

    /// <summary>Session 70 (fam08): a side's positions and bids that another is asked to back (diplomatic support, 102).</summary>
    private static readonly HashSet<string> Backed = Set(
        "plan", "bid", "candidacy", "candidate", "claim", "position", "proposal", "sovereignty", "resolution", "stance", "initiative", "application");

    private static readonly HashSet<string> StopVerbs = Set("halt", "stop", "end", "cease", "suspend", "pause", "curb");

    private static readonly HashSet<string> KeepVerbs = Set("keep", "maintain", "extend", "deploy", "send", "station", "leave", "provide");
    private static readonly HashSet<string> WithdrawVerbs = Set("withdraw", "pull", "remove", "recall", "evacuate", "demobilise", "demobilize");
    private static readonly HashSet<string> GiveVerbs = Set(
        "increase", "raise", "provide", "pay", "deliver", "improve", "guarantee", "respect", "restore", "grant", "give", "ensure",
        "protect", "boost", "double", "honour", "honor", "uphold", "enforce", "recognise", "recognize");
    /// <summary>Verbs of writing a policy and putting it forward ("produce a plan", "draw up rules", "submit a bill").</summary>
    private static readonly HashSet<string> DraftVerbs = Set(
        "produce", "draft", "draw", "prepare", "present", "submit", "devise", "formulate", "adopt", "publish", "table", "introduce",
        // Session 64 (wanted64): "demanded that lawmakers pass a bill", "urged parliament to approve the budget": a policy
        // asked to be voted into force is a policy change asked for, as one asked to be drafted is.
        "pass", "approve");
    private static readonly HashSet<string> ChangeVerbs = Set(
        "withdraw", "scrap", "drop", "repeal", "amend", "change", "revise", "abandon", "rewrite", "suspend", "annul", "cancel",
        "reverse", "revoke", "lift", "reconsider", "shelve", "stop", "end", "halt", "review", "lower", "reduce", "cut",
        "overhaul", "reform", "restructure", "replace");
}

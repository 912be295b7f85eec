using System.Collections.Frozen;
using Tidings.Actors;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Places;
using Tidings.Time;

namespace Tidings.Coding;

/// <summary>
/// Turns the event mentions of an analysed document into <see cref="CodedEvent"/>s, the output contract:
/// looks up Goldstein, QuadClass and PLOVER in <see cref="CameoTable"/>, and gives each event its date,
/// place, attribution and evidence. Pure function of the document; never reads the clock.
/// </summary>
public sealed class EventAssembler
{
    private readonly CameoTable _cameo;

    public EventAssembler(CameoTable cameo) => _cameo = cameo;

    public static EventAssembler Default { get; } = new(CameoTable.Default);

    public IReadOnlyList<CodedEvent> Assemble(Document doc)
    {
        var result = new List<CodedEvent>(doc.Events.Count);
        string? published = doc.Article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // One event per (sentence, source code, target code, CAMEO code): "met A and B", two ministers of one
        // government, is one meeting between the two governments, not two.
        // "Nigeria's army, which has battled insurgents for a decade, said its troops had killed 30 fighters": when history
        // told first and the news have one key, the news is kept in the history's place.
        var seen = new Dictionary<(int, string?, string?, string), int>();
        var lentAway = LentCountryActedOn(doc);
        foreach (var m in doc.Events)
        {
            // The output contract requires a source: an actor, or the words for a doer the text does not name.
            if (m.Source < 0 && m.UnnamedSource is null) continue;
            var src = m.Source >= 0 ? doc.Actors[m.Source] : null;
            var tgt = m.Target >= 0 ? doc.Actors[m.Target] : null;
            // History told as context is coded as of its own time: a former leader by the office then held.
            var source = src is null ? new ActorRef(null, null, m.UnnamedSource!.Value.TextIn(doc), null) : Ref(doc, src, m.Background);
            // A role stacks on a country ("KGZ" + "MIL"), never on a bare role: "the army deployed troops" is MIL, not MILMIL.
            if (m.SourceRole is { } role && source.Code is { Length: 3 } bare && !Actors.ActorLexicon.RoleCodes.Contains(bare))
                source = source with { Code = bare + role };
            // Session 62 (posture62): "Venezuela's defence minister put the armed forces on maximum alert": a government's show of
            // force is made by the force (decision 018), so the force's role replaces the government's (VENGOV → VENMIL).
            else if (m.SourceRole is "MIL" or "COP" && m.Cameo.StartsWith("15", StringComparison.Ordinal)
                     && source.Code is { Length: 6 } organ && organ.EndsWith("GOV", StringComparison.Ordinal) && !organ.StartsWith("IGO", StringComparison.Ordinal))
                source = source with { Code = organ[..3] + m.SourceRole };
            if (m.SourceCountry is { } sIso && source.Country is null && source.Code is { } roleOnly
                && Actors.ActorLexicon.Default.CountryByIso3(sIso) is { } sCountry)
                source = source with { Code = sCountry.Cameo + roleOnly, Country = sCountry.Iso3 };
            if (src is not null) source = PlacedRole(doc, m, src, source);
            var target = tgt is null ? null : PlacedRole(doc, m, tgt, Ref(doc, tgt, m.Background));
            // "expelled ten Western ambassadors", "urged Western governments to send arms": a role a region adjective gives to
            // many states designates none of them, so the event has no target (gold/README.md: targets only when the sentence
            // names or clearly designates one), not a bare role that would stand for one unnamed state.
            if (tgt is not null && target is { Country: null, Code: { Length: 3 } regionRole } && Actors.ActorLexicon.RoleCodes.Contains(regionRole)
                && OfRegion(doc, tgt)) target = null;
            // The doer an earlier event placed ("Gunmen kidnapped a mayor in Guerrero" → MEXREB) is that country's when acted on.
            if (target is { Country: null, Code: { } tRole } && m.TargetCountryOfRole is { } tIso && Actors.ActorLexicon.RoleCodes.Contains(tRole)
                && Actors.ActorLexicon.Default.CountryByIso3(tIso) is { } tCountry)
                target = target with { Code = tCountry.Cameo + tRole, Country = tCountry.Iso3 };
            // "retook the port town of Beira from insurgents", "herded villagers into a school in Kasai province": armed men
            // or people acted on by force (roots 17-20) whom nothing gives a country are of the country where the act took
            // place, the place a locative phrase in the sentence names for the trigger, as attackers of no country are
            // (ShallowCoder.AttackersCountry). No place named, no country: the bare role stays.
            if (target is { Country: null, Code: "REB" or "CRM" or "CVL" } && m.Cameo.Length >= 2 && m.Cameo[..2] is "17" or "18" or "19" or "20"
                && PlaceRecognizer.EventPlace(doc, m.Sentence, m.Trigger.FirstToken) is { FromText: true, Place.Country: { } vIso }
                && Actors.ActorLexicon.Default.CountryByIso3(vIso) is { } vCountry)
                target = target with { Code = vCountry.Cameo + target.Code, Country = vCountry.Iso3 };
            target = DomesticRoleOfTheSourceState(m, source, target);
            target = ClosedMissionsState(doc, m, tgt, target);
            target = AnyCraftsState(doc, tgt, target);
            // The mirrored half of a mutual act ("signed a peace deal with two armed groups": the groups sign with the
            // government too) reads the same pair the other way round.
            if (target is not null && (m.Rule.Contains(",mirror", StringComparison.Ordinal) || m.Rule.Contains(",sym", StringComparison.Ordinal)))
                source = DomesticRoleOfTheSourceState(m, target, source) ?? source;
            if (target is null && m.TargetPlace >= 0 && m.TargetPlace < doc.Places.Count && HostOf(doc.Places[m.TargetPlace], doc) is { } host)
                target = host;
            if (target is null && m.TargetCountry is { } iso && Actors.ActorLexicon.Default.CountryByIso3(iso) is { } country)
                target = new ActorRef(country.Cameo + m.TargetRole, country.Name, country.Name, country.Iso3);
            // A role the coder read with no country anywhere in reach ("Security forces killed 30 people.") is a bare role,
            // as bare role actors are coded (gold/README.md).
            if (target is null && m.TargetCountry is null && m.TargetRole is { Length: > 0 } bareRole && m.Target < 0 && m.TargetPlace < 0)
                target = new ActorRef(bareRole, null, bareRole, null);
            // "Riot police fired tear gas to clear the roads", "charged the crowd": violent repression (175) is always aimed at
            // people, so with none named its target is the civilians of the place the sentence puts it in, else of the
            // repressing force's own country (a bare CVL beside a bare role), as the gold codes crowds dispersed.
            if (target is null && m.Cameo == "175" && m.Target < 0 && source.Code is { Length: >= 3 } repressor)
                target = CrowdRepressed(doc, m, source, repressor);
            if (src is not null && target is not null) source = NotOfTarget(src, source, target, m.Cameo, m.Target >= 0 ? doc.Actors[m.Target] : null);
            if (src is not null && lentAway.Contains(m.Source)) source = WithoutLentCountry(src, source);
            if (target is not null && source.Code is not null && source.Code == target.Code) continue; // never a self-dyad
            if (target is not null && StateAndOwnOrgan(source.Code, target.Code, m.Cameo)) continue;
            var key = (m.Sentence, source.Code, target?.Code, m.Cameo);
            int replace = -1;
            if (seen.TryGetValue(key, out int at))
            {
                if (!EventMention.NewsReplacesBackground(result[at].Background, result[at].Negated, m.Background, m.Negated)) continue;
                replace = at;
            }

            var info = _cameo.TryGet(m.Cameo, out var ci)
                ? ci
                : new CameoCode(m.Cameo, "unknown code", 0, 0, "", null);

            var (date, precision, dateSource) = DateOf(doc, m);
            var place = PlaceOf(doc, m, src, tgt);
            var sentence = doc.Sentence(m.Sentence);
            int trigStart = m.Trigger.StartCharIn(doc), trigEnd = m.Trigger.EndCharIn(doc);

            var coded = new CodedEvent
            {
                Article = doc.Article.Id,
                Sentence = m.Sentence,
                Source = source,
                Target = target,
                Cameo = info.Code.Length >= m.Cameo.Length ? m.Cameo : info.Code,
                CameoName = info.Name,
                QuadClass = info.QuadClass,
                Goldstein = info.Goldstein,
                Plover = new PloverRef(info.PloverType, info.PloverMode, null),
                Date = date,
                DatePrecision = precision,
                DateSource = dateSource,
                Place = place is null ? null : new PlaceRef(place.Name, place.Country, place.Latitude, place.Longitude),
                Attribution = m.Attribution >= 0 ? Ref(doc, doc.Actors[m.Attribution]) : null,
                Negated = m.Negated,
                Background = m.Background,
                Modality = m.Modality.ToString().ToLowerInvariant(),
                Evidence = new Evidence(doc.Text[trigStart..trigEnd], m.Rule, sentence.Text, trigStart, trigEnd,
                    sentence.Section.ToString().ToLowerInvariant()),
                Published = published,
                Url = doc.Article.Url,
            };
            if (replace >= 0) result[replace] = coded;
            else { seen[key] = result.Count; result.Add(coded); }
        }
        return WithoutVaguerCopies(result);
    }

    /// <summary>Organs of a state and its people: what a bare country stands for already.</summary>
    private static readonly HashSet<string> OwnOrgans = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "LEG", "JUD", "ELI", "CVL", "SPY" };

    /// <summary>
    /// True when one side of a consultation or a material cooperation (roots 04 and 06), or an intent to meet or
    /// cooperate (030-033, 036) is a bare country and the other one of that country's own organs or its civilians ("Samoa
    /// hosted a summit" read as Samoa receiving its own government, "Kenya and Tanzania agreed" with Tanzania's president met
    /// by Tanzania): a state does not meet or cooperate with itself, so one side has been read twice. No gold line codes
    /// such a pair; a state and its rebels or opposition ("Congo and M23 rebels resume talks") are two sides and stay.
    /// </summary>
    internal static bool StateAndOwnOrgan(string? source, string? target, string cameo)
    {
        if (source is null || target is null || source.Length < 3 || target.Length < 3 || source[..3] != target[..3]) return false;
        // Not root 05: a state's praise or support of its own forces or people ("Ukraine hailed its soldiers") is an act.
        if (!(cameo.StartsWith("04", StringComparison.Ordinal) || cameo.StartsWith("06", StringComparison.Ordinal)
              || cameo[..3] is "030" or "031" or "032" or "033" or "036")) return false;
        string bare = source.Length == 3 ? source : target, other = source.Length == 3 ? target : source;
        if (bare.Length != 3 || other.Length < 6 || Actors.ActorLexicon.RoleCodes.Contains(bare)) return false;
        return OwnOrgans.Contains(other[3..6]);
    }

    /// <summary>
    /// "Teachers marched through the capital, chanting slogans against the president": two readings of one act in one
    /// sentence, one of which names less, are one event. Drops an event when another of the same sentence has the same
    /// CAMEO code, the same flags and the same source and target except that it names what this one leaves open: a coded
    /// target where this one has none or an actor the lexicons do not code ("-" beside "ARGGOV"), or an agent of the same country where this one has the bare country
    /// as source ("RUS" beside "RUSGOV"). A bare-country target beside a country-and-role one is not dropped: "mediating
    /// between Congo and the M23 rebels" names the two sides (COD and CODREB). Keeps the order of the rest.
    /// </summary>
    private static IReadOnlyList<CodedEvent> WithoutVaguerCopies(List<CodedEvent> events)
    {
        List<int>? drop = null;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            for (int j = 0; j < events.Count; j++)
            {
                var o = events[j];
                if (j == i || o.Sentence != e.Sentence || o.Cameo != e.Cameo || o.Negated != e.Negated || o.Background != e.Background
                    || o.Modality != e.Modality) continue;
                bool vaguerTarget = e.Target?.Code is null && o.Target?.Code is not null && o.Source.Code is not null && o.Source.Code == e.Source.Code;
                bool vaguerSource = e.Source.Code is { Length: 3 } bare && e.Source.Country is not null && o.Source.Code is { Length: > 3 } full
                    && full.StartsWith(bare, StringComparison.Ordinal) && o.Source.Country == e.Source.Country && o.Target?.Code == e.Target?.Code;
                if (vaguerTarget || vaguerSource) { (drop ??= new()).Add(i); break; }
            }
        }
        if (drop is null) return events;
        var kept = new List<CodedEvent>(events.Count - drop.Count);
        for (int i = 0, d = 0; i < events.Count; i++)
        {
            if (d < drop.Count && drop[d] == i) { d++; continue; }
            kept.Add(events[i]);
        }
        return kept;
    }

    /// <summary>
    /// "Chad's president pardoned 40 rebels ..., and the Central African Republic's government signed a peace deal with two
    /// armed groups", "Venezuela's government has released 23 detained opposition activists": a side within a country
    /// (rebels, the opposition, clergy, students, workers, farmers, parties, former leaders) whom the actor stage left with
    /// no country, because the sentence names several, is acted on by a state (its government, forces, police, courts,
    /// legislature, or the bare country) as one of that state's own people: the source's country. No gold line codes such
    /// a side as a bare role. Not for acts of force (18-20), which states do across borders ("a US air strike against
    /// militants"), and never for civilians, refugees, aid groups, media or business, whom the gold does code bare and who
    /// are often foreigners; a target the place rules above gave a country keeps it.
    /// </summary>
    private static ActorRef? DomesticRoleOfTheSourceState(EventMention m, ActorRef source, ActorRef? target)
    {
        if (target is not { Country: null, Code: "REB" or "OPP" or "REL" or "EDU" or "LAB" or "AGR" or "PTY" or "ELI" or "LEG" } side) return target;
        if (m.Cameo.Length < 2 || m.Cameo[..2] is "18" or "19" or "20") return target;
        if (source is not { Country: { } iso, Code: { } code } || Actors.ActorLexicon.Default.CountryByIso3(iso) is not { } country) return target;
        if (!code.StartsWith(country.Cameo, StringComparison.Ordinal)) return target;
        if (code[country.Cameo.Length..] is not ("" or "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY")) return target;
        return side with { Code = country.Cameo + side.Code, Country = country.Iso3 };
    }

    /// <summary>
    /// Session 63 (country63): "threatened to shoot down any U.S. reconnaissance plane that entered its airspace", "would
    /// shoot down any US aircraft": a craft named with "any" is no craft that exists but whatever the state sends, so the
    /// act is aimed at the state as a country (the tunable gold codes all three such threats bare: eb22083, eb63103,
    /// eb71090), where a craft met ("a Canadian patrol aircraft") is country + MIL (decision 023). Invariant: only a target
    /// mention right after "any" that ends in a crewed craft's noun and is coded country + MIL; everything else as it is.
    /// </summary>
    private static ActorRef? AnyCraftsState(Document doc, ActorMention? tgt, ActorRef? target)
    {
        if (tgt is null || target is not { Code: { Length: 6 } code, Country: not null } || !code.EndsWith("MIL", StringComparison.Ordinal)) return target;
        int first = tgt.Tokens.FirstToken, last = tgt.Tokens.EndToken - 1;
        if (first < 1 || last < first || !doc.Token(first - 1).Text.Equals("any", StringComparison.OrdinalIgnoreCase)) return target;
        if (doc.Token(last).Lemma.ToLowerInvariant() is not ("aircraft" or "plane" or "jet" or "warplane" or "fighter" or "bomber" or "helicopter"
            or "warship" or "frigate" or "destroyer" or "ship" or "vessel" or "boat" or "submarine" or "carrier")) return target;
        return target with { Code = code[..3] };
    }

    /// <summary>
    /// Session 63 (country63): "Romania announced the closure of the Russian consulate in Constanta", "Norway closed the
    /// Russian consulate in Kirkenes": a cut in diplomatic relations (161) whose target is a foreign state's mission itself
    /// is aimed at that state as a country, the bare code, as a recall of an envoy from its capital is (gold/README.md,
    /// session 56) and as a country's own mission closed abroad is aimed at its host (gold/README.md, "Things and places
    /// of an actor"); the tunable gold codes every such closure so (eb27095, eb39121, eb62004, eb65078, eb73087, no line
    /// the other way). The mission noun is the mention's head; people of a mission ("embassy staff", "the embassy's
    /// diplomats") are the government's agents and keep GOV, as the gold codes expelled diplomats (56 events to 7).
    /// Invariant: only 161 events, only a target mention ending in "embassy", "consulate" or "consulates" whose code is a
    /// state's government (XXXGOV, never an IGO's); everything else is returned as it is.
    /// </summary>
    private static ActorRef? ClosedMissionsState(Document doc, EventMention m, ActorMention? tgt, ActorRef? target)
    {
        if (m.Cameo != "161" || tgt is null || target is not { Code: { Length: 6 } code, Country: not null }) return target;
        if (!code.EndsWith("GOV", StringComparison.Ordinal) || code.StartsWith("IGO", StringComparison.Ordinal)) return target;
        int last = tgt.Tokens.EndToken - 1;
        if (last < tgt.Tokens.FirstToken || doc.Token(last).Lemma.ToLowerInvariant() is not ("embassy" or "consulate")) return target;
        // "expelled 12 French embassy staff", "the embassy's diplomats": a mission noun that modifies the people named after
        // it is no mission acted on; those people are the government's.
        int next = tgt.Tokens.EndToken;
        if (next < doc.TokenCount && (doc.TokUpos(next) is Upos.NOUN or Upos.PROPN || doc.Token(next).Text is "'s" or "'" or "\u2019s")) return target;
        return target with { Code = code[..3] };
    }

    /// <summary>
    /// "Tens of thousands of people marched through Madrid in support of Palestinians", "Eritrean soldiers raped hundreds of
    /// women in villages across Tigray": a role of people outside the state (civilians, clergy, students, workers, farmers,
    /// health workers, media, business, opposition, armed groups) that the actor stage gave the country of the sentence's
    /// other actors, for want of its own, is of the place where the text puts the event when that place is in another
    /// country that no actor of the sentence is of (gold/README.md: a bare role takes a place after it). Everything else is
    /// returned as it is. Only for acts done where the sides are: protests, coercion and violence.
    /// </summary>
    private static ActorRef PlacedRole(Document doc, EventMention m, ActorMention a, ActorRef r)
    {
        if (!SentenceLentRole(a, r, out var home, out string role)) return r;
        if (role is not ("CVL" or "REL" or "EDU" or "LAB" or "AGR" or "HLH" or "MED" or "BUS" or "OPP" or "REB")) return r;
        // Only acts that need the sides on the spot (protests, coercion, violence): sanctions decided "at a meeting in
        // Brussels" do not put the companies they hit in Belgium.
        if (m.Cameo[..2] is not ("14" or "17" or "18" or "19" or "20")) return r;
        var (place, _, fromText) = PlaceRecognizer.EventPlace(doc, m.Sentence, m.Trigger.FirstToken);
        if (!fromText || place?.Country is not { } iso || iso == home.Iso3 || Actors.ActorLexicon.Default.CountryByIso3(iso) is not { } there) return r;
        var s = doc.Sentence(m.Sentence);
        foreach (var o in doc.Actors)
            if (o.Tokens.FirstToken >= s.FirstToken && o.Tokens.FirstToken < s.EndToken && o.Country == iso) return r;
        return r with { Code = there.Cameo + role, Country = there.Iso3 };
    }

    /// <summary>
    /// "The minister criticized Iran", "The spokesman said it would summon Iran's envoy": an organ of a state (government,
    /// army, police, courts, legislature, intelligence) that the actor stage gave the sentence's one state for want of its
    /// own is not that state's when that state, named as a whole, is what it speaks to or acts on by word or diplomacy
    /// (roots 01–16): a state's organ does not criticize, threaten or court its own state as a whole. It takes the
    /// country the article gives it besides that state, or none (a bare role, gold/README.md). A state does act on its
    /// own country by force ("the government imposed a curfew on the country", 17x) and on its own organs ("Kenya
    /// opened an inquiry into the police"), so those are returned as they are, as is everything else.
    /// </summary>
    private static ActorRef NotOfTarget(ActorMention a, ActorRef r, ActorRef target, string cameo, ActorMention? targetMention = null)
    {
        if (target.Country != a.Country || !SentenceLentRole(a, r, out var homeCountry, out string role)) return r;
        // The same code on both sides would be dropped as a self-dyad whatever the act; a whole state only by word.
        bool wholeByWord = target.Code == homeCountry.Cameo && cameo.Length >= 2 && string.CompareOrdinal(cameo[..2], "16") <= 0;
        // "The troops shot down 30 Ukrainian drones": a state's munitions named by its adjective ("Ukrainian drones") are what
        // the other side fires on, so a role lent that state's country for want of its own is not that state's, whatever
        // the act.
        bool itsMunitions = target.Code == homeCountry.Cameo && targetMention is not null
            && targetMention.Rule.StartsWith(MunitionRule, StringComparison.Ordinal);
        if (target.Code != r.Code && !wholeByWord && !itsMunitions) return r;
        return WithoutLentCountry(a, r);
    }

    /// <summary>The source reference <paramref name="r"/> of actor <paramref name="a"/> without the country its sentence
    /// lent it: the country the actor stage found besides the sentence's, else the bare role. Only for a state agent's role
    /// (GOV, MIL, COP ...) lent that way; any other reference is returned as it is.</summary>
    private static ActorRef WithoutLentCountry(ActorMention a, ActorRef r)
    {
        if (!SentenceLentRole(a, r, out _, out string role) || !Actors.ActorLexicon.IsStateAgentSector(role)) return r;
        if (a.CountryBesidesSentence is { } iso && Actors.ActorLexicon.Default.CountryByIso3(iso) is { } besides)
            return r with { Code = besides.Cameo + role, Country = besides.Iso3 };
        return r with { Code = role, Country = null };
    }

    /// <summary>
    /// The source actors that <see cref="NotOfTarget"/> denies their lent country in at least one of their events: "The
    /// president, speaking on Monday, accused Uganda of arming the rebels and called for talks" lends the bare "president"
    /// Uganda, the sentence's only country, but he accuses Uganda, so he is not its president in his other acts either
    /// ("called for talks"). Invariant: an actor's country does not change between the events of its one mention.
    /// </summary>
    private static HashSet<int> LentCountryActedOn(Document doc)
    {
        var lentAway = new HashSet<int>();
        foreach (var m in doc.Events)
        {
            if (m.Source < 0 || m.Target < 0 || lentAway.Contains(m.Source)) continue;
            var a = doc.Actors[m.Source];
            // NotOfTarget's own first test, before building references: only an actor lent its sentence's country and aimed
            // at an actor of that same country can lose the country.
            if (a.Country is null || doc.Actors[m.Target].Country != a.Country || !a.Rule.Contains(SentenceCountryRule, StringComparison.Ordinal)) continue;
            var r = Ref(doc, a, m.Background);
            if (!ReferenceEquals(NotOfTarget(a, r, Ref(doc, doc.Actors[m.Target], m.Background), m.Cameo, doc.Actors[m.Target]), r)) lentAway.Add(m.Source);
        }
        return lentAway;
    }

    /// <summary>The words that open the actor stage's rule for a state's munitions named by its adjective ("Ukrainian drones").</summary>
    private const string MunitionRule = "country+munition";

    /// <summary>The words the actor stage writes into the rule of a role it gave its sentence's country for want of its own.</summary>
    internal const string SentenceCountryRule = "country = the sentence's country";

    /// <summary>
    /// True when the actor stage gave actor <paramref name="a"/> the country of its sentence's other actors for want of its
    /// own, and its reference <paramref name="r"/> is that country's code plus a role: then <paramref name="home"/> is that
    /// country and <paramref name="role"/> the role after its code (the question <see cref="PlacedRole"/> and
    /// <see cref="NotOfTarget"/> both start from).
    /// </summary>
    private static bool SentenceLentRole(ActorMention a, ActorRef r, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actors.CountryEntry? home, out string role)
    {
        home = null; role = "";
        if (r.Code is not { Length: > 3 } code || a.Country is not { } iso || !a.Rule.Contains(SentenceCountryRule, StringComparison.Ordinal)
            || Actors.ActorLexicon.Default.CountryByIso3(iso) is not { } country || !code.StartsWith(country.Cameo, StringComparison.Ordinal))
            return false;
        home = country; role = code[country.Cameo.Length..];
        return true;
    }

    /// <summary>
    /// The civilians a repression with no named target (<see cref="Assemble"/>, 175) is aimed at: those of the country of
    /// the place a locative phrase names for it when there is one, else of the source's country, else (a source that is a
    /// bare role) a bare CVL. Null for a source of no country that is not a role (an international body).
    /// </summary>
    private static ActorRef? CrowdRepressed(Document doc, EventMention m, ActorRef source, string code)
    {
        string? iso = PlaceRecognizer.EventPlace(doc, m.Sentence, m.Trigger.FirstToken) is { FromText: true, Place.Country: { } placeIso }
            ? placeIso : source.Country;
        if (iso is not null && Actors.ActorLexicon.Default.CountryByIso3(iso) is { } c)
            return new ActorRef(c.Cameo + "CVL", c.Name, c.Name, c.Iso3);
        return code.Length == 3 && Actors.ActorLexicon.RoleCodes.Contains(code) ? new ActorRef("CVL", null, "CVL", null) : null;
    }

    /// <summary>The region adjectives of <see cref="Actors.ActorLexicon.RegionAdjectives"/>, looked up by span. Not "foreign",
    /// which the gold keeps as a bare role ("restrictions on foreign media").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionAdjectivesBySpan =
        Actors.ActorLexicon.RegionAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word right before actor <paramref name="a"/> (a role with no country) is a region's adjective.</summary>
    private static bool OfRegion(Document doc, ActorMention a)
    {
        int before = a.Tokens.FirstToken - 1;
        if (before < 0) return false;
        var w = doc.Token(before).Span;
        return w.Length > 0 && char.IsUpper(w[0]) && RegionAdjectivesBySpan.Contains(w);
    }

    /// <summary>The country a visited place stands for, as an actor ("visited Mexico City" → MEX).</summary>
    private static ActorRef? HostOf(Places.PlaceMention p, Document doc)
    {
        if (p.Place?.Country is not { } iso || Actors.ActorLexicon.Default.CountryByIso3(iso) is not { } c) return null;
        return new ActorRef(c.Cameo, c.Name, p.Tokens.TextIn(doc), c.Iso3);
    }

    private static ActorRef Ref(Document doc, ActorMention a, bool background = false) =>
        new(background && a.FormerCode is not null ? a.FormerCode : Actors.ActorRecognizer.EventCode(doc, a), a.Name, a.Tokens.TextIn(doc), a.Country);

    /// <summary>
    /// The event's date: the time expression the coder attached, else a resolved time expression in the
    /// same sentence that hangs from the trigger's clause or one above it, else (for news of the day only) the publication date at day precision. Background
    /// events without their own time expression stay undated: dating history to the article day is the
    /// error GDELT users complain about.
    /// </summary>
    private static (string? Date, string Precision, string? Source) DateOf(Document doc, EventMention m)
    {
        TimeValue? v = null;
        if (m.Time >= 0 && m.Time < doc.Times.Count) v = doc.Times[m.Time].Value;
        else
        {
            var s = doc.Sentence(m.Sentence);
            TimeMention? best = null;
            int bestDistance = int.MaxValue;
            int ownTense = m.Background ? -1 : PresentConjunctOfPast(doc, m.Trigger);
            foreach (var t in doc.Times)
            {
                if (t.Tokens.FirstToken < s.FirstToken || t.Tokens.FirstToken >= s.EndToken || t.Value.Date is null) continue;
                // A time inside another clause (the demanded act's "next week", an "after ... on Friday" clause) dates
                // that clause's act, not this one: it would put an appeal made today on next Monday.
                if (!Syntax.Attachment.GovernedFromAbove(doc, t.Tokens, m.Trigger)) continue;
                // "had suspended the hotlines in 2023 and has rejected offers of talks": the first conjunct's year dates it
                // alone; the present-tense conjunct is dated only by a time of its own.
                if (ownTense >= 0 && !WithinConjunct(doc, t.Tokens, ownTense)) continue;
                int d = Math.Abs(t.Tokens.FirstToken - m.Trigger.FirstToken);
                if (d < bestDistance) { bestDistance = d; best = t; }
            }
            v = best?.Value;
        }
        if (v is { Date: not null } tv) return (tv.Iso, TimeValue.PrecisionName(tv.Precision), "text");
        if (!m.Background && doc.Article.Published is { } p)
            return (new TimeValue(p, DatePrecision.Day).Iso, "day", "published");
        return (null, "unknown", null);
    }

    /// <summary>The verb of <paramref name="trigger"/>'s clause when it is a conjunct with a tense of its own after a past verb
    /// (<see cref="Syntax.Attachment.PresentConjunctOfPast"/>), whose time is its own; -1 otherwise or with no parse.</summary>
    private static int PresentConjunctOfPast(Document doc, TokenRange trigger)
    {
        int v = Syntax.Attachment.GoverningPredicate(doc, trigger);
        return Syntax.Attachment.PresentConjunctOfPast(doc, v) ? v : -1;
    }

    /// <summary>True when the predicate governing <paramref name="time"/> is <paramref name="conjunct"/> or lies below it.</summary>
    private static bool WithinConjunct(Document doc, TokenRange time, int conjunct)
    {
        int t = Syntax.Attachment.GoverningPredicate(doc, time);
        for (int i = 0; i < 64 && t >= 0; i++)
        {
            if (t == conjunct) return true;
            int h = doc.TokHead(t);
            if (h == t) break;
            t = h;
        }
        return false;
    }

    /// <summary>
    /// The event's place, by <see cref="PlaceRecognizer.ResolveEventPlace"/>: the place a locative attaches to the
    /// trigger ("in Moscow"), else the dateline place when one of the dyad's countries is the dateline's, else the
    /// dyad's one country. History told as context is placed only by a locative in its own sentence.
    /// </summary>
    private static Place? PlaceOf(Document doc, EventMention m, ActorMention? src, ActorMention? tgt)
    {
        if (!m.Background) return PlaceRecognizer.ResolveEventPlace(doc, m.Sentence, m.Trigger.FirstToken, src?.Country, tgt?.Country).Place;
        var (inText, _, fromText) = PlaceRecognizer.EventPlace(doc, m.Sentence, m.Trigger.FirstToken);
        return fromText ? inText : null;
    }
}

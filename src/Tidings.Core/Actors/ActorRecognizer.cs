using System.Collections.Frozen;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Actors;

/// <summary>
/// Finds actor mentions and codes them in CAMEO (country + role codes, IGO codes). Works on tokens and
/// sentences only (no part-of-speech tags): capitalisation, the <see cref="ActorLexicon"/> and a few words of
/// context. Rules, tried at each token, longest match first:
/// <list type="number">
/// <item>lexicon names: organisations, people (coded by the article's publication date), metonyms, countries,
/// adjectives and demonyms; a country name or adjective followed by role nouns ("Syrian state media",
/// "Syria's foreign and defense ministers", "Russian President Vladimir Putin") takes the role's code;</item>
/// <item>capitals stand for the government only as a subject ("Moscow said"), never after a place preposition;</item>
/// <item>document memory: a surname seen earlier, "the agency"/"the ministry" (most recent actor with that head noun);</item>
/// <item>"Title Name" without a country: country from an earlier mention with the same role, else the most frequent
/// country of the article, else the dateline's;</item>
/// <item>bare plural role nouns ("protesters", "officials"): role code only, with a reason.</item>
/// </list>
/// Mentions are appended to <see cref="Document.Actors"/> in text order and never overlap.
/// </summary>
public sealed partial class ActorRecognizer : IPipelineComponent
{
    private static readonly Lazy<ActorRecognizer> s_default = new(() => new ActorRecognizer(ActorLexicon.Default));
    public static ActorRecognizer Default => s_default.Value;

    private readonly ActorLexicon _lex;
    private readonly NameTagger? _tagger;

    /// <summary>A recognizer over <paramref name="lexicon"/>, with the statistical name tagger for organisation names the
    /// lexicon lacks (<see cref="NameTagger.Default"/> unless another, or none, is given).</summary>
    public ActorRecognizer(ActorLexicon lexicon, NameTagger? nameTagger = null, bool useNameTagger = true)
    {
        _lex = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _tagger = useNameTagger ? nameTagger ?? NameTagger.Default : null;
    }

    public string Name => "actors";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences;
    public Annotation Assigns => Annotation.Actors;

    /// <summary>Longest lexicon key, in tokens, that the matcher tries.</summary>
    private const int MaxKeyTokens = 10;
    /// <summary>Longest personal name (tokens) taken after a title.</summary>
    private const int MaxNameTokens = 6;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Actors.Clear();
        if (document.TokenCount == 0) return;
        new Run(this, document).Execute(cancellationToken);
    }

    /// <summary>
    /// The code an event gives <paramref name="mention"/>: its own, except for nationals, who act or are acted on as
    /// civilians of their country (CVL), as "people" in it are: a people named by its plural ("Russia detained three
    /// Americans", "thousands of Armenians laid flowers", "deported 10,000 Haitians") and a country adjective on
    /// "nationals" ("arrested two British nationals"). The actor files code nationals by the country alone (a demonym
    /// mention, or the adjective as a modifier); only events make them civilians. "The Americans" with the article is the
    /// side in talks or a war, as wire copy uses it, and keeps the country (gold/README.md, session 13).
    /// </summary>
    public static string? EventCode(Document doc, ActorMention mention)
    {
        // "Supporters of the jailed opposition leader rioted": civilians as a mention (the actor files, data/actors/README.md),
        // the opposition in an event, as the event files code them (eg0247, eb9056, eb17031) and as "opposition supporters" are.
        if (mention.Code is { Length: 6 } fc && fc.EndsWith("CVL", StringComparison.Ordinal) && mention.Rule.Contains(FollowingOfOpposition, StringComparison.Ordinal))
            return fc[..3] + "OPP";
        if (mention.Code is not { Length: 3 } code) return mention.Code;
        int t = mention.Tokens.FirstToken, end = mention.Tokens.EndToken;
        if (mention.Rule.StartsWith("demonym:", StringComparison.Ordinal))
        {
            var last = doc.Token(end - 1).Span;
            bool plural = last.Length > 1 && (last[^1] == 's' || last[^1] == 'S');
            bool definite = t >= 1 && doc.Token(t - 1).Span.Equals("the", StringComparison.OrdinalIgnoreCase);
            return plural && !definite ? code + "CVL" : code;
        }
        if (end < doc.TokenCount && doc.Token(end).Span is var next
            && (next.Equals("nationals", StringComparison.OrdinalIgnoreCase) || next.Equals("national", StringComparison.OrdinalIgnoreCase)))
            return code + "CVL";
        return code;
    }

    /// <summary>Marks the rule of a supporter or loyalist mention that follows an opposition figure (<see cref="EventCode"/>).</summary>
    private const string FollowingOfOpposition = " (a following of the opposition: OPP in events)";

    /// <summary>Number words that count a crowd ("thousands of", "tens of thousands of").</summary>
    private static readonly FrozenSet<string> CrowdNumbers = Set("dozens", "hundreds", "thousands", "millions");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrowdNumbersBySpan = CrowdNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number words that end a count written in words before the noun it counts ("several thousand people", "a few
    /// hundred people", "two million people"), as a count in digits does ("2,000 people").</summary>
    private static readonly FrozenSet<string> CrowdNumberWords = Set("hundred", "thousand", "million", "dozen");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrowdNumberWordsBySpan = CrowdNumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Past tenses of what a crowd does as one actor ("200 people protested", "1,000 people blocked the road"), and the
    /// present tense a headline tells the same news in ("Thousands March In Belgrade", "Hundreds Protest Over Fuel Prices").</summary>
    private static readonly FrozenSet<string> CrowdActs = Set("protested", "marched", "rallied", "demonstrated", "gathered",
        "blocked", "stormed", "chanted", "clashed", "besieged", "occupied", "staged", "attacked", "torched", "burned",
        "protest", "march", "rally", "demonstrate", "gather", "block", "storm", "clash");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrowdActsBySpan = CrowdActs.GetAlternateLookup<ReadOnlySpan<char>>();

    // ---------------------------------------------------------------- word lists

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions after which a capital or seat of government is a place ("in Moscow", "at the Kremlin").</summary>
    private static readonly FrozenSet<string> PlacePrepositions = Set(
        "in", "at", "to", "from", "near", "into", "inside", "outside", "toward", "towards", "via", "across", "around",
        "through", "of", "outskirts", "visit", "visited", "visiting", "visits", "arrived", "left", "leaving", "reached", "beyond",
        "within", "hit", "struck", "attacked", "shelled", "bombed", "targeted", "captured", "seized", "entered", "surrounded",
        "besieged", "flew", "returned", "travelled", "traveled", "moved", "based", "toured", "evacuated", "liberated", "fled", "fleeing",
        // the same verbs in other forms, now that any tagged verb before a capital makes it an object
        "visit", "reach", "reaching", "enter", "entering", "leave", "flee", "return", "returning", "travel", "travelling",
        "traveling", "fly", "flying", "depart", "departed", "departing", "landed", "landing", "arrive", "arriving", "tour",
        "touring", "attack", "attacking", "shell", "shelling", "bomb", "bombing", "hitting", "striking", "targeting", "capture",
        "capturing", "seize", "seizing", "surround", "surrounding", "encircle", "encircled", "encircling", "besiege", "besieging",
        "approach", "approached", "approaching", "defend", "defended", "defending", "evacuate", "evacuating", "liberate",
        "liberating", "rocked", "rocking", "shook", "shaking", "blanketed", "flooded", "relocate", "relocated", "relocating",
        // roads, railways and flights between places
        "link", "links", "linked", "linking", "connect", "connects", "connected", "connecting");

    /// <summary>Words that start a verb group after a subject: auxiliaries and frequent reporting/political verbs.</summary>
    private static readonly FrozenSet<string> SubjectVerbs = Set(
        "said", "says", "say", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "can", "may", "might",
        "must", "did", "does", "told", "warned", "denied", "rejected", "accused", "announced", "urged", "called", "wants",
        "insisted", "condemned", "responded", "reacted", "threatened", "signed", "agreed", "plans", "hopes", "sees", "claims",
        "vowed", "pledged", "stated", "added", "hit", "struck", "approved", "refused", "demanded", "welcomed", "sent",
        "struck", "launched", "blamed", "dismissed", "expects", "expected", "seeks", "sought", "remains", "also", "again",
        // irregular past tenses the "-ed" test misses ("the military government made no comment")
        "made", "gave", "took", "met", "won", "lost", "began", "held", "kept", "went", "came", "saw", "fell", "paid", "spent",
        "sold", "stood", "brought", "found", "chose", "wrote", "spoke", "drew", "froze", "shot", "fought", "knew", "blew",
        "already", "repeatedly", "formally", "officially", "reportedly", "strongly", "on", "last", "this",
        // base forms, as headlines use them ("Moscow, Damascus discuss cooperation")
        "discuss", "agree", "sign", "meet", "reject", "deny", "warn", "urge", "vow", "condemn", "slam", "hail", "welcome",
        "mull", "weigh", "eye", "back", "seek", "press", "demand", "threaten", "accuse", "blame", "call", "expel", "summon",
        "recall", "suspend", "resume", "announce", "respond", "retaliate", "strike", "deploy");

    private static readonly FrozenSet<string> NotVerbs = Set("as", "its", "his", "this", "us", "was", "is", "has", "news", "talks", "ties", "relations", "forces", "officials", "authorities");

    /// <summary>Words between a country and its role noun that do not change the code.</summary>
    private static readonly FrozenSet<string> RoleModifiers = Set(
        "top", "senior", "acting", "interim", "transitional", "caretaker", "new", "local", "provincial", "federal", "regional", "chief",
        "state-run", "state-owned", "official", "outgoing", "incoming", "then", "powerful", "influential", "elite", "two",
        "three", "several", "many", "some", "other", "first", "female", "male", "civilian", "elected", "longtime", "long-serving",
        "main", "national", "state",
        // "the deputy head of the ministry", "Iran's deputy army chief": the deputy holds an office of the same body
        "deputy",
        // Session 69 (blind87): a church or faith before a religious office ("the Catholic archbishop of Jos", "Ethiopia's
        // Orthodox patriarch", "the Lutheran bishop") says which church the holder serves, not whose country; capitalised
        // as proper adjectives are, they made the role look like a word inside a longer name, and the office was lost. The
        // role keeps its own code (CHR, REL); rows such as "catholic priest" that start a role of their own are read first.
        "Catholic", "Anglican", "Orthodox", "Coptic", "Lutheran", "Methodist", "Presbyterian", "Evangelical", "Pentecostal",
        "Baptist", "Episcopal", "Sunni", "Shia", "Shiite", "Shi'ite");

    /// <summary>Words between "the" and a role that describe its holder's lot or standing ("the jailed opposition leader",
    /// "the embattled police chief"), not the office: the role keeps its code. Not <see cref="RoleModifiers"/>, which also
    /// stand between a country and its role, where these are verbs ("Uganda jailed two opposition lawmakers").</summary>
    private static readonly FrozenSet<string> HolderDescriptions = Set("jailed", "imprisoned", "detained", "arrested", "embattled", "armed",
        "veteran", "prominent", "leading", "popular", "beleaguered", "besieged", "fugitive", "hardline", "moderate", "charismatic",
        // session 44 (recall44): a political leaning describes the holder, not the office ("the leftist opposition party",
        // "the conservative opposition leader"); none of these is a verb, so none can end a country's phrase either.
        "leftist", "rightist", "conservative", "liberal", "socialist", "communist", "centrist", "nationalist", "ultranationalist",
        "populist", "progressive", "reformist", "islamist", "secular", "radical");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolderDescriptionsBySpan = HolderDescriptions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Role nouns that name weapons and vehicles: with a country they stand for its military ("Israeli warplanes"),
    /// alone ("a drone struck the field", "launched drones") they are not actors.
    /// </summary>
    private static readonly FrozenSet<string> WeaponNouns = Set("drone", "drones", "warplane", "warplanes", "jet", "jets", "tank", "tanks",
        "submarine", "submarines", "warship", "warships", "missile", "missiles", "bomber", "bombers", "aircraft", "helicopter", "helicopters",
        "gunship", "gunships");

    /// <summary>
    /// Role nouns that are an actor only with a country word ("Kyrgyz guards" → KGZCOP, a country's border guards by
    /// decision 023): alone ("his guards", "guards at the prison") they name anyone's guards and are no actor.
    /// </summary>
    // Session 72: an institution's staff, staffers, employees and personnel are its own after its noun ("hospital staff" HLH,
    // "embassy staff" GOV, roles.tsv); alone ("deployed personnel", "held the hotel staff hostage") they are anyone's.
    private static readonly FrozenSet<string> CountryOnlyRoles = Set("guard", "staff member", "staffer", "employee", "personnel member");

    /// <summary>Capitalised words that never begin or continue a personal name.</summary>
    private static readonly FrozenSet<string> NotNames = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "The", "A", "An", "And", "But", "Or", "In", "On", "At", "To", "For", "Of", "With", "By", "From", "As", "If", "He",
        "She", "It", "They", "We", "I", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Mr", "Mrs", "Ms",
        "Mr.", "Mrs.", "Ms.", "Dr", "Dr.", "Gen.", "Sen.", "Rep.", "Sunday's", "Today", "Yesterday", "Tomorrow");

    /// <summary>Suffixes after a surname ("Marcos Jr.", "Abdullah II") that are not the surname a later mention uses.</summary>
    private static readonly FrozenSet<string> GenerationalSuffixes = Set("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /// <summary>Lower-case name particles that may sit inside a personal name ("Ahmed al-Sharaa", "Ursula von der Leyen").</summary>
    private static readonly FrozenSet<string> NameParticles = Set(
        "al", "al-", "el", "el-", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "du", "van", "von", "der", "den",
        "la", "le", "dos", "das", "del", "ben", "ould", "ag", "bin-", "ul", "ud");

    /// <summary>Role nouns without a plural form that denote a group and may stand alone as actors ("troops fired").</summary>
    private static readonly FrozenSet<string> WaterBodies = Set("Gulf", "Sea", "Strait", "Straits", "Bay");

    private static readonly FrozenSet<string> GroupNouns = Set(
        "authorities", "troops", "police", "forces", "security forces", "armed forces", "opposition", "riot police",
        "marines", "special forces", "government forces", "regime forces", "government troops", "regime troops",
        "clergy", "displaced people", "state media", "state-run media", "state television", "state TV", "state radio",
        "state broadcaster", "parliament", "media",
        // Collective nouns spelled alike in the singular and the plural: "freed six foreign medical personnel", "military
        // personnel were deployed" name people, as "troops" does, with or without an article.
        "medical personnel", "medical staff", "military personnel");

    /// <summary>Services of the armed forces that are an actor after their owner's possessive ("the junta's air force"); after
    /// "its" they are left to the coder, which codes a country putting "its navy" on alert as the country.</summary>
    private static readonly FrozenSet<string> ArmedServices = Set("air force", "navy");

    /// <summary>Nouns after which "general" is an adjective, not a military rank.</summary>
    private static readonly FrozenSet<string> GeneralAdjectiveNouns = Set("strike", "strikes", "election", "elections", "assembly",
        "amnesty", "public", "secretary", "prosecutor", "staff", "consensus", "population", "manager", "counsel", "debate", "meeting");

    /// <summary>Institutions whose officers are coded as the institution ("the speaker of parliament" LEG, "the head of the army" MIL).</summary>
    private static readonly FrozenSet<string> OfficeInstitutions = Set("parliament", "senate", "national assembly", "assembly",
        "army", "navy", "air force", "police", "military", "judiciary", "supreme court", "constitutional court");

    /// <summary>Offices that head international organisations.</summary>
    private static readonly FrozenSet<string> InternationalOffices = Set("secretary-general", "director-general", "director general", "high commissioner", "high representative");

    private static readonly FrozenSet<string> PossessivePronouns = Set("his", "her", "its", "their");

    /// <summary>Institutions a possessive pronoun ties to the actor just named ("his cabinet", "her government").</summary>
    private static readonly FrozenSet<string> OwnedInstitutions = Set("government", "cabinet", "administration", "party", "regime", "foundation");

    /// <summary>Offices a possessive pronoun ties to the organisation or state just named ("their commander, Hossein Salami").</summary>
    private static readonly FrozenSet<string> OwnedOffices = Set("commander", "leader", "spokesman", "spokeswoman", "spokesperson", "chief", "head",
        "predecessor",
        // "its chairman, Chen Zhi", "its general manager": the heads of a company, an outlet or a club (session 10)
        "chairman", "chief executive", "chief executive officer", "managing director", "general manager", "owner", "founder", "co-founder");

    /// <summary>
    /// A state's envoys and ministers, which "his"/"her" give to the head just named ("Paraguayan President Santiago Pena
    /// recalled his ambassador", "sent his foreign minister"). After "its"/"their" ("Peru recalled its ambassador from
    /// Caracas") they stay out unless they are a finite verb's subject: the event coder reads that object as the recall's
    /// and the place after it as the target.
    /// </summary>
    private static readonly FrozenSet<string> HeadsOffices = Set("ambassador", "envoy", "foreign minister", "defence minister",
        "defense minister", "interior minister", "finance minister", "prime minister", "vice president", "deputy",
        // "met his army chief", "his lawyer said": a head's commanders and a defendant's counsel, of the holder's country
        "army chief", "military chief", "army commander", "lawyer");

    /// <summary>Words of <see cref="PlacePrepositions"/> that are never a finite verb.</summary>
    private static readonly FrozenSet<string> PlaceOnlyWords = Set("in", "at", "to", "from", "near", "into", "inside", "outside", "toward",
        "towards", "via", "across", "around", "through", "of", "outskirts", "beyond", "within", "based");

    /// <summary>Role nouns for who people are, not what they do: before another role they only describe it ("woman president").</summary>
    private static readonly FrozenSet<string> DescriptiveRoles = Set("woman", "women", "man", "men");

    /// <summary>Rank words the role lexicon lists as titles of their own ("chief") that, before another role noun, only say
    /// how high the holder stands: the noun after them gives the sector ("chief prosecutor" JUD, "chief rabbi" REL).</summary>
    private static readonly FrozenSet<string> RankOnlyRoles = Set("chief");

    /// <summary>Verbs after which "that" + a noun phrase takes a bare verb ("demanded that the junta publish the results").</summary>
    private static readonly FrozenSet<string> SubjunctiveVerbs = Set("demand", "demands", "demanded", "demanding", "insist", "insists",
        "insisted", "urge", "urges", "urged", "ask", "asks", "asked", "propose", "proposes", "proposed", "recommend", "recommends",
        "recommended", "require", "requires", "required", "suggest", "suggests", "suggested", "order", "orders", "ordered");

    /// <summary>Verbs whose object takes a bare verb after it ("lets the government strip", "made the army withdraw").</summary>
    private static readonly FrozenSet<string> CausativeVerbs = Set("let", "lets", "letting", "make", "makes", "made", "making", "help",
        "helps", "helped", "helping");

    /// <summary>Legislatures that news names with a capital and no article ("told Congress", "in Parliament").</summary>
    private static readonly FrozenSet<string> StandaloneInstitutions = Set("congress", "parliament", "senate");

    /// <summary>Words before a capital that make it an object of a relation ("talks with Pyongyang", "sanctions against Tehran").</summary>
    private static readonly FrozenSet<string> ObjectPrepositions = Set("with", "against", "urged", "accused", "warned", "blamed", "told", "by");

    /// <summary>Subject-verb list words that are not verbs, so a capital after them is no object ("the strike on Doha").</summary>
    private static readonly FrozenSet<string> NotObjectVerbs = Set("on", "last", "this", "also", "again", "already", "repeatedly",
        "formally", "officially", "reportedly", "strongly", "is", "was", "has", "had", "have");

    /// <summary>
    /// Function words after which "the &lt;role&gt;" still ends a noun phrase ("the ministry said", "dismissed the prime
    /// minister in a decree"); any other lower-case word that is not a verb makes the role a modifier ("the military
    /// cooperation deal").
    /// </summary>
    private static readonly FrozenSet<string> PhraseEnders = Set("in", "on", "at", "of", "to", "for", "with", "from", "by", "and",
        "or", "but", "who", "which", "that", "as", "after", "before", "over", "during", "into", "about", "earlier", "later",
        "late", "on", "last", "this", "since", "until", "when", "while", "because", "if", "than", "also",
        // "gave the junta a week", "told the ministry the plan": an article starts the next noun phrase
        "a", "an", "the",
        // "placed the army under the presidency", "the police against protesters"
        "under", "against", "between", "among", "without", "within", "near", "through", "behind", "along", "across", "toward", "towards");

    // Span views of the word lists, created once (an alternate lookup is not free to create).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositionsBySpan = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectVerbsBySpan = SubjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbsBySpan = NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleModifiersBySpan = RoleModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesBySpan = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticlesBySpan = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseEndersBySpan = PhraseEnders.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceOnlyWordsBySpan = PlaceOnlyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CausativeVerbsBySpan = CausativeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjunctiveVerbsBySpan = SubjunctiveVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // ---------------------------------------------------------------- one run over one document

    private sealed record MemoryRole(int Mention, string Lemma, string Head);

    private sealed record Pending(int Mention, string RoleCode, string? Lemma, int Referent);

    private sealed partial class Run
    {
        private readonly ActorLexicon _lex;
        private readonly NameTagger? _tagger;
        private readonly Document _doc;
        private readonly List<ActorMention> _out;
        private readonly char[] _buf;
        private readonly DateOnly? _date;
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
        private readonly List<MemoryRole> _roles = new();
        private readonly List<Pending> _pending = new();
        /// <summary>Institutions and offices owned by a mention coded only at the end ("…, Rahim Uddin, …, his party"): mention, holder, role.</summary>
        private readonly List<(int Mention, int Holder, RoleEntry Role)> _ownedPending = new();
        /// <summary>Unknown names followed by an appositive ("Youssef Barakat, a Hamas commander,"): the name's mention and the appositive's first token.</summary>
        private readonly List<(int Mention, int AppositiveStart)> _appositions = new();
        /// <summary>Mentions of <see cref="_appositions"/> that are one-word company names ("BHP, the miner,").</summary>
        private readonly HashSet<int> _companyAppositions = new();
        /// <summary>The last mention that is a singular role phrase without a name ("Syria's defense minister"), or -1.</summary>
        private int _lastBareTitle = -1;
        /// <summary>Token where the role noun of the last appositive starts ("…, a Sunni lawmaker"), or -1.</summary>
        private int _appositiveRole = -1;
        private readonly string? _outlet;
        /// <summary>The country of the place the story was filed from (the dateline's), or null.</summary>
        private readonly string? _datelineCountry;
        /// <summary>End (character offset) of a dateline's place that opens the text itself ("LATAKIA, Syria (AP) —"), or -1:
        /// the place is where the story was filed, not an actor.</summary>
        private readonly int _datelinePlaceEnd = -1;
        /// <summary>Headlines are often in Title Case, so capitalisation says less there.</summary>
        private bool _inHeadline;
        /// <summary>The first token of the sentence being read (where a name's particle is written with a capital).</summary>
        private int _sentenceFirstToken;
        /// <summary>The form each token of a sentence in capitals is read as (<see cref="CapitalSentenceView"/>), else null.</summary>
        private readonly string?[]? _caseView;
        /// <summary>Indexes of the sentences written in capitals, which <see cref="_caseView"/> reads as Title Case headlines.</summary>
        private readonly HashSet<int> _capitalSentences = new();

        public Run(ActorRecognizer owner, Document doc)
        {
            _lex = owner._lex;
            _tagger = owner._tagger;
            _doc = doc;
            _out = doc.Actors;
            _buf = new char[Math.Max(_lex.MaxNameKeyLength, _lex.MaxRoleKeyLength) + 2];
            _date = doc.Article.Published;
            _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            _caseView = CapitalSentenceView(doc, _lex, _capitalSentences);
            var dateline = doc.Article.Dateline;
            // A text given whole (a sentence to code, a gold line) keeps its dateline in the body: read it there.
            if (dateline is null && BodyDateline(doc) is var (bodyDateline, placeEnd)) { dateline = bodyDateline; _datelinePlaceEnd = placeEnd; }
            _datelineCountry = Places.PlaceRecognizer.ResolveDateline(dateline)?.Country;
            var o = dateline?.Outlet?.Trim();
            _outlet = string.IsNullOrEmpty(o) ? null : o;
        }

        /// <summary>The dateline that opens the body of <paramref name="doc"/> and the character offset where its place (and
        /// region) ends: before the outlet's parenthesis ("LATAKIA, Syria (AP) —") or, with no outlet, at the separator.</summary>
        private static (Dateline Dateline, int PlaceEnd)? BodyDateline(Document doc)
        {
            foreach (var section in doc.Sections)
            {
                if (section.Kind != SectionKind.Body) continue;
                int len = Math.Min(section.End - section.Start, Reading.DatelineParser.MaxLength + 40);
                var head = doc.Text.Substring(section.Start, len);
                if (!Reading.DatelineParser.TryParse(head, out var dl, out int bodyStart))
                {
                    // "Abuja - The Senate on Tuesday ...", "Kathmandu, March 9: Police ...": the regional press prints its
                    // datelines in ordinary capitalisation; one is taken only when the gazetteer knows the place as a town,
                    // capital or region: a country name before a dash opens a headline-like phrase ("Kenya - Uganda ties").
                    if (!Reading.DatelineParser.TryParse(head, out dl, out bodyStart, out _, titleCasePlace: true)
                        || Places.PlaceRecognizer.ResolveDateline(dl) is not { } place || place.Feature == "country") return null;
                }
                int placeEnd = bodyStart;
                if (dl.Outlet is { } outlet && head.LastIndexOf("(" + outlet, bodyStart - 1, StringComparison.Ordinal) is var at and >= 0) placeEnd = at;
                return (dl, section.Start + placeEnd);
            }
            return null;
        }

        public void Execute(CancellationToken ct)
        {
            if (_doc.SentenceCount == 0) { Sentence(0, _doc.TokenCount); }
            else
            {
                if (_tagger is { TwoStage: true }) TagDocumentNames();
                foreach (var s in _doc.Sentences())
                {
                    ct.ThrowIfCancellationRequested();
                    // A sentence in capitals is read in Title Case, so capitalisation says as little there as in a headline.
                    _inHeadline = s.Section == SectionKind.Headline || _capitalSentences.Contains(s.Index);
                    Sentence(s.FirstToken, s.EndToken);
                }
            }
            OwnedNamedFleets();
            // Once before bare roles take the sentence's country (a listed party of another country would lend its own),
            // once after (an unlisted party gets its country only there).
            SideBeforeParty();
            ResolvePending();
            PlaceSharedAbroadBodies();
            ResolveBareRoles();
            ResolveAppositions();
            ResolveFormerAppositions();
            OfficeBeforeRankedHolder();
            ResolveReferences();
            ResolveOwned();
            // An apposed holder of an owned office ("its general manager, Juan Lorenzo Holmann,") copies the code the office
            // has only now.
            ResolveReferences();
            PlaceUnplacedMemories();
            ResolveLoyalTo();
            ResolveAffiliatedRoles();
            MergeOwningCountries();
            MergeBodyBeforeTitledPerson();
            RepresentativesOfNamedBodies();
            CrowdsOfNamedGroups(); // session 67 (realnews67)
            // Session 52 (blind70): a platform named as the channel of a post is no actor, nor the antecedent of a pronoun.
            // After the passes that keep indices into the mentions (appositions, owned offices), before the pronouns.
            DropChannelPlatforms();
            ResolveSubjectPronouns();
            ResolveContinuedQuoteSpeakers();
            ResolveObjectPronouns();
            ResolveSubjectPronounsAfterObjects();
            ResolveFirstPersonInQuotes();
            ResolveSecondPersonInQuotes();
            ResolvePairs();
            ResolvePairPronouns();
            ResolveCountrySides();
            ResolveDividedCountryHalves();
            SideBeforeParty();
            StateMilitias();
            FighterAircraft();
            CounterpartsTakeTheirSector();
            DropInBodyDatelineOutlet();
            HeadlineCountryNamedByDeckCapital(); // session 66 (role66)
        }

        /// <summary>
        /// "South Korea's main opposition Democratic Party", "Kenya's ruling party UDA": when the side word was read as a role
        /// of its own ("main opposition" OPP) right before a party's name, the side belongs to the party, which the parse makes
        /// the head and the actor: the party takes the side the text gives it (country + OPP or GOVPTY) over the code its name
        /// alone has (a shared or unlisted name is PTY; a dated period yields to the text, which is of the article's day).
        /// </summary>
        private void SideBeforeParty()
        {
            for (int i = 0; i + 1 < _out.Count; i++)
            {
                var a = _out[i];
                var b = _out[i + 1];
                if (a.Code is not { } ac || b.Code is not { } bc || a.IsModifier || b.IsModifier) continue;
                int last = a.Tokens.EndToken - 1;
                if (b.Tokens.FirstToken != a.Tokens.EndToken || last < a.Tokens.FirstToken) continue;
                bool opposition = Is(last, "opposition") && ac.EndsWith("OPP", StringComparison.Ordinal);
                bool ruling = Is(last, "ruling") || Is(last, "governing");
                if (!opposition && !ruling) continue;
                if (!(bc.EndsWith("PTY", StringComparison.Ordinal) || bc.EndsWith("OPP", StringComparison.Ordinal))) continue;
                if (!_roles.Exists(r => r.Mention == i + 1 && r.Lemma == "party") && !b.Rule.Contains("party", StringComparison.OrdinalIgnoreCase)) continue;
                if (b.Country is not { } iso || _lex.CountryByIso3(iso) is not { } c) continue;
                // "Malawi's main opposition Democratic Progressive Party": a name the lexicon lists for another country
                // (Taiwan's DPP) is the party of the country that owns the side by its own possessive or adjective.
                if (a.Country is { } aiso && aiso != iso)
                {
                    if (!(a.Rule.StartsWith("country-possessive+role", StringComparison.Ordinal) || a.Rule.StartsWith("country-adjective+role", StringComparison.Ordinal))
                        || _lex.CountryByIso3(aiso) is not { } owner) continue;
                    c = owner;
                }
                string code = c.Cameo + (opposition ? "OPP" : "GOVPTY");
                if (code == bc) continue;
                _out[i + 1] = b with { Code = code, Country = c.Iso3, Rule = $"{b.Rule}; '{Tok(last)}' before it gives its side → {code}" };
            }
        }

        /// <summary>Words that make "fighters" warplanes, not armed men: what air forces do with their jets and where
        /// (scrambling, intercepting, escorting, airspace, squadrons, sorties, air bases).</summary>
        private static readonly FrozenSet<string> FighterJetCues = Set("scrambled", "scramble", "scrambles", "scrambling",
            "intercepted", "intercept", "intercepts", "intercepting", "escorted", "escorting", "airspace", "squadron", "squadrons",
            "sortie", "sorties", "airbase", "airbases");

        /// <summary>
        /// "Polish fighters scrambled as Russian drones neared", "Dutch F-35 fighters intercepted two bombers": a state's
        /// "fighters" (a country's name or adjective before it, else none) are fighter jets of its air force (MIL), not armed
        /// men (the role row's REB), when a model designator names them or the sentence tells what air forces do with jets
        /// (<see cref="FighterJetCues"/>, "air force", "air base"). Ethnic and foreign fighters ("Kurdish fighters", "Tunisian
        /// fighters joined the group") have no such word and stay REB.
        /// </summary>
        private void FighterAircraft()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Code is not { } code || !code.EndsWith("REB", StringComparison.Ordinal)) continue;
                string owner = code[..^3];
                // only fighters the phrase gives a state ("Polish", "Poland's") or none: "Houthi fighters", "RSF fighters" are
                // the group's men, and "Kurdish fighters" given the article's country by context are no state's jets
                if (owner.Length > 0 && (m.Country is not { } iso || _lex.CountryByIso3(iso)?.Cameo != owner
                    || !m.Rule.StartsWith("country-", StringComparison.Ordinal))) continue;
                int last = m.Tokens.EndToken - 1;
                if (!Is(last, "fighters") && !Is(last, "fighter")) continue;
                bool jets = last - 1 >= m.Tokens.FirstToken && IsModelDesignator(Tok(last - 1));
                if (!jets)
                {
                    int first = 0, end = _doc.TokenCount;
                    if (_doc.SentenceCount > 0) { var s = _doc.Sentence(_doc.SentenceOf(last)); first = s.FirstToken; end = s.EndToken; }
                    for (int k = first; k < end && !jets; k++)
                        jets = FighterJetCues.Contains(Tok(k).ToString())
                            || (Is(k, "air") && k + 1 < end && (Is(k + 1, "force") || Is(k + 1, "base") || Is(k + 1, "bases")));
                }
                if (!jets) continue;
                string mil = owner + "MIL";
                _out[i] = m with { Code = mil, Rule = $"{m.Rule}; fighters that scramble, intercept or bear a model are jets → {mil}" };
            }
        }

        /// <summary>
        /// "Venezuela's militia", "the country's militia": one militia a state owns by the possessive is a force of that state
        /// (MIL), as the Bolivarian Militia is; militias named by an adjective or in the plural ("an Iraqi militia", "Libya's
        /// militias") are armed groups (REB), as the role row says.
        /// </summary>
        private void StateMilitias()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Code is not { } code || !code.EndsWith("REB", StringComparison.Ordinal) || m.Tokens.Length < 3) continue;
                int last = m.Tokens.EndToken - 1;
                if (!Tok(last).Equals("militia", StringComparison.OrdinalIgnoreCase) || !IsPossessive(last - 1)) continue;
                // the owner right before the possessive is a country ("Venezuela's") or "the country's"
                int owner = last - 2;
                bool stateOwner = m.Rule.StartsWith("country-possessive", StringComparison.Ordinal)
                    || (m.Rule.StartsWith("memory: the", StringComparison.Ordinal) && (Is(owner, "country") || Is(owner, "nation") || Is(owner, "state")));
                if (!stateOwner) continue;
                string mil = code[..^3] + "MIL";
                _out[i] = m with { Code = mil, Rule = $"{m.Rule}; a militia the state owns is its force → {mil}" };
            }
        }

        /// <summary>
        /// "UNITED NATIONS (AP) — The Security Council condemned …": text handed over as a body, without the article reader
        /// that takes the dateline off, still opens with it; the outlet in its parentheses reports the story and is no actor
        /// of the sentence it opens (else it joins the sentence's subject).
        /// </summary>
        private void DropInBodyDatelineOutlet()
        {
            if (_doc.Article.Dateline is not null || _out.Count == 0) return;
            foreach (var sec in _doc.Sections)
            {
                if (sec.Kind != SectionKind.Body) continue;
                var text = _doc.Text.Substring(sec.Start, Math.Min(sec.End - sec.Start, Reading.DatelineParser.MaxLength + 40));
                if (!Reading.DatelineParser.TryParse(text, out var dl, out int bodyStart) || dl.Outlet is null) return;
                int open = text.LastIndexOf('(', Math.Max(0, bodyStart - 1));
                if (open < 0) return;
                int lo = sec.Start + open, hi = sec.Start + bodyStart;
                _out.RemoveAll(m => _doc.Token(m.Tokens.FirstToken).Start >= lo && _doc.Token(m.Tokens.EndToken - 1).End <= hi);
                return;
            }
        }

        /// <summary>
        /// "Pakistan's defence minister Khawaja Asif spoke in parliament. He accused India of …", "The foreign ministry
        /// summoned the envoy. It said …": a personal pronoun that is the subject of its sentence's main verb stands for
        /// the subject actor of the sentence before (else that sentence's only fitting actor): "he"/"she" for a person
        /// (a name or a singular title), "it" for a country, organisation or institution, "they" for a plural role. It
        /// becomes a mention on the pronoun. Needs the parse; a pronoun inside a clause is left to the coder, which
        /// reads it from its governing verb's subject. Each resolved pronoun is in the output before the next sentence
        /// is read, so "He said … He urged … He also met …" keeps the person named once at the top.
        /// </summary>
        private void ResolveSubjectPronouns(bool unresolvedOnly = false)
        {
            if (_out.Count == 0 || _doc.SentenceCount < 2) return;
            for (int si = 1; si < _doc.SentenceCount; si++)
            {
                var span = _doc.Sentence(si);
                if (span.Section == SectionKind.Headline) continue;
                // The main subject's pronoun, once tried: resolved, or with no antecedent that a second try would not find either.
                int tried = -1;
                if (MainSubjectPronoun(span.FirstToken, span.EndToken) is { } t && !InQuote(t, span.FirstToken))
                {
                    tried = t;
                    AddPronoun(t, si, Tok(t).ToString().ToLowerInvariant());
                }
                // "“We will not back down,” she said.": a person pronoun that says a quote at the end of its sentence is the
                // speaker named before, as one that opens the sentence is.
                if (TrailingSpeakerPronoun(span.FirstToken, span.EndToken) is { } sp && sp != tried)
                    AddPronoun(sp, si, Tok(sp).ToString().ToLowerInvariant());
            }
            void AddPronoun(int t, int si, string w)
            {
                if (unresolvedOnly && HasMentionOn(t)) return;
                // "Kenya's president and Tanzania's president met in Arusha. They agreed to ...": a "they" after a sentence whose
                // subject is two coordinated sides is both of them, as "the two" is (two mentions on its token).
                if (w == "they" && CoordinatedSubjectPairBefore(si) is ({ } first, { } second))
                {
                    string rule = $"pronoun: {Tok(t)} → {first.Code} and {second.Code} ('{first.Tokens.TextIn(_doc)}' and '{second.Tokens.TextIn(_doc)}', the coordinated subject of the sentence before)";
                    InsertInTextOrder([
                        new ActorMention { Tokens = new TokenRange(t, t + 1), Code = first.Code, Name = first.Name, Country = first.Country, Rule = rule },
                        new ActorMention { Tokens = new TokenRange(t, t + 1), Code = second.Code, Name = second.Name, Country = second.Country, Rule = rule },
                    ]);
                    return;
                }
                if (PronounAntecedentBefore(si, w) is not ({ } ante, var back)) return;
                if (!unresolvedOnly && DefersToObjectPronoun(ante, si - back, w)) return;
                InsertInTextOrder([new ActorMention
                {
                    Tokens = new TokenRange(t, t + 1), Code = ante.Code, Name = ante.Name, Country = ante.Country,
                    Rule = back == 1
                        ? $"pronoun: {Tok(t)} → {ante.Name ?? ante.Code} → {ante.Code} ('{ante.Tokens.TextIn(_doc)}' in the sentence before)"
                        : $"pronoun: {Tok(t)} → {ante.Name ?? ante.Code} → {ante.Code} ('{ante.Tokens.TextIn(_doc)}' {back} sentences before, none naming another that fits since)",
                }]);
            }
        }

        /// <summary>
        /// The two sides that are the coordinated subject of the main verb of the sentence right before <paramref name="si"/>
        /// (in its section): "Kenya and Tanzania signed …", "Kenya's president and Tanzania's president met …", or a "they"
        /// already resolved to such a pair there ("They agreed … They also …"). Only two sides, each a country, body or
        /// person that "they" cannot stand for alone (a plural crowd such as "protesters" may be a "they" of its own,
        /// and a third conjunct makes the pair no pair); (null, null) otherwise.
        /// </summary>
        private (ActorMention? First, ActorMention? Second) CoordinatedSubjectPairBefore(int si)
        {
            if (si < 1) return (null, null);
            var span = _doc.Sentence(si - 1);
            if (span.Section != _doc.Sentence(si).Section) return (null, null);
            for (int i = FirstMentionFrom(span.FirstToken); i < _out.Count && _out[i].Tokens.FirstToken < span.EndToken; i++)
            {
                var m = _out[i];
                if (m.Code is null || m.IsModifier || !IsMainSubject(m)) continue;
                // a "they" resolved to a pair: the two mentions on its token
                if (i + 1 < _out.Count && _out[i + 1].Tokens.Equals(m.Tokens) && IsPronounMention(m) && IsPronounMention(_out[i + 1])
                    && ResolvedPronounForm(m) == "they" && _out[i + 1].Code is not null)
                    return (m, _out[i + 1]);
                if (FitsPronoun(m, "they")) return (null, null);
                ActorMention? other = null;
                int conjuncts = 0;
                for (int j = i + 1; j < _out.Count && _out[j].Tokens.FirstToken < span.EndToken; j++)
                {
                    var o = _out[j];
                    if (o.Code is null || o.IsModifier) continue;
                    bool conj = false;
                    for (int k = o.Tokens.FirstToken; k < o.Tokens.EndToken; k++)
                        if (_doc.Token(k).Relation == "conj" && _doc.Token(k).Head is var h && (m.Tokens.Contains(h) || (other is not null && other.Tokens.Contains(h))))
                            conj = true;
                    // "X's minister and Y's president met": the parser may hang the second conjunct as a second subject of the
                    // verb; a verb has one subject, so it is coordinated with the first (as the coder reads it).
                    if (!conj && !IsMainSubject(o)) continue;
                    conjuncts++;
                    other = o;
                }
                if (conjuncts != 1 || other is null || SameActor(m, other) || FitsPronoun(other, "they")) return (null, null);
                return (m, other);
            }
            return (null, null);
        }

        /// <summary>True when a token of <paramref name="m"/> is the subject of its sentence's root verb.</summary>
        private bool IsMainSubject(ActorMention m)
        {
            for (int k = m.Tokens.FirstToken; k < m.Tokens.EndToken; k++)
            {
                var tok = _doc.Token(k);
                if (tok.Relation is "nsubj" or "nsubj:pass" && tok.Head >= 0 && _doc.Token(tok.Head).Relation == "root" && _doc.Token(tok.Head).Upos == Upos.VERB)
                    return true;
            }
            return false;
        }

        /// <summary>The token of "he", "she", "it" or "they" that is the subject of the root verb of [first, end) (wherever
        /// it stands: "Speaking to the elders, he said …"), or null.</summary>
        private int? MainSubjectPronoun(int first, int end)
        {
            for (int t = first; t < end; t++)
            {
                var tok = _doc.Token(t);
                if (tok.Relation is not ("nsubj" or "nsubj:pass")) continue;
                int head = tok.Head;
                if (head < 0 || _doc.Token(head).Relation != "root") continue;
                if (_doc.Token(head).Upos != Upos.VERB) return null;
                return Is(t, "he") || Is(t, "she") || Is(t, "it") || Is(t, "they") ? t : null;
            }
            return null;
        }

        /// <summary>
        /// "The president met the opposition leader on Monday. He urged him to join the talks.": "him", "her" or "them" as
        /// the object of its sentence's main verb stands for an actor of the sentence before (as far back as
        /// <see cref="PronounAntecedentBefore"/> looks) that fits it and is not the clause's own subject (a pronoun object
        /// never co-refers with its subject): the last such actor there. Without it the event has an object but no
        /// actor and is dropped (decision 006). A subjectless purpose clause is its main verb's ("Police fired tear gas to
        /// disperse them"). Left alone: an object pronoun whose own sentence names a fitting actor other than the clause's
        /// subject before it ("X met Y and thanked him": the coder reads those), except a "them" in a second main clause
        /// (<see cref="OwnSentenceCrowd"/>), one inside a quote, and any without a fitting actor.
        /// </summary>
        private void ResolveObjectPronouns()
        {
            if (_out.Count == 0) return;
            var added = new List<ActorMention>();
            for (int si = 0; si < _doc.SentenceCount; si++)
            {
                var span = _doc.Sentence(si);
                if (span.Section == SectionKind.Headline) continue;
                for (int t = span.FirstToken; t < span.EndToken; t++)
                {
                    var tok = _doc.Token(t);
                    if (tok.Relation is not ("obj" or "iobj")) continue;
                    var w = tok.Span;
                    if (!(w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                        || w.Equals("them", StringComparison.OrdinalIgnoreCase))) continue;
                    int head = tok.Head;
                    if (head < 0 || _doc.Token(head).Upos != Upos.VERB) continue;
                    // "fired tear gas to disperse them": a purpose or manner clause with no subject of its own is its
                    // governing verb's, and the pronoun is that clause's object.
                    int verb = PredicateOfSubjectless(head);
                    // the main verb, or a verb coordinated with it that shares its subject ("fired tear gas and arrested them")
                    int clause = _doc.Token(verb).Relation == "conj" && _doc.Token(verb).Head is >= 0 and var h0 && _doc.Token(h0).Relation == "root"
                        && !HasSubject(verb) ? h0 : verb;
                    // "Supporters marched, and police fired tear gas to disperse them": a main clause coordinated with the
                    // root that has its own subject is a main clause too.
                    bool coordinatedMain = _doc.Token(clause).Relation == "conj" && _doc.Token(clause).Head is >= 0 and var h1
                        && _doc.Token(h1).Relation == "root" && HasSubject(clause);
                    // Session 64 (coerce64): "Students marched on the ministry before police dispersed them", "Residents poured
                    // into the streets while police used water cannon to disperse them": a time clause on the main verb with a
                    // subject of its own tells a second act of the same scene, and its "them" is the crowd of the main clause,
                    // read as in a coordinated main clause (OwnSentenceCrowd: one plural actor not of the subject's side).
                    // The main clause's own plural subject is then the crowd ("relatives of the detained journalists staged a
                    // protest before police dispersed them": the relatives, not the journalists named inside their phrase).
                    ActorMention? mainCrowd = null;
                    if (!coordinatedMain && _doc.Token(clause).Relation == "advcl" && _doc.Token(clause).Head is >= 0 and var h2
                        && _doc.Token(h2).Relation == "root" && HasSubject(clause) && TimeClauseMark(clause))
                    {
                        coordinatedMain = true;
                        var clauseSubject = SubjectMentionOf(clause, span.FirstToken, span.EndToken);
                        if (SubjectMentionOf(h2, span.FirstToken, span.EndToken) is { } ms && !ms.IsModifier && !IsPronounMention(ms)
                            && FitsPronoun(ms, "they") && (clauseSubject is null || ms.Code != clauseSubject.Code)) mainCrowd = ms;
                    }
                    if (!(_doc.Token(clause).Relation == "root" || coordinatedMain) || _doc.Token(clause).Upos != Upos.VERB) continue;
                    if (InQuote(t, span.FirstToken)) continue;
                    string form = SubjectForm(w)!;
                    var subject = SubjectMentionOf(clause, span.FirstToken, span.EndToken);
                    // A fitting actor earlier in the pronoun's own sentence is a nearer antecedent than any before it; not the
                    // clause's own subject ("Police fired tear gas to disperse them": "them" is not the police).
                    bool nearer = false;
                    for (int i = FirstMentionFrom(span.FirstToken); i < _out.Count && _out[i].Tokens.FirstToken < t; i++)
                        if (_out[i].Code is not null && !_out[i].IsModifier && !IsPronounMention(_out[i]) && FitsPronoun(_out[i], form)
                            && !(subject is not null && SameActor(_out[i], subject))) { nearer = true; break; }
                    if (nearer)
                    {
                        if (form == "they" && coordinatedMain && (mainCrowd ?? OwnSentenceCrowd(span.FirstToken, t, subject)) is { } own)
                            added.Add(new ActorMention
                            {
                                Tokens = new TokenRange(t, t + 1), Code = own.Code, Name = own.Name, Country = own.Country,
                                Rule = $"object pronoun: {Tok(t)} → {own.Code} ('{own.Tokens.TextIn(_doc)}' in the clause before, not the clause's subject)",
                            });
                        continue;
                    }
                    if (ObjectAntecedentBefore(si, form, subject) is not ({ } ante, var back)) continue;
                    added.Add(new ActorMention
                    {
                        Tokens = new TokenRange(t, t + 1), Code = ante.Code, Name = ante.Name, Country = ante.Country,
                        Rule = $"object pronoun: {Tok(t)} → {ante.Code} ('{ante.Tokens.TextIn(_doc)}' {(back == 1 ? "in the sentence before" : $"{back} sentences before")}, not the clause's subject)",
                    });
                }
            }
            InsertInTextOrder(added);
        }

        /// <summary>The verb whose subject <paramref name="verb"/> shares: up through open clauses and adverbial clauses with no
        /// subject of their own ("fired tear gas to disperse them", "tried to stop them"), at most three steps.</summary>
        private int PredicateOfSubjectless(int verb)
        {
            for (int step = 0; step < 3; step++)
            {
                var tok = _doc.Token(verb);
                if (tok.Relation is not ("xcomp" or "advcl") || tok.Head < 0 || _doc.Token(tok.Head).Upos != Upos.VERB || HasSubject(verb)) break;
                verb = tok.Head;
            }
            return verb;
        }

        /// <summary>"Hundreds of supporters marched, and police fired tear gas to disperse them": the plural actor a "them" in a
        /// second main clause stands for, the last one before it in the sentence that is not that clause's
        /// <paramref name="subject"/>'s side (a side does not disperse itself); null when none or when two different ones
        /// could be meant.</summary>
        private ActorMention? OwnSentenceCrowd(int first, int pronoun, ActorMention? subject)
        {
            ActorMention? last = null;
            for (int i = FirstMentionFrom(first); i < _out.Count && _out[i].Tokens.FirstToken < pronoun; i++)
            {
                var m = _out[i];
                if (m.Code is null || m.IsModifier || IsPronounMention(m) || !FitsPronoun(m, "they")) continue;
                if (subject is not null && (m.Tokens.FirstToken >= subject.Tokens.FirstToken || m.Code == subject.Code)) continue;
                if (last is not null && !SameActor(last, m)) return null;
                last = m;
            }
            return last;
        }

        /// <summary>Adds mentions found after the main pass to the output in text order (after any mention that starts on
        /// the same token: the order of mentions on the same tokens is kept).</summary>
        private void InsertInTextOrder(List<ActorMention> added)
        {
            foreach (var m in added)
            {
                int at = _out.Count;
                while (at > 0 && _out[at - 1].Tokens.FirstToken > m.Tokens.FirstToken) at--;
                _out.Insert(at, m);
            }
        }

        /// <summary>True when <paramref name="verb"/>'s clause opens with a subordinator of time ("before", "after", "while",
        /// "when", "as", "until"): a later or simultaneous act of the same scene, not a condition or a reason.</summary>
        private bool TimeClauseMark(int verb)
        {
            var span = _doc.Sentence(_doc.SentenceOf(verb));
            for (int k = span.FirstToken; k < verb; k++)
                if (_doc.Token(k).Head == verb && _doc.Token(k).Relation == "mark")
                    return Is(k, "before") || Is(k, "after") || Is(k, "while") || Is(k, "when") || Is(k, "as") || Is(k, "until");
            return false;
        }

        /// <summary>True when some word depends on <paramref name="verb"/> as its subject.</summary>
        private bool HasSubject(int verb)
        {
            var span = _doc.Sentence(_doc.SentenceOf(verb));
            for (int k = span.FirstToken; k < span.EndToken; k++)
                if (_doc.Token(k).Head == verb && _doc.Token(k).Relation is "nsubj" or "nsubj:pass") return true;
            return false;
        }

        private static bool IsPronounMention(ActorMention m) => m.Rule.StartsWith("pronoun:", StringComparison.Ordinal);

        /// <summary>The subject form ("he", "she", "it", "they") of a pronoun mention resolved to an actor before, or null
        /// for any other mention.</summary>
        private string? ResolvedPronounForm(ActorMention m)
        {
            if (!(IsPronounMention(m) || m.Rule.StartsWith("object pronoun:", StringComparison.Ordinal))) return null;
            return SubjectForm(Tok(m.Tokens.FirstToken)) ?? "they";
        }

        /// <summary>The subject form of a personal pronoun, <paramref name="w"/> in any case: "he" for "he"/"him", "she" for
        /// "she"/"her", "it", "they" for "they"/"them"; null for any other word.</summary>
        private static string? SubjectForm(ReadOnlySpan<char> w) =>
            w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("him", StringComparison.OrdinalIgnoreCase) ? "he"
            : w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase) ? "she"
            : w.Equals("it", StringComparison.OrdinalIgnoreCase) ? "it"
            : w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("them", StringComparison.OrdinalIgnoreCase) ? "they"
            : null;

        /// <summary>The actor mention on the subject of <paramref name="verb"/> in [first, end), or null.</summary>
        private ActorMention? SubjectMentionOf(int verb, int first, int end)
        {
            for (int i = FirstMentionFrom(first); i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Tokens.FirstToken >= end) break;
                if (m.Code is null) continue;
                for (int k = m.Tokens.FirstToken; k < m.Tokens.EndToken; k++)
                    if (_doc.Token(k).Head == verb && _doc.Token(k).Relation is "nsubj" or "nsubj:pass") return m;
            }
            return null;
        }

        /// <summary>The antecedent of an object pronoun: in the nearest of up to three sentences before (as
        /// <see cref="AntecedentBefore"/> walks them), the last actor that fits and is not <paramref name="subject"/>'s.</summary>
        private (ActorMention? Antecedent, int Back) ObjectAntecedentBefore(int si, string pronoun, ActorMention? subject) =>
            AntecedentBefore(si, sentence =>
            {
                var before = _doc.Sentence(sentence);
                ActorMention? last = null;
                for (int i = FirstMentionFrom(before.FirstToken); i < _out.Count; i++)
                {
                    var m = _out[i];
                    if (m.Tokens.FirstToken >= before.EndToken) break;
                    if (m.Code is null || m.IsModifier || !FitsPronoun(m, pronoun)) continue;
                    if (subject is not null && m.Code == subject.Code && m.Name == subject.Name) continue;
                    last = m;
                }
                return last;
            });

        /// <summary>True when an opening quotation mark before <paramref name="t"/> in its sentence is not closed.</summary>
        private bool InQuote(int t, int first)
        {
            bool open = false;
            for (int k = first; k < t; k++)
            {
                var s = Tok(k);
                if (s is "\"" or "“" or "”") open = s is "“" || (s is "\"" && !open);
            }
            return open;
        }

        /// <summary>
        /// The antecedent of a subject pronoun of sentence <paramref name="si"/> and how many sentences back it is: the
        /// sentence before, or, when that sentence and up to one more before it name no actor at all (a quote, a figure),
        /// the sentence before them in the same section: "Minister X met the envoy. “We want peace.” He also accused …".
        /// A "he" or "she" also walks past sentences that name actors but no person ("General X opened a road. The
        /// elders thanked the army. He urged them …"): a country or a crowd cannot be "he".
        /// </summary>
        private (ActorMention? Antecedent, int Back) PronounAntecedentBefore(int si, string pronoun) =>
            AntecedentBefore(si, sentence => PronounAntecedent(sentence, pronoun),
                pronoun is "he" or "she" ? SentenceNamesPerson : null);

        /// <summary>The first antecedent <paramref name="inSentence"/> finds in the sentences before <paramref name="si"/>, and
        /// how many back: the sentence before, or, past up to two that name no actor at all, the one before them, all in
        /// the same section; the walk stops at the first sentence that names an actor (or, with
        /// <paramref name="blocks"/>, at the first sentence it is true of).</summary>
        private (ActorMention? Antecedent, int Back) AntecedentBefore(int si, Func<int, ActorMention?> inSentence, Func<int, bool>? blocks = null)
        {
            var section = _doc.Sentence(si).Section;
            for (int back = 1; back <= 3 && si - back >= 0; back++)
            {
                var before = _doc.Sentence(si - back);
                if (before.Section != section) break;
                if (inSentence(si - back) is { } ante) return (ante, back);
                if (blocks is null ? HasActor(before.FirstToken, before.EndToken) : blocks(si - back)) break;
            }
            return (null, 0);
        }

        /// <summary>True when sentence <paramref name="sentence"/> may name a person a "he"/"she" after it could stand for: a
        /// mention of a person (coded or not; a resolved "he" too), or a proper-noun subject no coded mention covers (a name
        /// the lexicon does not know).</summary>
        private bool SentenceNamesPerson(int sentence)
        {
            var span = _doc.Sentence(sentence);
            for (int i = FirstMentionFrom(span.FirstToken); i < _out.Count && _out[i].Tokens.FirstToken < span.EndToken; i++)
                // either pronoun: a sentence about "him" stands between a "she" and the woman named before it
                if (!_out[i].IsModifier && FitsPerson(_out[i])) return true;
            for (int t = span.FirstToken; t < span.EndToken; t++)
            {
                var tok = _doc.Token(t);
                if (tok.Relation is not ("nsubj" or "nsubj:pass") || tok.Xpos is not "NNP") continue;
                int i = FirstMentionFrom(t + 1) - 1;
                bool covered = false;
                for (; i >= 0 && _out[i].Tokens.EndToken > t - 8; i--)
                    if (_out[i].Tokens.Contains(t) && _out[i].Code is not null) { covered = true; break; }
                if (!covered) return true;
            }
            return false;
        }

        /// <summary>True when a coded actor mention starts in [<paramref name="first"/>, <paramref name="end"/>).</summary>
        private bool HasActor(int first, int end)
        {
            for (int i = FirstMentionFrom(first); i < _out.Count; i++)
            {
                int f = _out[i].Tokens.FirstToken;
                if (f >= end) break;
                if (f >= first && _out[i].Code is not null) return true;
            }
            return false;
        }

        /// <summary>"…,” she said.", "…," he told reporters": the token of a "he"/"she" that is the subject of the sentence's
        /// root verb right after a closing quotation mark (and a comma), or null.</summary>
        private int? TrailingSpeakerPronoun(int first, int end)
        {
            for (int t = first + 2; t < end; t++)
            {
                var s = Tok(t);
                if (!(s.Equals("he", StringComparison.OrdinalIgnoreCase) || s.Equals("she", StringComparison.OrdinalIgnoreCase))) continue;
                var tok = _doc.Token(t);
                if (tok.Relation is not "nsubj" || tok.Head < 0 || _doc.Token(tok.Head).Relation != "root" || _doc.Token(tok.Head).Upos != Upos.VERB) continue;
                var q = Tok(t - 1);
                var q2 = Tok(t - 2);
                if (q is "”" or "\"" && (q2 is "," or "." or "?" or "!") || (q is "," && q2 is "”" or "\"")) return t;
            }
            return null;
        }

        /// <summary>The actor a subject pronoun of the next sentence stands for: the subject of sentence
        /// <paramref name="sentence"/> when it fits the pronoun, else the one actor there that fits; null when none, and
        /// null when the reader cannot tell which is meant: two different fitting actors and neither the subject ("X met
        /// Y. He said …"), or a subject of two coordinated fitting actors ("X and Y met. He said …"). Mentions of one
        /// actor ("Demirel … the minister") are one candidate.</summary>
        private ActorMention? PronounAntecedent(int sentence, string pronoun)
        {
            var span = _doc.Sentence(sentence);
            ActorMention? subject = null, last = null;
            bool several = false;
            for (int i = FirstMentionFrom(span.FirstToken); i < _out.Count; i++)
            {
                var m = _out[i];
                int f = m.Tokens.FirstToken;
                if (f < span.FirstToken) continue;
                if (f >= span.EndToken) break;
                if (m.Code is null || m.IsModifier || !FitsPronoun(m, pronoun)) continue;
                if (last is not null && !SameActor(last, m)) several = true;
                last = m;
                if (subject is null)
                    for (int k = f; k < m.Tokens.EndToken; k++)
                        if (_doc.Token(k).Relation is "nsubj" or "nsubj:pass") { subject = m; break; }
            }
            if (subject is not null) return CoordinatedWithOther(subject, span.EndToken, pronoun) ? null : subject;
            return several ? null : last;
        }

        /// <summary>True when two mentions name one actor: the same code and name ("Yasar Demirel" and "the minister" that
        /// memory ties to him).</summary>
        private static bool SameActor(ActorMention a, ActorMention b) => a.Code == b.Code && a.Name == b.Name;

        /// <summary>True when a different actor that fits <paramref name="pronoun"/> is coordinated with
        /// <paramref name="subject"/> ("Kenyan President X and Ugandan President Y met …": "he" after it is either).</summary>
        private bool CoordinatedWithOther(ActorMention subject, int end, string pronoun)
        {
            for (int i = FirstMentionFrom(subject.Tokens.EndToken); i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Tokens.FirstToken >= end) break;
                if (m.Code is null || m.IsModifier || SameActor(m, subject) || !FitsPronoun(m, pronoun)) continue;
                for (int k = m.Tokens.FirstToken; k < m.Tokens.EndToken; k++)
                    if (_doc.Token(k).Relation == "conj" && subject.Tokens.Contains(_doc.Token(k).Head)) return true;
            }
            return false;
        }

        private bool FitsPronoun(ActorMention m, string pronoun)
        {
            // A resolved pronoun fits the same pronoun again ("He said … He urged …", "… thanked him. He said …"); "she"
            // never takes a "he".
            if (ResolvedPronounForm(m) is { } form) return form == pronoun;
            int lastTok = m.Tokens.EndToken - 1;
            bool plural = _doc.Token(lastTok).Xpos is "NNS" or "NNPS";
            bool person = NamesPerson(m, plural) || (MemoryReferent(m) is { } named && NamesPerson(named, false));
            return pronoun switch
            {
                "he" or "she" => person && !plural,
                "it" => !person && !plural && !m.Rule.StartsWith("pair:", StringComparison.Ordinal),
                _ => plural && !person,
            };
        }

        /// <summary>FitsPronoun(m, "he") || FitsPronoun(m, "she") in one pass: apart from a resolved pronoun, the two differ
        /// in nothing.</summary>
        private bool FitsPerson(ActorMention m) => ResolvedPronounForm(m) is { } f ? f is "he" or "she" : FitsPronoun(m, "he");

        /// <summary>True when a mention names a person: by name, or by a title ("the minister"), or by a proper name
        /// apposed to a role ("the Deputy Speaker, Rachel Okafor,").</summary>
        private bool NamesPerson(ActorMention m, bool plural) =>
            m.Rule.StartsWith("person", StringComparison.Ordinal) || m.Rule.Contains("title", StringComparison.Ordinal)
            || (!plural && MatchRoleIn(m) is { IsTitle: true })
            || (m.Rule.StartsWith("apposition:", StringComparison.Ordinal) && m.Tokens.Length >= 2 && AllProperNouns(m.Tokens));

        private bool AllProperNouns(TokenRange r)
        {
            for (int k = r.FirstToken; k < r.EndToken; k++)
                if (_doc.Token(k).Xpos is not "NNP") return false;
            return true;
        }

        /// <summary>"Mahmoud" after "Kurdish official Nouri Mahmoud": the earlier mention a surname memory mention repeats
        /// (the last one before it with its code and name that is no memory mention itself), or null for any other mention.
        /// Lets "Mahmoud says … He added …" see the person.</summary>
        private ActorMention? MemoryReferent(ActorMention m)
        {
            if (!m.Rule.StartsWith("memory: ", StringComparison.Ordinal) || m.Rule.StartsWith("memory: the", StringComparison.Ordinal)) return null;
            for (int i = FirstMentionFrom(m.Tokens.FirstToken) - 1; i >= 0; i--)
            {
                var e = _out[i];
                if (e.Code == m.Code && e.Name == m.Name && !e.Rule.StartsWith("memory", StringComparison.Ordinal)) return e;
            }
            return null;
        }

        /// <summary>The last role word inside a mention, or null.</summary>
        private RoleEntry? MatchRoleIn(ActorMention e)
        {
            RoleEntry? found = null;
            for (int t = e.Tokens.FirstToken; t < e.Tokens.EndToken; t++)
                if (MatchRole(t, e.Tokens.EndToken) is { Role: { } r, Len: var len }) { found = r; t += len - 1; }
            return found;
        }

        /// <summary>Currency words a country name or adjective can qualify.</summary>
        private static readonly FrozenSet<string> CurrencyWords = Set("dollar", "dollars", "pound", "pounds", "yuan", "renminbi",
            "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "yen", "peso", "pesos", "franc", "francs", "shilling",
            "shillings", "dinar", "dinars", "riyal", "riyals", "rial", "rials", "lira", "krona", "kronor", "krone", "kroner",
            "rand", "naira", "cedi", "cedis", "reais", "hryvnia", "hryvnias", "lari", "tenge", "dirham", "dirhams");

        /// <summary>A weapon model's designator: a capital letter, then letters, digits and hyphens with at least one digit
        /// ("F-16", "Su-35", "MQ-9", "TB2", "S-400").</summary>
        private static bool IsModelDesignator(ReadOnlySpan<char> w)
        {
            if (w.Length < 2 || w.Length > 8 || !char.IsUpper(w[0])) return false;
            bool digit = false;
            foreach (char ch in w)
            {
                if (char.IsDigit(ch)) digit = true;
                else if (!char.IsLetter(ch) && ch != '-') return false;
            }
            return digit;
        }

        /// <summary>Plural nouns that "the two"/"both" make a pair of the sides just named, and the role each side takes
        /// ("" = the country itself, null = the side's own code).</summary>
        private static readonly Dictionary<string, string?> PairNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            ["countries"] = "", ["nations"] = "", ["states"] = "", ["neighbours"] = "", ["neighbors"] = "",
            ["governments"] = "GOV", ["leaders"] = "GOV", ["presidents"] = "GOV", ["ministers"] = "GOV", ["delegations"] = "GOV",
            ["capitals"] = "GOV", ["armies"] = "MIL", ["militaries"] = "MIL", ["sides"] = null, ["rivals"] = null, ["allies"] = null,
            // "Xi met Putin in Moscow, and the two men signed ...": people are the sides as named, each with his own code;
            // only people named before count (see PeoplePairNouns).
            ["men"] = null, ["women"] = null,
        };

        /// <summary>Pair nouns that name people: "the two men" is the last two people named ("Xi ... Putin"), never a country
        /// or a body ("police ... the two men fled" is not the police and another side).</summary>
        private static readonly FrozenSet<string> PeoplePairNouns = Set("men", "women");

        /// <summary>
        /// "Chile's president and his Argentine counterpart agreed … The two leaders met for three hours": "the two" or
        /// "both" before a plural noun of sides (<see cref="PairNouns"/>, one lower-case modifier allowed: "the two foreign
        /// ministers") stands for the last two sides of different countries named in its sentence or the four before it.
        /// It becomes two mentions on the same tokens, the second right after the first, which the coder reads as
        /// coordinated actors. With fewer than two such sides it is left as it was.
        /// </summary>
        private void ResolvePairs()
        {
            for (int t = 0; t + 1 < _doc.TokenCount; t++)
            {
                bool two = Is(t, "two") && t > 0 && Is(t - 1, "the");
                // "each side accused the other", "each army blamed the other": "each" before a singular noun of sides is the
                // pair too, when "the other" answers it in its sentence (else "each country will send troops" is any number).
                string? eachRole = null;
                bool each = Is(t, "each") && t + 1 < _doc.TokenCount && EachPairNouns.TryGetValue(Tok(t + 1).ToString(), out eachRole)
                    && OtherFollows(t + 2, _doc.SentenceOf(t));
                // "the two discussed the treaty", "the pair agreed to meet": a bare "the two" before its verb, or "the pair"
                // (not "the pair of"), is the two sides as they are, people or bodies alike. One adverb may stand between
                // ("the two later signed", "the two also agreed"): "the two" is then still the verb's subject.
                int bareVerb = IsFiniteVerb(t + 1) ? t + 1 : IsAdverb(t + 1) && IsFiniteVerb(t + 2) ? t + 2 : -1;
                bool bare = (two && bareVerb > 0 && _doc.SentenceOf(bareVerb) == _doc.SentenceOf(t))
                    || (Is(t, "pair") && t > 0 && Is(t - 1, "the") && !Is(t + 1, "of"));
                if (!two && !each && !bare && !Is(t, "both")) continue;
                int sentence = _doc.SentenceOf(t);
                int noun = t + 1;
                if (!each && !bare && noun < _doc.TokenCount && !PairNouns.ContainsKey(Tok(noun).ToString()) && noun + 1 < _doc.TokenCount
                    && char.IsLower(Tok(noun)[0]) && _doc.SentenceOf(noun + 1) == sentence) noun++;
                string? role;
                if (bare) { noun = t; role = null; }
                else if (each) role = eachRole; // (noun is t + 1 after "each")
                else if (noun >= _doc.TokenCount || _doc.SentenceOf(noun) != sentence || !PairNouns.TryGetValue(Tok(noun).ToString(), out role)) continue;
                // The sides: of the countries (or codes, for "sides") named in this sentence before the phrase or in the
                // PairWindow sentences before it, the two the article has named most so far (the latest first on ties). One side alone
                // named before it in its sentence is the one who acts on the pair ("Bolivia urged both neighbours").
                // "Norway and Cuba called on both sides", "urged the two countries": a pair after a verb or preposition is
                // acted on, so the actors of its own sentence are not in it.
                int before = two || bare ? t - 2 : t - 1;
                // "Troops from both sides exchanged fire": the role noun before the pair is its members, not a side acting on it.
                int member = each || bare ? -1 : PairMembersBefore(before, noun, sentence);
                string? membersRole = member >= 0 ? MembersRole(_out[member]) : null;
                if (role == "" && membersRole is not null) role = membersRole;
                // "each side accused the other" is always its clause's subject, whatever stands before it ("hours later").
                bool spoken = before >= 0 && _doc.SentenceOf(before) == sentence && PairSpeechWords.Contains(Tok(before).ToString());
                // "as fighting between the two neighbours spread": after "between" on a noun that opens its clause the pair is
                // the two parties of that noun, the clause's subject, so the sides its own sentence named before it may be the
                // pair. On an object ("agreed to resume flights between the two countries") the subjects act on it, as before.
                bool subjectBetween = before >= 1 && Is(before, "between") && _doc.SentenceOf(before - 1) == sentence
                    && (before - 2 < 0 || _doc.SentenceOf(before - 2) != sentence || Is(before - 2, ",") || PairClauseOpeners.Contains(Tok(before - 2).ToString()));
                bool objectPair = !each && before >= 0 && _doc.SentenceOf(before) == sentence && char.IsLower(Tok(before)[0])
                    && !PairClauseOpeners.Contains(Tok(before).ToString()) && !subjectBetween;
                bool peoplePair = !bare && !each && PeoplePairNouns.Contains(Tok(noun).ToString());
                var seen = new Dictionary<string, (ActorMention M, int Count, int Last)>(StringComparer.Ordinal);
                var actingOnPair = new HashSet<string>(StringComparer.Ordinal);
                var between = new List<(string Key, ActorMention M)>();
                int existing = -1, inSentence = 0;
                string? sameSentenceKey = null;
                // The latest two different sides coordinated in the window ("Russia and Ukraine exchanged prisoners"): the pair
                // the text itself made, which names the two better than how often each was named.
                (string Key, ActorMention M)? previousSide = null;
                ActorMention? pairedFirst = null, pairedSecond = null;
                (string A, string B) pairedKeys = ("", "");
                // The article so far, within PairCountWindow sentences: enough to say which sides it names most.
                int from = sentence > PairCountWindow ? FirstMentionFrom(_doc.Sentence(sentence - PairCountWindow).FirstToken) : 0;
                for (int k = from; k < _out.Count; k++)
                {
                    var o = _out[k];
                    if (o.Tokens.FirstToken > noun) break;
                    if (o.Tokens.Contains(noun)) { existing = k; continue; }
                    if (o.Tokens.FirstToken >= t) continue;
                    if (k == member) continue;
                    if (o.Code is null || NamedAsPlace(o) || (role is not null && o.Country is null) || BarePatient(o)) continue;
                    if (peoplePair && !FitsPerson(o)) continue;
                    // A country and its government are one side ("Venezuela … the U.S. envoy … Washington … the two sides").
                    string key = role is null ? (o.Country is { } oc && o.Code == oc + "GOV" ? oc : o.Code) : o.Country!;
                    int os = _doc.SentenceOf(o.Tokens.FirstToken);
                    // "hosted talks between Hamas and Israel and urged both sides to ...", "mediator between the government and
                    // the rebels unless both sides ...": sides named after "between" in the pair's own sentence are the pair,
                    // not actors acting on it.
                    int inBetween = os == sentence ? InBetweenPhrase(o.Tokens.FirstToken, sentence) : 0;
                    if (inBetween == 1)
                    {
                        if (!between.Exists(x => x.Key == key)) between.Add((key, o));
                        continue;
                    }
                    // In a relative clause ("the United States, which had hosted talks between Congo and Rwanda, urged both
                    // sides") they are sides the article may have named more often, counted with them.
                    // "Pakistan and Afghanistan trade fire at Chaman; Qatar urges both sides to show restraint": sides named in
                    // a clause a semicolon closes before the pair are told as an earlier sentence's are, not as its actors.
                    if (os == sentence && objectPair && inBetween == 0 && !SemicolonBetween(o.Tokens.EndToken, t)) { actingOnPair.Add(key); previousSide = null; continue; }
                    bool window = os >= sentence - PairWindow;
                    // "Egypt, Qatar and the United States": the last two of a longer list are not a pair.
                    // "talks hosted by Saudi Arabia and the United States", "a swap brokered by Turkey and Qatar": a pair that is a
                    // passive's agent helped the two sides, it is not them.
                    if (window && previousSide is { } ps && ps.Key != key && Coordinated(ps.M, o)
                        && !(Is(ps.M.Tokens.FirstToken - 1, ",") && k >= 2 && _out[k - 2].Tokens.EndToken == ps.M.Tokens.FirstToken - 1)
                        && !AfterBy(ps.M.Tokens.FirstToken))
                        (pairedFirst, pairedSecond, pairedKeys) = (ps.M, o, (ps.Key, key));
                    previousSide = (key, o);
                    bool known = seen.TryGetValue(key, out var prev);
                    seen[key] = (window ? o : prev.M ?? o, prev.Count + 1, window ? k : known ? prev.Last : -1);
                    if (os == sentence && key != sameSentenceKey) { inSentence++; sameSentenceKey = key; }
                }
                var ranked = seen.Where(kv => kv.Value.Last >= 0 && _doc.SentenceOf(_out[kv.Value.Last].Tokens.FirstToken) >= sentence - PairWindow
                                              && _out[kv.Value.Last].Tokens.FirstToken < t
                                              && !(inSentence == 1 && kv.Key == sameSentenceKey && !spoken) && !actingOnPair.Contains(kv.Key))
                    .OrderByDescending(kv => kv.Value.Count).ThenByDescending(kv => kv.Value.Last).Take(2).ToList();
                ActorMention? first, second;
                if (between.Count == 2) (first, second) = (between[0].M, between[1].M);
                // Each side as the window last named it ("Ecuador and Peru signed … Ecuador's president said the two sides"
                // is the government that speaks): a country and its government are one side, as in the ranking.
                else if (pairedFirst is not null)
                    (first, second) = (seen.TryGetValue(pairedKeys.A, out var sa) ? sa.M : pairedFirst,
                                       seen.TryGetValue(pairedKeys.B, out var sb) ? sb.M : pairedSecond);
                else
                {
                    // Sides named after "between" still count as named when only one of them is there.
                    foreach (var (bk, bm) in between)
                        if (!ranked.Exists(r => r.Key == bk)) ranked.Add(new(bk, (bm, 1, -1)));
                    if (ranked.Count < 2) continue;
                    (first, second) = (ranked[0].Value.M, ranked[1].Value.M);
                }
                if (first is null || second is null) continue;
                var a = PairSide(first, role, t, noun);
                var b = PairSide(second, role, t, noun);
                if (a is null || b is null) continue;
                if (member >= 0)
                {
                    // The members' noun ("Troops", the clause's subject) becomes the two sides it stands for.
                    var span = _out[member].Tokens;
                    _out[member] = WithMembersRole(a, membersRole) with { Tokens = span };
                    _out.Insert(member + 1, WithMembersRole(b, membersRole) with { Tokens = span });
                }
                else if (existing >= 0 && _out[existing].Tokens.FirstToken == noun && _out[existing].Tokens.EndToken == noun + 1)
                {
                    _out[existing] = a;
                    _out.Insert(existing + 1, b);
                }
                else if (existing < 0)
                {
                    int at = _out.Count;
                    while (at > 0 && _out[at - 1].Tokens.FirstToken > noun) at--;
                    _out.Insert(at, a);
                    _out.Insert(at + 1, b);
                }
                t = noun;
            }
        }

        /// <summary>
        /// "Russia, which has military bases in both countries, called on them to show restraint", "urged the two neighbours
        /// to talk and offered them help": "them" after a pair that "the two"/"both" made (<see cref="ResolvePairs"/>) in its
        /// own sentence, with no other actor named between, is that pair. It becomes the same two mentions on its token; a
        /// pronoun mention the earlier passes gave it from another sentence gives way. Each pair scans only the rest of its
        /// own sentence.
        /// </summary>
        private void ResolvePairPronouns()
        {
            for (int i = 0; i + 1 < _out.Count; i++)
            {
                var a = _out[i];
                var b = _out[i + 1];
                if (!a.Rule.StartsWith("pair:", StringComparison.Ordinal) || !b.Rule.StartsWith("pair:", StringComparison.Ordinal)
                    || !a.Tokens.Equals(b.Tokens)) continue;
                var span = _doc.Sentence(_doc.SentenceOf(a.Tokens.FirstToken));
                int next = i + 2;
                for (int t = a.Tokens.EndToken; t < span.EndToken; t++)
                {
                    // another actor named between the pair and the pronoun is as near an antecedent
                    while (next < _out.Count && _out[next].Tokens.EndToken <= t)
                    {
                        if (_out[next].Code is not null && !_out[next].IsModifier) { t = span.EndToken; break; }
                        next++;
                    }
                    if (t >= span.EndToken || !Is(t, "them") || _doc.Token(t).Relation is "nsubj" or "nsubj:pass") continue;
                    if (InQuote(t, span.FirstToken)) break;
                    // a pronoun resolved across sentences gives way; any other mention on the token stays
                    int on = next;
                    if (on < _out.Count && _out[on].Tokens.FirstToken == t)
                    {
                        if (!(IsPronounMention(_out[on]) || _out[on].Rule.StartsWith("object pronoun:", StringComparison.Ordinal))) break;
                        _out.RemoveAt(on);
                    }
                    string rule = $"pair pronoun: them → the pair '{a.Tokens.TextIn(_doc)}' named before it in its sentence";
                    _out.Insert(on, a with { Tokens = new TokenRange(t, t + 1), Rule = $"{rule} → {a.Code}" });
                    _out.Insert(on + 1, b with { Tokens = new TokenRange(t, t + 1), Rule = $"{rule} → {b.Code}" });
                    break;
                }
                i++;
            }
        }

        /// <summary>Plural nouns of a country's sides in a conflict ("Sudan's warring sides", "Libya's rival factions").</summary>
        private static readonly FrozenSet<string> CountrySideNouns = Set("sides", "parties", "factions", "rivals");

        /// <summary>Adjectives allowed between the country's possessive and <see cref="CountrySideNouns"/>.</summary>
        private static readonly FrozenSet<string> CountrySideAdjectives = Set("warring", "rival", "feuding", "two", "main", "armed");

        /// <summary>
        /// "Russia's Baltic Fleet began drills", "the US Seventh Fleet sent a destroyer", "the U.S. Navy's Fifth Fleet": one to
        /// three capitalised words ending in a capitalised "Fleet" right after a country's name or possessive (or its navy's)
        /// name a fleet of that state's navy, its military (MIL). The lower-case "fleet" of ships a state only
        /// owns or trades through ("Russia's shadow fleet", "a fishing fleet") is no force and is left to the country.
        /// </summary>
        private void OwnedNamedFleets()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m is not { Country: { } country, Code: { } code } || (code != country && code != country + "MIL")) continue;
                int t = m.Tokens.EndToken, last = -1;
                if (t < _doc.TokenCount && IsPossessive(t)) t++;
                for (int k = t; k < Math.Min(_doc.TokenCount, t + 4); k++)
                {
                    if (!IsCap(Tok(k))) break;
                    if (Tok(k).SequenceEqual("Fleet")) { last = k; break; }
                }
                if (last <= t || CoveredByMention(t, last + 1)) continue;
                string mil = country + "MIL";
                _out[i] = m with
                {
                    Tokens = new TokenRange(m.Tokens.FirstToken, last + 1), Code = mil, IsModifier = false, Name = Text(m.Tokens.FirstToken, last + 1),
                    Rule = $"{m.Rule}; a named fleet of its navy ('{Text(t, last + 1)}') → {mil}",
                };
            }
        }

        /// <summary>Countries split into a northern and a southern state that news names by the half alone once the pair is
        /// named ("South Korea's president sought talks with the North"): each pair as (northern code, southern code).</summary>
        private static readonly (string North, string South)[] DividedCountries = [("PRK", "KOR"), ("SDN", "SSD")];

        /// <summary>
        /// "Seoul accused the North of firing missiles", "South Korea's military is monitoring the North": a capitalised "the
        /// North" or "the South" standing alone (no name word after it, as in "the North Atlantic", and no "of", as in "the
        /// South of France") is one half of a divided country (<see cref="DividedCountries"/>) when the document names either
        /// half of that country; the nearest such mention before it (else after it) chooses the pair. With no half named,
        /// the words stay a compass point and no actor.
        /// </summary>
        private void ResolveDividedCountryHalves()
        {
            if (_out.Count == 0) return;
            List<ActorMention>? added = null;
            for (int t = 1; t < _doc.TokenCount; t++)
            {
                bool north = Tok(t).SequenceEqual("North"), south = !north && Tok(t).SequenceEqual("South");
                if (!(north || south) || !Is(t - 1, "the")) continue;
                // "the North Atlantic", "the South-East", "the South of France", "the north of the country": a longer place.
                // "accused the North of firing" keeps its "of" before a verb.
                if (t + 1 < _doc.TokenCount && (IsCap(Tok(t + 1)) || Is(t + 1, "-")
                    || (Is(t + 1, "of") && t + 2 < _doc.TokenCount && (Is(t + 2, "the") || IsCap(Tok(t + 2)))))) continue;
                if (CoveredByMention(t - 1, t + 1)) continue;
                if (DividedCountryNear(t) is not { } pair) continue;
                string code = north ? pair.North : pair.South;
                (added ??= []).Add(new ActorMention
                {
                    Tokens = new TokenRange(t - 1, t + 1), Code = code, Name = Text(t - 1, t + 1), Country = code,
                    Rule = $"divided-country: '{Text(t - 1, t + 1)}' with {pair.North}/{pair.South} named → {code}",
                });
            }
            if (added is not null) InsertInTextOrder(added);
        }

        /// <summary>The divided country (<see cref="DividedCountries"/>) whose half the nearest mention before token
        /// <paramref name="t"/> (else the first after it) belongs to, or null when no mention of the document names one.</summary>
        private (string North, string South)? DividedCountryNear(int t)
        {
            (string, string)? after = null;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                if (_out[k].Country is not { } c) continue;
                foreach (var pair in DividedCountries)
                {
                    if (c != pair.North && c != pair.South) continue;
                    if (_out[k].Tokens.EndToken <= t) return pair;
                    after = pair;
                }
            }
            return after;
        }

        /// <summary>
        /// "Sudan's warring sides agree to truce" (headline) … "Sudan's army and the paramilitary Rapid Support Forces agreed":
        /// a country's possessive before a plural noun of sides (<see cref="CountrySideNouns"/>) names two sides of that one
        /// country: the two of its actors with different codes that the text coordinates ("X and Y") in the four sentences
        /// before, or, in a headline, that the two sentences after it name (a headline is written before its lead and names
        /// the pair the lead spells out). The possessive mention becomes the two sides, on the phrase's tokens, which the coder
        /// reads as coordinated actors. With no such pair the phrase is left as it was.
        /// </summary>
        private void ResolveCountrySides()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Country is not { } iso || _lex.CountryByIso3(iso) is not { } c || m.Code != c.Cameo) continue;
                // the possessive is the mention's last token ("Sudan's") or right after it
                int noun = m.Tokens.EndToken;
                if (IsPossessive(noun - 1)) { }
                else if (noun < _doc.TokenCount && IsPossessive(noun)) noun++;
                else continue;
                int sentence = _doc.SentenceOf(m.Tokens.FirstToken);
                if (noun < _doc.TokenCount && CountrySideAdjectives.Contains(Tok(noun).ToString())) noun++;
                if (noun >= _doc.TokenCount || _doc.SentenceOf(noun) != sentence || !CountrySideNouns.Contains(Tok(noun).ToString())) continue;
                // nothing else named on the phrase ("Sudan's warring sides' envoys" stays as it is)
                if (i + 1 < _out.Count && _out[i + 1].Tokens.FirstToken <= noun) continue;
                bool headline = _doc.Sentence(sentence).Section == SectionKind.Headline;
                int from = headline ? sentence + 1 : Math.Max(0, sentence - PairWindow);
                int to = headline ? Math.Min(_doc.SentenceCount - 1, sentence + 2) : sentence;
                // a headline coded on its own has no lead after it to name the pair
                if (from > to) continue;
                (ActorMention A, ActorMention B)? pair = null;
                for (int j = FirstMentionFrom(_doc.Sentence(from).FirstToken); j + 1 < _out.Count; j++)
                {
                    var x = _out[j];
                    if (_doc.SentenceOf(x.Tokens.FirstToken) > to || (!headline && x.Tokens.FirstToken >= m.Tokens.FirstToken)) break;
                    var y = _out[j + 1];
                    if (x.Country != iso || y.Country != iso || x.Code is null || y.Code is null || x.Code == y.Code
                        || x.Code == c.Cameo || y.Code == c.Cameo || !Coordinated(x, y)) continue;
                    pair = (x, y);
                    // the first pair after a headline; the latest before a body sentence
                    if (headline) break;
                }
                if (pair is not var (a, b)) continue;
                var tokens = new TokenRange(m.Tokens.FirstToken, noun + 1);
                string rule = $"country sides: {Text(m.Tokens.FirstToken, noun + 1)} → the two sides of {c.Name} the text coordinates";
                _out[i] = a with { Tokens = tokens, Rule = $"{rule} ({a.Tokens.TextIn(_doc)}) → {a.Code}", IsModifier = false };
                _out.Insert(i + 1, b with { Tokens = tokens, Rule = $"{rule} ({b.Tokens.TextIn(_doc)}) → {b.Code}", IsModifier = false });
                i++;
            }
        }

        /// <summary>True when mention <paramref name="b"/> is coordinated with <paramref name="a"/> before it in one sentence:
        /// only "and", an article or a comma between them, "and" among them ("Russia and Ukraine", "Kenya and the Somali
        /// government").</summary>
        private bool Coordinated(ActorMention a, ActorMention b)
        {
            int from = a.Tokens.EndToken, to = b.Tokens.FirstToken;
            if (to - from is < 1 or > 4 || _doc.SentenceOf(from) != _doc.SentenceOf(to)) return false;
            bool and = false;
            for (int k = from; k < to; k++)
            {
                if (Is(k, "and")) and = true;
                // "the army and the paramilitary Rapid Support Forces": a lower-case adjective after "and" describes the second side.
                else if (and && _doc.TokUpos(k) == Upos.ADJ && char.IsLower(Tok(k)[0])) continue;
                else if (!Is(k, "the") && !Is(k, ",")) return false;
            }
            return and;
        }

        /// <summary>True when "by" (an article allowed between) stands right before token <paramref name="first"/> in its sentence.</summary>
        private bool AfterBy(int first)
        {
            int k = first - 1;
            if (k >= 0 && Is(k, "the")) k--;
            return k >= 0 && _doc.SentenceOf(k) == _doc.SentenceOf(first) && Is(k, "by");
        }

        /// <summary>A finite verb or modal at token <paramref name="k"/>.</summary>
        private bool IsFiniteVerb(int k) => (uint)k < (uint)_doc.TokenCount && _doc.Token(k).Xpos is "VBD" or "VBZ" or "VBP" or "MD";

        /// <summary>True when token <paramref name="k"/> is an adverb ("also", "then"; "later" is tagged as a comparative).</summary>
        private bool IsAdverb(int k) => (uint)k < (uint)_doc.TokenCount && _doc.Token(k).Xpos is "RB" or "RBR";

        /// <summary>Singular nouns of sides after "each" ("each side accused the other"), with the role as in <see cref="PairNouns"/>.</summary>
        private static readonly Dictionary<string, string?> EachPairNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            ["country"] = "", ["nation"] = "", ["state"] = "", ["government"] = "GOV", ["army"] = "MIL", ["military"] = "MIL", ["side"] = null,
        };

        /// <summary>True when "the other" stands within eight tokens from <paramref name="k"/> in the sentence.</summary>
        private bool OtherFollows(int k, int sentence)
        {
            for (int j = k; j < k + 8 && j + 1 < _doc.TokenCount && _doc.SentenceOf(j + 1) == sentence; j++)
                // "each country would come to the other's aid", "killed dozens of the other's troops": a possessive names what
                // is the other side's, not the other side as the one acted on.
                if (Is(j, "the") && Is(j + 1, "other")) return !(j + 2 < _doc.TokenCount && (Is(j + 2, "'s") || Is(j + 2, "’s")));
            return false;
        }

        /// <summary>1 when the mention starting at <paramref name="first"/> stands in a "between X and Y" phrase of its
        /// sentence: "between" before it (an article, conjunctions and the words of a first side allowed); 2 when that
        /// phrase is inside a relative clause ("which had mediated between ..."); 0 otherwise.</summary>
        private int InBetweenPhrase(int first, int sentence)
        {
            int k = first - 1;
            for (int hops = 0; hops < 8 && k >= 0 && _doc.SentenceOf(k) == sentence; hops++, k--)
            {
                if (Is(k, "between"))
                {
                    // "The United States, which had hosted talks between Congo and Rwanda in June, urged both sides": a pair
                    // named in a relative clause is background, not the sides the sentence's own act addresses.
                    for (int r = k - 1; r >= 0 && _doc.SentenceOf(r) == sentence && !Is(r, ","); r--)
                        if (Is(r, "which") || Is(r, "who")) return 2;
                    return 1;
                }
                if (Is(k, "the") || Is(k, "and") || Is(k, ",")) continue;
                // words of the first side's name or modifiers ("the Philippine government and communist rebels"); a verb
                // or any other word ends the phrase ("between A and B and urged C").
                if (_doc.TokUpos(k) is Upos.PROPN or Upos.NOUN or Upos.ADJ or Upos.PART || Is(k, "'s")) continue;
                return 0;
            }
            return 0;
        }

        /// <summary>Adjectives of regions, not countries (<see cref="ActorLexicon.RegionAdjectives"/>), and "foreign",
        /// "international" and "Middle": a role after one belongs to no single country.</summary>
        private static readonly FrozenSet<string> RegionAdjectives = ActorLexicon.RegionAdjectives
            .Concat(["Middle", "foreign", "international"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>Words after which "the two …" or "both …" opens a clause as its subject.</summary>
        private static readonly FrozenSet<string> PairClauseOpeners = Set("and", "but", "where", "while", "when", "after", "as", "then", "so", "since", "because",
            // "Maduro said the two sides had agreed": what a speaker says the pair did has the pair as its subject.
            "that", "said", "says", "say", "saying", "added", "stressed", "insisted", "confirmed",
            // "held a call with her Japanese counterpart, during which both sides condemned the launch", "met in Cairo, after
            // which the two ministers signed": a relative pronoun opens the relative clause the pair is the subject of, so the
            // sides its own sentence named before it may be the pair (before, "which" made the pair an object, acted on by them).
            "which");

        /// <summary>Words of saying before a pair: the speaker named before them may be one of the two sides.</summary>
        private static readonly FrozenSet<string> PairSpeechWords = Set("that", "said", "says", "say", "saying", "added", "stressed", "insisted", "confirmed");

        /// <summary>How many sentences back the mentions of the sides are counted.</summary>
        private const int PairCountWindow = 30;

        /// <summary>Index of the first mention starting at or after <paramref name="token"/> (mentions are in text order).</summary>
        private int FirstMentionFrom(int token)
        {
            int lo = 0, hi = _out.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_out[mid].Tokens.FirstToken < token) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /// <summary>How many sentences before the pair's own a side may have been named in.</summary>
        private const int PairWindow = 4;

        private ActorMention? PairSide(ActorMention side, string? role, int t, int noun)
        {
            string? code = side.Code;
            if (role is not null)
            {
                if (side.Country is null || _lex.CountryByIso3(side.Country) is not { } c) return null;
                code = c.Cameo + role;
            }
            if (code is null) return null;
            return new ActorMention
            {
                Tokens = new TokenRange(noun, noun + 1), Code = code, Name = side.Name, Country = side.Country,
                Rule = $"pair: {Text(t, noun + 1)} → {code} (one of the two sides just named: {side.Tokens.TextIn(_doc)})",
            };
        }

        /// <summary>Nouns after an international organisation that name its presence in a country ("the UN mission in South Sudan").</summary>
        private static readonly FrozenSet<string> PresenceNouns = Set("mission", "missions", "envoy", "envoys", "office", "offices",
            "representative", "peacekeepers", "peacekeeping", "force", "forces", "team", "teams", "observers", "monitors", "delegation", "operation");

        /// <summary>
        /// "the prime minister of Vanuatu", "the foreign ministers of Kenya", "the UN mission in South Sudan", "the UN envoy for Yemen":
        /// a country that only says whose role it is (or where an international body works) is part of the role's
        /// mention, not an actor of its own. Runs last, when bare roles have their country; the country's separate
        /// mention is dropped and the role's span extended over it.
        /// </summary>
        private void MergeOwningCountries()
        {
            for (int i = 0; i + 1 < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Code is null) continue;
                int t = m.Tokens.EndToken, n = _doc.TokenCount;
                bool igo = m.Code.StartsWith("IGO", StringComparison.Ordinal);
                // "the UN mission in South Sudan": the presence noun after the organisation joins its mention.
                bool nounAfter = igo && t + 1 < n && PresenceNouns.Contains(Tok(t).ToString());
                int p = nounAfter ? t + 1 : t;
                if (p + 1 >= n || _doc.SentenceOf(p) != _doc.SentenceOf(m.Tokens.FirstToken) || !(Is(p, "of") || Is(p, "in") || Is(p, "for"))) continue;
                int k = Is(p + 1, "the") ? p + 2 : p + 1;
                var c = _out[i + 1];
                if (c.Tokens.FirstToken != k || !c.Rule.StartsWith("country:", StringComparison.Ordinal) || c.IsModifier) continue;
                // Only "of": after "in" the country may be where the role's people are or what they hold, an actor of its
                // own ("40 hospitals in Sudan").
                bool placedRole = Is(p, "of") && m.Rule.StartsWith("role:", StringComparison.Ordinal) && m.Country == c.Country
                    && (m.Rule.Contains("country = the place after it", StringComparison.Ordinal) || m.Rule.Contains("country = the country after 'of'", StringComparison.Ordinal));
                // "the UN mission in South Sudan", "the UN envoy for Yemen": the organisation's presence there.
                bool igoPresence = igo && !Is(p, "of") && (nounAfter || (t > m.Tokens.FirstToken && PresenceNouns.Contains(Tok(t - 1).ToString())));
                if (!placedRole && !igoPresence) continue;
                _out[i] = m with { Tokens = new TokenRange(m.Tokens.FirstToken, c.Tokens.EndToken), Rule = $"{m.Rule}; with '{Text(t, c.Tokens.EndToken)}'" };
                _out.RemoveAt(i + 1);
            }
        }


        /// <summary>
        /// "Bank of Japan Governor Kazuo Ueda", "Reserve Bank of India Governor Sanjay Malhotra", "Bank of England Governor
        /// Andrew Bailey" (session 34, blind54): a body known only by its generic name (a bank or association read by
        /// civil-body-name or as a members' role) right before a titled person of the same country is the person's
        /// affiliation, not a second actor. The person acts for it (a central bank governor is GOV, the bank BUS:
        /// data/actors/README.md) and the body's tokens join his mention; left apart, the parse makes the two subjects of one
        /// verb and every event is coded twice, once with the bank as source. Invariant: only a "title+person" mention of the
        /// body's country, starting right after the body or after its "of" ("Bank" + "of" + "England Governor Andrew Bailey");
        /// a conjunction, comma or verb between ("the Bank of Japan and Governor Kazuo Ueda") keeps two actors, and a body
        /// named by the lexicon (a listed organisation, whose people other rules place) is not touched.
        /// </summary>
        private void MergeBodyBeforeTitledPerson()
        {
            for (int i = 0; i + 1 < _out.Count; i++)
            {
                var body = _out[i];
                var head = _out[i + 1];
                if (body.Code is null || head.Code is null || body.Country is null || body.Country != head.Country) continue;
                bool genericBody = body.Rule.StartsWith("civil-body-name:", StringComparison.Ordinal)
                    || (body.Rule.StartsWith("role:", StringComparison.Ordinal) && body.Rule.Contains("an association named by its members", StringComparison.Ordinal));
                if (!genericBody || !head.Rule.StartsWith("title+person:", StringComparison.Ordinal)) continue;
                int end = body.Tokens.EndToken, start = head.Tokens.FirstToken;
                bool joined = end == start || (end + 1 == start && Is(end, "of"));
                if (!joined || _doc.SentenceOf(end - 1) != _doc.SentenceOf(start)) continue;
                _out[i + 1] = head with
                {
                    Tokens = new TokenRange(body.Tokens.FirstToken, head.Tokens.EndToken),
                    Rule = $"{head.Rule}; the body named before the title ({body.Tokens.TextIn(_doc)}) is the person's, no actor of its own",
                };
                _out.RemoveAt(i);
            }
        }

        /// <summary>"forces loyal to the TPLF", "fighters loyal to Haftar": a bare role takes the code of whom it is loyal to.</summary>
        private void ResolveLoyalTo()
        {
            for (int i = 0; i < _out.Count - 1; i++)
            {
                var m = _out[i];
                if (!m.Rule.StartsWith("role:", StringComparison.Ordinal)) continue;
                int t = m.Tokens.EndToken;
                if (t + 2 >= _doc.TokenCount || !Is(t, "loyal") || !Is(t + 1, "to")) continue;
                int b = Is(t + 2, "the") ? t + 3 : t + 2;
                var next = _out[i + 1];
                if (next.Tokens.FirstToken != b || next.Code is null) continue;
                // "forces loyal to Prime Minister Dbeibah": an armed role loyal to a government or its head is that state's
                // military (the code of whom it is loyal to would make the fighters the cabinet).
                string code = next.Code;
                if (_lex.TryGetRole(m.Name, out var armed) && armed.Code is "MIL" or "REB" && next.Country is { } iso && _lex.CountryByIso3(iso) is { } st
                    && code == st.Cameo + "GOV")
                    code = st.Cameo + "MIL";
                // "Forces loyal to Libya's government clashed with a rival militia": whom the role is loyal to is part of the
                // role's phrase, no actor of its own the sentence's acts could be aimed at (session 60, actors60), so its mention
                // is dropped once the role took its code (the role's span stays its own noun, as the spans' tests expect).
                _out[i] = m with
                {
                    Code = code, Country = next.Country, Reason = null, Rule = $"{m.Rule}; loyal to '{next.Tokens.TextIn(_doc)}' → {code}",
                };
                _out.RemoveAt(i + 1);
            }
        }

        /// <summary>
        /// "the spokesman for the rebels said", "a professor at the University of Lagos", "an aide to the president", "the
        /// president of the court": a bare singular office whose holder the words after it tie to a body (by "of", "for",
        /// "at", or "to" after <see cref="AffiliatedToRoles"/>) takes the code of the body's mention that starts right after
        /// the preposition and an optional "the". A bare country there stays out ("the president of Kenya" is the office's
        /// own rule, "the envoy for Yemen" is not Yemen's), and so do people who are no office holders ("a protester at the
        /// embassy" is not the embassy's). Runs after bare roles got their country, so the body's final code is copied.
        /// </summary>
        private void ResolveAffiliatedRoles()
        {
            for (int i = 0; i + 1 < _out.Count; i++)
            {
                var m = _out[i];
                if (!m.Rule.StartsWith("role:", StringComparison.Ordinal) || m.IsModifier) continue;
                int t = m.Tokens.EndToken;
                if (t + 1 >= _doc.TokenCount || t <= m.Tokens.FirstToken) continue;
                if (MatchRoleIn(m) is not { } role || !(role.IsTitle || GenericTitles.Contains(role.Lemma))) continue;
                // "Leaders of the nurses' union", "heads of the rebel groups": several heads of one body are that body's as one is;
                // so are commanders ("killed two commanders of an armed group", session 58: as a bare role they were MIL, and
                // soldiers who kill them made a self-event that was dropped).
                if (role.IsPlural && !((HeadOffices.Contains(role.Lemma) || role.Lemma == "commander") && Is(t, "of"))) continue;
                // The office word must end the mention: "a spokesman" is tied by the words after it, "a Kurdish militia" is not.
                // A two-word office ends it as a one-word office does ("the chief executive of", "the managing director of";
                // session 56, blind74): "executive" alone is no role.
                if (MatchRole(t - 1, t).Role is null && (t - 2 < m.Tokens.FirstToken || MatchRole(t - 2, t).Role is null)) continue;
                // "the commissioner responsible for the EU's aid": a phrase of charge ties the office as "for" does.
                int? charge = ChargeTie(t);
                if (charge is { } ct) t = ct;
                else if (!TiesToBody(t)) continue;
                // Session 56 (blind74): "the chief executive of a state copper company", "the head of an armed group": an
                // indefinite article before the body ties the office as "the" does (the body is one the sentence introduces).
                bool indefinite = Is(t + 1, "a") || Is(t + 1, "an");
                int b = Is(t + 1, "the") || indefinite ? t + 2 : t + 1;
                // "the chief of the press service for the Ministry of Defence", "the head of the Asia department of the foreign
                // ministry": a unit inside the body stands between the office and the body it belongs to.
                string unit = "";
                if (UnitTiedToBody(t) is { } u)
                {
                    unit = $" through its {Text(b, u)}";
                    b = Is(u + 1, "the") ? u + 2 : u + 1;
                }
                var body = _out[i + 1];
                // Session 56 (blind74): "the chief executive of a state copper company": a body whose mention holds only its
                // head noun is still the office's when up to three plain lower-case modifiers stand before it ("state copper").
                bool modified = body.Tokens.FirstToken > b && body.Tokens.FirstToken - b <= 3 && body.Rule.StartsWith("role:", StringComparison.Ordinal)
                    && Enumerable.Range(b, body.Tokens.FirstToken - b).All(k => IsPlainLowerWord(Tok(k)));
                if (modified) b = body.Tokens.FirstToken;
                // Invariant of both new readings: the body's mention ends its noun phrase. "the editor of an opposition weekly"
                // names a weekly, not the opposition: only a preposition, punctuation, a verb or a conjunction may follow the
                // mention (the tagger may read a noun after it as an adverb: "weekly").
                if ((indefinite || modified) && body.Tokens.EndToken < _doc.TokenCount
                    && _doc.Token(body.Tokens.EndToken).Upos is not (Upos.ADP or Upos.PUNCT or Upos.VERB or Upos.AUX or Upos.CCONJ or Upos.SCONJ)) continue;
                if (body.Tokens.FirstToken != b || body.Code is not { } bc || body.IsModifier || bc == m.Code
                    || _doc.SentenceOf(b) != _doc.SentenceOf(t) || body.Rule.StartsWith("country:", StringComparison.Ordinal)
                    || body.Rule.StartsWith("capital:", StringComparison.Ordinal)
                    || (charge is not null && body.Rule.StartsWith("role:", StringComparison.Ordinal))) continue;
                _out[i] = m with
                {
                    Code = bc, Country = body.Country, Reason = null,
                    Rule = $"{m.Rule}; serves '{body.Tokens.TextIn(_doc)}'{unit} ('{Tok(t)}') → {bc}",
                };
            }
        }

        /// <summary>
        /// An unknown name in apposition takes the code of its appositive ("Youssef Barakat, a Hamas commander," →
        /// PSEREBHMS): the first mention that starts where the appositive starts. Runs after bare roles got their country.
        /// </summary>
        private void ResolveAppositions()
        {
            foreach (var (idx, start) in _appositions)
            {
                var m = _out[idx];
                // "Jorge Villamar, a leader of the Los Lobos gang,", "Rachel Dunn, a spokeswoman for the U.S. Navy's Fifth
                // Fleet,": a representative's appositive takes the code of the body after "of"/"for".
                int bodyStart = BodyAfterRole(start);
                if (AffiliationBody(idx, bodyStart) is { } client && CounselForClient(start, client) is { } counsel)
                {
                    _out[idx] = m with { Code = counsel, Country = client.Country, Rule = $"{m.Rule} = '{Text(start, client.Tokens.EndToken)}': counsel for a private client → {counsel}" };
                    continue;
                }
                if (AffiliationBody(idx, bodyStart) is { } body)
                {
                    _out[idx] = m with
                    {
                        Code = body.Code, Country = body.Country,
                        Rule = $"{m.Rule} = '{Text(start, body.Tokens.EndToken)}': speaks or works for '{body.Tokens.TextIn(_doc)}' → {body.Code}",
                    };
                    continue;
                }
                for (int k = idx + 1; k < _out.Count; k++)
                {
                    var a = _out[k];
                    if (a.Tokens.FirstToken > start + 1 && a.Tokens.FirstToken != bodyStart) { if (a.Tokens.FirstToken > bodyStart) break; continue; }
                    // "the former prime minister": a mention that began on a modifier before the role noun still covers it.
                    if (a.Tokens.FirstToken < start && a.Tokens.EndToken <= start) continue;
                    _out[idx] = m with
                    {
                        Code = a.Code, Country = a.Country, Reason = a.Code is null ? "the appositive is not coded" : null,
                        Rule = $"{m.Rule} = '{a.Tokens.TextIn(_doc)}' → {a.Code ?? "?"}",
                    };
                    break;
                }
                // "BHP, the miner,": the company a business appositive names is BUS of the appositive's country, also when
                // the noun alone names workers ("miner" LAB).
                if (_companyAppositions.Contains(idx) && _out[idx] is var cm && cm.Code?.EndsWith("BUS", StringComparison.Ordinal) != true)
                {
                    string bus = (cm.Country is { } iso && _lex.CountryByIso3(iso) is { } bc ? bc.Cameo : "") + "BUS";
                    _out[idx] = cm with { Code = bus, Reason = null, Rule = $"{cm.Rule}; a company in apposition to a business noun → {bus}" };
                }
                if (_out[idx].Code is null && _out[idx].Reason is null) _out[idx] = _out[idx] with { Reason = "the appositive names no actor" };
            }
        }

        /// <summary>Nouns for a unit inside a ministry, an army or a company ("the press service", "the Asia department").</summary>
        private static readonly FrozenSet<string> UnitNouns = Set("service", "department", "directorate", "division", "bureau", "section",
            "unit", "desk", "office", "secretariat", "branch", "wing", "command", "centre", "center");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitNounsBySpan = UnitNouns.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// "the press service", "the Asia department" from <paramref name="b"/>: up to three plain or capitalised words ending
        /// in a unit noun (<see cref="UnitNouns"/>), which no mention covers; the token after it, or null.
        /// </summary>
        private int? UnitBefore(int b)
        {
            int n = _doc.TokenCount, sentence = _doc.SentenceOf(b < n ? b : n - 1);
            for (int k = b; k < n && k - b < 4 && _doc.SentenceOf(k) == sentence; k++)
            {
                var w = Tok(k);
                if (!char.IsLetter(w[0]) || Is(k, "of") || Is(k, "for") || Is(k, "at") || Is(k, "the")) return null;
                if (UnitNounsBySpan.Contains(w)) return CoveredByMention(b, k + 1) ? null : k + 1;
            }
            return null;
        }

        private int? UnitTiedToBody(int tie) => UnitBefore(Is(tie + 1, "the") ? tie + 2 : tie + 1) is { } u && TiesToBody(u) ? u : null;

        /// <summary>True when a mention overlaps tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
        private bool CoveredByMention(int from, int to)
        {
            foreach (var o in _out)
                if (o.Tokens.FirstToken < to && o.Tokens.EndToken > from) return true;
            return false;
        }

        /// <summary>People who serve someone named after "to" ("an aide to the president", "a lawyer to the family"); an envoy
        /// or ambassador "to" a country is sent there, not its own, and is not among them.</summary>
        private static readonly FrozenSet<string> AffiliatedToRoles = Set("aide", "adviser", "advisor", "assistant", "lawyer", "attorney",
            "counsel", "spokesman", "spokeswoman", "spokesperson", "secretary");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AffiliatedToRolesBySpan = AffiliatedToRoles.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>"at" at <paramref name="k"/> ("a professor at the university"), or "to" after a role of
        /// <see cref="AffiliatedToRoles"/> ("an aide to the president"): the word ties the office before it to the body after.</summary>
        private bool AtOrServedTo(int k) => Is(k, "at") || (Is(k, "to") && AffiliatedToRolesBySpan.Contains(Tok(k - 1)));

        /// <summary>"of", "for" or <see cref="AtOrServedTo"/> at <paramref name="k"/>: the words after name the body the office serves.</summary>
        private bool TiesToBody(int k) => Is(k, "of") || Is(k, "for") || AtOrServedTo(k);

        /// <summary>
        /// "Juan Perez, a lawyer for the family,", "Ana Ruiz, a defence lawyer for the jailed journalist,": a lawyer who
        /// represents private people (a client, not an institution) acts as the lawyer, JUD as CAMEO's agents list has
        /// lawyers (gold README), with the client's country; the client's own code (CVL) would make the lawyer one of the
        /// victims. Null when the appositive's role is no lawyer or the body is an institution, which the lawyer then serves.
        /// </summary>
        private string? CounselForClient(int start, ActorMention body)
        {
            var (_, role) = MatchRole(start, _doc.TokenCount);
            if (role is null || role.IsRepresentative || role.Code != "JUD" || role.Lemma is not ("lawyer" or "attorney" or "defence lawyer" or "defense lawyer")) return null;
            if (body.Code is not { } bc || body.Country is not { } iso || _lex.CountryByIso3(iso) is not { } c) return null;
            bool privateClient = bc.EndsWith("CVL", StringComparison.Ordinal) || body.Rule.StartsWith("person:", StringComparison.Ordinal);
            return privateClient ? c.Cameo + "JUD" : null;
        }

        /// <summary>
        /// "Nouri Mahmoud, the spokesman of the ruling party,", "Dana Levi, an aide to the president,": the coded mention that
        /// starts where the body after the appositive's role starts, which the person speaks or works for, ahead of a mention
        /// of the role word alone (a bare "spokesman" is a government's). A bare country stays with the role ("a spokesman
        /// for Iran" is its government, not the state); null when no such body is named.
        /// </summary>
        private ActorMention? AffiliationBody(int idx, int bodyStart)
        {
            if (bodyStart < 0) return null;
            // _out is in text order and _out[idx] starts before bodyStart, so the first mention from bodyStart lies after idx.
            int k = FirstMentionFrom(bodyStart);
            if (k >= _out.Count) return null;
            var a = _out[k];
            if (a.Tokens.FirstToken != bodyStart || a.Code is null || a.IsModifier || a.Rule.StartsWith("country:", StringComparison.Ordinal)) return null;
            return a;
        }

        /// <summary>Kin of a person: "the daughter of the former president" says whose child she is, not whom she serves or
        /// what office she holds.</summary>
        private static readonly FrozenSet<string> KinshipNouns = Set("daughter", "son", "wife", "husband", "widow", "widower",
            "brother", "sister", "mother", "father", "nephew", "niece", "cousin", "grandson", "granddaughter", "son-in-law",
            "daughter-in-law", "stepson", "stepdaughter", "uncle", "aunt", "partner", "fiancee", "fiance");

        /// <summary>
        /// In an appositive that starts with a singular role ("spokesman", "leader", "commander") followed by "for", "of" or
        /// "at" ("a professor at the university", "second secretary at the embassy"), or by "to" after a role of
        /// <see cref="AffiliatedToRoles"/>, and an optional "the": the token where the body it serves starts; -1 when the
        /// appositive is not built so.
        /// </summary>
        private int BodyAfterRole(int start)
        {
            int n = _doc.TokenCount;
            if (start < 0 || start >= n) return -1;
            var (len, role) = MatchRole(start, n);
            if (role is not null && role.IsPlural) return -1;
            // "a member of the opposition Islamic Action Front": a plain noun serves as well as a role noun.
            if (KinshipNouns.Contains(Tok(start).ToString())) return -1;
            if (role is null) { if (!IsPlainLowerWord(Tok(start))) return -1; len = 1; }
            int k = start + len;
            if (k >= n || !TiesToBody(k)) return -1;
            k++;
            if (k < n && Is(k, "the")) k++;
            return k < n && _doc.SentenceOf(k) == _doc.SentenceOf(start) ? k : -1;
        }

        /// <summary>
        /// "Mikheil Saakashvili, the jailed former president,": a known person in apposition to an office the text puts
        /// out of office is coded as that elite, whatever role the lexicon gives the date (an opposition period).
        /// </summary>
        private void ResolveFormerAppositions()
        {
            for (int k = 0; k + 1 < _out.Count; k++)
            {
                var p = _out[k];
                if (!p.Rule.StartsWith("person:", StringComparison.Ordinal) || p.Code is null || p.Code.EndsWith("ELI", StringComparison.Ordinal)) continue;
                int comma = p.Tokens.EndToken;
                if (comma >= _doc.TokenCount || !Is(comma, ",")) continue;
                var a = _out[k + 1];
                int gap = a.Tokens.FirstToken - comma - 1;
                bool plainGap = true;
                for (int g = comma + 1; g < a.Tokens.FirstToken; g++)
                    plainGap &= Is(g, "the") || Is(g, "a") || Is(g, "an") || IsPlainLowerWord(Tok(g))
                        || (g > comma + 1 && (Is(g - 1, "the") || Is(g - 1, "a")) && Tok(g).EndsWith("ed")); // "the jailed", not "said the"
                if (gap < 0 || gap > 2 || !plainGap || a.Code is not { } ac || !ac.EndsWith("ELI", StringComparison.Ordinal) || !a.Rule.Contains("out of office", StringComparison.Ordinal)) continue;
                if (p.Country is not null && a.Country is not null && p.Country != a.Country) continue;
                _out[k] = p with { Code = ac, Country = a.Country ?? p.Country, Rule = $"{p.Rule}; the appositive '{a.Tokens.TextIn(_doc)}' puts them out of office → {ac}" };
            }
        }

        /// <summary>Institutions and offices of a holder coded only at the end of the document take their code from it now.</summary>
        private void ResolveOwned()
        {
            foreach (var (idx, h, role) in _ownedPending)
            {
                var m = _out[idx];
                if (OwnedCode(_out[h], role) is not { } code) { _out[idx] = m with { Reason = "its holder has no code" }; continue; }
                _out[idx] = m with { Code = code, Country = _lex.IsoOfCode(code), Rule = m.Rule.Replace("(its final code)", code, StringComparison.Ordinal) };
            }
            // "Kabila's party, the People's Party for Reconstruction and Democracy, …": a holder's institution set off by the
            // name of the organisation it is takes that organisation's code (its dated side), not one derived from the holder.
            for (int k = 0; k + 1 < _out.Count; k++)
            {
                var m = _out[k];
                if (!m.Rule.StartsWith("possessive-pronoun+institution:", StringComparison.Ordinal) || m.Tokens.EndToken >= _doc.TokenCount
                    || !Is(m.Tokens.EndToken, ",")) continue;
                var a = _out[k + 1];
                int gap = a.Tokens.FirstToken - m.Tokens.EndToken - 1;
                if (gap < 0 || gap > 1 || (gap == 1 && !Is(m.Tokens.EndToken + 1, "the")) || a.Code is not { } ac
                    || !a.Rule.StartsWith("organization", StringComparison.Ordinal) || a.Country is null || a.Country != m.Country || ac == m.Code) continue;
                _out[k] = m with { Code = ac, Rule = $"{m.Rule}; named in apposition: {a.Tokens.TextIn(_doc)} → {ac}" };
            }
        }

        /// <summary>Memory mentions whose referent was coded only at the end of the document copy its final code.</summary>
        private void ResolveReferences()
        {
            foreach (var p in _pending)
            {
                if (p.Referent < 0) continue;
                var m = _out[p.Mention];
                var r = _out[p.Referent];
                _out[p.Mention] = m with { Code = r.Code, Country = r.Country, Reason = r.Reason, FormerCode = r.FormerCode };
            }
        }

        /// <summary>
        /// "… where Rwandan troops have fought Islamic State-linked insurgents. … Cabo Delgado's governor said the insurgents
        /// still raided villages": a remembered bare role whose antecedent stayed without a country (its sentence named
        /// several) takes the one country of the other coded actors of its own sentence, as a bare role there would.
        /// </summary>
        private void PlaceUnplacedMemories()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Country is not null || m.Code is not { Length: 3 } code || !m.Rule.StartsWith("memory: the", StringComparison.Ordinal)) continue;
                if (code is "REF" or "IGO" or "NGO" || MatchRoleIn(m) is { IsUnplaced: true } || IsCaptivesRole(m)) continue;
                int sentence = _doc.SentenceOf(m.Tokens.FirstToken);
                string? only = null;
                bool several = false;
                foreach (var o in _out)
                {
                    if (ReferenceEquals(o, m) || o.Country is not { } oc || o.Code is null || NamedAsPlace(o) || _doc.SentenceOf(o.Tokens.FirstToken) != sentence) continue;
                    if (only is null) only = oc;
                    else if (only != oc) several = true;
                }
                if (several || only is null || _lex.CountryByIso3(only) is not { } c) continue;
                _out[i] = m with
                {
                    Code = c.Cameo + code, Country = c.Iso3, Reason = null,
                    Rule = $"{m.Rule}; its antecedent has no country: country = the sentence's country ({c.Name}) → {c.Cameo + code}",
                };
            }
        }

        /// <summary>How many coded actors (no place names, no news outlets) each country has in the sentences up to and
        /// including <paramref name="sentence"/>, and their total.</summary>
        private (Dictionary<string, int> Counts, int Total) CountryCounts(int sentence)
        {
            int total = 0;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var m in _out)
                if (CountsForCountry(m) && _doc.SentenceOf(m.Tokens.FirstToken) <= sentence)
                { counts[m.Country!] = counts.GetValueOrDefault(m.Country!) + 1; total++; }
            return (counts, total);
        }

        /// <summary>True for a coded actor that says which country an article is about: one with a country, and neither a
        /// country named as a place nor a news outlet.</summary>
        private bool CountsForCountry(ActorMention m) => m.Country is not null && m.Code is not null && !NamedAsPlace(m) && !IsNewsOutlet(m)
            // "summoned the Danish ambassador": an envoy serves in another country, which the story is about
            && !IsEnvoyMention(m);

        /// <summary>The country of at least half of <paramref name="total"/> counted actors, or null.</summary>
        private static string? Majority(Dictionary<string, int> counts, int total)
        {
            if (total == 0) return null;
            var top = counts.MaxBy(kv => kv.Value);
            return 2 * top.Value >= total ? top.Key : null;
        }

        /// <summary>
        /// The country of at least half the counted actors (<see cref="CountsForCountry"/>) of the sentences up to and
        /// including a given one, as <see cref="ResolveBareRoles"/> asks it role after role of an article with no main
        /// country. The counts grow as the sentences asked about advance and as roles are lent a country, so each mention
        /// is read once (a recount per bare role made such articles quadratic). The answer is the recount's
        /// (<see cref="CountryCounts"/> and <see cref="Majority"/>): a tie goes to the country counted first in mention
        /// order, as the recount's insertion-ordered dictionary gives it. Invariant: a mention counted stays counted with
        /// the same country (ResolveBareRoles only gives countries to mentions that had none).
        /// </summary>
        private sealed class DominantSoFar
        {
            private readonly Run _run;
            /// <summary>Mention indices by sentence (then by index).</summary>
            private readonly int[] _bySentence;
            private readonly int[] _sentenceOf;
            /// <summary>Per country: its counted mentions and the lowest index among them.</summary>
            private readonly Dictionary<string, (int Count, int First)> _counts = new(StringComparer.Ordinal);
            private int _total, _next, _through = int.MinValue;

            public DominantSoFar(Run run)
            {
                _run = run;
                var all = run._out;
                _sentenceOf = new int[all.Count];
                for (int i = 0; i < all.Count; i++) _sentenceOf[i] = run._doc.SentenceOf(all[i].Tokens.FirstToken);
                _bySentence = new int[all.Count];
                for (int i = 0; i < _bySentence.Length; i++) _bySentence[i] = i;
                // Stable: the index breaks ties, so the order within a sentence is mention order.
                Array.Sort(_bySentence, (a, b) => _sentenceOf[a] != _sentenceOf[b] ? _sentenceOf[a].CompareTo(_sentenceOf[b]) : a.CompareTo(b));
            }

            /// <summary>The dominant country of the sentences up to <paramref name="sentence"/>; asked of an earlier sentence
            /// than the last, it recounts.</summary>
            public string? UpTo(int sentence)
            {
                if (sentence < _through)
                {
                    var (counts, total) = _run.CountryCounts(sentence);
                    return Majority(counts, total);
                }
                for (; _next < _bySentence.Length && _sentenceOf[_bySentence[_next]] <= sentence; _next++)
                    if (_run.CountsForCountry(_run._out[_bySentence[_next]])) Add(_bySentence[_next]);
                _through = sentence;
                if (_total == 0) return null;
                string? best = null; int bestCount = 0, bestFirst = int.MaxValue;
                foreach (var (country, (count, first)) in _counts)
                    if (count > bestCount || (count == bestCount && first < bestFirst)) { best = country; bestCount = count; bestFirst = first; }
                return 2 * bestCount >= _total ? best : null;
            }

            /// <summary>Mention <paramref name="i"/>, which had no country, may just have been lent one: counted if its
            /// sentence has already been read (a later one is read as it stands when the sentences asked reach it).</summary>
            public void Lent(int i)
            {
                if (_sentenceOf[i] <= _through && _run.CountsForCountry(_run._out[i])) Add(i);
            }

            private void Add(int i)
            {
                string country = _run._out[i].Country!;
                var (count, first) = _counts.GetValueOrDefault(country, (0, int.MaxValue));
                _counts[country] = (count + 1, Math.Min(first, i));
                _total++;
            }
        }

        /// <summary>
        /// Gives bare role mentions ("police", "protesters", "opposition politicians") a country when the text
        /// leaves little doubt: the one country of the other coded actors in their sentence ("Tunisian police
        /// detained opposition politicians" → TUNOPP), else, when the sentence names no country at all, the
        /// country of at least half the article's coded actors (or, when the whole article has none, of those read so
        /// far, <see cref="DominantSoFar"/>). A sentence naming several countries leaves
        /// the role code alone: which side the role belongs to is then a guess.
        /// </summary>
        private void ResolveBareRoles()
        {
            var (counts, total) = CountryCounts(int.MaxValue);
            string? dominant = Majority(counts, total);
            // An article whose actors name no country at all ("a county commissioner … reinforcements from Nairobi"):
            // the country of the places it names.
            string? placesCountry = total == 0 ? PlacesCountry() : null;
            // "SANTIAGO, June 11 - … Police used tear gas": a wire story's unmarked domestic institutions are those of the
            // place it was filed from, when neither the sentence nor a majority of the article's actors says otherwise.
            string? datelineCountry = _datelineCountry;
            // The filing place outweighs the article's main country when the article names it at least half as often
            // ("BAMAKO - … Sweden … Swedish envoy … the UN urged all sides to protect civilians": Mali's civilians).
            if (datelineCountry is not null && dominant is not null && dominant != datelineCountry
                && 2 * counts.GetValueOrDefault(datelineCountry) >= counts[dominant]) dominant = datelineCountry;
            DominantSoFar? soFar = null;
            // The role the pass before may have lent a country; every pass that lends one lends it to its own role alone (the
            // roles that ShareRoleWithCoordinatedCountries extends are countries, already counted).
            int lent = -1;
            for (int i = 0; i < _out.Count; i++)
            {
                if (lent >= 0) { soFar?.Lent(lent); lent = -1; }
                var m = _out[i];
                if (m.Country is not null || m.Code is null || !m.Rule.StartsWith("role:", StringComparison.Ordinal)) continue;
                lent = i;
                // "rights groups", "aid agencies": international NGOs are coded by their sector, not by the country they report on.
                if (m.Code.Length > 3 && m.Code.StartsWith("NGO", StringComparison.Ordinal)) continue;
                // "Western intelligence services", "European diplomats", "Gulf states": a region says the role is of many
                // countries, none of which is the sentence's.
                if (m.Tokens.FirstToken > 0 && RegionAdjectives.Contains(Tok(m.Tokens.FirstToken - 1).ToString())) continue;
                // "the governments of two dozen Western countries", "the militaries of several nations": a role said to be of
                // many states is of none the sentence names.
                if (OfManyStates(m.Tokens.EndToken)) continue;
                int sentence = _doc.SentenceOf(m.Tokens.FirstToken);
                // An article whose actors over its whole length name no main country (a flood in one country, its neighbours listed
                // later) still has one so far: a reader of the article up to this sentence lends that one (decision 020).
                string? dominantHere = dominant ?? (soFar ??= new DominantSoFar(this)).UpTo(sentence);
                // "deported asylum seekers to France", "refugees in Chad": refugees and migrants are not the people of the
                // country that holds or expels them; only "from X" says whose they are. Nor are hostages and prisoners of
                // war the people of those who hold them ("Hamas said it would release the hostages").
                if ((m.Code == "REF" && IsForeignersRole(m)) || IsCaptivesRole(m))
                {
                    if (Is(m.Tokens.EndToken, "from") && CountryOfPlaceAfter(m.Tokens.EndToken, sentence) is { } fromIso && _lex.CountryByIso3(fromIso) is { } fc)
                        _out[i] = WithCountry(m, fc, "the place they come from");
                    // "fighters hijacked a train in Balochistan and took hundreds of passengers hostage", "gunmen stormed a school
                    // in Kaduna and took pupils hostage": people taken hostage (the idiom "took X hostage" or "taking dozens of
                    // hostages", which reports the seizure itself; not "keep the hostages", who may have been brought from
                    // anywhere) at a scene the sentence
                    // names before them, in one country only, are that country's people ("foreign workers" never get here: a region adjective leaves them
                    // open above). A place after them ("hostages held in Gaza") is where they are kept or handed over, often
                    // abroad, and says nothing of whose they are; nor are prisoners of war the people of the front they were
                    // taken on, which either side may hold.
                    else if (TakenHostage(m, sentence) && SeizedAtPlaceBefore(m, sentence) is { } sceneIso && _lex.CountryByIso3(sceneIso) is { } sc0)
                        _out[i] = WithCountry(m, sc0, "the place they were seized in");
                    continue;
                }
                // "hackers linked to Russia's GRU": hackers tied to a state organ are that organ (session 55, decision 061).
                if (StateBehindHackers(m, sentence) is { } state)
                {
                    _out[i] = m with { Code = state.Code, Country = state.Country, Reason = null, Rule = $"{m.Rule}; tied to {state.Tokens.TextIn(_doc)} → {state.Code}" };
                    continue;
                }
                // "four officers of China's People's Liberation Army": members of a named state force are that force (session 53).
                if (ForceOfMembers(m, sentence) is { } force)
                {
                    _out[i] = m with { Code = force.Code, Country = force.Country, Reason = null, Rule = $"{m.Rule}; members of {force.Tokens.TextIn(_doc)} → {force.Code}" };
                    continue;
                }
                // "arrested the leader of the Coalition for Change": the head of an opposition, armed, labour or student body is
                // that body's, its sector and (when it has one yet) its country.
                if (ChallengerLedAfterOf(m, sentence) is { } led0)
                {
                    string sector = led0.Code![^3..];
                    if (led0.Country is { } lc && _lex.CountryByIso3(lc) is { } lce)
                    {
                        _out[i] = m with
                        {
                            Code = lce.Cameo + sector, Country = lce.Iso3, Reason = null,
                            Rule = $"{m.Rule}; the head of {led0.Tokens.TextIn(_doc)} → {lce.Cameo + sector}",
                        };
                        continue;
                    }
                    _out[i] = m = m with { Code = sector, Rule = $"{m.Rule}; the head of {led0.Tokens.TextIn(_doc)} → {sector}" };
                }
                // "a Kharkiv resident", "Lagos traders": a place named right before the role says whose (session 71).
                if (CountryOfPlaceBefore(m, sentence) is { } placedBefore)
                {
                    _out[i] = WithCountry(m, placedBefore, "the place before it");
                    continue;
                }
                // "protesters in Tbilisi", "the governor of Borno state", "refugees from Darfur": the place says whose.
                // "shipping companies based in Hong Kong", "a bank registered in Cyprus": the seat a participle names is the
                // place after the role.
                int placeAfter = SeatParticipleEnd(m.Tokens.EndToken, sentence);
                // "sanctions on 45 companies and individuals in China": a plural noun coordinated after the role shares its place.
                if (!Is(placeAfter, "in") && !Is(placeAfter, "from") && Is(m.Tokens.EndToken, "and") && m.Tokens.EndToken + 2 < _doc.TokenCount
                    && _doc.Token(m.Tokens.EndToken + 1).Xpos == "NNS" && Is(m.Tokens.EndToken + 2, "in"))
                    placeAfter = m.Tokens.EndToken + 2;
                if (CountryOfPlaceAfter(placeAfter, sentence) is { } placeIso && _lex.CountryByIso3(placeIso) is { } pc
                    && !(m.Code == "MIL" && NearestStateBefore(i, sentence) is { } ns && ns != placeIso))
                {
                    _out[i] = WithCountry(m, pc, "the place after it");
                    ShareRoleWithCoordinatedCountries(placeAfter + 1, sentence, m.Code, m.Tokens.TextIn(_doc));
                    continue;
                }
                // "European Union foreign ministers imposed sanctions … Separately, the ministers agreed": a definite bare role
                // with no country named before it in its sentence is the role an earlier sentence named, whoever owned it
                // (an organisation too).
                if (m.Tokens.Length == 1 && m.Tokens.FirstToken > 0 && Is(m.Tokens.FirstToken - 1, "the") && !HasCountryActorBefore(i, sentence)
                    && EarlierRoleMention(i, sentence) is { } earlier)
                {
                    _out[i] = m with
                    {
                        Code = earlier.Code, Country = earlier.Country, Reason = null,
                        Rule = $"{m.Rule}; the same role named earlier ({earlier.Tokens.TextIn(_doc)}) → {earlier.Code}",
                    };
                    continue;
                }
                // "MANILA - … Chinese coast guard ships fired water cannon at a Philippine boat, the foreign ministry said": an
                // unqualified state body that reports the sentence's news at its end speaks for the place the story was filed
                // from, not for the country named nearest before it.
                if (datelineCountry is { } dlIso && IsTrailingReporter(m) && NearestDecides(m) && _lex.CountryByIso3(dlIso) is { } dlc)
                {
                    _out[i] = WithCountry(m, dlc, "the dateline's, for a reporter at the sentence's end");
                    continue;
                }
                // "Japan's new prime minister … Chinese state media accused the new government": the government or the
                // opposition named with no country, after the sentence that introduced the article's first government, is
                // of that government's country: as "the government" with nothing to refer back to, or when no actor with a
                // country comes before it in its sentence ("The Peronist opposition conceded, and U.S. Treasury …").
                if (m.Name is { } gn && (gn.Equals("government", StringComparison.OrdinalIgnoreCase) || gn.Equals("opposition", StringComparison.OrdinalIgnoreCase)
                        || (gn.Equals("cabinet", StringComparison.OrdinalIgnoreCase) && m.Rule.Contains("(no earlier", StringComparison.Ordinal)))
                    && FirstGovernmentBefore(sentence) is { } fg
                    && (m.Rule.Contains("(no earlier", StringComparison.Ordinal) || !HasCountryActorBefore(i, sentence))
                    // "China imposed tariffs … Canadian farm groups asked the government to seek compensation": a sentence
                    // that names only one country before it, and another than the first government's, speaks of its own.
                    && !(OnlyCountryBefore(i, sentence) is { } own && own != fg.Iso3))
                {
                    _out[i] = WithCountry(m, fg, "the article's first government");
                    continue;
                }
                // "Myanmar's generals … the junta had ignored the plan": a junta with nothing of its kind named before is the
                // military last named in an earlier sentence.
                if (m.Name is { } jn && jn.Equals("junta", StringComparison.OrdinalIgnoreCase) && m.Rule.Contains("(no earlier", StringComparison.Ordinal)
                    && LastMilitaryBefore(sentence) is { } lm)
                {
                    _out[i] = WithCountry(m, lm, "the military named before it");
                    continue;
                }
                // "Supporters of opposition candidate Venancio Mondlane", "members of the jailed leader's party": a following
                // is of the country of the one it follows.
                // "Supporters of the jailed opposition leader": the mention stays civilians, as the actor files code it; an
                // event makes the following of an opposition figure the opposition (EventCode). The figure's country may
                // still be open here, so the mark is set now and the country is found below as for any role.
                if (m.Code == "CVL" && MatchRole(m.Tokens.FirstToken, m.Tokens.EndToken).Role is { } mrs
                    && FollowsOpposition(mrs.Lemma, FollowedMentionAfterOf(m.Tokens.EndToken, sentence, anyCountry: true)))
                    _out[i] = m = m with { Rule = m.Rule + FollowingOfOpposition };
                if (MatchRole(m.Tokens.FirstToken, m.Tokens.EndToken).Role is { } mr0 && IsMemberLemma(mr0.Lemma)
                    && FollowedActorAfterOf(m.Tokens.EndToken, sentence) is { } led)
                {
                    _out[i] = WithCountry(m, led, "that of the one they follow");
                    continue;
                }
                // "the leader of the Democratic Republic of Congo", "the army of Sudan": a country right after "of" owns the role.
                if (CountryActorAfterOf(m.Tokens.EndToken, sentence) is { } owner)
                {
                    _out[i] = WithCountry(m, owner, "the country after 'of'");
                    ShareRoleWithCoordinatedCountries(m.Tokens.EndToken + 1, sentence, m.Code, m.Tokens.TextIn(_doc));
                    continue;
                }
                // "talks between Venezuela's government and the opposition", "mediated between Kinshasa and the rebels": the
                // opposition or rebels named as the other party beside a state's organ are that state's own challengers,
                // however many other countries (the host, the mediator) the sentence names.
                if (m.Code is "OPP" or "REB" && CoordinatedStateOrganBefore(m, sentence) is { } side && _lex.CountryByIso3(side) is { } sc)
                {
                    _out[i] = WithCountry(m, sc, "that of the state organ coordinated with it");
                    continue;
                }
                // "hackers crippled the network of Kenya's tax office": doers who act from anywhere (roles flagged U) are placed
                // only by their own phrase ("Russian hackers", "hackers in Iran", "the hackers" named before), not by the
                // country of the sentence or the article, which is their target's.
                if (MatchRoleIn(m) is { IsUnplaced: true }) continue;
                // "Four Chinese workers were kidnapped by jihadists at a mine in southwestern Mali", "Turkey struck Kurdish
                // militants in northern Iraq", "gunmen abducted two Indian engineers near Kidal": armed men
                // with no country of their own are of the one country where the sentence says they act, not of their victims'
                // or attackers' nationality. A sentence with places in several countries leaves them to the rules below.
                // Gangs, bandits and kidnappers too ("Kenyan police officers exchanged fire with gang members near
                // Port-au-Prince"): criminals are of the place where they operate, not of the foreign force that fights them.
                if (m.Code is "REB" or "CRM" && ClausePlaceCountry(m.Tokens.FirstToken, ArmedPlacePrepositions) is { } armedIso && _lex.CountryByIso3(armedIso) is { } ac)
                {
                    _out[i] = WithCountry(m, ac, "where the sentence says they act");
                    continue;
                }
                // "gunmen opened fire on an army post, wounding two soldiers, said the Israeli military", "two officers were hurt,
                // the Kenyan police said": a state's forces that report, at the sentence's end, what befell bare forces of their own
                // kind speak of their own men. Only the speaker of the same role decides, and only when no other actor of that
                // role with another country stands in the sentence (then whose men they are stays open).
                if (m.Code is "MIL" or "COP" && TrailingSpeakerOfRole(m, sentence) is { } spk && _lex.CountryByIso3(spk) is { } spc)
                {
                    _out[i] = WithCountry(m, spc, "that of the forces of its kind reporting it");
                    continue;
                }
                string? only = null, nearest = null, nationalsAfter = null;
                bool several = false, onlyWholeStatesBefore = true, allOwnersAfter = true;
                bool stateOrgan = StateOrganRoles.Contains(m.Code) && !IsEnvoyMention(m);
                bool stateOrganOrForces = ActorLexicon.IsStateAgentSector(m.Code) && m.Tokens.FirstToken > 0 && Is(m.Tokens.FirstToken - 1, "the");
                foreach (var o in _out)
                {
                    if (o.Country is null || o.Code is null || _doc.SentenceOf(o.Tokens.FirstToken) != sentence || IsNewsOutlet(o)) continue;
                    if (InOtherClause(o.Tokens.FirstToken, m.Tokens.FirstToken)) continue;
                    // "drivers refused to travel …, and gunmen kidnapped two Chinese nationals": a country adjective on people or
                    // things named after the role (victims, cargo, weapons) says nothing of whose the role is.
                    // Before the role too: "… without access to the American market, and union leaders called for talks" (a market,
                    // a tariff, goods: things, not agents, named by the adjective).
                    if (o.IsModifier && o.Rule.StartsWith("country-adjective:", StringComparison.Ordinal)) continue;
                    // "Police detained two Ukrainians and a Belarusian near Lublin", "the court sentenced three Britons": nationals
                    // a state's organ acts on after it are named by their nationality because they are foreigners where it acts,
                    // so their country is not the organ's; they still show that the sentence names more than one country
                    // ("The tribunal found that Serbian forces had expelled thousands of Albanians" leaves the tribunal open).
                    // So are private people named by a nationality and their trade or plight ("Immigration agents detained 150
                    // Guatemalan workers in Nebraska", "police arrested three Nigerian traders in Accra"): the adjective tells
                    // what the people are, not whose agents act on them (session 60, actors60).
                    if (ActorLexicon.IsStateAgentSector(m.Code) && o.Tokens.FirstToken >= m.Tokens.EndToken && (IsNationalsMention(o) || IsNationalPeopleMention(o)))
                    {
                        nationalsAfter ??= o.Country;
                        continue;
                    }
                    // "The foreign ministry summoned the Japanese ambassador": a state's envoy serves abroad, so the organs of the
                    // state named beside him in the sentence are his host's, not his own country's.
                    if (stateOrgan && IsEnvoyMention(o)) continue;
                    // "protesters rallied near the US embassy in Manila", "the Pope prayed for the children": an embassy serves
                    // abroad and the Holy See has no people of its own, so neither lends its country to civilians beside it.
                    if (m.Code == "CVL" && (IsEnvoyMention(o) || o.Country == "VAT")) continue;
                    // "workers at the Escondida mine in northern Chile … the operator, BHP", "Chilean miners strike against BHP;
                    // government urges talks": a company named by its name operates abroad as often as at home, so its
                    // headquarters say nothing of whose the workers, police or government beside it are.
                    if (m.Code != "BUS" && o.Rule.StartsWith("organization:", StringComparison.Ordinal) && o.Code is { Length: 6 } oc6 && oc6.EndsWith("BUS", StringComparison.Ordinal)) continue;
                    // "troops would stay in southern Lebanon": a country named as a place does not compete for the role.
                    bool bareCountry = o.Rule.StartsWith("country:", StringComparison.Ordinal)
                        || (o.Rule.StartsWith("metonym:", StringComparison.Ordinal) && _lex.CountryByIso3(o.Country) is { } tc0 && o.Code == tc0.Cameo); // "in Gaza"
                    if (bareCountry && (AfterPlacePreposition(o.Tokens.FirstToken, 0)
                        || (o.Tokens.FirstToken >= 2 && PlacePrepositionsBySpan.Contains(Tok(o.Tokens.FirstToken - 2)) && char.IsLower(Tok(o.Tokens.FirstToken - 1)[0]))
                        || AcrossBorder(o.Tokens.FirstToken))) continue;
                    if (o.Tokens.FirstToken < m.Tokens.EndToken) allOwnersAfter = false;
                    // Other agents before the role (a company, journalists) are skipped; a country named as an object leaves it open.
                    if (o.Tokens.EndToken <= m.Tokens.FirstToken)
                    {
                        if (IsStateSide(o)) nearest = o.Country;
                        // "the Belarusian opposition leader urged the armed forces to side with protesters": an opposition
                        // addresses "the" forces, police or courts of its own state, whatever other country the sentence names.
                        else if (stateOrganOrForces && o.Code is { Length: 6 } opc && opc.EndsWith("OPP", StringComparison.Ordinal)) nearest = o.Country;
                        else if (_lex.CountryByIso3(o.Country) is { } oc && o.Code == oc.Cameo) nearest = null;
                    }
                    if (only is null) only = o.Country;
                    else if (only != o.Country) several = true;
                    if (o.Tokens.EndToken > m.Tokens.FirstToken || _lex.CountryByIso3(o.Country) is not { } whole || o.Code != whole.Cameo)
                        onlyWholeStatesBefore = false;
                }
                if (only is not null && nationalsAfter is not null && nationalsAfter != only) several = true;
                // "The United States and the EU criticised the arrest and called on the authorities to release protesters", in a
                // story about Georgia: a foreign state named only as a whole, before the role, speaks of the article's own state
                // organs, not of its own.
                bool foreignSpeaker = !several && only is not null && onlyWholeStatesBefore && dominantHere is not null && dominantHere != only
                    && StateOrganRoles.Contains(m.Code) && m.Tokens.FirstToken > 0 && Is(m.Tokens.FirstToken - 1, "the");
                if (foreignSpeaker) only = dominantHere;
                // "Egypt hosts rival Libyan delegations ... The UN envoy welcomed the meeting and urged the delegations to
                // return": the article's main country is only a guess at whose organs a foreign speaker means; the same role
                // named earlier with a country of its own says whose they are (session 54), unless that country itself speaks
                // before the role in the sentence (a state does not call on its own organs so); a country that only
                // qualifies another actor ("the UN envoy for Libya") does not speak.
                if (foreignSpeaker && EarlierSameRole(i) is { } spokenOf && spokenOf.Iso3 != dominantHere
                    && !StateSpeaksBefore(i, sentence, spokenOf.Iso3))
                {
                    _out[i] = WithCountry(m, spokenOf, "the same role named earlier");
                    continue;
                }
                // "The Health minister ... revealed that the government was launching a campaign, aided by US health officials",
                // in a story about Haiti: a definite state organ named before every country of its sentence is the article's.
                if (!several && !foreignSpeaker && allOwnersAfter && only is not null && dominantHere is not null && dominantHere != only
                    && IsDefiniteStateOrgan(m) && _lex.CountryByIso3(dominantHere) is { } articleCountry)
                {
                    _out[i] = WithCountry(m, articleCountry, "the article's main country; the sentence's other countries are named after it, for other actors");
                    continue;
                }
                // Several countries: the role belongs to the closest actor before it ("President Tokayev, who ordered
                // security forces …", "Guatemala would deploy soldiers along the border with Mexico"); with none before
                // it, whose role it is stays open.
                // "the Philippine Coast Guard … a coast guard spokesman": when the sentence leaves it open, the role is
                // the one the text named earlier with a country.
                // "raided the offices of a Chinese phone maker and arrested two executives": a company's people (a
                // representative business role) with no country of their own speak or suffer for the company named before
                // them in the sentence, not for the state that acts on them.
                if (several && m.Code == "BUS" && MatchRoleIn(m) is { IsRepresentative: true } && CompanyBefore(i, sentence) is { } company)
                {
                    _out[i] = WithCountry(m, company, "the company named before it");
                    continue;
                }
                if ((several && (nearest is null || !NearestDecides(m))) || (only is null && dominantHere is null))
                {
                    if (EarlierSameRole(i) is { } same)
                    {
                        _out[i] = WithCountry(m, same, "the same role named earlier");
                        continue;
                    }
                    if (several) continue;
                }
                if (several) only = nearest;
                // Armed men are not placed by the places alone: they may have come from elsewhere.
                string? fromPlaces = m.Code == "REB" ? null : placesCountry;
                // "Police arrested twelve protesters ... in Tel Aviv": a sentence that names no country but says where it
                // happens places its bare roles there, before the article's main country (which may be another side's).
                string? here = only is null && !several && m.Code != "REB" ? ClausePlaceCountry(m.Tokens.FirstToken) : null;
                string? fromDateline = m.Code == "REB" ? null : datelineCountry;
                var how = several ? "the nearest country before it" : foreignSpeaker ? "the article's main country, of which a foreign state speaks"
                    : only is not null ? "the sentence's country"
                    : here is not null ? "the sentence's place"
                    : dominantHere is not null ? "the article's main country"
                    : fromDateline is not null ? "the dateline's country" : "the country of the article's places";
                // "Twelve civilians were killed in a Russian missile strike on Kharkiv", "Israeli strikes killed 30 people in
                // Gaza": civilians are the people of the place they are harmed or live in, not of the state whose name or
                // adjective the sentence carries for another actor.
                if (m.Code == "CVL" && !several && PlacedPeopleNouns.Contains(Tok(m.Tokens.EndToken - 1).ToString())
                    && ClausePlaceCountry(m.Tokens.FirstToken, PeoplePlacePrepositions) is { } peoplePlace && peoplePlace != (only ?? here ?? dominantHere))
                {
                    only = peoplePlace; how = "the place they are in";
                }
                var country = _lex.CountryByIso3(only ?? here ?? dominantHere ?? fromDateline ?? fromPlaces ?? "");
                if (country is null) continue;
                string? besides = how == "the sentence's country" ? dominantHere ?? fromDateline ?? fromPlaces : null;
                _out[i] = WithCountry(m, country, how) with { CountryBesidesSentence = besides == country.Iso3 ? null : besides };
            }
        }

        /// <summary>A people named by its demonym alone ("two Ukrainians", "Afghans"), coded as the bare country: nationals,
        /// not an organ or a side of their state.</summary>
        private bool IsNationalsMention(ActorMention o) =>
            o.Rule.StartsWith("demonym:", StringComparison.Ordinal) && o.Country is { } iso && _lex.CountryByIso3(iso) is { } c && o.Code == c.Cameo;

        /// <summary>Sectors of private people (not organs of a state, a party or an armed group) that a nationality can qualify
        /// without making them a side of that state: civilians, workers, traders, refugees and migrants, farmers, students,
        /// health workers, clergy, journalists.</summary>
        private static readonly FrozenSet<string> PrivatePeopleSectors = Set("CVL", "LAB", "BUS", "REF", "AGR", "EDU", "HLH", "REL", "MED");

        /// <summary>Private people named by a country adjective and their role ("Guatemalan workers", "Afghan migrants",
        /// "two Nigerian traders"): a mention whose country comes only from its own adjective and whose sector is one of
        /// <see cref="PrivatePeopleSectors"/>. Invariant: false for organs ("Guatemalan police"), for parties and for
        /// countries named by name ("Guatemala's workers" says whose they are as a possessive does).</summary>
        private bool IsNationalPeopleMention(ActorMention o) =>
            o.Rule.StartsWith("country-adjective+role:", StringComparison.Ordinal) && o.Country is { } iso && _lex.CountryByIso3(iso) is { } c
            && o.Code is { } code && code.Length >= c.Cameo.Length + 3 && code.StartsWith(c.Cameo, StringComparison.Ordinal)
            && PrivatePeopleSectors.Contains(code.Substring(c.Cameo.Length, 3));

        /// <summary>Offices a state keeps in another country: their holders are abroad, among the host's organs.</summary>
        private static readonly FrozenSet<string> EnvoyRoles = Set("ambassador", "envoy", "embassy", "consulate", "consul",
            "consul general", "charge d'affaires", "diplomat");

        /// <summary>A mention of a state's envoy, embassy or diplomat abroad (<see cref="EnvoyRoles"/>), named with its country.</summary>
        private bool IsEnvoyMention(ActorMention o) =>
            !o.Rule.StartsWith("person:", StringComparison.Ordinal) && MatchRoleIn(o) is { } r && EnvoyRoles.Contains(r.Lemma);

        /// <summary>Roles of a state's own organs, which a foreign state speaks of but does not command.</summary>
        private static readonly FrozenSet<string> StateOrganRoles = Set("GOV", "COP", "JUD", "LEG");

        /// <summary>The country of the first government actor (a code of a country followed by GOV) in a sentence before
        /// <paramref name="sentence"/>, or null.</summary>
        private CountryEntry? FirstGovernmentBefore(int sentence)
        {
            if (_firstGovernmentSentence == -2)
            {
                _firstGovernmentSentence = -1;
                foreach (var o in _out)
                    if (o.Country is { } iso && o.Code is { } oc && _lex.CountryByIso3(iso) is { } c && oc.Length > c.Cameo.Length
                        && oc.StartsWith(c.Cameo, StringComparison.Ordinal) && oc.AsSpan(c.Cameo.Length).StartsWith("GOV"))
                    {
                        _firstGovernmentSentence = _doc.SentenceOf(o.Tokens.FirstToken);
                        _firstGovernment = c;
                        break;
                    }
            }
            return _firstGovernmentSentence >= 0 && _firstGovernmentSentence < sentence ? _firstGovernment : null;
        }

        /// <summary>The sentence and country of the article's first government actor (-2: not looked for yet; -1: none),
        /// found once, after every sentence was read.</summary>
        private int _firstGovernmentSentence = -2;
        private CountryEntry? _firstGovernment;

        /// <summary>The country of the last military actor (a country code followed by MIL) in a sentence before
        /// <paramref name="sentence"/>, or null.</summary>
        private CountryEntry? LastMilitaryBefore(int sentence)
        {
            CountryEntry? last = null;
            foreach (var o in _out)
            {
                if (_doc.SentenceOf(o.Tokens.FirstToken) >= sentence) break;
                if (o.Country is { } iso && o.Code is { } oc && _lex.CountryByIso3(iso) is { } c && oc.Length > c.Cameo.Length
                    && oc.StartsWith(c.Cameo, StringComparison.Ordinal) && oc.AsSpan(c.Cameo.Length).StartsWith("MIL")) last = c;
            }
            return last;
        }

        /// <summary>The one country of the coded actors before <paramref name="mention"/> in its sentence when none of them
        /// is a state side or the media; null when there are none, several, or such a speaker.</summary>
        private string? OnlyCountryBefore(int mention, int sentence)
        {
            string? found = null;
            for (int k = mention - 1; k >= 0; k--)
            {
                if (_doc.SentenceOf(_out[k].Tokens.FirstToken) != sentence) break;
                if (_out[k].Country is not { } c || _out[k].Code is not { } code) continue;
                // A state, or the media, speaking of "the government" may mean another country's ("Chinese state media
                // accused the new government"); only the country's own people and firms are read as meaning theirs.
                if (IsStateSide(_out[k]) || code.EndsWith("MED", StringComparison.Ordinal) || code.EndsWith("GOV", StringComparison.Ordinal)) return null;
                if (found is not null && found != c) return null;
                found = c;
            }
            return found;
        }

        /// <summary>True when a coded actor with a country comes before mention <paramref name="mention"/> in its sentence.</summary>
        private bool HasCountryActorBefore(int mention, int sentence)
        {
            for (int k = mention - 1; k >= 0; k--)
            {
                if (_doc.SentenceOf(_out[k].Tokens.FirstToken) != sentence) return false;
                if (_out[k].Country is not null && _out[k].Code is not null) return true;
            }
            return false;
        }

        /// <summary>
        /// "the foreign ministers of Chile and Argentina", "officials from Kosovo and Serbia", "the ambassadors of Germany,
        /// France and Italy": the role before "of"/"from" belongs to every country coordinated with the first, so each bare
        /// country mention in the list (starting after the first, which begins at <paramref name="from"/>) takes it.
        /// </summary>
        private void ShareRoleWithCoordinatedCountries(int from, int sentence, string role, string roleText)
        {
            int n = _doc.TokenCount;
            if (from < 0 || from >= n || _doc.SentenceOf(from) != sentence) return;
            if (Is(from, "the")) from++;
            int k = -1;
            for (int j = 0; j < _out.Count; j++) if (_out[j].Tokens.FirstToken == from) { k = j; break; }
            if (k < 0 || !IsBareCountry(_out[k])) return;
            int t = _out[k].Tokens.EndToken;
            for (int guard = 0; guard < 6 && t < n && _doc.SentenceOf(t) == sentence; guard++)
            {
                if (!(Is(t, ",") || Is(t, "and"))) return;
                int next = t + 1;
                if (Is(t, ",") && next < n && Is(next, "and")) next++;
                if (next < n && Is(next, "the")) next++;
                int q = -1;
                for (int j = k + 1; j < _out.Count; j++) if (_out[j].Tokens.FirstToken == next) { q = j; break; }
                if (q < 0 || !IsBareCountry(_out[q]) || _lex.CountryByIso3(_out[q].Country!) is not { } c) return;
                _out[q] = _out[q] with
                {
                    Code = c.Cameo + role, Rule = $"{_out[q].Rule}; coordinated with the country of '{roleText}' → {c.Cameo + role}",
                };
                k = q; t = _out[q].Tokens.EndToken;
            }
        }

        /// <summary>
        /// The token after a role where its place starts: past a participle that names a seat ("based", "headquartered",
        /// "registered", "incorporated") when "in" follows it, else <paramref name="t"/> itself.
        /// </summary>
        private int SeatParticipleEnd(int t, int sentence)
        {
            if (OwnPlaceEnd(t, sentence) is var own && own > t) return own;
            if (t + 1 >= _doc.TokenCount || _doc.SentenceOf(t + 1) != sentence || !Is(t + 1, "in")) return t;
            return SeatParticiples.Contains(Tok(t).ToString()) ? t + 1 : t;
        }

        /// <summary>
        /// "abducted a priest from his parish in Enugu state", "arrested a teacher at her home in Jaffna", "seized students
        /// from their school in Kaduna": the role's own place (a possessive and one or two nouns after "from" or "at")
        /// stands between it and the place, which is the role's as much as "a priest in Enugu state" would be. Returns the
        /// "in" after that place noun, or <paramref name="t"/> when the words are not so.
        /// </summary>
        private int OwnPlaceEnd(int t, int sentence)
        {
            if (!(Is(t, "from") || Is(t, "at")) || t + 3 >= _doc.TokenCount || _doc.SentenceOf(t + 3) != sentence) return t;
            if (!OwnPlacePossessives.Contains(Tok(t + 1).ToString())) return t;
            int k = t + 2;
            for (int n = 0; n < 2 && k < _doc.TokenCount && _doc.SentenceOf(k) == sentence && _doc.Token(k).Xpos is "NN" or "NNS"; n++) k++;
            return k > t + 2 && k < _doc.TokenCount && _doc.SentenceOf(k) == sentence && Is(k, "in") ? k : t;
        }

        private static readonly FrozenSet<string> OwnPlacePossessives = Set("his", "her", "their", "its");

        private static readonly FrozenSet<string> SeatParticiples = Set("based", "headquartered", "registered", "incorporated");

        private bool IsBareCountry(ActorMention o) =>
            o.Country is { } iso && o.Rule.StartsWith("country:", StringComparison.Ordinal) && _lex.CountryByIso3(iso) is { } c && o.Code == c.Cameo;

        /// <summary>True for hostages and prisoners of war, whom the sentence's country (often their captors') does not own.</summary>
        private bool IsCaptivesRole(ActorMention m)
        {
            var last = Tok(m.Tokens.EndToken - 1);
            return last.StartsWith("hostage", StringComparison.OrdinalIgnoreCase)
                || (last.Equals("war", StringComparison.OrdinalIgnoreCase) && m.Tokens.Length >= 3 && Is(m.Tokens.EndToken - 2, "of"));
        }

        /// <summary>The bare role <paramref name="m"/> placed in country <paramref name="c"/>: its code takes the country's CAMEO
        /// prefix, any earlier reason for leaving it open is cleared, and the rule trail says why (<paramref name="why"/>).</summary>
        private static ActorMention WithCountry(ActorMention m, CountryEntry c, string why) => m with
        {
            Code = c.Cameo + m.Code, Country = c.Iso3, Reason = null,
            Rule = $"{m.Rule}; country = {why} ({c.Name}) → {c.Cameo + m.Code}",
        };

        /// <summary>True when captive mention <paramref name="m"/> reports a seizure: "took 30 passengers hostage" (the role
        /// and the idiom's "hostage" in one mention), or hostages that a form of "take" or "seize" at most four tokens before
        /// them in the sentence governs ("taking dozens of hostages").</summary>
        private bool TakenHostage(ActorMention m, int sentence)
        {
            if (!Tok(m.Tokens.EndToken - 1).StartsWith("hostage", StringComparison.OrdinalIgnoreCase)) return false;
            if (m.Tokens.Length >= 2 && Tok(m.Tokens.EndToken - 1).Equals("hostage", StringComparison.OrdinalIgnoreCase)) return true;
            int lo = Math.Max(_doc.Sentence(sentence).FirstToken, m.Tokens.FirstToken - 4);
            for (int t = m.Tokens.FirstToken - 1; t >= lo; t--)
                if (_doc.Token(t).Lemma is "take" or "seize") return true;
            return false;
        }

        /// <summary>The one country of the places the sentence names before captive mention <paramref name="m"/> after a
        /// preposition of where people are (<see cref="PeoplePlacePrepositions"/>): the scene of their seizure. Null when
        /// those places lie in several countries, or there are none before it.</summary>
        private string? SeizedAtPlaceBefore(ActorMention m, int sentence)
        {
            string? found = null;
            var span = _doc.Sentence(sentence);
            for (int t = span.FirstToken; t < m.Tokens.FirstToken; t++)
            {
                if (!PeoplePlacePrepositions.Contains(Tok(t).ToString()) || CountryOfPlaceAt(t + 1, sentence) is not { } c) continue;
                if (found is not null && found != c) return null;
                found = c;
            }
            return found;
        }

        /// <summary>True for refugees, asylum seekers and migrants (not the displaced, who are mostly the country's own people).</summary>
        private bool IsForeignersRole(ActorMention m)
        {
            var last = Tok(m.Tokens.EndToken - 1);
            return last.StartsWith("refugee", StringComparison.OrdinalIgnoreCase) || last.StartsWith("migrant", StringComparison.OrdinalIgnoreCase)
                || (last.StartsWith("seeker", StringComparison.OrdinalIgnoreCase) && m.Tokens.EndToken - 2 >= 0 && Is(m.Tokens.EndToken - 2, "asylum"));
        }

        /// <summary>"near the border with Niger": the country across a border is a place, the other side of the
        /// sentence's own country, and lends no role its country.</summary>
        private bool AcrossBorder(int first) =>
            first >= 2 && Tok(first - 1).Equals("with", StringComparison.OrdinalIgnoreCase)
            && (Tok(first - 2).Equals("border", StringComparison.OrdinalIgnoreCase) || Tok(first - 2).Equals("borders", StringComparison.OrdinalIgnoreCase)
                || Tok(first - 2).Equals("frontier", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The country of the closest government or military actor before mention <paramref name="mention"/> in its sentence
        /// ("Israel's army chief visited troops in Gaza": the troops are his, not the place's), or null.
        /// </summary>
        private string? NearestStateBefore(int mention, int sentence)
        {
            for (int k = mention - 1; k >= 0; k--)
            {
                var o = _out[k];
                if (_doc.SentenceOf(o.Tokens.FirstToken) != sentence) return null;
                if (o.Country is { } iso && _lex.CountryByIso3(iso) is { } c && o.Code is { } oc && oc.StartsWith(c.Cameo, StringComparison.Ordinal)
                    && (oc.AsSpan(c.Cameo.Length).StartsWith("GOV") || oc.AsSpan(c.Cameo.Length).StartsWith("MIL"))) return iso;
            }
            return null;
        }

        /// <summary>True for a news outlet the lexicon names ("AFP", "Xinhua", "Reuters"): an agency credited for a story is
        /// of its own country, but says nothing of the country the story is about, so it never lends its country to the
        /// article's or the sentence's unplaced roles and titles ("authorities …, AFP reported" in a story on China).</summary>
        private static bool IsNewsOutlet(ActorMention m) =>
            m.Code is { } code && code.EndsWith("MED", StringComparison.Ordinal) && m.Rule.StartsWith("organization", StringComparison.Ordinal);

        /// <summary>
        /// True for a country named as a place or destination ("in Lebanon", "to leave for Georgia", "the border with Niger"),
        /// which says nothing of whose the article's other actors are.
        /// </summary>
        private bool NamedAsPlace(ActorMention m)
        {
            if (!m.Rule.StartsWith("country:", StringComparison.Ordinal)) return false;
            int f = m.Tokens.FirstToken;
            if (AfterPlacePreposition(f, 0) || AcrossBorder(f) || AfterModifiedPlacePreposition(f)) return true;
            return f >= 2 && Is(f - 1, "for") && (Is(f - 2, "leave") || Is(f - 2, "left") || Is(f - 2, "leaving") || Is(f - 2, "headed")
                || Is(f - 2, "bound") || Is(f - 2, "departed") || Is(f - 2, "sailed") || Is(f - 2, "set"));
        }

        /// <summary>The latest coded mention, in a sentence before <paramref name="sentence"/>, whose role (or the head
        /// noun of its role: "foreign ministers" for "the ministers") is the bare role of <paramref name="mention"/>.</summary>
        private ActorMention? EarlierRoleMention(int mention, int sentence)
        {
            var m = _out[mention];
            if (MatchRole(m.Tokens.FirstToken, m.Tokens.EndToken).Role is not { } role) return null;
            for (int r = _roles.Count - 1; r >= 0; r--)
            {
                var mr = _roles[r];
                if (mr.Mention >= mention) continue;
                var e = _out[mr.Mention];
                if (e.Code is null || _doc.SentenceOf(e.Tokens.FirstToken) >= sentence) continue;
                if (!(string.Equals(mr.Lemma, role.Lemma, StringComparison.OrdinalIgnoreCase) || string.Equals(mr.Head, role.Lemma, StringComparison.OrdinalIgnoreCase)))
                    continue;
                // "the ministers" are the ministers named before, not the one minister named last.
                if (role.IsPlural != IsPluralRoleMention(e)) continue;
                // Two holders from two countries named together: neither is the one meant (the sentence's country decides).
                if (!role.IsPlural && OtherCountryHolderBeside(r, e)) return null;
                return e.Code.Length > 3 || e.Code.StartsWith("IGO", StringComparison.Ordinal) || e.Country is not null ? e : null;
            }
            return null;
        }

        /// <summary>", the foreign ministry said.": a bare role after a comma or quote (and "the"), followed by a verb of
        /// saying, as the sentence's closing attribution.</summary>
        private bool IsTrailingReporter(ActorMention m)
        {
            int f = m.Tokens.FirstToken, e = m.Tokens.EndToken;
            if (f < 1 || e >= _doc.TokenCount) return false;
            int b = Is(f - 1, "the") ? f - 2 : f - 1; // ", the ministry said" and ", state television reported"
            if (b < 0) return false;
            var before = Tok(b);
            if (!(before is "," or "\"" or "”" or "'" or "’")) return false;
            return ReporterVerbs.Contains(Tok(e).ToString());
        }

        /// <summary>The country of the speaker that reports the sentence after <paramref name="m"/> (", said the Israeli
        /// military", ", the Kenyan police said", "according to the Malian army") when it is a state's forces of the same role
        /// as the bare role <paramref name="m"/>; null when there is none or another actor of that role in the sentence has
        /// another country.</summary>
        private string? TrailingSpeakerOfRole(ActorMention m, int sentence)
        {
            string? speaker = null;
            HashSet<string>? others = null;
            foreach (var o in _out)
            {
                if (ReferenceEquals(o, m) || o.Country is not { } iso || o.Code is not { } oc || _doc.SentenceOf(o.Tokens.FirstToken) != sentence
                    || _lex.CountryByIso3(iso) is not { } c || oc != c.Cameo + m.Code) continue;
                int f = o.Tokens.FirstToken, e = o.Tokens.EndToken;
                int b = f >= 1 && Is(f - 1, "the") ? f - 1 : f;
                bool speaks = f > m.Tokens.EndToken
                    && ((b >= 1 && ReporterVerbs.Contains(Tok(b - 1).ToString()) && b >= 2 && Is(b - 2, ","))
                        || (b >= 2 && Is(b - 1, "to") && Is(b - 2, "according"))
                        || IsTrailingReporter(o));
                if (speaks && speaker is null) speaker = iso;
                (others ??= new HashSet<string>(StringComparer.Ordinal)).Add(iso);
            }
            // "Russian troops shelled positions, wounding soldiers, the Ukrainian military said": two countries' forces, open.
            return speaker is not null && others!.Count == 1 ? speaker : null;
        }

        private static readonly FrozenSet<string> ReporterVerbs = Set("said", "says", "added", "reported", "stated", "announced", "told", "confirmed");

        /// <summary>True when the last role word inside the mention is plural ("European Union foreign ministers").</summary>
        private bool IsPluralRoleMention(ActorMention e) => MatchRoleIn(e) is { IsPlural: true };

        /// <summary>The country of the closest business mention (a code ending in BUS, with a country) before mention
        /// <paramref name="mention"/> in sentence <paramref name="sentence"/>, or null.</summary>
        private CountryEntry? CompanyBefore(int mention, int sentence)
        {
            int first = _out[mention].Tokens.FirstToken;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var o = _out[k];
                if (k == mention || o.Tokens.EndToken > first || _doc.SentenceOf(o.Tokens.FirstToken) != sentence) continue;
                if (o.Code is { } oc && oc.EndsWith("BUS", StringComparison.Ordinal) && o.Country is { } iso) return _lex.CountryByIso3(iso);
            }
            return null;
        }

        /// <summary>True when the sentence names the whole state <paramref name="iso3"/> before mention <paramref name="mention"/>
        /// as an actor of its own, not as the modifier of another actor's phrase ("the UN envoy for Libya").</summary>
        private bool StateSpeaksBefore(int mention, int sentence, string iso3)
        {
            if (_lex.CountryByIso3(iso3) is not { } c) return false;
            foreach (var o in _out)
                if (o.Country == iso3 && o.Code == c.Cameo && !o.IsModifier && _doc.SentenceOf(o.Tokens.FirstToken) == sentence
                    && o.Tokens.EndToken <= _out[mention].Tokens.FirstToken && !QualifiesActorBefore(o.Tokens.FirstToken)) return true;
            return false;
        }

        /// <summary>A country at <paramref name="first"/> in a "for", "to", "in", "on" or "of" phrase right after another
        /// actor's phrase ("the UN envoy for Libya", "the EU's ambassador to Libya"): it says whom that actor serves or where,
        /// and is no speaker of its own.</summary>
        private bool QualifiesActorBefore(int first)
        {
            if (first < 2 || !(Is(first - 1, "for") || Is(first - 1, "to") || Is(first - 1, "in") || Is(first - 1, "on") || Is(first - 1, "of"))) return false;
            foreach (var o in _out)
                if (o.Tokens.EndToken == first - 1) return true;
            return false;
        }

        /// <summary>
        /// The country of the latest earlier mention with a country whose role phrase has the same lemma as the role in
        /// the bare role mention <paramref name="mention"/> ("Philippine Coast Guard" for "a coast guard spokesman"), or null.
        /// </summary>
        private CountryEntry? EarlierSameRole(int mention)
        {
            int first = _out[mention].Tokens.FirstToken;
            while (first < _out[mention].Tokens.EndToken && MatchRole(first, _out[mention].Tokens.EndToken).Role is null) first++;
            if (MatchRole(first, _out[mention].Tokens.EndToken).Role is not { } role) return null;
            for (int r = _roles.Count - 1; r >= 0; r--)
            {
                var mr = _roles[r];
                if (mr.Mention >= mention || !string.Equals(mr.Lemma, role.Lemma, StringComparison.OrdinalIgnoreCase)) continue;
                if (_out[mr.Mention].Country is { } iso && _lex.CountryByIso3(iso) is { } c) return c;
            }
            return null;
        }

        /// <summary>
        /// A state's own agents (government, military, police, courts, legislature, intelligence) follow the closest state
        /// actor named before them. Refugees take the country they fled, rebels fight the state named near them, and
        /// mediators stand between the parties, so for them the nearest country is no evidence.
        /// </summary>
        private static bool NearestDecides(ActorMention role) =>
            // a state sector, with its sub-sector ("health minister" GOVHLH, "information minister" GOVMED)
            (role.Code is { } rc && ActorLexicon.IsStateAgentSector(rc)
                && role.Name?.StartsWith("mediator", StringComparison.OrdinalIgnoreCase) != true)
            || (role.Code == "MED" && role.Name?.StartsWith("state", StringComparison.OrdinalIgnoreCase) == true) // "state television"
            // "Belarus freed 52 prisoners after a visit by a U.S. envoy": prisoners with no nationality are held by the
            // state that frees, pardons or deports them, the nearest before them, and are its people
            || (role.Code == "CVL" && role.Name is { } pn && ActorLexicon.IsPrisonerRoleName(pn))
            // "Niger's junta released a former minister … and let him fly to Togo": former officials (elites) with no country of
            // their own are the people of the state that holds, frees or tries them, named nearest before them
            || role.Code == "ELI";

        /// <summary>
        /// The country of the state organ that <paramref name="role"/> is coordinated after ("Venezuela's government and the
        /// opposition", "Kinshasa and the rebels", "the Colombian government and armed rebels"): the actor that ends right
        /// before "and", with at most "the" and one lower-case modifier between "and" and the role, when it is a state
        /// organ of a country (<see cref="IsStateSide"/>, a capital standing for its government included). Null otherwise.
        /// </summary>
        private string? CoordinatedStateOrganBefore(ActorMention role, int sentence)
        {
            int k = role.Tokens.FirstToken - 1;
            if (Is(k, "the")) k--;
            else if (k >= 0 && char.IsLower(Tok(k)[0]) && !Is(k, "and")) { k--; if (Is(k, "the")) k--; }
            if (!Is(k, "and")) return null;
            foreach (var o in _out)
                if (o.Tokens.EndToken == k && _doc.SentenceOf(o.Tokens.FirstToken) == sentence && o.Code is { } oc && o.Country is not null
                    && oc.Length > 3 && IsStateSide(o))
                    return o.Country;
            return null;
        }

        /// <summary>A country's state agent (GOV, MIL, COP, JUD, LEG, SPY, ELI), or a country name as the subject of a verb.</summary>
        private bool IsStateSide(ActorMention o)
        {
            if (o.Country is null || o.Code is null || _lex.CountryByIso3(o.Country) is not { } c || !o.Code.StartsWith(c.Cameo, StringComparison.Ordinal)) return false;
            var role = o.Code.AsSpan(c.Cameo.Length);
            // A bare country name speaks for its state only as a subject ("Guatemala would deploy soldiers"), not as
            // an object or a place ("Egypt thanked Qatar as officials met").
            if (role.Length == 0) return o.Rule.StartsWith("country:", StringComparison.Ordinal) && SubjectFollows(o.Tokens.EndToken, _doc.TokenCount);
            return role.StartsWith("GOV") || role.StartsWith("MIL") || role.StartsWith("COP") || role.StartsWith("JUD")
                || role.StartsWith("LEG") || role.StartsWith("SPY") || role.StartsWith("ELI");
        }

        /// <summary>The one country most often named by the article's places ("in Nairobi", "from Marsabit"), or null.</summary>
        private string? PlacesCountry()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int t = 0; t < _doc.TokenCount; t++)
                if ((Is(t, "in") || Is(t, "from") || Is(t, "of")) && CountryOfPlaceAfter(t, _doc.SentenceOf(t)) is { } c)
                    counts[c] = counts.GetValueOrDefault(c) + 1;
            if (counts.Count == 0) return null;
            var top = counts.MaxBy(kv => kv.Value);
            return counts.Count(kv => kv.Value == top.Value) == 1 ? top.Key : null;
        }

        /// <summary>The one country of the places the sentence names after a preposition of place or way ("in Tel Aviv",
        /// "marched through Madrid", "blocked the highway to Lima", "clashed outside Congress in Lima", "the road between
        /// Quito and Guayaquil"), or null when it names none or places in several countries.</summary>
        private string? SentencePlaceCountry(int sentence, FrozenSet<string>? prepositions = null)
        {
            prepositions ??= SentencePlacePrepositions;
            string? found = null;
            var span = _doc.Sentence(sentence);
            for (int t = span.FirstToken; t < span.EndToken; t++)
            {
                if (!prepositions.Contains(Tok(t).ToString()) || CountryOfPlaceAt(t + 1, sentence) is not { } c) continue;
                if (found is not null && found != c) return null;
                found = c;
            }
            return found;
        }

        /// <summary>People who are where they are harmed or live: their country is the place's (<see cref="PeoplePlacePrepositions"/>).</summary>
        private static readonly FrozenSet<string> PlacedPeopleNouns = Set("civilian", "civilians", "resident", "residents", "villager",
            "villagers", "inhabitant", "inhabitants", "passenger", "passengers", "worshipper", "worshippers", "pedestrian", "pedestrians",
            "bystander", "bystanders", "shopper", "shoppers",
            // "Israel denied that its forces had fired on crowds of aid seekers near a distribution site in Rafah": a crowd
            // is of the place it gathers in, not of the state whose forces face it.
            "crowd", "crowds");

        /// <summary>Prepositions before the place people are harmed or live in: where they are, and "on" of what struck it
        /// ("a strike on Kharkiv"); not where a way leads ("fled to Chad").</summary>
        private static readonly FrozenSet<string> PeoplePlacePrepositions = Set("in", "at", "near", "on", "outside", "around", "across");

        /// <summary>Prepositions before the place where armed men act: where they are ("in", "near"), not where a way leads
        /// ("fled to Chad") nor what is struck ("a strike on Kharkiv", which may be the attackers' enemy's).</summary>
        private static readonly FrozenSet<string> ArmedPlacePrepositions = Set("in", "at", "near", "outside", "around");

        /// <summary>Prepositions before a place the sentence's bare roles are placed in when it names no country: where
        /// they are ("in", "at", "near", "outside", "around") or where their way leads ("through", "across", "to", "into",
        /// "towards", "between"). A sentence whose only places lie in one country happens there.</summary>
        private static readonly FrozenSet<string> SentencePlacePrepositions = Set("in", "through", "across", "at", "near", "outside",
            "around", "to", "into", "towards", "toward", "between");

        /// <summary>The country of a coded actor with a country that starts right after "of" (and an optional "the") at token
        /// <paramref name="t"/>, or null.</summary>
        private CountryEntry? FollowedActorAfterOf(int t, int sentence) =>
            FollowedMentionAfterOf(t, sentence) is { Country: { } iso } ? _lex.CountryByIso3(iso) : null;

        /// <summary>The coded actor with a country that starts right after "of" (and an optional "the") at token
        /// <paramref name="t"/>, or null.</summary>
        private ActorMention? FollowedMentionAfterOf(int t, int sentence, bool anyCountry = false)
        {
            if (t >= _doc.TokenCount || _doc.SentenceOf(t) != sentence || !Is(t, "of")) return null;
            int k = t + 1;
            if (k < _doc.TokenCount && Is(k, "the")) k++;
            // "supporters of the jailed opposition leader": words of the holder's lot stand before the role's mention.
            // "supporters of jailed former Prime Minister Imran Khan", "of former President Evo Morales" (session 52): without
            // "the" too, and a word that puts the holder out of office, which the title+person mention after it does not
            // include.
            // The mention may begin at any of those words ("the former president" is one ELI mention) or right after them.
            int k0 = k;
            while (k < _doc.TokenCount && _doc.SentenceOf(k) == sentence
                   && (HolderDescriptionsBySpan.Contains(Tok(k)) || Is(k, "former") || Is(k, "ousted") || Is(k, "deposed") || Is(k, "exiled")))
                k++;
            foreach (var o in _out)
                if (o.Tokens.FirstToken >= k0 && o.Tokens.FirstToken <= k && (anyCountry || o.Country is not null) && o.Code is not null && !o.IsModifier) return o;
            return null;
        }

        /// <summary>True when <paramref name="owner"/> is the last conjunct of a coordination whose previous conjunct, right
        /// before it past "and", "or" or a comma, is an actor of another country ("Mali, Burkina Faso and Niger").</summary>
        private bool CoordinatedWithOtherCountry(ActorMention owner)
        {
            int first = owner.Tokens.FirstToken;
            if (first < 1 || !(Is(first - 1, "and") || Is(first - 1, "or") || Is(first - 1, ","))) return false;
            foreach (var o in _out)
                if (!ReferenceEquals(o, owner) && o.Tokens.EndToken == first - 1 && o.Country is not null && o.Country != owner.Country) return true;
            return false;
        }

        /// <summary>True when a supporter, loyalist or follower (<paramref name="memberLemma"/>) follows an actor coded as the
        /// opposition (an opposition leader, candidate or figure: "OPP" before its country is known, "XXXOPP" after) or as a
        /// former office holder ("ELI": "supporters of former President Evo Morales", "followers of the imprisoned ex-prime
        /// minister"; session 52, the tunable gold codes such followings OPP four times to once CVL): a following of the
        /// opposition, or of a leader out of office, is the opposition to the government of the day. Members, activists and
        /// workers of a person are left as they are.</summary>
        private static bool FollowsOpposition(string memberLemma, ActorMention? followed) =>
            memberLemma is "supporter" or "loyalist" or "follower" && followed?.Code is { } fc
            && (fc is "OPP" or "ELI" || fc.Length == 6 && (fc.EndsWith("OPP", StringComparison.Ordinal) || fc.EndsWith("ELI", StringComparison.Ordinal)));

        /// <summary>The country of a bare country mention right after "of" and an optional "the" at token <paramref name="t"/>, or null.</summary>
        private CountryEntry? CountryActorAfterOf(int t, int sentence)
        {
            if (t >= _doc.TokenCount || _doc.SentenceOf(t) != sentence || !Is(t, "of")) return null;
            int k = t + 1;
            if (k < _doc.TokenCount && Is(k, "the")) k++;
            foreach (var o in _out)
                if (o.Tokens.FirstToken == k && o.Country is { } iso && o.Rule.StartsWith("country:", StringComparison.Ordinal)
                    && _lex.CountryByIso3(iso) is { } c && o.Code == c.Cameo)
                    return c;
            return null;
        }

        /// <summary>
        /// The country of a place named right after a role: "in", "from" or "of", an optional "the", then a gazetteer
        /// name of up to four capitalised words (a lower-case designator may end it: "Borno state"). Null when there
        /// is no such place, or the name is also an actor (a country or organisation is coded on its own).
        /// </summary>
        private string? CountryOfPlaceAfter(int t, int sentence)
        {
            int n = _doc.TokenCount;
            if (t >= n || _doc.SentenceOf(t) != sentence) return null;
            if (!(Is(t, "in") || Is(t, "from") || Is(t, "of"))) return null;
            return CountryOfPlaceAt(t + 1, sentence);
        }

        /// <summary>The country of a gazetteer place whose name starts at token <paramref name="k"/> (after an optional "the"), or null.</summary>
        private string? CountryOfPlaceAt(int k, int sentence)
        {
            int n = _doc.TokenCount;
            if (k >= n || _doc.SentenceOf(k) != sentence) return null;
            if (k < n && Is(k, "the")) k++;
            // "in the Honduran city of San Pedro Sula", "in the northern town of Gao", "in the port city of Sudan": the place
            // is named after "of" behind a settlement word and its modifiers.
            if (SettlementOf(k, sentence) is var named && named > k)
            {
                // "the Mexican city of Tula", "the Georgian port of Batumi": a country adjective among the settlement's
                // modifiers says whose the place is, whichever namesake the gazetteer ranks first. Only an adjective or
                // demonym form, not a name ("the Georgia town of" is a US state's).
                for (int j = k; j < named - 2; j++)
                    if (IsCap(Tok(j)) && _lex.TryGetCountry(Tok(j), out var adjective)
                        && !Tok(j).Equals(adjective.Name, StringComparison.OrdinalIgnoreCase))
                        return adjective.Iso3;
                return CountryOfPlaceAt(named, sentence);
            }
            if (CountryOfAdjectivedSettlement(k, sentence) is { } settlementCountry) return settlementCountry;
            // "rebels in eastern Congo", "in the far north of Cameroon" reads its own way: a compass word before a name is part
            // of where, not of what.
            // (Only a lower-case one: "the Central African Republic" starts its own name.)
            // "in neighbouring Burkina Faso", "in northwest Nigeria": any locative modifier (session 57).
            if (k + 1 < n && _doc.SentenceOf(k) == sentence && char.IsLower(Tok(k)[0])
                && (CompassWords.Contains(Tok(k).ToString()) || IsLocativePlaceModifier(k)) && IsCap(Tok(k + 1))) k++;
            if (k >= n || _doc.SentenceOf(k) != sentence || !IsCap(Tok(k))) return null;
            int last = k;
            while (last + 1 < n && last + 1 - k < 4 && _doc.SentenceOf(last + 1) == sentence
                   && (IsCap(Tok(last + 1)) || Is(last + 1, "state") || Is(last + 1, "province") || Is(last + 1, "region"))) last++;
            var gazetteer = Places.Gazetteer.Default;
            for (int end = last; end >= k; end--)
            {
                var name = _doc.Text.AsSpan(_doc.Token(k).Start, _doc.Token(end).End - _doc.Token(k).Start);
                var entries = gazetteer.LookupEntries(name);
                if (entries.Count == 0) continue;
                var best = Places.Gazetteer.Best(entries, null);
                // "Newcastle in KwaZulu-Natal", "Tula, Mexico": a country or first-level division right after the name says
                // which namesake it is, or where a place the gazetteer lacks lies.
                // A country is no namesake, and "Uzbekistan, Kyrgyzstan and Tajikistan" is a list.
                return (best?.Feature == "country" ? null : QualifierCountry(end + 1, sentence)) ?? best?.Country;
            }
            // "in Cook County, Illinois", "in Kikwit, Congo": a place the gazetteer lacks is placed by the country or
            // first-level division that qualifies it.
            return QualifierCountry(last + 1, sentence);
        }

        /// <summary>
        /// The country of a qualifier that follows a place name at token <paramref name="t"/>: "," or "in", then a country or
        /// a first-level division of up to three capitalised words ("in KwaZulu-Natal", ", Texas"). Null when there is none, or
        /// when, after a comma, a verb or a conjunction follows it (the clause's subject, or a list).
        /// </summary>
        private string? QualifierCountry(int t, int sentence)
        {
            int n = _doc.TokenCount;
            if (t + 1 >= n || _doc.SentenceOf(t + 1) != sentence || !(Is(t, ",") || Is(t, "in")) || !IsCap(Tok(t + 1))) return null;
            var gazetteer = Places.Gazetteer.Default;
            for (int end = Math.Min(t + 3, n - 1); end > t; end--)
            {
                if (_doc.SentenceOf(end) != sentence || !IsCap(Tok(end))) continue;
                var name = _doc.Text.AsSpan(_doc.Token(t + 1).Start, _doc.Token(end).End - _doc.Token(t + 1).Start);
                string? iso = gazetteer.CountryCode(name);
                if (iso is null)
                    foreach (var e in gazetteer.LookupEntries(name))
                        if (e.Feature == "admin1") { iso = e.Country; break; }
                if (iso is null) continue;
                // "in Geneva, Iran said" (the clause's subject); "in Goma, North Kivu and Ituri" (a list).
                if (Is(t, ",") && end + 1 < n && (_doc.Token(end + 1).Upos is Upos.VERB or Upos.AUX || Is(end + 1, "and") || Is(end + 1, "or")))
                    return null;
                return iso;
            }
            return null;
        }

        /// <summary>Words for a settlement or area that a name follows after "of" ("the city of Kharkiv").</summary>
        private static readonly FrozenSet<string> SettlementWords = FrozenSet.ToFrozenSet(
            ["city", "town", "village", "port", "capital", "district", "province", "region", "state", "county", "area", "enclave"],
            StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The token after "of" when a settlement word, after at most three modifiers ("southern", "Lebanese", "port",
        /// "border"), and "of" start at <paramref name="k"/> ("Honduran city of", "northern border town of"); else -1.
        /// </summary>
        private int SettlementOf(int k, int sentence)
        {
            int n = _doc.TokenCount;
            for (int j = k; j < n && j <= k + 3 && _doc.SentenceOf(j) == sentence; j++)
            {
                if (SettlementWords.Contains(Tok(j).ToString()) && j + 2 < n && Is(j + 1, "of") && _doc.SentenceOf(j + 2) == sentence) return j + 2;
                if (_doc.Token(j).Upos is not (Upos.ADJ or Upos.NOUN or Upos.PROPN)) return -1;
            }
            return -1;
        }

        // ------------------------------------------------------------ token helpers

        private ReadOnlySpan<char> Tok(int i) => _caseView is { } v && v[i] is { } read ? read : _doc.Token(i).Span;

        /// <summary>True when "of" at <paramref name="at"/> opens a phrase of a few words ending in plural states ("of two
        /// dozen Western countries", "of member states"), before any punctuation.</summary>
        private bool OfManyStates(int at)
        {
            if (!Is(at, "of")) return false;
            for (int k = at + 1; k < at + 6 && k < _doc.TokenCount; k++)
            {
                // "the national security advisers of India and the United States" (eb73068): "States" inside a country's own
                // name is one state, not many; the role is shared by the countries named (ShareRoleWithCoordinatedCountries).
                if ((Is(k, "countries") || Is(k, "nations") || Is(k, "states")) && !InCountryName(k)) return true;
                if (_doc.Token(k).Upos is Upos.PUNCT or Upos.VERB or Upos.ADP) return false;
            }
            return false;
        }

        /// <summary>True when token <paramref name="k"/> lies inside a mention read as a country's name ("the United States",
        /// "the United Arab Emirates").</summary>
        private bool InCountryName(int k)
        {
            foreach (var o in _out)
                if (o.Tokens.FirstToken <= k && k < o.Tokens.EndToken && o.Rule.StartsWith("country", StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>True when a semicolon stands in [<paramref name="from"/>, <paramref name="to"/>): the clauses it joins
        /// are told as two sentences.</summary>
        private bool SemicolonBetween(int from, int to)
        {
            for (int i = from; i < to; i++)
                if (Is(i, ";")) return true;
            return false;
        }

        /// <summary>True when token <paramref name="i"/> is <paramref name="word"/>; a position outside the document is no word
        /// (the token after a mention that ends the text: a headline-only article ends without a full stop, "... Of Migrants").</summary>
        private bool Is(int i, string word) => (uint)i < (uint)_doc.TokenCount && Tok(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private static bool IsCap(ReadOnlySpan<char> s) => s.Length > 0 && char.IsUpper(s[0]);

        private bool IsPossessive(int i)
        {
            var s = Tok(i);
            return s is "'s" or "\u2019s" or "'" or "\u2019" or "'S" or "\u2019S";
        }

        /// <summary>True when there is no character between token i-1 and token i (e.g. a split hyphen).</summary>
        private bool Glued(int i) => i > 0 && _doc.Token(i - 1).End == _doc.Token(i).Start;

        /// <summary>
        /// Writes tokens [first, end) as a lookup key: straight apostrophes, one space where the text has any
        /// gap between tokens, none where tokens touch ("al-Sharaa" is one key however it was tokenized).
        /// Returns the key length, or -1 when longer than any lexicon key.
        /// </summary>
        private int Key(int first, int end)
        {
            int n = 0;
            for (int i = first; i < end; i++)
            {
                if (i > first && !Glued(i)) { if (n >= _buf.Length) return -1; _buf[n++] = ' '; }
                var s = Tok(i);
                if (n + s.Length > _buf.Length) return -1;
                for (int k = 0; k < s.Length; k++) _buf[n++] = s[k] == '\u2019' ? '\'' : ActorLexicon.Fold(s[k]);
            }
            return n;
        }

        private (int Len, NameEntry[]? Entries) MatchName(int i, int end)
        {
            if (i >= end) return (0, null);
            int k0 = Key(i, i + 1);
            if (k0 <= 0) return (0, null);
            if (!_lex.CanStartName(_buf.AsSpan(0, k0))) return CapitalisedParticleName(i, end, k0);
            Span<int> ends = stackalloc int[MaxKeyTokens + 1];
            int max = Prefixes(i, end, _lex.MaxNameKeyLength, ends);
            for (int n = max; n >= 1; n--)
                if (_lex.TryGetNamesFolded(_buf.AsSpan(0, ends[n]), out var e)) return (n, e);
            return (0, null);
        }

        /// <summary>
        /// "Von der Leyen said …", "De Mistura: talks must resume": a listed person whose name opens with a lower-case
        /// particle ("von der Leyen", "de Mistura") is written with a capital where a sentence or a headline begins. There
        /// the first letter is tried in lower case. Invariant: only person names whose listed form starts in lower case
        /// match this way, and only at the sentence's first token or in a headline, so a capitalised common word inside a
        /// sentence is never read as such a name. <paramref name="k0"/> is the length of token i's key in the buffer.
        /// </summary>
        private (int Len, NameEntry[]? Entries) CapitalisedParticleName(int i, int end, int k0)
        {
            if (!char.IsUpper(_buf[0]) || !(_inHeadline || i == _sentenceFirstToken)) return (0, null);
            _buf[0] = char.ToLowerInvariant(_buf[0]);
            if (!_lex.CanStartName(_buf.AsSpan(0, k0))) return (0, null);
            Span<int> ends = stackalloc int[MaxKeyTokens + 1];
            int max = Prefixes(i, end, _lex.MaxNameKeyLength, ends);
            _buf[0] = char.ToLowerInvariant(_buf[0]);
            for (int n = max; n >= 2; n--)
                if (_lex.TryGetNamesFolded(_buf.AsSpan(0, ends[n]), out var e) && Array.TrueForAll(e, x => x.Kind == NameKind.Person)) return (n, e);
            return (0, null);
        }

        /// <summary>
        /// Writes the key of tokens [i, i + n) for the largest n ≤ <see cref="MaxKeyTokens"/> whose key fits in
        /// <paramref name="maxChars"/>, once, and records in ends[m] the length of the key of the first m tokens (the
        /// key of m tokens is a prefix of the key of n). Returns n. Same text as <see cref="Key"/>.
        /// </summary>
        private int Prefixes(int i, int end, int maxChars, Span<int> ends)
        {
            int n = 0, len = 0, stop = Math.Min(MaxKeyTokens, end - i);
            ends[0] = 0;
            while (n < stop)
            {
                int t = i + n;
                var s = Tok(t);
                int extra = (n > 0 && !Glued(t) ? 1 : 0) + s.Length;
                if (len + extra > maxChars || len + extra > _buf.Length) break;
                if (n > 0 && !Glued(t)) _buf[len++] = ' ';
                for (int k = 0; k < s.Length; k++) _buf[len++] = s[k] == '\u2019' ? '\'' : ActorLexicon.Fold(s[k]);
                ends[++n] = len;
            }
            return n;
        }

        private (int Len, RoleEntry? Role) MatchRole(int i, int end)
        {
            if (i >= end) return (0, null);
            // "PM Narendra Modi", "Outgoing PM Cerar": the headline and wire abbreviation of "prime minister". Only in capitals
            // and before a capitalised name: role keys are matched without case, and "3 pm" is a time.
            if (i + 1 < end && Tok(i).SequenceEqual("PM") && IsCap(Tok(i + 1)) && !IsPossessive(i + 1)
                && !(i > 0 && char.IsDigit(Tok(i - 1)[^1]))
                && _lex.TryGetRoleFolded("prime minister", out var pm))
                return (1, pm);
            if (HeadlineTitleAbbreviation(i, end) is { } abbreviated) return (1, abbreviated);
            int k0 = Key(i, i + 1);
            if (k0 <= 0 || !_lex.CanStartRole(_buf.AsSpan(0, k0))) return (0, null);
            Span<int> ends = stackalloc int[MaxKeyTokens + 1];
            int max = Prefixes(i, end, _lex.MaxRoleKeyLength, ends);
            for (int n = max; n >= 1; n--)
                if (_lex.TryGetRoleFolded(_buf.AsSpan(0, ends[n]), out var r))
                {
                    // "assembly" alone is a legislature only as the head of a body's name ("Punjab Assembly", "the Nairobi
                    // County Assembly"); in lower case it is a gathering or a factory line ("freedom of assembly",
                    // "unlawful assembly", "assembly plants").
                    if (n == 1 && r.Lemma.Equals("assembly", StringComparison.Ordinal) && !IsCap(Tok(i))) return (0, null);
                    // "the public" is the people of the country ("police asked the public for help", CVL) only as a noun of its own:
                    // before a noun or an adjective it is a modifier ("the public broadcaster", "public sector unions", "the public
                    // health system"), and without "the" it is the adjective or "in public".
                    if (n == 1 && r.Lemma.Equals("public", StringComparison.Ordinal)
                        && (!Is(i - 1, "the") || (i + 1 < _doc.TokenCount && _doc.TokUpos(i + 1) is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM)))
                        return (0, null);
                    return (n, r);
                }
            return (0, null);
        }

        private string Text(int first, int end) => _caseView is null || end <= first ? new TokenRange(first, end).TextIn(_doc) : ViewText(first, end);

        // ------------------------------------------------------------ sentence scan

        private void Sentence(int first, int end)
        {
            int i = first;
            _sentenceFirstToken = first;
            _lastBareTitle = -1;
            TagNames(first, end);
            // The dateline's place is where the story was filed, not an actor ("LATAKIA, Syria (AP) —"); its outlet is read.
            while (i < end && _doc.Token(i).Start < _datelinePlaceEnd) i++;
            while (i < end)
            {
                int next = TryAt(i, first, end);
                if (next > i && next < end && Is(next, "(") && _out.Count > 0 && _out[^1].Tokens.EndToken == next && TryDefineAcronym(next, end) is var da && da > next)
                {
                    i = da;
                    continue;
                }
                if (next > i && _lastBareTitle == _out.Count - 1 && _lastBareTitle >= 0 && _out[_lastBareTitle].Tokens.EndToken == next)
                    next = ReverseApposition(next, end);
                // "The interior minister of Ecuador, John Reimberg,": the holder's name after the role and its country.
                else if (next > i && _lastBareTitle >= 0 && _lastBareTitle == _out.Count - 2 && _out[^1].Tokens.EndToken == next
                    && _out[^1].Tokens.FirstToken == _out[_lastBareTitle].Tokens.EndToken + 1 && Is(_out[_lastBareTitle].Tokens.EndToken, "of")
                    && _out[^1].Rule.StartsWith("country:", StringComparison.Ordinal))
                    next = ReverseApposition(next, end);
                // "the governor of Monte Cristi province, Nelsy Cruz,", "minister for Bougainville affairs, Manasseh Makiba,":
                // the holder's name after the role and a place or portfolio the lexicon does not know.
                else if (next == i && Is(i, ",") && _lastBareTitle >= 0 && _lastBareTitle == _out.Count - 1 && OfficeComplementEndsAt(_out[^1].Tokens.EndToken, i))
                    next = ReverseApposition(i, end);
                // "a director in the Ministry of Trade, Kofi Mensah,", "the deputy speaker of the National Assembly (Kenya's
                // lower house), Peter Kamau,": the holder's name after a title and the body it serves in.
                else if (next == i && Is(i, ",") && i > first + 2)
                    next = HolderAfterBody(i, first, end);
                i = next > i ? next : i + 1;
            }
        }

        /// <summary>Prepositions that join a title to the body its holder serves in ("director in the ministry", "secretary
        /// at the embassy", "speaker of the assembly", "spokesman for the army").</summary>
        private static readonly FrozenSet<string> ServiceBodyPrepositions = Set("in", "at", "of", "for");

        /// <summary>
        /// "a director in the Ministry of Trade, Kofi Mensah, said", "the permanent secretary in the Ministry of Foreign
        /// Affairs, Maria Lopez,", "Deputy Speaker of the National Assembly (Kenya's lower house), Peter Kamau,": a name set off
        /// by a comma after a singular title and the body it serves in (with the body's own "of …" words, or a parenthesised
        /// gloss) is the title's holder, coded as the body (or as the gloss, when it names the body with its country: the
        /// gloss says whose assembly it is). Returns <paramref name="comma"/> when the words are not so.
        /// </summary>
        private int HolderAfterBody(int comma, int sentFirst, int end)
        {
            if (comma + 2 >= end || !IsCap(Tok(comma + 1)) || _out.Count == 0) return comma;
            int stop = comma, gloss = -1;
            if (Is(comma - 1, ")"))
            {
                int open = comma - 2;
                while (open > sentFirst && comma - open < 10 && !Is(open, "(")) open--;
                if (!Is(open, "(")) return comma;
                for (int k = _out.Count - 1; k >= 0 && _out[k].Tokens.FirstToken > open; k--)
                    if (_out[k].Tokens.EndToken < comma && _out[k] is { Country: not null, Code: not null, IsModifier: false }) { gloss = k; break; }
                stop = open;
            }
            int body = -1;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Tokens.FirstToken >= stop) continue;
                if (m.Tokens.EndToken == stop || OfficeComplementEndsAt(m.Tokens.EndToken, stop) || BodyNameEndsAt(m.Tokens.EndToken, stop)) body = k;
                break;
            }
            if (body < 0 || _out[body].IsModifier || _out[body].Code is null) return comma;
            var b = _out[body];
            // The body is an institution or a role phrase, never a person or a bare country ("the ambassador of Peru, X" is
            // ReverseApposition's).
            if (!(b.Rule.StartsWith("role:", StringComparison.Ordinal) || b.Rule.StartsWith("memory: the", StringComparison.Ordinal)
                  || b.Rule.StartsWith("organization", StringComparison.Ordinal) || b.Rule.StartsWith("named-organization", StringComparison.Ordinal)
                  || b.Rule.StartsWith("institution-name", StringComparison.Ordinal) || b.Rule.Contains("+role:", StringComparison.Ordinal))) return comma;
            int bf = b.Tokens.FirstToken;
            // Either the body is itself a singular title ("Speaker of the National Assembly"), or a singular title and a
            // preposition come right before it ("director in the Ministry").
            bool titled = MatchRole(bf, b.Tokens.EndToken).Role is { IsTitle: true, IsPlural: false } && b.Rule.StartsWith("role:", StringComparison.Ordinal);
            int titleStart = bf;
            if (!titled)
            {
                int pp = bf > sentFirst && Is(bf - 1, "the") ? bf - 1 : bf;
                if (pp - 1 <= sentFirst || !ServiceBodyPrepositions.Contains(Tok(pp - 1).ToString())) return comma;
                int te = pp - 1;
                for (int t = te - 1; t >= Math.Max(sentFirst, te - 3) && !titled; t--)
                    if (MatchRole(t, te) is { Role: { IsTitle: true, IsPlural: false }, Len: var tl } && t + tl == te) { titled = true; titleStart = t; }
                // "a director in the ministry", "the head at the embassy": office words the role list leaves out alone (a film's
                // director) stand for a title before a body.
                if (!titled && (GenericTitles.Contains(Tok(te - 1).ToString()) || HeadOffices.Contains(Tok(te - 1).ToString()))) { titled = true; titleStart = te - 1; }
            }
            if (!titled) return comma;
            int n0 = comma + 1;
            int nameEnd = CaptureName(n0, end);
            if (nameEnd - n0 < 2 || (nameEnd < end && !(Is(nameEnd, ",") || Is(nameEnd, ".") || IsVerbish(Tok(nameEnd))))) return comma;
            if (FindPerson(n0, nameEnd) is not null || IsCountryWord(n0, end)) return comma;
            int src = gloss >= 0 ? gloss : body;
            var sm = _out[src];
            string name = Text(n0, nameEnd);
            // A bare body gets its country only at the end of the document: the holder stays uncoded (so that a later surname
            // waits for it too) and copies the body's final code then.
            bool later = sm.Rule.StartsWith("role:", StringComparison.Ordinal) || sm.Country is null;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(n0, nameEnd), Code = later ? null : sm.Code, Name = name, Country = sm.Country, Reason = sm.Reason,
                Rule = $"apposition: '{Text(titleStart, comma)}', {name} → {sm.Code ?? "?"}",
            });
            if (later) _pending.Add(new Pending(idx, "", null, src));
            Remember(idx, n0, nameEnd);
            return nameEnd;
        }

        /// <summary>True when tokens [from, stop) are "of"/"for" and up to six capitalised words joined by "and" or "&amp;"
        /// ("of Foreign and Caricom Affairs"): the rest of a body's name the role lexicon did not read.</summary>
        private bool BodyNameEndsAt(int from, int stop)
        {
            if (from >= stop || stop - from > 8 || !(Is(from, "of") || Is(from, "for"))) return false;
            int caps = 0;
            for (int k = from + 1; k < stop; k++)
            {
                if (IsCap(Tok(k)) && char.IsLetter(Tok(k)[0])) caps++;
                else if (!(Is(k, "and") || Is(k, "&") || (k == from + 1 && Is(k, "the")))) return false;
            }
            return caps > 0 && IsCap(Tok(stop - 1));
        }

        /// <summary>Lower-case nouns that may end the place or portfolio of an office ("of Monte Cristi province", "for
        /// Bougainville affairs").</summary>
        private static readonly FrozenSet<string> OfficeComplementNouns = Set("province", "state", "region", "department", "district",
            "county", "city", "municipality", "affairs");

        /// <summary>True when tokens [from, comma) are "of"/"for", an optional "the", one to four capitalised words and at most
        /// one noun of <see cref="OfficeComplementNouns"/>.</summary>
        private bool OfficeComplementEndsAt(int from, int comma)
        {
            if (from >= comma || !(Is(from, "of") || Is(from, "for"))) return false;
            int k = from + 1;
            if (k < comma && Is(k, "the")) k++;
            int caps = 0;
            while (k < comma && IsCap(Tok(k)) && char.IsLetter(Tok(k)[0]) && caps < 4) { k++; caps++; if (caps < 4 && PortfolioConjunction(k, comma)) k++; }
            if (caps == 0) return false;
            if (k < comma && OfficeComplementNouns.Contains(Tok(k).ToString())) k++;
            return k == comma;
        }

        /// <summary>
        /// "Prime Minister Mark Carney's Liberal Party", "Austria's far-right Freedom Party": a party name that many countries
        /// share ("Liberal Party", "Freedom Party") is read as the party of the country the text is about when the lexicon
        /// lists it under a name with that country ("Liberal Party of Canada", "Freedom Party of Austria"). The countries
        /// tried are those of the actors named before it, nearest first (three at most).
        /// </summary>
        private int TryCountryParty(int i, int end)
        {
            int p = i;
            while (p < end && p - i < 3 && IsCap(Tok(p)) && !Tok(p).Equals("Party", StringComparison.Ordinal)) p++;
            if (p == i || p >= end || !Tok(p).Equals("Party", StringComparison.Ordinal)) return i;
            // The lexicon names it as written: a longer name ("Liberal Party of Canada") or the same name of another
            // country's party ("Workers' Party" is Brazil's) when no actor before it is of a country with a party so named.
            if (MatchName(i, end) is { Entries: not null, Len: var known } && (known > p + 1 - i || known == p + 1 - i && SharedNameParty(Text(i, p + 1)) is null)) return i;
            string stem = Text(i, p + 1);
            if (SharedNameParty(stem) is not var (party, c)) return i;
            string code = _lex.OrganizationCode(party, _date);
            AddOrganization(new TokenRange(i, p + 1), party, code, c.Iso3,
                $"organization: {stem} = {party.Canonical} (the country of the actors before it) → {code}");
            return p + 1;
        }

        /// <summary>A mention of organisation <paramref name="org"/> under its canonical name, with its kind of organisation
        /// (party, union, ...) remembered as the mention's role, so a later "the party" or "the union" can stand for it.
        /// Returns the mention's index.</summary>
        private int AddOrganization(TokenRange tokens, NameEntry org, string code, string? country, string rule)
        {
            int idx = Add(new ActorMention { Tokens = tokens, Code = code, Name = org.Canonical, Country = country, Rule = rule });
            if (org.OrgKind is { } kind) _roles.Add(new MemoryRole(idx, kind, kind));
            return idx;
        }

        /// <summary>
        /// Session 66 (blind84): acronyms the party lexicon leaves out because they name another actor first
        /// (organizations-parties.tsv: "PTI" is the Press Trust of India), with the party each also names. A closed list.
        /// </summary>
        private static readonly FrozenDictionary<string, string> PartyAcronymsBeforeMembers =
            new Dictionary<string, string>(StringComparer.Ordinal) { ["PTI"] = "Pakistan Tehreek-e-Insaf" }.ToFrozenDictionary(StringComparer.Ordinal);

        /// <summary>Nouns for a party's own people: its lawmakers, office-holders, rank and file and candidates.</summary>
        private static readonly FrozenSet<string> PartyPeopleNouns = Set("lawmaker", "lawmakers", "legislator", "legislators",
            "MP", "MPs", "MNA", "MNAs", "MPA", "MPAs", "senator", "senators", "member", "members", "official", "officials",
            "leader", "leaders", "supporter", "supporters", "worker", "workers", "activist", "activists", "loyalists",
            "candidate", "candidates", "founder", "chairman", "office-bearer", "office-bearers");

        /// <summary>
        /// Session 66 (blind84): "22 PTI workers", "three PTI lawmakers", "a PTI district office-bearer": an acronym listed
        /// for another actor that is also a party's is the party when a noun for a party's own people follows it, with at
        /// most one describing lower-case word between ("district", "central"): a news agency has no lawmakers, workers or
        /// supporters. The mention takes the party's code on the date (organization-periods.tsv) and spans the people noun,
        /// as a party family's mention does. Elsewhere ("(PTI)", "told PTI", "PTI reported") the acronym keeps its listed
        /// actor. Returns the token after the mention, or i.
        /// </summary>
        private int TryPartyAcronymBeforeMembers(int i, int end)
        {
            if (i + 1 >= end || !PartyAcronymsBeforeMembers.TryGetValue(Tok(i).ToString(), out var partyName)) return i;
            int k = i + 1;
            if (k + 1 < end && !PartyPeopleNouns.Contains(Tok(k).ToString()) && IsPlainLowerWord(Tok(k))) k++;
            if (!PartyPeopleNouns.Contains(Tok(k).ToString())) return i;
            if (!_lex.TryGetNames(partyName, out var es) || Array.Find(es, x => x.Kind == NameKind.Organization) is not { } party) return i;
            string code = _lex.OrganizationCode(party, _date);
            AddOrganization(new TokenRange(i, k + 1), party, code, party.Iso3,
                $"party-acronym+people: {Tok(i)} {Text(i + 1, k + 1)} = {party.Canonical} → {code}");
            return k + 1;
        }

        /// <summary>
        /// The party the lexicon lists under a shared name with the country of an actor named before it ("Workers' Party"
        /// after Singapore's actors is the "Workers' Party of Singapore"), nearest first, three countries at most.
        /// </summary>
        private (NameEntry Party, CountryEntry Country)? SharedNameParty(string stem)
        {
            int tried = 0;
            string? last = null;
            for (int m = _out.Count - 1; m >= 0 && tried < 3; m--)
            {
                if (_out[m].Country is not { } iso || iso == last || _lex.CountryByIso3(iso) is not { } c) continue;
                last = iso;
                tried++;
                foreach (var form in (ReadOnlySpan<string>)[$"{stem} of {c.Name}", $"{stem} of the {c.Name}", $"{c.Name}'s {stem}", $"{c.Name} {stem}"])
                {
                    if (!_lex.TryGetNames(form, out var es)) continue;
                    if (Array.Find(es, x => x.Kind == NameKind.Organization && x.Iso3 == c.Iso3) is { } party) return (party, c);
                }
            }
            return null;
        }

        /// <summary>Tries every rule at token i; returns the token after what it consumed (i when nothing).</summary>
        private int TryAt(int i, int sentFirst, int end)
        {
            if (IsCap(Tok(i)) && TryPairCompound(i, end) is var pcp && pcp > i) return pcp;
            // A tagged organisation name that runs past what the lexicon would read ("Ugandan People's Defence Force",
            // not the adjective "Ugandan") is read as one name, unless the lexicon knows a longer organisation there.
            if (_taggedOrganizations.TryGetValue(i, out int taggedEnd))
            {
                var (ll, le) = MatchName(i, end);
                bool lexiconOrganization = le is not null && i + ll >= taggedEnd
                    && Array.Exists(le, e => e.Kind is NameKind.Organization or NameKind.Person or NameKind.Metonym);
                // "Chinese Foreign Ministry spokesperson Lin Hua": a country word and a role phrase reaching as far.
                int afterName = le is null ? i : i + ll < end && IsPossessive(i + ll) ? i + ll + 1 : i + ll;
                bool lexiconRole = le is not null && Array.Exists(le, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective)
                    && TryRolePhrase(afterName, end, out var lrp) && lrp.End >= taggedEnd;
                if (!lexiconOrganization && !lexiconRole && TryNamedOrganization(i, end) is var tn && tn > i) return tn;
            }
            if (IsCap(Tok(i)) && TryDefinedAcronym(i, end) is var dac && dac > i) return dac;
            if (TryPartyAcronymBeforeMembers(i, end) is var pam && pam > i) return pam;
            if (IsCap(Tok(i)) && TryCountryParty(i, end) is var cp && cp > i) return cp;
            if (TryPartySide(i, end) is var ps && ps > i) return ps;
            if (TryUnlistedParty(i, end) is var up0 && up0 > i) return up0;
            if (IsCap(Tok(i)) && TryUnlistedOrganization(i, sentFirst, end) is var uo && uo > i) return uo;
            if (TryRunBy(i, end) is var rb && rb > i) return rb;
            if (IsCap(Tok(i)) && TryFlagCompound(i, end) is var fc && fc > i) return fc;
            if (IsCap(Tok(i)) && TryBrokerCompound(i) is var bkc && bkc > i) return bkc;
            if (TryMembersOf(i, end) is var mo && mo > i) return mo;
            if (TryBareCrowd(i, sentFirst, end) is var bc && bc > i) return bc;
            if (TryFormerRole(i, sentFirst, end) is var fr && fr > i) return fr;
            if (TryDescribedOrganization(i, sentFirst, end) is var dor && dor > i) return dor;
            if (IsCap(Tok(i)) && TryPlaceRole(i, sentFirst, end) is var pr && pr > i) return pr;
            if (IsCap(Tok(i)) && TryCountryGroup(i, sentFirst, end) is var cgr && cgr > i) return cgr;
            var (len, entries) = MatchName(i, end);
            if (entries is not null)
            {
                int r = OnName(i, i + len, entries, sentFirst, end);
                if (r > i) return r;
            }
            if (_outlet is not null && MatchesOutlet(i, end, out int oEnd))
            {
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, oEnd), Code = "MED", Name = _outlet, Rule = $"dateline-outlet: {_outlet} → MED",
                    Reason = "the dateline names this outlet; its country is unknown",
                });
                return oEnd;
            }
            if (IsCap(Tok(i)) && TryMemory(i, out int referent))
            {
                var m = _out[referent];
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, i + 1), Code = m.Code, Name = m.Name, Country = m.Country,
                    Rule = $"memory: {Text(i, i + 1)} → {m.Code ?? "?"} ({m.Name})", Reason = m.Reason,
                    FormerCode = m.FormerCode,
                });
                // A referent still without a country ("a former internal affairs minister, Hiroshi Kanda," whose role takes
                // the sentence's country at the end of the document) is copied once it has it, as an uncoded one is.
                if (m.Code is null || m.Country is null) _pending.Add(new Pending(idx, "", null, referent));
                return i + 1;
            }
            if (IsCap(Tok(i)) && TryApposedName(i, sentFirst, end) is var an && an > i) return an;
            if (IsCap(Tok(i)) && TryInstitutionName(i, end) is var inn && inn > i) return inn;
            if (IsCap(Tok(i)) && TryCivilBodyName(i, end) is var cbn && cbn > i) return cbn;
            if (IsCap(Tok(i)) && TryNamedGroup(i, sentFirst, end) is var ng && ng > i) return ng;
            if (i > sentFirst && Is(i - 1, "the") && TryOrganizationEpithet(i, end) is var oe && oe > i) return oe;
            if (i > sentFirst && Is(i - 1, "the") && TryGroupEpithet(i, end) is var ge && ge > i) return ge;
            if (i > sentFirst && Is(i - 1, "the") && TryGenericDefinite(i, end) is var gd && gd > i) return gd;
            // A tagged name the lexicon was expected to read (see the top of this method) but did not.
            if (TryNamedOrganization(i, end) is var no && no > i) return no;
            if (IsCap(Tok(i)) && TryStateGovernment(i, sentFirst, end) is var sg && sg > i) return sg;
            if (IsCap(Tok(i)) && TryUntitledPerson(i, sentFirst, end) is var up && up > i) return up;
            return OnRole(i, sentFirst, end);
        }

        /// <summary>
        /// Organisation names the statistical name tagger finds in the sentence (token start → end), for names the
        /// lexicon does not hold. Empty when no name model is loaded.
        /// </summary>
        private readonly Dictionary<int, int> _taggedOrganizations = new();
        /// <summary>Acronyms the text defined in parentheses after an organisation the lexicon does not abbreviate so
        /// ("the Kenya Union of Post Primary Education Teachers (KUPPET)"), to that organisation's mention.</summary>
        private readonly Dictionary<string, int> _definedAcronyms = new(StringComparer.Ordinal);

        /// <summary>True for a word that may be an organisation's acronym: two to ten capitals and digits, at least two capitals.</summary>
        private static bool IsAcronym(ReadOnlySpan<char> w)
        {
            if (w.Length is < 2 or > 10) return false;
            int caps = 0;
            foreach (char ch in w)
            {
                if (char.IsUpper(ch)) caps++;
                else if (!char.IsDigit(ch)) return false;
            }
            return caps >= 2;
        }

        /// <summary>
        /// "the Syrian Democratic Forces (SDF)", "the Nigeria Labour Congress (NLC)": an acronym in parentheses right after an
        /// organisation's mention (<paramref name="open"/> is the parenthesis) names that organisation; it is a mention with the
        /// organisation's code, and a later use of it ("the NLC said", "NLC President Joe Ajaero") is too. Returns the token after
        /// the closing parenthesis, or <paramref name="open"/> when there is no such acronym or the lexicon knows the word
        /// (read as usual then). A bare country ("the Conference of Congo (CENCO)") or a person is no organisation to name.
        /// </summary>
        private int TryDefineAcronym(int open, int end)
        {
            if (open + 2 >= end || !Is(open + 2, ")") || !IsAcronym(Tok(open + 1))) return open;
            int owner = _out.Count - 1;
            var m = _out[owner];
            if (m.Code is not { } code || m.IsModifier || !(code.Length > 3 || code is "IGO" or "NGO" or "MED")
                || m.Rule.StartsWith("person", StringComparison.Ordinal)
                || m.Rule.StartsWith("title", StringComparison.Ordinal) || m.Rule.StartsWith("apposition", StringComparison.Ordinal)) return open;
            // A known acronym is read as usual, unless it is the lexicon's acronym of the very organisation just named: "the
            // ruling All Progressives Congress (APC)" restates the owner, whose role the words before it fixed (GOVPTY).
            if (MatchName(open + 1, end).Entries is { } known && !RestatesOwner(known, m)) return open;
            string acronym = Tok(open + 1).ToString();
            _definedAcronyms[acronym] = owner;
            Add(new ActorMention
            {
                Tokens = new TokenRange(open + 1, open + 2), Code = code, Name = m.Name, Country = m.Country,
                Rule = $"acronym: ({acronym}) names {m.Tokens.TextIn(_doc)} → {code}", Reason = m.Reason,
            });
            return open + 3;
        }

        /// <summary>True when one of the lexicon's readings of a parenthesised acronym is the organisation whose full name the
        /// owner mention <paramref name="owner"/> spells out.</summary>
        private bool RestatesOwner(NameEntry[] known, ActorMention owner)
        {
            string text = owner.Tokens.TextIn(_doc);
            foreach (var e in known)
                if (e.Canonical.Length > 4 && text.Contains(e.Canonical, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>A use of an acronym the text defined (<see cref="TryDefineAcronym"/>) at token <paramref name="i"/>, with role
        /// words and a titled name after it ("NLC President Joe Ajaero"), coded as the organisation; i when there is none.</summary>
        private int TryDefinedAcronym(int i, int end)
        {
            if (!LookupAcronym(i, end, out int owner)) return i;
            var m = _out[owner];
            int k = i + 1;
            bool possessive = k < end && IsPossessive(k);
            if (possessive) k++;
            var (rl, role) = MatchRole(k, end);
            if (role is not null) { k += rl; while (MatchRole(k, end) is { Role: not null } r2) k += r2.Len; }
            else k = i + 1;
            // "the NLC's headquarters": the acronym alone names the organisation.
            int nameEnd = role is { IsTitle: true } ? CaptureName(k, end) : k;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, nameEnd), Code = m.Code, Name = nameEnd > k ? Text(k, nameEnd) : m.Name, Country = m.Country,
                Rule = $"acronym: {Text(i, nameEnd)} (defined for {m.Tokens.TextIn(_doc)}) → {m.Code}", Reason = m.Reason,
            });
            // A bare role ("the Chief of Army Staff … the COAS") gets its country only at the end of the document: copy its
            // final code then.
            if (m.Code is null || m.Rule.StartsWith("role:", StringComparison.Ordinal)) _pending.Add(new Pending(idx, "", null, owner));
            if (role is not null) _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
            if (nameEnd > k) Remember(idx, k, nameEnd);
            return nameEnd;
        }

        /// <summary>Acronyms made of the initials of an organisation or office named in full earlier in the text ("the Financial
        /// Services Agency … the FSA", "the Chief of Army Staff … the COAS"), to that mention; see <see cref="RememberInitials"/>.</summary>
        private readonly Dictionary<string, int> _initialisms = new(StringComparer.Ordinal);

        /// <summary>The mention an acronym at token <paramref name="i"/> stands for: one defined in parentheses, or the initials
        /// of a body named in full before, when the lexicon does not know the word itself.</summary>
        private bool LookupAcronym(int i, int end, out int owner)
        {
            owner = -1;
            if (_definedAcronyms.Count > 0 && _definedAcronyms.TryGetValue(Tok(i).ToString(), out owner)) return true;
            return _initialisms.Count > 0 && IsAcronym(Tok(i)) && _initialisms.TryGetValue(Tok(i).ToString(), out owner)
                && MatchName(i, end).Entries is null;
        }

        /// <summary>Rules whose mentions are people or references back, whose initials name no body.</summary>
        private static readonly string[] NoInitialsRules = { "person", "title", "apposition", "acronym", "memory", "pronoun", "possessive-pronoun" };

        /// <summary>
        /// Remembers the initials of an organisation, state body or office named in full by capitalised words (mention
        /// <paramref name="idx"/>), so that a later acronym of them is that actor: "the Financial Services Agency" gives FSA,
        /// "Japanese Financial Services Agency" also JFSA, "the Chief of Army Staff" COAS (with its "of") and CAS. Only initials
        /// of three letters or more: two letters ("SC", "PM") stand for too many things.
        /// </summary>
        private void RememberInitials(int idx)
        {
            var m = _out[idx];
            if (m.Code is null || m.IsModifier || m.Tokens.EndToken - m.Tokens.FirstToken < 2) return;
            foreach (var r in NoInitialsRules) if (m.Rule.StartsWith(r, StringComparison.Ordinal)) return;
            Span<char> content = stackalloc char[12];
            Span<char> full = stackalloc char[12];
            int cn = 0, fn = 0;
            for (int t = m.Tokens.FirstToken; t < m.Tokens.EndToken; t++)
            {
                var w = Tok(t);
                if (IsPossessive(t) || (t == m.Tokens.FirstToken && w.Equals("the", StringComparison.OrdinalIgnoreCase))) continue;
                if (cn == content.Length || fn == full.Length) return;
                if (IsCap(w) && char.IsLetter(w[0])) { content[cn++] = w[0]; full[fn++] = w[0]; }
                else if (w.Equals("of", StringComparison.Ordinal) || w.Equals("and", StringComparison.Ordinal) || w.Equals("for", StringComparison.Ordinal))
                {
                    // "the Securities and Exchange Commission of Nigeria … the SEC": the name before its "of" phrase.
                    if (w.Equals("of", StringComparison.Ordinal) && cn >= 3) _initialisms[new string(content[..cn])] = idx;
                    full[fn++] = char.ToUpperInvariant(w[0]);
                }
                else return; // a lower-case word: a description, not a name
            }
            // "Japanese Financial Services Agency … the FSA": the acronym may leave out the words before the field.
            for (int s = 0; cn - s >= 3; s++) _initialisms[new string(content[s..cn])] = idx;
            if (fn > cn && fn >= 3) _initialisms[new string(full[..fn])] = idx;
        }

        /// <summary>Listed surnames the article gave to someone else ("Thierry Herzog"); a bare one later is not the listed person.</summary>
        private readonly HashSet<string> _otherBearers = new(StringComparer.Ordinal);

        /// <summary>Listed people the article named by more than a surname, by canonical name.</summary>
        private readonly HashSet<string> _fullyNamedPersons = new(StringComparer.Ordinal);

        /// <summary>
        /// True when the capitalised word before a listed surname at <paramref name="i"/> is a given name the listed person
        /// does not bear (see <see cref="ContradictsGivenName"/>). In a title-case headline ("Netanyahu Slams Herzog") every
        /// word is capitalised, so a capitalised word before the candidate leaves the surname to the listed person.
        /// </summary>
        private bool OtherGivenName(int i, int sentFirst, NameEntry person)
        {
            int g = i - 1;
            if (g < sentFirst || _inHeadline) return false;
            if (g > sentFirst && Tok(g - 1) is var before && before.Length > 0 && char.IsUpper(before[0])) return false;
            return ContradictsGivenName(g, i, person);
        }

        /// <summary>
        /// True when token <paramref name="g"/>, right before a listed person's surname, reads as a given name the person does
        /// not bear ("Thierry" before "Herzog", listed as Isaac Herzog): a capitalised word that is no title, role, initial,
        /// actor name or function word, and whose initial differs from every given name in the canonical name (so "Joe
        /// Biden" and "Sergei Lavrov" still match).
        /// </summary>
        private bool ContradictsGivenName(int g, int surname, NameEntry person)
        {
            var given = Tok(g);
            if (given.Length < 3 || !IsCap(given) || !char.IsLower(given[1])) return false;
            foreach (char ch in given) if (!char.IsLetter(ch) && ch != '-') return false;
            if (NotNamesBySpan.Contains(given) || MatchRole(g, surname).Role is not null || MatchName(g, surname).Entries is not null) return false;
            var canonical = person.Canonical.AsSpan();
            int last = canonical.LastIndexOf(' ');
            if (last <= 0) return false;
            foreach (var part in canonical[..last].Split(' '))
                if (canonical[part].Length > 0 && char.ToUpperInvariant(canonical[part][0]) == char.ToUpperInvariant(given[0])) return false;
            return true;
        }

        /// <summary>Known people introduced with a title, by canonical name: the mention whose code later mentions keep.</summary>
        private readonly Dictionary<string, int> _titledPersons = new(StringComparer.Ordinal);
        private readonly List<string> _words = new();

        /// <summary>The names of every sentence that may hold one (see <see cref="MayHoldName"/>) by its first token, when the
        /// name model reads the whole document (<see cref="NameTagger.TwoStage"/>); null: tagged sentence by sentence.</summary>
        private Dictionary<int, IReadOnlyList<NameSpan>>? _documentNames;

        private void TagNames(int first, int end)
        {
            _taggedOrganizations.Clear();
            _taggedPersons.Clear();
            if (_tagger is null || !MayHoldName(first, end)) return;
            IReadOnlyList<NameSpan> spans;
            if (_documentNames is not null)
            {
                if (!_documentNames.TryGetValue(first, out var tagged)) return;
                spans = tagged;
            }
            else
            {
                _words.Clear();
                for (int t = first; t < end; t++) _words.Add(_doc.Token(t).Text);
                spans = _tagger.Tag(_words, SentenceXpos(first, end));
            }
            foreach (var span in spans)
            {
                if (span.Type == "ORG") _taggedOrganizations[first + span.Start] = first + span.End;
                else if (span.Type == "PER" && span.End - span.Start >= 2) _taggedPersons[first + span.Start] = first + span.End;
            }
        }

        /// <summary>Verbs of custody, justice and violence whose object is a person ("arrested", "convicted", "shot").</summary>
        private static readonly FrozenSet<string> PersonObjectVerbs = Set("arrested", "detained", "convicted", "sentenced", "charged",
            "jailed", "imprisoned", "freed", "released", "kidnapped", "abducted", "killed", "shot", "indicted", "acquitted", "questioned",
            "interrogated", "deported", "extradited", "executed", "pardoned", "prosecuted", "tortured", "beat", "beaten", "attacked",
            "arrest", "detain", "convict", "sentence", "charge", "free", "release", "deport", "extradite", "pardon",
            // Seizures of a person by force and other assaults: "gunmen seized a priest as he drove home", "a mob lynched a
            // suspect" (the role noun still has to be a person's, so "seized a vessel" gains nothing).
            "seized", "snatched", "kidnap", "abduct", "assaulted", "stabbed", "lynched", "wounded", "injured", "ambushed", "hacked");

        /// <summary>True when an apposition that may give an office starts at <paramref name="a"/>: an article or possessive
        /// pronoun, a role word or a country word ("…, a student,", "…, Kenya's former …").</summary>
        private bool ApposedOfficeAt(int a, int end) =>
            Is(a, "a") || Is(a, "an") || Is(a, "the") || Is(a, "his") || Is(a, "her") || Is(a, "their") || Is(a, "its")
            || MatchRole(a, end).Role is not null || MatchName(a, end).Entries is not null;

        /// <summary>True when a passive verb of custody or justice follows at <paramref name="k"/>: a form of "be" (after
        /// "has"/"had"/"will" if any), at most one adverb, then a participle of <see cref="PersonObjectVerbs"/> ("was arrested",
        /// "has been charged", "were allegedly beaten"). Without a form of "be" ("has arrested") the name is the doer.</summary>
        private bool PassiveCustodyAfter(int k, int end)
        {
            bool be = false;
            for (int n = 0; n < 3 && k < end; n++, k++)
            {
                if (Is(k, "was") || Is(k, "were") || Is(k, "is") || Is(k, "are") || Is(k, "been") || Is(k, "be") || Is(k, "being")) be = true;
                else if (!(Is(k, "has") || Is(k, "have") || Is(k, "had") || Is(k, "will"))) break;
            }
            if (!be) return false;
            if (k < end && _doc.TokUpos(k) == Upos.ADV) k++;
            if (k >= end) return false;
            var w = Tok(k);
            return PersonObjectVerbs.Contains(w.ToString()) && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w is "shot" or "beaten");
        }

        /// <summary>True when "guilty" comes within the eight tokens from <paramref name="t"/> ("… and Jose Mercado guilty").</summary>
        private bool GuiltyAfter(int t, int end)
        {
            for (int k = t; k < end && k < t + 8; k++) if (Is(k, "guilty")) return true;
            return false;
        }

        /// <summary>Personal names of two words or more the name tagger finds in the sentence (token start → end).</summary>
        private readonly Dictionary<int, int> _taggedPersons = new();

        /// <summary>
        /// "A Manila court convicted Rodel Bautista and Jose Mercado", "Police arrested Kevin Otieno": a person the lexicon does not
        /// know, named with no title or apposition that gives an office, is a civilian (CVL), placed as a bare role is (the
        /// sentence's country, its place, the dateline's), as "a man" is. Remembered, so a later surname is the same person.
        /// </summary>
        private int TryUntitledPerson(int i, int sentFirst, int end)
        {
            if (!_taggedPersons.TryGetValue(i, out int nameEnd) || nameEnd > end) return i;
            // "Nelson Mandela Bay", "the John F. Kennedy airport": a name inside a longer capitalised name is no person.
            if ((i > sentFirst && IsCap(Tok(i - 1)) && !Is(i - 1, "The")) || (nameEnd < end && IsCap(Tok(nameEnd)))) return i;
            for (int t = i; t < nameEnd; t++)
                if (!IsCap(Tok(t)) || MatchRole(t, nameEnd).Role is not null || MatchName(t, nameEnd).Entries is not null) return i;
            // "Kevin Otieno's lawyer": the possessor is named for whom the role works; left to the role rules.
            if (nameEnd < end && IsPossessive(nameEnd)) return i;
            // Only where the name is plainly a person's: the object of a verb of custody, justice or violence ("convicted Rodel
            // Bautista", "arrested Kevin Otieno and Brian Kiprono"). Elsewhere a tagged name may be a place ("clashes in Ras
            // Kamboni"), a newspaper, or a holder whose office the sentence gives later ("X, the new premier,", "X was sworn in").
            int before = i - 1;
            bool coordinated = before > sentFirst && (Is(before, "and") || Is(before, ",")) && _out.Count > 0 && _out[^1].Tokens.EndToken == before
                && _out[^1].Rule.Contains("named without an office", StringComparison.Ordinal);
            // "found Rodel Bautista and Jose Mercado guilty": "found" takes a person when a verdict follows.
            bool verdict = before >= sentFirst && Is(before, "found") && GuiltyAfter(nameEnd, end);
            // "Ana Souza was arrested", "Rui Costa has been charged": the subject of a passive verb of custody or justice is
            // its object as plainly as "arrested Ana Souza" is.
            bool passiveSubject = PassiveCustodyAfter(nameEnd, end);
            if (!coordinated && !verdict && !passiveSubject && !(before >= sentFirst && PersonObjectVerbs.Contains(Tok(before).ToString()))) return i;
            // A comma may open an apposition that gives an office ("X, a police officer,"), unless another name follows (a list).
            if (nameEnd + 1 < end && Is(nameEnd, ",") && !_taggedPersons.ContainsKey(nameEnd + 1) && ApposedOfficeAt(nameEnd + 1, end)) return i;
            if (nameEnd < end && (Is(nameEnd, "(") || Is(nameEnd, "who"))) return i;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, nameEnd), Code = "CVL", Name = Text(i, nameEnd),
                Rule = $"role: {Text(i, nameEnd)} (a person the lexicon does not know, named without an office) → CVL",
                Reason = "no country in the phrase; role code only",
            });
            Remember(idx, i, nameEnd);
            return nameEnd;
        }

        // Only sentences with a capitalised word after the first can hold a name the lexicon missed.
        private bool MayHoldName(int first, int end)
        {
            if (end - first < 2) return false;
            for (int t = first + 1; t < end; t++) if (IsCap(Tok(t))) return true;
            return false;
        }

        // The tagger stage's Penn tags, when it ran, so the name tagger does not tag the sentence again.
        private string[]? SentenceXpos(int first, int end)
        {
            if (_doc.Token(first).Xpos is null) return null;
            var xpos = new string[end - first];
            for (int t = first; t < end; t++) xpos[t - first] = _doc.Token(t).Xpos ?? "";
            return xpos;
        }

        // A name model that reads the document (how a word is labelled elsewhere in it) tags all its sentences at once.
        private void TagDocumentNames()
        {
            var firsts = new List<int>();
            var sentences = new List<IReadOnlyList<string>>();
            var xpos = new List<string[]?>();
            foreach (var s in _doc.Sentences())
            {
                if (!MayHoldName(s.FirstToken, s.EndToken)) continue;
                var words = new string[s.EndToken - s.FirstToken];
                for (int t = s.FirstToken; t < s.EndToken; t++) words[t - s.FirstToken] = _doc.Token(t).Text;
                firsts.Add(s.FirstToken);
                sentences.Add(words);
                xpos.Add(SentenceXpos(s.FirstToken, s.EndToken));
            }
            var tagged = _tagger!.TagDocument(sentences, xpos);
            _documentNames = new Dictionary<int, IReadOnlyList<NameSpan>>(firsts.Count);
            for (int k = 0; k < firsts.Count; k++) _documentNames[firsts[k]] = tagged[k];
        }

        /// <summary>
        /// An organisation the name tagger found and the lexicon does not know, coded by its head noun when that is a
        /// role noun and the name itself says the country ("Iraqi High Tribunal" → IRQJUD, "Kenya Police Service" →
        /// KENCOP). Names without a role head noun or without a country are left alone: their code would be a guess.
        /// </summary>
        private int TryNamedOrganization(int i, int end)
        {
            if (!_taggedOrganizations.TryGetValue(i, out int orgEnd) || orgEnd > end || orgEnd - i < 2) return i;
            // "the Kurdish-led Syrian Democratic Forces": a compound of who leads or backs a body is no word of its name
            // (session 53); the span is left so the name after it is read by the lexicon.
            if (IsControllerCompound(i)) return i;
            // "Uganda Deploys Police": a finite verb inside the span is a headline's verb, not a word of a name. "Candidates in
            // Malaysia Denounce Far-Right Party": in a Title Case headline the tagger may read the verb as a proper noun, so a
            // word that can only be a verb ends the name too.
            for (int k = i + 1; k < orgEnd; k++)
                if (TaggedFiniteVerb(k) || TitleCaseHeadlineVerb(k)) return i;
            // The longest role phrase that ends the name ("High Tribunal", "Electoral Commission").
            RoleEntry? role = null; int roleStart = -1;
            for (int k = i; k < orgEnd && role is null; k++)
                if (MatchRole(k, orgEnd) is { Role: { } r, Len: var len } && k + len == orgEnd) { role = r; roleStart = k; }
            // "Nigeria Union of Journalists", "Zimbabwe Ministry of Information": in "<head> of <members>" the head noun says
            // what the body is (a union, LAB), not its members (a legislature's "of" names a country: "Congress of …" keeps
            // the noun that ends it).
            for (int of = i + 1; of < orgEnd - 1; of++)
            {
                if (!Is(of, "of")) continue;
                for (int k = i; k < of; k++)
                    if (MatchRole(k, of) is { Role: { } h, Len: var hl } && k + hl == of && h.Code != "LEG") { role = h; roleStart = k; break; }
                break;
            }
            if (role is null) return i;
            CountryEntry? country = null;
            // The longest listed name at a word is read whole: "Central American" (a region, listed as no actor) holds no
            // "American", so the "Central American University" in Managua is no US body.
            for (int k = i; k < roleStart && country is null; k++)
                if (MatchName(k, roleStart) is { Entries: { } es, Len: var nl })
                {
                    if (Array.Find(es, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective) is { Country: { } c })
                        // "Niger Delta Development Commission": the country word begins a place of another country, whose body it is.
                        country = Array.Exists(es, e => e.Kind == NameKind.CountryName) && OtherCountryOfPlaceNamedLikeCountry(k, k + nl, roleStart, c) is { } placeCountry
                            ? placeCountry : c;
                    else k += nl - 1;
                }
            // Without a country in the name the actor's side is a guess ("the Social Democratic Party" of which country?).
            if (country is null) return i;
            string text = Text(i, orgEnd);
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, orgEnd), Code = (country?.Cameo ?? "") + role.Code, Name = text, Country = country?.Iso3,
                Rule = country is not null
                    ? $"named-organization: {text} (name tagger; {country.Name} + head '{role.Lemma}') → {country.Cameo + role.Code}"
                    : $"role: {text} (name tagger; head '{role.Lemma}') → {role.Code}",
                Reason = country is null ? "no country in the name; role code only" : null,
            });
            _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
            return orgEnd;
        }

        /// <summary>Capitalised function words that open a sentence, not a name.</summary>
        private static readonly FrozenSet<string> NameOpeners = Set("The", "A", "An", "This", "That", "These", "Its", "His", "Her", "Their",
            "In", "On", "At", "By", "For", "From", "With", "And", "But", "As", "After", "Before", "When", "While", "Under", "Meanwhile");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameOpenersBySpan = NameOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Nouns of places, processes and things that a group role word before them only modifies ("police station").</summary>
        private static readonly FrozenSet<string> ModifiedThings = Set("station", "stations", "investigation", "investigations",
            "inquiry", "probe", "headquarters", "custody", "brutality", "vehicle", "vehicles", "car", "cars", "van", "vans",
            "barracks", "academy", "platform", "platforms", "outlet", "outlets", "coverage", "freedom", "cordon", "records", "report",
            "reports", "raid", "raids", "assets", "reserves", "building", "buildings", "cell", "cells", "compound", "compounds", "premises");

        /// <summary>True when tokens from <paramref name="k"/> read "in / inside / across [northern ...] Country".</summary>
        private bool InNamedCountry(int k, int end)
        {
            if (k >= end || !(Is(k, "in") || Is(k, "inside") || Is(k, "across"))) return false;
            k++;
            if (k < end && Is(k, "the")) k++;
            if (k < end && CompassWords.Contains(Tok(k).ToString())) k++;
            return k < end && MatchName(k, end) is { Entries: { } e } && Array.Exists(e, x => x.Kind == NameKind.CountryName);
        }

        private static readonly FrozenSet<string> CompassWords = Set("northern", "southern", "eastern", "western", "north", "south",
            "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "central");

        /// <summary>Verbs of saying whose subject may follow a comma ("…, the Indian army said"), which no apposition has.</summary>
        private static readonly FrozenSet<string> ReportingVerbsAfterAppositive = Set("said", "says", "told", "reported", "added",
            "stated", "announced", "confirmed", "claimed", "wrote", "tweeted");

        /// <summary>Ground and works an armed side holds, which an armed role word before them names the holder of ("rebel
        /// positions", "militant hideouts", "army posts").</summary>
        private static readonly FrozenSet<string> HeldGroundNouns = Set("position", "positions", "base", "bases", "camp", "camps",
            "hideout", "hideouts", "stronghold", "strongholds", "bastion", "bastions", "post", "posts", "outpost", "outposts", "target", "targets", "trenches",
            "lines", "checkpoint", "checkpoints", "depot", "depots", "bunker", "bunkers", "enclave", "enclaves", "convoy", "convoys");

        /// <summary>The things among <see cref="ModifiedThings"/> a role owns rather than does ("police station", "central bank
        /// assets"): after a country adjective too, the role is then no actor.</summary>
        private static readonly FrozenSet<string> OwnedThings = Set("station", "stations", "headquarters", "barracks", "academy",
            "vehicle", "vehicles", "car", "cars", "van", "vans", "assets", "reserves", "building", "buildings", "cell", "cells", "compound",
            "compounds", "premises");

        /// <summary>Verbs whose object is a building ("stormed parliament"), so an institution after them is a place.</summary>
        private static readonly FrozenSet<string> BuildingAttackVerbs = Set("stormed", "storming", "storm", "torched", "torching",
            "burned", "burnt", "burning", "ransacked", "ransacking", "looted", "looting", "vandalised", "vandalized");

        /// <summary>Forms of "be" and "become" before a predicate.</summary>
        private static readonly FrozenSet<string> Copulas = Set("is", "are", "was", "were", "be", "been", "being", "become", "became",
            "becomes", "remain", "remained", "remains", "seemed", "seems");

        /// <summary>Peoples of the Balkans that news names inside other states ("Bosnian Serb", "Kosovo Albanians").</summary>
        private static readonly FrozenSet<string> BalkanPeoples = Set("Serb", "Serbs", "Croat", "Croats", "Bosniak", "Bosniaks", "Albanian", "Albanians");

        /// <summary>Head words of state bodies' proper names ("Communications Authority", "Federal Aviation Administration", "Cocoa Board").</summary>
        private static readonly FrozenSet<string> InstitutionHeads = Set("Authority", "Administration", "Commission", "Ministry",
            "Directorate", "Bureau", "Inspectorate",
            // "Ghana's Cocoa Board", "the Federal Investigation Agency" (news agencies are role phrases, read before)
            "Board", "Agency",
            // "the Registrar of Societies", "the Montana Department of Corrections", "the Sheriff's Office", "the Paranaque
            // Regional Trial Court": offices, departments and courts named in full.
            "Registrar", "Office", "Department", "Court", "Tribunal");

        /// <summary>Prepositions that make "the X Office" after them a room or building, not the body.</summary>
        private static readonly FrozenSet<string> OfficePlacePrepositions = Set("in", "at", "inside", "outside", "from", "into", "near");

        /// <summary>Head words of a state body's name that say its sector themselves (a court judges: JUD); other heads are GOV
        /// unless a role word inside the name says otherwise ("Police Department", "Sheriff's Office": COP).</summary>
        private static readonly FrozenSet<string> JudicialHeads = Set("Court", "Tribunal");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeadsBySpan = InstitutionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JudicialHeadsBySpan = JudicialHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Sectors a role word inside a state body's name gives the body ("Police Department" COP, "Prosecutor's Office"
        /// JUD, "Army Board" MIL, "Senate Commission" LEG); other role words name the field a government body oversees.</summary>
        private static readonly FrozenSet<string> NamedBodySectors = Set("COP", "JUD", "MIL", "LEG");

        /// <summary>True when token <paramref name="k"/> may continue a state body's name: a capitalised word, or "and"/"for"/a
        /// possessive between capitalised words ("Energy and Petroleum Regulatory Authority", "Sheriff's Office").</summary>
        private bool ContinuesInstitutionName(int k, int i, int end) =>
            (IsCap(Tok(k)) && char.IsLetter(Tok(k)[0])
                // "NDC Accuses Electoral Commission Of Bias", "Demands Kabul Act Against Militants After Islamabad Court
                // Bombing": a headline's verb or preposition is capitalised by its style, no word of a name ("Of" and "For"
                // excepted: "Commission For Human Rights").
                && !(_inHeadline && (TaggedFiniteVerb(k) || (_doc.Token(k).Upos == Upos.ADP && !Is(k, "of") && !Is(k, "for")))))
            || (k > i && (Is(k, "and") || Is(k, "for") || IsPossessive(k)) && k + 1 < end && IsCap(Tok(k + 1)))
            || (k > i && InPlaceParenthesis(k, end));

        /// <summary>
        /// "the Walker County (Ga.) Sheriff's Office", "the Springfield (Mo.) Police Department", "the Harris County (Texas)
        /// District Attorney's Office": American local papers name the state of a county or town in parentheses inside a
        /// body's name. Token <paramref name="k"/> is part of such a parenthesis: "(", one or two capitalised words, ")", with a
        /// capitalised word both before the "(" and after the ")" (the name goes on), and the words in it an abbreviation
        /// written with a full stop ("Ga.", "N.M.") or a province or city the gazetteer knows ("Texas"). An acronym defined in
        /// parentheses ("the National Democratic Congress (NDC) said") has no full stop and names no place, so it still ends the
        /// name as before.
        /// </summary>
        private bool InPlaceParenthesis(int k, int end)
        {
            for (int open = k; open >= k - 3 && open >= 1; open--)
            {
                if (!Is(open, "(")) continue;
                int close = open + 2 < end && Is(open + 2, ")") ? open + 2 : open + 3 < end && Is(open + 3, ")") ? open + 3 : -1;
                if (close < 0 || k > close || close + 1 >= end) return false;
                if (!IsCap(Tok(open - 1)) || !IsCap(Tok(close + 1)) || !char.IsLetter(Tok(close + 1)[0])) return false;
                for (int w = open + 1; w < close; w++)
                    if (!IsCap(Tok(w)) || !char.IsLetter(Tok(w)[0])) return false;
                return Tok(close - 1)[^1] == '.' || PlaceCountryOf(open + 1, close) is not null;
            }
            return false;
        }

        /// <summary>The AP style abbreviations of the American states, which papers put in parentheses after a county or town.</summary>
        private static readonly FrozenSet<string> UsStateAbbreviations = Set("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.",
            "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.",
            "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.",
            "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.");

        /// <summary>
        /// The country of the place in the parenthesis opening at <paramref name="open"/> (<see cref="InPlaceParenthesis"/>):
        /// a state's AP abbreviation is the United States, another place the gazetteer's country; null when neither.
        /// </summary>
        private CountryEntry? ParenthesisPlaceCountry(int open)
        {
            int close = Is(open + 2, ")") ? open + 2 : open + 3;
            if (close == open + 2 && UsStateAbbreviations.Contains(Tok(open + 1).ToString())) return _lex.CountryByIso3("USA");
            return PlaceCountryOf(open + 1, close);
        }

        /// <summary>
        /// "International Crimes Tribunal-1", "Anti-Terrorism Court-II", "Sessions Court-3": courts sitting as numbered benches
        /// write the bench's number, in digits or Roman numerals, after a hyphen on the head word. The head word is the part
        /// before it; a word without such a suffix is returned whole, so "Court" and "Tribunal" read as before.
        /// </summary>
        private static ReadOnlySpan<char> WithoutBenchNumber(ReadOnlySpan<char> word)
        {
            int dash = word.LastIndexOf('-');
            if (dash < 3 || word.Length - dash - 1 is < 1 or > 4) return word;
            var bench = word[(dash + 1)..];
            bool digits = true, roman = true;
            foreach (char c in bench)
            {
                digits &= char.IsAsciiDigit(c);
                roman &= c is 'I' or 'V' or 'X';
            }
            return digits || roman ? word[..dash] : word;
        }

        /// <summary>
        /// "the Communications Authority", "the Federal Aviation Administration", "India's National Disaster Management
        /// Authority", "the Cyberspace Administration of China", "the Registrar of Societies", "the New Jersey Department of
        /// Corrections": a name the lexicon does not know, of capitalised words ending in the head word of a state body (or of
        /// that head word and an "of" phrase of capitalised words), is that state's government (GOV), its court (JUD) for a
        /// court's head word, or the sector of a police, judicial, military or legislative role word in it ("Police
        /// Department" COP). Its country is the one of "of &lt;country&gt;" just after it, of a possessive just before it or of
        /// a province or city the gazetteer knows at its start, else found as for a bare role.
        /// </summary>
        private int TryInstitutionName(int i, int end)
        {
            int h = i, parenthesis = 0;
            // The brackets of a state named in parentheses ("Walker County (Ga.) Sheriff's Office") do not count as words.
            while (h < end && h - i - parenthesis < 7 && !InstitutionHeadsBySpan.Contains(WithoutBenchNumber(Tok(h))) && ContinuesInstitutionName(h, i, end))
            {
                if (Is(h, "(") || Is(h, ")")) parenthesis++;
                h++;
            }
            // "Colombia's Cauca department": a lower-case head word is a common noun, not a body's name.
            if (h >= end || !IsCap(Tok(h)) || !InstitutionHeadsBySpan.Contains(WithoutBenchNumber(Tok(h))) || MatchName(i, end).Entries is not null) return i;
            // "Police Department", "Tribunal Office": a second head word continues the name.
            while (h + 1 < end && IsCap(Tok(h + 1)) && InstitutionHeadsBySpan.Contains(WithoutBenchNumber(Tok(h + 1)))) h++;
            // "The European Commission" at a sentence start: a capitalised function word is no part of a name.
            if (NameOpeners.Contains(Tok(i).ToString())) return i;
            // "the Health Ministry", "the Electoral Commission", "the Ministry of Defence": a role phrase or a name the lexicon
            // knows is read as one.
            for (int k = i; k <= h; k++)
            {
                // A role phrase ending at the head ("Sheriff's Office") is left to the role reader only when what stands
                // before it is a place that reader can attach ("the Texas Sheriff's Office"); before an unknown county or
                // town ("the Harris County Sheriff's Office") the whole name is the body.
                if (k < h && MatchRole(k, end) is { Role: not null, Len: var rl } && k + rl == h + 1
                    && (k == i || PlaceCountryOf(i, k) is not null || MatchName(i, k).Entries is not null)) return i;
                if (k > i && MatchName(k, end) is { Entries: not null, Len: var nl } && k + nl > h) return i;
            }
            if (MatchRole(h, end) is { Role: not null, Len: > 1 }) return i;
            int stop = h + 1;
            CountryEntry? country = null;
            if (stop + 1 < end && Is(stop, "of") && MatchName(stop + 1, end) is { Entries: { } ce, Len: var cl }
                && Array.Find(ce, x => x.Kind == NameKind.CountryName) is { Country: { } oc } && !(stop + 1 + cl < end && IsPossessive(stop + 1 + cl)))
            {
                country = oc;
                stop = stop + 1 + cl;
            }
            else if (stop + 1 < end && Is(stop, "of") && (IsCap(Tok(stop + 1)) || (Is(stop + 1, "the") && stop + 2 < end && IsCap(Tok(stop + 2))))
                     && MatchName(Is(stop + 1, "the") ? stop + 2 : stop + 1, end).Entries is null)
            {
                // "the Registrar of Societies", "the Board of Osteopathic Medicine and Surgery": the field after "of" is part of
                // the name (a body the lexicon knows there, "the Office of the UN High Commissioner", is left to it).
                int k = Is(stop + 1, "the") ? stop + 2 : stop + 1;
                int f = k;
                while (k < end && k - f < 6 && ContinuesInstitutionName(k, f, end)) k++;
                stop = k;
            }
            // A lone head word ("Office said", "Court ruled") names no body; "the Registrar of Societies" does.
            if (h == i && stop == h + 1) return i;
            // "told him in the Oval Office", "met at the Cabinet Office": an office of one word, after a preposition of place,
            // is the room or building where something happens.
            if (Is(h, "Office") && h == i + 1 && stop == h + 1 && i >= 2 && Is(i - 1, "the") && OfficePlacePrepositions.Contains(Tok(i - 2).ToString()))
                return i;
            int first = i;
            if (country is null && TakePossessiveCountry(i, ref first) is { } pc) country = pc;
            // "the Walker County (Ga.) Sheriff's Office": the state in parentheses places the body.
            for (int k = i + 1; country is null && k < h; k++)
                if (Is(k, "(") && InPlaceParenthesis(k, end)) country = ParenthesisPlaceCountry(k);
            // "the Paranaque Regional Trial Court", "the Montana Department of Corrections": a place at the name's start.
            if (country is null && h > i && MatchRole(i, end).Role is null
                && ((h > i + 1 ? PlaceCountryOf(i, i + 2) : null) ?? PlaceCountryOf(i, i + 1)) is { } placed) country = placed;
            string sector = "GOV";
            for (int k = i; k <= h; k++)
                if (JudicialHeadsBySpan.Contains(WithoutBenchNumber(Tok(k)))) sector = "JUD";
            if (sector == "GOV")
                for (int k = i; k < h; k++)
                    if (MatchRole(k, h + 1) is { Role: { } inner } && NamedBodySectors.Contains(inner.Code)) { sector = inner.Code; break; }
            string name = Text(i, stop);
            int idx = Add(country is null
                ? new ActorMention
                {
                    Tokens = new TokenRange(first, stop), Code = sector, Name = name,
                    Rule = $"role: {name} (a state body named by its head word '{Tok(h)}') → {sector}", Reason = "no country in the phrase; role code only",
                }
                : new ActorMention
                {
                    Tokens = new TokenRange(first, stop), Code = country.Cameo + sector, Name = name, Country = country.Iso3,
                    Rule = $"institution-name: {Text(first, stop)} (a state body of {country.Name}, head word '{Tok(h)}') → {country.Cameo}{sector}",
                });
            _roles.Add(new MemoryRole(idx, Tok(h).ToString().ToLowerInvariant(), Tok(h).ToString().ToLowerInvariant()));
            return stop;
        }

        /// <summary>Head words of the proper names of associations, unions, chambers and banks.</summary>
        private static readonly FrozenSet<string> CivilBodyHeads = Set("Association", "Federation", "Confederation", "Union", "Society",
            "Chamber", "Syndicate", "Guild", "Conference", "Bank");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CivilBodyHeadsBySpan = CivilBodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Words inside such a name that say its members are business (Phoenix INDUSTRY, CHAMBER_OF_COMMERCE: BUS).</summary>
        private static readonly FrozenSet<string> BusinessWords = Set("Industry", "Industries", "Commerce", "Business", "Manufacturers", "Bankers");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessWordsBySpan = BusinessWords.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Words inside such a name that say its members are of a church (Phoenix CHRISTIAN, CATHOLIC_*: CHR).</summary>
        private static readonly FrozenSet<string> ChurchWords = Set("Christian", "Christians", "Catholic", "Anglican", "Evangelical", "Orthodox", "Protestant");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChurchWordsBySpan = ChurchWords.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// "the Christian Association of Nigeria", "the Catholic Bishops' Conference of the Philippines", "the State Bank of
        /// Vietnam", "the National Confederation of Industry", "the Confederation of Copper Workers", "Saigon Commercial
        /// Bank": a name the lexicon does not know, of capitalised words around the head word of an association, union,
        /// chamber or bank, is coded by the members it names (a role noun in it: "Workers" LAB, "Bishops" CHR, "Industry"
        /// BUS; a church word: CHR; a bank: BUS, as roles.tsv codes a central bank) and by the country after "of" or in a possessive
        /// before it, else found as for a bare role. A name that names no members is left alone.
        /// </summary>
        private int TryCivilBodyName(int i, int end)
        {
            int h = i;
            while (h < end && h - i < 6 && !CivilBodyHeadsBySpan.Contains(Tok(h))
                   && ((IsCap(Tok(h)) && char.IsLetter(Tok(h)[0])) || (h > i && IsPossessive(h)))) h++;
            if (h >= end || !CivilBodyHeadsBySpan.Contains(Tok(h))) return i;
            if (NameOpeners.Contains(Tok(i).ToString()) || MatchName(i, end).Entries is not null) return i;
            string? code = null;
            for (int k = i; k < h; k++)
            {
                if (ChurchWordsBySpan.Contains(Tok(k))) code = "CHR";
                else if (BusinessWordsBySpan.Contains(Tok(k))) code = "BUS";
                else if (MatchRole(k, h) is { Role: { } r, Len: var rl } && k + rl <= h) { code = r.Code; k += rl - 1; }
            }
            // A bank is BUS, a central or state bank too (roles.tsv "central bank"; its governor is GOV).
            bool bank = Tok(h).Equals("Bank", StringComparison.Ordinal);
            if (bank) code = "BUS";
            int stop = h + 1;
            CountryEntry? country = null;
            if (stop + 1 < end && Is(stop, "of"))
            {
                int b = Is(stop + 1, "the") ? stop + 2 : stop + 1;
                if (b < end && MatchName(b, end) is { Entries: { } ce, Len: var cl } && Array.Find(ce, x => x.Kind == NameKind.CountryName) is { Country: { } oc }
                    && !(b + cl < end && IsPossessive(b + cl)))
                {
                    country = oc;
                    stop = b + cl;
                }
                else if (!bank)
                {
                    // "Confederation of Copper Workers", "National Confederation of Industry": the members after "of".
                    int e = b;
                    string? members = null;
                    while (e < end && e - b < 4 && IsCap(Tok(e)) && char.IsLetter(Tok(e)[0])) e++;
                    for (int k = b; k < e; k++)
                        if (MatchRole(k, e) is { Role: { } r, Len: var rl } && k + rl == e) { members = r.Code; break; }
                        else if (k == e - 1 && BusinessWordsBySpan.Contains(Tok(k))) members = "BUS";
                    if (members is not null) { code = members; stop = e; }
                }
            }
            // "Conference" names meetings as often as bodies: only a church's conference ("Bishops' Conference") is read.
            if (code is null || (Tok(h).Equals("Conference", StringComparison.Ordinal) && code is not ("CHR" or "REL"))) return i;
            int first = i;
            if (country is null && TakePossessiveCountry(i, ref first) is { } pc) country = pc;
            string name = Text(i, stop);
            int idx = Add(country is null
                ? new ActorMention
                {
                    Tokens = new TokenRange(first, stop), Code = code, Name = name,
                    Rule = $"role: {name} (an association named by its members) → {code}", Reason = "no country in the phrase; role code only",
                }
                : new ActorMention
                {
                    Tokens = new TokenRange(first, stop), Code = country.Cameo + code, Name = name, Country = country.Iso3,
                    Rule = $"civil-body-name: {Text(first, stop)} (of {country.Name}, its members {code}) → {country.Cameo}{code}",
                });
            string head = Tok(h).ToString().ToLowerInvariant();
            _roles.Add(new MemoryRole(idx, head, head));
            return stop;
        }

        /// <summary>Kind nouns of armed and criminal groups that a name the lexicon lacks may come before.</summary>
        private static readonly FrozenSet<string> NamedGroupKinds = Set("gang", "cartel", "militia");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedGroupKindsBySpan = NamedGroupKinds.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Last words of a labour body's role phrase ("union", "trade union", "labour federation").</summary>
        private static readonly FrozenSet<string> UnionKindHeads = Set("union", "federation", "confederation", "congress");

        /// <summary>Whether a labour body's role phrase in lower case starts at <paramref name="k"/> ("the CGT union", "the Unite
        /// trade union", "the CGT labour federation"). A capitalised "Union" is part of a proper name ("the Customs Union").</summary>
        private bool LowerCaseUnionKind(int k, int end) =>
            char.IsLower(Tok(k)[0]) && MatchRole(k, end) is { Role: { Code: "LAB", IsPlural: false }, Len: var len }
            && UnionKindHeadsBySpan.Contains(Tok(k + len - 1));

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnionKindHeadsBySpan = UnionKindHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// "the Los Pulpos gang", "the Los Monos gang": one to four capitalised words the lexicon does not know, right before
        /// "gang", "cartel" or "militia", name that group: one mention coded by the kind (CRM, REB), its country found as for
        /// a bare role. Not after another capitalised word ("Sinaloa Cartel" is the lexicon's) nor in a headline. Session 28
        /// (blind46): "the CGT union", "the Unite union", "the CGT labour federation" name a union the same way (LAB).
        /// </summary>
        private int TryNamedGroup(int i, int sentFirst, int end)
        {
            if (_inHeadline || (i > sentFirst && IsCap(Tok(i - 1)) && !(Is(i - 1, "The") || Is(i - 1, "A")))) return i;
            int k = i;
            while (k < end && k - i < 4 && IsCap(Tok(k)) && char.IsLetter(Tok(k)[0])) k++;
            if (k == i || k >= end || !(NamedGroupKindsBySpan.Contains(Tok(k)) || LowerCaseUnionKind(k, end))) return i;
            if (NameOpeners.Contains(Tok(i).ToString()) || MatchName(i, end).Entries is not null || MatchRole(i, end).Role is not null) return i;
            for (int t = i + 1; t < k; t++) if (MatchName(t, end).Entries is not null) return i;
            if (MatchRole(k, end) is not { Role: { IsPlural: false } kind, Len: var kl }) return i;
            string name = Text(i, k + kl);
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, k + kl), Code = kind.Code, Name = name,
                Rule = $"role: {name} (a {kind.Lemma} named by words the lexicon lacks) → {kind.Code}", Reason = "no country in the phrase; role code only",
            });
            _roles.Add(new MemoryRole(idx, kind.Lemma, kind.Head));
            Remember(idx, i, k);
            return k + kl;
        }

        /// <summary>Words that put an office holder out of office: "the former president", "the ousted leader".</summary>
        private static readonly FrozenSet<string> FormerWords = Set("former", "ousted", "deposed", "toppled", "overthrown", "exiled", "ex-");

        /// <summary>Words between a place and the state office it places ("Oromia regional government", "El Oro provincial
        /// police chief").</summary>
        private static readonly FrozenSet<string> PlaceRoleModifiers = Set("new", "local", "provincial", "regional", "federal", "state",
            "district", "municipal", "city", "county", "acting", "interim", "top", "senior", "deputy");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceRoleModifiersBySpan = PlaceRoleModifiers.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// "the Antioquia governor", "Tamil Nadu Chief Minister M.K. Stalin", "Khyber Pakhtunkhwa's new chief minister", "the
        /// Oromia regional government", "a Chisinau court": a province, state or city the gazetteer knows, right before a state
        /// office (government, police, courts, legislature), says whose office it is; one mention from the place to the role.
        /// A country possessive just before the place ("Pakistan's Punjab government") decides the country and joins the
        /// mention. Names the lexicon reads as actors (countries, organisations, people, metonyms) are left to it, and so are
        /// capitalised role words ("Police chief").
        /// </summary>
        private int TryPlaceRole(int i, int sentFirst, int end)
        {
            if (_inHeadline) return i;
            // Not from inside a capitalised run ("Republic of", "National Guard"): the place opens its phrase.
            if (i > sentFirst && IsCap(Tok(i - 1)) && !(Is(i - 1, "The") || Is(i - 1, "A") || Is(i - 1, "An"))) return i;
            for (int p = Math.Min(4, end - i); p >= 1; p--)
            {
                bool words = true;
                for (int t = i; t < i + p && words; t++) words = IsCap(Tok(t)) && char.IsLetter(Tok(t)[0]);
                if (!words) continue;
                int k = i + p;
                if (k < end && IsPossessive(k)) k++;
                // "Balochistan's provincial assembly", "Kerala's state assembly": a modifier that opens a role of its own (the
                // lexicon's "provincial assembly", which a bare lower-case "assembly" is not) is kept in it.
                while (k < end && PlaceRoleModifiersBySpan.Contains(Tok(k)) && MatchRole(k, end).Role is null) k++;
                if (k >= end || MatchRole(k, end) is not { Role: { } role, Len: var rl }) continue;
                if (!(role.Code.StartsWith("GOV", StringComparison.Ordinal) || role.Code is "COP" or "JUD" or "LEG")) continue;
                // (Tested only now: this runs at every capitalised word, and most are followed by no state office.)
                if (MatchRole(i, end).Role is not null) return i;
                // "Niger State government": a place of another country named like a country is read here as any state is.
                if (MatchName(i, end) is { Entries: { } ne, Len: var nel } && Array.Exists(ne, e => e.Kind is not (NameKind.Capital or NameKind.NotActor))
                    && !(p == nel + 1 && Array.Find(ne, e => e.Kind == NameKind.CountryName) is { Country: { } likeCountry }
                        && OtherCountryOfPlaceNamedLikeCountry(i, i + nel, end, likeCountry) is not null)) return i;
                var place = PlaceCountryOf(i, i + p);
                if (place is null) continue;
                int first = i;
                // "Pakistan's Punjab government": the possessive country before the place owns it.
                if (i >= 2 && IsPossessive(i - 1) && _out.Count > 0 && _out[^1] is { } pm && pm.Tokens.EndToken >= i - 1
                    && pm.Rule.StartsWith("country-possessive:", StringComparison.Ordinal) && pm.Country is { } pmIso && _lex.CountryByIso3(pmIso) is { } pmc)
                {
                    place = pmc;
                    first = pm.Tokens.FirstToken;
                    _out.RemoveAt(_out.Count - 1);
                }
                int j = k + rl;
                if (role.IsTitle && !role.IsPlural && CaptureName(j, end) is var nameEnd && nameEnd > j)
                    return TitleAndName(k, j, nameEnd, role, first, place);
                // Session 66 (blind84): "a former Jharkhand minister", "a former Sabah state assemblyman": "former" before the
                // place makes the office a former one, an elite (ELI), as it does right before the office ("a former minister",
                // decision 058). Police offices keep their code, as the role rule keeps them.
                bool formerHolder = FormerBefore(first) && (role.Code.StartsWith("GOV", StringComparison.Ordinal) || role.Code is "LEG" or "JUD");
                string code = place.Cameo + (formerHolder ? "ELI" : role.Code);
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(first, j), Code = code, Name = Text(k, j), Country = place.Iso3,
                    Rule = $"place+role: {Text(i, i + p)} + {Text(k, j)} → {code}",
                });
                _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
                if (role.IsTitle && !role.IsPlural) _lastBareTitle = idx;
                return j;
            }
            return i;
        }

        /// <summary>The country of a province, state, region or city the gazetteer knows by tokens [first, end); null for a
        /// country name or a name of several countries.</summary>
        private CountryEntry? PlaceCountryOf(int first, int end)
        {
            var name = _doc.Text.AsSpan(_doc.Token(first).Start, _doc.Token(end - 1).End - _doc.Token(first).Start);
            var best = Places.Gazetteer.Best(Places.Gazetteer.Default.LookupEntries(name), null);
            if (best?.Place is not { Country: { } iso, Feature: "admin1" or "city" or "capital" or "region" }) return null;
            return _lex.CountryByIso3(iso);
        }

        /// <summary>
        /// "the jailed former president", "the former military ruler", "the ousted leader": a role of office after a
        /// word that puts its holder out of it is an elite (ELI), its country from the sentence or article as for any
        /// bare role. A title before a personal name ("former President Joseph Kabila") is left to the person rule,
        /// which codes the person by the date.
        /// </summary>
        private int TryFormerRole(int i, int sentFirst, int end)
        {
            if (!FormerWords.Contains(Text(i, i + 1))) return i;
            int k = i + 1, mods = 0;
            while (k < end && mods < 2 && MatchRole(k, end).Role is null && IsPlainLowerWord(Tok(k))) { k++; mods++; }
            var (len, role) = MatchRole(k, end);
            // A minister of a sector ("health minister" GOVHLH) holds an office of government as any minister does; the head
            // of a police or intelligence service ("a former police chief", "a former intelligence chief", title rows) holds
            // a state office too (session 53). Plain members of those services ("former police officers") are no office.
            if (role is null || role.Code is not ("GOV" or "MIL" or "LEG" or "JUD" or "ELI") && !role.Code.StartsWith("GOV", StringComparison.Ordinal)
                && !(role.IsTitle && role.Code is "COP" or "SPY")) return i;
            if (role.IsTitle && !role.IsPlural && CaptureName(k + len, end) > k + len) return i;
            int first = i;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(first, k + len), Code = "ELI", Name = Text(first, k + len),
                Rule = $"role: {Text(first, k + len)} → ELI (out of office)", Reason = "no country in the phrase; role code only",
            });
            if (!role.IsPlural) _lastBareTitle = idx;
            return k + len;
        }

        /// <summary>
        /// "the opposition Congress party", "India's ruling Bharatiya Janata Party": a party named with the side it is on
        /// is coded by that side (country + OPP, or + GOVPTY for the governing party) rather than as a party alone.
        /// </summary>
        private int TryPartySide(int i, int end)
        {
            if (i >= end) return i; // "… Syria's" at the end of a sentence
            bool opposition = Is(i, "opposition"), ruling = Is(i, "ruling") || Is(i, "governing");
            if (!(opposition || ruling) || i + 1 >= end) return i;
            var (len, entries) = MatchName(i + 1, end);
            var party = entries is null ? null
                : Array.Find(entries, e => e.Kind == NameKind.Organization && e.Code is { } c && c.EndsWith("PTY", StringComparison.Ordinal));
            // "the opposition Democratic Party" in an Albanian story: a shared name the lexicon lists only with its country.
            if (party is null)
            {
                int p = i + 1;
                while (p < end && p - i <= 3 && IsCap(Tok(p)) && !Tok(p).Equals("Party", StringComparison.Ordinal)) p++;
                if (p == i + 1 || p >= end || !Tok(p).Equals("Party", StringComparison.Ordinal)
                    || SharedNameParty(Text(i + 1, p + 1)) is not var (np, _)) return i;
                party = np;
                len = p + 1 - (i + 1);
            }
            // "the opposition Podemos party" in a story about Mozambique: a listed name another country's party also bears.
            if (party is not null && PartyNamesakeInContext(party, Text(i + 1, i + 1 + len), i + 1, i + 1 + len) is { } namesake) party = namesake;
            if (party?.Code is not { } pc) return i;
            var country = party.Iso3 is { } iso ? _lex.CountryByIso3(iso) : null;
            // "the opposition Workers' Party" after Singapore's actors: a shared party name is the party of their country.
            if (len >= 2 && Is(i + len, "Party") && SharedNameParty(Text(i + 1, i + 1 + len)) is var (sp, sc) && sc.Iso3 != party.Iso3)
            {
                party = sp;
                country = sc;
                pc = sp.Code ?? pc;
            }
            string prefix = country?.Cameo ?? pc[..^3];
            if (prefix.Length == 0) return i;
            // The ruling party of a one-party state is its government (Workers' Party of Korea: PRKGOV).
            string code = pc.EndsWith("PTY", StringComparison.Ordinal) ? prefix + (opposition ? "OPP" : "GOVPTY") : pc;
            int j = i + 1 + len;
            // "the opposition Congress party": the generic head noun after the name belongs to it.
            if (j < end && (Is(j, "party") || Is(j, "Party"))) j++;
            // "opposition Kuomintang lawmakers", "ruling party officials": a party's members are the party, as a named
            // organisation's role nouns are ("NATO troops").
            if (j < end && PartyMemberNouns.Contains(Tok(j).ToString())) j++;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, j), Code = code, Name = party.Canonical, Country = party.Iso3,
                Rule = $"{(opposition ? "opposition" : "ruling")}+party: {Text(i + 1, j)} ({pc}) → {code}",
            });
            _roles.Add(new MemoryRole(idx, "party", "party"));
            return j;
        }

        /// <summary>
        /// "the SDS Party", "the opposition People's Progress Party", "Movement for Democratic Change", "Parti Bersatu Rakyat":
        /// a capitalised name that ends in a party word (or opens with "Parti"/"Partido") and that the lexicon does not list is
        /// a political party. Its country is the one named inside it ("Slovenian Democratic Party", "Green Party of Kenya"),
        /// the one owning it by a possessive ("Kenya's Orange Party"), else the article's (a bare role, lent later); "ruling"
        /// or "opposition" before it gives the side (GOVPTY, OPP). Heads that also name other bodies (Front, Movement, Alliance,
        /// Congress, Union) need a political word in the name ("United Workers' Front", not "Teachers Union" or "US Congress").
        /// </summary>
        private int TryUnlistedParty(int i, int end)
        {
            string? side = Is(i, "opposition") ? "OPP" : Is(i, "ruling") || Is(i, "governing") ? "GOVPTY" : null;
            int n = side is null ? i : i + 1;
            if (n >= end || !IsCap(Tok(n)) || NameOpenersBySpan.Contains(Tok(n))) return i;
            int head = -1, nameEnd;
            bool strong = false;
            if (PartyOpeningWordsBySpan.Contains(Tok(n)))
            {
                // "Partido de los Trabajadores": lower-case particles join capitalised words.
                int k = n + 1;
                while (k < end && k - n <= 6 && (IsCap(Tok(k)) || NameParticles.Contains(Tok(k).ToString()) && k + 1 < end
                    && (IsCap(Tok(k + 1)) || NameParticles.Contains(Tok(k + 1).ToString()) && k + 2 < end && IsCap(Tok(k + 2))))) k++;
                if (k == n + 1 || !IsCap(Tok(k - 1))) return i;
                head = n; nameEnd = k; strong = true;
            }
            else
            {
                int k = n;
                while (k < end && k - n < 6)
                {
                    var t = Tok(k);
                    // strong is set only with head: past the head check below it is this head's own value.
                    if (PartyHeadsBySpan.TryGetValue(t, out bool isStrong)) { head = k; strong = isStrong; break; }
                    if (IsCap(t) && !NameOpenersBySpan.Contains(t) && !FunctionWordsInTitlesBySpan.Contains(t)
                        // "Candidates in Malaysia Denounce Far-Right Party": a Title Case headline's verb is no word of the name.
                        && !(_inHeadline && TaggedFiniteVerb(k)) && !TitleCaseHeadlineVerb(k)) { k++; continue; }
                    // "People's", "Workers'": a possessive inside the name, after a word of the people a party speaks for.
                    if (IsPossessive(k) && k > n && PartyPeopleWordsBySpan.Contains(Tok(k - 1)) && k + 1 < end && IsCap(Tok(k + 1))) { k++; continue; }
                    break;
                }
                if (head < 0 || head - 1 >= n && NonPartyGatheringsBySpan.Contains(Tok(head - 1))) return i;
                nameEnd = head + 1;
                // "Movement for Democratic Change", "Green Party of England and Wales": the name runs on after "for"/"of".
                if (nameEnd + 1 < end && (Is(nameEnd, "for") || Is(nameEnd, "of")) && !(Is(head, "Union") && Is(nameEnd, "of")))
                {
                    int k2 = nameEnd + 1;
                    if (Is(k2, "the")) k2++;
                    int tail = k2;
                    while (tail < end && tail - k2 < 5 && (IsCap(Tok(tail)) && !FunctionWordsInTitlesBySpan.Contains(Tok(tail))
                        || (Is(tail, "and") || Is(tail, "of")) && tail > k2 && tail + 1 < end && IsCap(Tok(tail + 1))))
                        tail++;
                    if (tail > k2) nameEnd = tail;
                }
                // A head alone is no name ("the Party", "Congress"), nor one with only the words of a country ("US Congress").
                if (head == n && nameEnd == head + 1) return i;
            }
            // A name the lexicon holds, or one built on a listed organisation or person ("Likud Party", "Hamas Movement"), is
            // the lexicon's to read.
            CountryEntry? country = null;
            string? branch = null;
            int countryFrom = -1, countryTo = -1;
            for (int k = n; k < nameEnd; k++)
            {
                if (MatchName(k, end) is not { Entries: { } es, Len: var len }) continue;
                if (k == n && len >= nameEnd - n) return i;
                if (Array.Find(es, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective) is { Country: { } c })
                {
                    if (country is null) { country = c; countryFrom = k; countryTo = k + len; }
                    k += len - 1;
                    continue;
                }
                // "People's Progress Party": a shorter listed party that ends where this name ends is only its tail. After a
                // single word ("Arizona Republican Party", "Bavarian Social Party") it is the listed party's branch there.
                if (k + len == head + 1 && Array.Find(es, e => e.Kind == NameKind.Organization) is { } tail)
                {
                    if (country is null && k == n + 1 && tail.Iso3 is { } tiso && _lex.CountryByIso3(tiso) is { } tc) { country = tc; branch = tail.Canonical; }
                    break;
                }
                if (k < head || head == n) return i;
            }
            // The political word must be the name's own, not a country's ("United States Congress").
            bool political = false;
            for (int k = n; k < nameEnd && !political; k++)
                political = (k < countryFrom || k >= countryTo) && PoliticalNameWords.Contains(Tok(k).ToString());
            if (!strong && !political) return i;
            // "Ivorian Opposition Party PDCI Accuses ...": a country word and a side ("Opposition", "Ruling", "Main") before
            // the head describe a party, they do not name one; the named party after it is the actor.
            bool describedOnly = head > n;
            for (int k = n; k < head && describedOnly; k++)
                describedOnly = k >= countryFrom && k < countryTo || PartyDescriptionWords.Contains(Tok(k).ToString());
            if (describedOnly) return i;
            string how = branch is not null ? $"a branch of the {branch}" : country is not null ? $"{country.Name} in the name" : "";
            // "Kenya's Orange Party": the country that owns it by a possessive.
            if (country is null && n >= 2 && IsPossessive(n - 1) && _out.Count > 0 && _out[^1].Tokens.EndToken >= n - 1
                && _out[^1].Rule.StartsWith("country", StringComparison.Ordinal) && _out[^1].Country is { } oiso && _lex.CountryByIso3(oiso) is { } oc)
            { country = oc; how = $"{oc.Name}'s"; }
            string text = Text(n, nameEnd);
            string role = side ?? "PTY";
            // "New Unity Party lawmakers": the party's members are the party, as after a listed party.
            int mentionEnd = nameEnd < end && PartyMemberNouns.Contains(Tok(nameEnd).ToString()) ? nameEnd + 1 : nameEnd;
            int idx = Add(country is not null
                ? new ActorMention
                {
                    Tokens = new TokenRange(i, mentionEnd), Code = country.Cameo + role, Name = text, Country = country.Iso3,
                    Rule = $"party-name: {text} (a party the lexicon does not list; {how}{(side is null ? "" : "; " + Tok(i).ToString())}) → {country.Cameo + role}",
                }
                : new ActorMention
                {
                    Tokens = new TokenRange(i, mentionEnd), Code = role, Name = text,
                    Rule = $"role: {text} (a party the lexicon does not list{(side is null ? "" : "; " + Tok(i).ToString())}) → {role}",
                    Reason = "no country in the party's name; the article's is lent",
                });
            _roles.Add(new MemoryRole(idx, "party", "party"));
            return mentionEnd > nameEnd ? mentionEnd : PartyOfficeHolder(idx, nameEnd, end);
        }

        /// <summary>
        /// "Christian Care said", "the Hope Foundation", "Nairobi Women's Hospital", "Zenta Holdings Ltd.": a capitalised name
        /// the lexicon does not list that ends in a word naming a kind of organisation is that organisation, with the sector the
        /// word gives (<see cref="OrganizationHeads"/>). Its country is one named inside it (a country word or a place the
        /// gazetteer knows), else the article's is lent, as to a bare role. At a place ("at Nairobi Hospital") it is the place
        /// stage's. The mention keeps the head word in memory, so "the foundation" later is the same body.
        /// </summary>
        private int TryUnlistedOrganization(int i, int sentFirst, int end)
        {
            if (_inHeadline || NameOpenersBySpan.Contains(Tok(i)) || NotNamesBySpan.Contains(Tok(i))) return i;
            // The name opens at a capitalised run's first word ("Makerere University", not "University" inside it).
            if (i > sentFirst && IsCap(Tok(i - 1)) && !(Is(i - 1, "The") || Is(i - 1, "A") || Is(i - 1, "An"))) return i;
            int head = -1;
            string? sector = null;
            for (int k = i + 1; k < end && k - i <= 5; k++)
            {
                var t = Tok(k);
                if (OrganizationHeadsBySpan.TryGetValue(t, out sector)) { head = k; break; }
                // "Nairobi Women's Hospital", "Save Our Children's Fund": a possessive inside the name.
                if (IsPossessive(k) && k + 1 < end && IsCap(Tok(k + 1))) continue;
                // "Acme, Inc.": a company's legal suffix may follow a comma.
                if (Is(k, ",") && k + 1 < end && OrganizationHeadsBySpan.TryGetValue(Tok(k + 1), out var commaLegal) && commaLegal == "BUS") continue;
                if (!IsCap(t) || !char.IsLetter(t[0]) || FunctionWordsInTitlesBySpan.Contains(t) || TaggedFiniteVerb(k)) return i;
            }
            if (head < 0) return i;
            var before = Tok(head - 1);
            // "Health Care", "Intensive Care", "Disaster Relief" name services and funds, not bodies.
            if (ServiceWordsBeforeHeadBySpan.Contains(before) && head - 1 == i) return i;
            if (Is(head, "Care") && ServiceWordsBeforeHeadBySpan.Contains(before)) return i;
            int nameEnd = head + 1;
            // "Zenta Holdings Ltd.", "Acme Corporation, Inc.": a legal suffix after the head is part of the name.
            if (nameEnd < end && Is(nameEnd, ",") && nameEnd + 1 < end && OrganizationHeadsBySpan.TryGetValue(Tok(nameEnd + 1), out var suffix) && suffix == "BUS") nameEnd++;
            if (nameEnd < end && OrganizationHeadsBySpan.TryGetValue(Tok(nameEnd), out var legal) && legal == "BUS") { nameEnd++; sector = legal; }
            else if (nameEnd < end && Is(nameEnd - 1, ",")) nameEnd--;
            // "Inc ." split by the tokenizer: the abbreviation's period, unless it also ends the sentence.
            if (nameEnd + 1 < end && Is(nameEnd, ".") && (Is(nameEnd - 1, "Inc") || Is(nameEnd - 1, "Corp") || Is(nameEnd - 1, "Ltd"))) nameEnd++;
            // "the University of Nairobi"-like tails: "Institute"/"Society of X" runs on after "of" over capitalised words.
            if (nameEnd + 1 < end && Is(nameEnd, "of") && IsCap(Tok(nameEnd + 1)) && sector != "BUS")
            {
                int tail = nameEnd + 1;
                while (tail < end && tail - nameEnd <= 4 && IsCap(Tok(tail)) && !FunctionWordsInTitlesBySpan.Contains(Tok(tail))) tail++;
                nameEnd = tail;
            }
            if (AfterPlacePreposition(i, sentFirst)) return i;
            // A name the lexicon holds from here, or a person or organisation inside it ("Clinton Foundation" is the lexicon's
            // when listed), is the lexicon's to read; a country or place inside gives the country.
            CountryEntry? country = null;
            for (int k = i; k < head; k++)
            {
                if (MatchName(k, end) is { Entries: { } es, Len: var len })
                {
                    if (k == i && i + len >= head + 1) return i;
                    if (Array.Find(es, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective or NameKind.Capital) is { } ce
                        && CountryOfName(ce) is { } cc)
                    {
                        country ??= cc;
                        k += len - 1;
                        continue;
                    }
                    if (Array.Exists(es, e => e.Kind is NameKind.Person or NameKind.Organization or NameKind.Metonym)) return i;
                    k += len - 1;
                    continue;
                }
                if (country is null && char.IsLetter(Tok(k)[0]) && PlaceCountryOf(k, k + 1) is { } pc) country = pc;
            }
            for (int k = head + 1; country is null && k < nameEnd; k++)
                if (MatchName(k, nameEnd) is { Entries: { } es2 } && Array.Find(es2, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective) is { } te)
                    country = CountryOfName(te);
            string text = Text(i, nameEnd);
            string headWord = Tok(head).ToString().TrimEnd('.');
            int idx = Add(country is not null
                ? new ActorMention
                {
                    Tokens = new TokenRange(i, nameEnd), Code = country.Cameo + sector, Name = text, Country = country.Iso3,
                    Rule = $"organization-name: {text} (an organisation the lexicon does not list; {headWord} → {sector}; {country.Name} in the name) → {country.Cameo + sector}",
                }
                : new ActorMention
                {
                    Tokens = new TokenRange(i, nameEnd), Code = sector, Name = text,
                    Rule = $"role: {text} (an organisation the lexicon does not list; {headWord} → {sector})",
                    Reason = "no country in the organisation's name; the article's is lent",
                });
            string lemma = sector == "BUS" ? "company" : headWord.ToLowerInvariant();
            _roles.Add(new MemoryRole(idx, lemma, lemma));
            if (sector == "BUS") RememberCompanyName(idx, i, head);
            return nameEnd;
        }

        /// <summary>
        /// "Zentrolix Corp … Zentrolix said": a company the lexicon lacks, introduced by one name word and its legal or
        /// group suffix (Inc., Corp., Ltd., Holdings), is that company when a later sentence names it by the word alone.
        /// Only a single word neither the lexicon nor the gazetteer knows is remembered, so a generic first word
        /// ("National", "General") that other names share is not. A later mention is looked up only after the lexicon's
        /// names (TryMemory), so a listed name that starts with the word is still the lexicon's.
        /// </summary>
        private void RememberCompanyName(int mention, int first, int head)
        {
            if (head - first != 1) return;
            var w = Tok(first);
            if (w.Length < 3 || !IsCap(w) || !char.IsLetter(w[0]) || MatchName(first, head).Entries is not null
                || PlaceCountryOf(first, head) is not null || RoleModifiersBySpan.Contains(w) || MatchRole(first, head).Role is not null) return;
            _names.TryAdd(FoldedWord(w), mention);
        }

        /// <summary>
        /// "Employment and Labour Minister", "the Labour and Social Security Ministry", "Labour Minister Jane Doe": a party
        /// whose one-word name is also a portfolio ("Labour") names the ministry's field, not the party, when it begins a
        /// listed ministerial title (resume at the word: the role rules read "Labour Minister", GOVLAB) or stands
        /// coordinated with another capitalised portfolio word, or after another country's name, before a ministerial
        /// title (resume after it: a title of several fields is the government's, GOV). -1 when the word is the party.
        /// </summary>
        private int PortfolioResume(NameEntry org, int i, int sentFirst, int end)
        {
            if (org.OrgKind is not "party" && !(org.Code?.EndsWith("PTY", StringComparison.Ordinal) ?? false)) return -1;
            bool coordinated = i - 2 >= sentFirst && (Is(i - 1, "and") || Is(i - 1, "&") || Is(i - 1, ",")) && IsCap(Tok(i - 2));
            // "South Africa's Labour Minister": another country's title is that country's portfolio.
            bool foreignOwner = _out.Count > 0 && _out[^1].Tokens.EndToken == i && _out[^1].Country is { } owner && owner != org.Iso3;
            if (!coordinated && MatchRole(i, end) is { Role: { } whole, Len: > 1 } && MinistryTitleHeads.Contains(whole.Head)) return i;
            int k = i + 1;
            while (k + 1 < end && (Is(k, "and") || Is(k, "&") || Is(k, ",")) && IsCap(Tok(k + 1)))
            {
                coordinated = true;
                k += 2;
                while (k < end && IsCap(Tok(k)) && MatchRole(k, end).Role is null) k++;
            }
            return (coordinated || foreignOwner) && k < end && MatchRole(k, end).Role is { } r && MinistryTitleHeads.Contains(r.Head) ? i + 1 : -1;
        }

        /// <summary>Title heads a portfolio's field words stand before ("Labour Minister", "Labour Ministry").</summary>
        private static readonly FrozenSet<string> MinistryTitleHeads = Set("minister", "ministry", "secretary", "department", "portfolio", "ministers");

        /// <summary>
        /// "Montana offered $69 per prisoner", "Ontario announced a freeze", "Kerala has asked for funds": a state or
        /// province the gazetteer knows (admin1), standing alone as the parsed subject of a finite verb right after it, acts
        /// through its government, which the gold codes as its country's GOV (a state's government is the country's
        /// government sector). Not after a preposition ("in Montana"), not in a headline, not as a modifier or possessive
        /// ("Montana's governor", "Montana Department of Corrections"), which other rules read.
        /// </summary>
        private int TryStateGovernment(int i, int sentFirst, int end)
        {
            // "Fighting in North and South Kivu has killed": a conjunct of a place is a place; the parser must make the name
            // the verb's subject.
            if (_inHeadline || (i > sentFirst && (IsCap(Tok(i - 1)) || Is(i - 1, "and") || Is(i - 1, "or") || Is(i - 1, ",")
                || _doc.Token(i - 1).Xpos is "IN" or "TO" or "DT" or "POS"))) return i;
            for (int n = Math.Min(3, end - i - 1); n >= 1; n--)
            {
                int j = i + n;
                bool capitals = true;
                for (int t = i; t < j && capitals; t++) capitals = IsCap(Tok(t)) && char.IsLetter(Tok(t)[0]);
                if (!capitals || !TaggedFiniteVerb(j) || _doc.Token(j - 1).Relation != "nsubj") continue;
                var name = _doc.Text.AsSpan(_doc.Token(i).Start, _doc.Token(j - 1).End - _doc.Token(i).Start);
                if (Places.Gazetteer.Best(Places.Gazetteer.Default.LookupEntries(name), null)?.Place is not { Country: { } iso, Feature: "admin1" }
                    || _lex.CountryByIso3(iso) is not { } country) continue;
                string code = country.Cameo + "GOV";
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j), Code = code, Name = Text(i, j), Country = country.Iso3,
                    Rule = $"state-as-government: {Text(i, j)} (a state or province of {country.Name} acting) → {code}",
                });
                return j;
            }
            return i;
        }

        /// <summary>The country a country name, adjective or capital entry names (its own, or the one its ISO code gives).</summary>
        private CountryEntry? CountryOfName(NameEntry e) => e.Country ?? (e.Iso3 is { } iso ? _lex.CountryByIso3(iso) : null);

        /// <summary>Words that end an organisation's name, with the CAMEO sector each gives (Phoenix agents: COMPANY and
        /// CORPORATION BUS, UNIVERSITY and COLLEGE EDU, HOSPITAL HLH; charities and foundations NGO). "Society" is left out:
        /// a law society is its lawyers' (JUD), a prisoners' society an NGO, so the word alone does not say.</summary>
        private static readonly FrozenDictionary<string, string> OrganizationHeads = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Foundation"] = "NGO", ["Charity"] = "NGO", ["Relief"] = "NGO", ["Care"] = "NGO",
            ["Inc"] = "BUS", ["Inc."] = "BUS", ["Corp"] = "BUS", ["Corp."] = "BUS", ["Corporation"] = "BUS", ["Ltd"] = "BUS",
            ["Ltd."] = "BUS", ["LLC"] = "BUS", ["Plc"] = "BUS", ["PLC"] = "BUS", ["plc"] = "BUS", ["Holdings"] = "BUS",
            ["University"] = "EDU", ["College"] = "EDU", ["Hospital"] = "HLH", ["Clinic"] = "HLH",
        }.ToFrozenDictionary(StringComparer.Ordinal);

        private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OrganizationHeadsBySpan = OrganizationHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Words before an organisation head that make it a service, a fund or a programme ("Health Care", "Disaster
        /// Relief", "Debt Relief"), not a body.</summary>
        private static readonly FrozenSet<string> ServiceWordsBeforeHead = Set("Health", "Healthcare", "Medical", "Intensive", "Primary",
            "Child", "Day", "Home", "Managed", "Palliative", "Critical", "Urgent", "Social", "Aged", "Community", "Disaster", "Debt",
            "Tax", "Famine", "Emergency", "Hurricane", "Flood", "Earthquake", "Storm", "Secret", "High", "Civil", "Open", "Royal",
            "Public", "State", "National", "Federal", "Military", "Army", "Naval", "Police", "Veterans", "Mental", "Dental", "Eye");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ServiceWordsBeforeHeadBySpan = ServiceWordsBeforeHead.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// "New Unity Party leader Tom Banda": an office of the party just read, followed by a holder the lexicon does not
        /// know, is a member of that party and takes its code (a title alone would make him his country's government).
        /// Returns the token after the holder's name, or <paramref name="j"/> when none follows.
        /// </summary>
        private int PartyOfficeHolder(int party, int j, int end)
        {
            // A Title Case line capitalises its office words and verbs too ("Zenith Party Leader Resigns"): no name is read there.
            if (_inHeadline || j + 1 >= end || IsCap(Tok(j)) || !PartyOfficeTitles.Contains(Tok(j).ToString()) || !IsCap(Tok(j + 1))) return j;
            int p = j + 1;
            while (p < end && p - j <= 3 && IsCap(Tok(p)) && !TaggedFiniteVerb(p) && MatchName(p, end).Entries is null && MatchRole(p, end).Role is null) p++;
            if (p == j + 1 || p < end && IsPossessive(p)) return j;
            var pm = _out[party];
            Add(new ActorMention
            {
                Tokens = new TokenRange(j, p), Code = pm.Code, Name = Text(j + 1, p), Country = pm.Country,
                Rule = $"{pm.Rule}; its {Tok(j).ToString()} {Text(j + 1, p)} → {pm.Code}", Reason = pm.Reason,
            });
            return p;
        }

        /// <summary>Offices of a party its holder is named after ("party leader X"), which make the holder the party's.</summary>
        private static readonly FrozenSet<string> PartyOfficeTitles = Set("leader", "chairman", "chairwoman", "chair", "president",
            "founder", "co-founder", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "member", "lawmaker", "candidate",
            "deputy", "senator", "activist", "official", "head", "chief");

        /// <summary>Words that end a party's name (true) and those that end other bodies' names too (false: a political word
        /// must be in the name).</summary>
        private static readonly FrozenDictionary<string, bool> PartyHeads = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["Party"] = true, ["Partei"] = true, ["Parti"] = true, ["Partido"] = true, ["Partai"] = true, ["Partij"] = true,
            ["Front"] = false, ["Movement"] = false, ["Alliance"] = false, ["Congress"] = false, ["Union"] = false, ["League"] = false,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> PartyHeadsBySpan = PartyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Words before "Party" (or "Front", "Union") that name a gathering, a working group or a side, not a political
        /// party ("Christmas Party", "Working Party", "Third Party", "Popular Front" is kept).</summary>
        private static readonly FrozenSet<string> NonPartyGatherings = Set("Christmas", "Birthday", "Dinner", "Garden", "Tea", "Launch",
            "Working", "Search", "Third", "Boarding", "Landing", "Wedding", "Halloween", "Holiday", "Year's", "Costume", "Pool", "Street", "Block",
            "Home", "Western", "Eastern", "Southern", "Northern", "Credit", "Customs", "Monetary", "Economic", "Currency", "Banking");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonPartyGatheringsBySpan = NonPartyGatherings.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Words that open a party's name in the languages that put the noun first ("Parti Québécois", "Partido Verde").</summary>
        private static readonly FrozenSet<string> PartyOpeningWords = Set("Parti", "Partido", "Partai", "Partij", "Partit", "Partia");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyOpeningWordsBySpan = PartyOpeningWords.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Lower-case particles inside a name in those languages.</summary>
        private static readonly FrozenSet<string> NameParticles = Set("de", "del", "della", "des", "du", "do", "dos", "da", "das",
            "la", "las", "los", "le", "y", "e", "et", "pour", "per", "van", "voor");

        /// <summary>Capitalised function words of a Title Case headline, which no party name has before its head.</summary>
        private static readonly FrozenSet<string> FunctionWordsInTitles = Set("Of", "To", "In", "On", "At", "By", "For", "From", "With",
            "As", "And", "Or", "After", "Over", "Into", "Against", "Says", "Say", "Said", "Is", "Are", "Was", "Will", "Be");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsInTitlesBySpan = FunctionWordsInTitles.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The people a party says it speaks for, before a possessive inside its name ("People's", "Workers'").</summary>
        private static readonly FrozenSet<string> PartyPeopleWords = Set("People", "Workers", "Peasants", "Farmers", "Citizens", "Women",
            "Patriots", "Toilers", "Nation");

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyPeopleWordsBySpan = PartyPeopleWords.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Words that say a name is a political body, which Front, Movement, Alliance, Congress and Union need.</summary>
        private static readonly FrozenSet<string> PoliticalNameWords = Set("Democratic", "Democracy", "Democrats", "Socialist", "Social",
            "Liberal", "Conservative", "Republican", "Progressive", "Progressives", "Progress", "Patriotic", "Popular", "Christian", "Green",
            "Greens", "Freedom", "Unity", "United", "Independence", "Reform", "Renewal", "Change", "Justice", "Solidarity", "Communist",
            "Nationalist", "Civic", "Citizens", "Alternative");

        /// <summary>
        /// "the Hamas-run health ministry", "the Taliban-run interior ministry", "a Saudi-led coalition": a role whose
        /// controller is named in a "-run"/"-led"/"-controlled" compound belongs to the controller's country. ("-backed"
        /// names a sponsor, not the owner, and is left out.)
        /// </summary>
        private int TryRunBy(int i, int end)
        {
            var t = Tok(i);
            int dash = t.LastIndexOf('-');
            if (dash <= 0 || !IsCap(t) || i + 1 >= end) return i;
            var suffix = t[(dash + 1)..];
            if (!(suffix.Equals("run", StringComparison.Ordinal) || suffix.Equals("led", StringComparison.Ordinal) || suffix.Equals("controlled", StringComparison.Ordinal))) return i;
            var prefix = ActorLexicon.Normalize(t[..dash].ToString());
            if (!_lex.TryGetNames(prefix, out var es)) return i;
            var controller = Array.Find(es, e => e.Kind is NameKind.Organization or NameKind.CountryName or NameKind.CountryAdjective);
            var c = controller is null ? null
                : controller.Kind == NameKind.Organization ? (controller.Iso3 is { } oi ? _lex.CountryByIso3(oi) : null) : controller.Country;
            if (c is null || !TryRolePhrase(i + 1, end, out var rp)) return i;
            string code = c.Cameo + rp.Code;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, rp.NameEnd), Code = code, Name = Text(i, rp.NameEnd), Country = c.Iso3,
                Rule = $"run-by+role: {Text(i, i + 1)} + {Text(i + 1, rp.End)} → {code}",
            });
            foreach (var l in rp.Lemmas) _roles.Add(new MemoryRole(idx, l, l[(l.LastIndexOf(' ') + 1)..]));
            if (!rp.Head.IsPlural && rp.NameEnd == rp.End) _lastBareTitle = idx;
            return rp.NameEnd;
        }

        /// <summary>
        /// "a UAE-brokered swap", "EU-mediated talks", "a UN-hosted meeting": the broker or host named in a "-brokered",
        /// "-mediated", "-hosted" or "-facilitated" compound is an actor of the sentence, a modifier (never the subject of the
        /// clause's verb); the coder reads it as the broker of the deal or talks the compound qualifies. A country word names
        /// the bare country (who in it brokered is not said); an organisation its own code. ("-backed" and "-sponsored" name
        /// a sponsor, not a go-between, and are left out.)
        /// </summary>
        private int TryBrokerCompound(int i)
        {
            var t = Tok(i);
            int dash = t.LastIndexOf('-');
            if (dash <= 0 || dash == t.Length - 1) return i;
            var suffix = t[(dash + 1)..];
            if (!(suffix.Equals("brokered", StringComparison.Ordinal) || suffix.Equals("mediated", StringComparison.Ordinal)
                || suffix.Equals("hosted", StringComparison.Ordinal) || suffix.Equals("facilitated", StringComparison.Ordinal))) return i;
            if (!_lex.TryGetNames(ActorLexicon.Normalize(t[..dash].ToString()), out var es)) return i;
            string? code = null, iso = null, name = null;
            if (Array.Find(es, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective) is { Country: { } c })
            {
                code = c.Cameo; iso = c.Iso3; name = c.Name;
            }
            else if (Array.Find(es, e => e.Kind == NameKind.Organization) is { Code: not null } org)
            {
                code = _lex.OrganizationCode(org, _date); iso = org.Iso3; name = org.Canonical;
            }
            if (code is null) return i;
            Add(new ActorMention
            {
                Tokens = new TokenRange(i, i + 1), Code = code, Name = name!, Country = iso,
                Rule = $"broker-compound: {Text(i, i + 1)} → {code} (the go-between a '-{suffix}' compound names)", IsModifier = true,
            });
            return i + 1;
        }

        /// <summary>
        /// "a Panama-flagged tanker", "a Marshall Islands-flagged oil tanker", "a Greek-owned vessel": a country named in a
        /// "-flagged", "-owned", "-operated" or "-registered" compound says whose the thing is, as a country adjective before it does
        /// ("a Greek vessel"): the bare country, a modifier. The name may run over up to three capitalised words.
        /// </summary>
        private int TryFlagCompound(int i, int end)
        {
            for (int k = i; k < end && k < i + 3; k++)
            {
                var t = Tok(k);
                if (!IsCap(t)) return i;
                int dash = t.LastIndexOf('-');
                if (dash <= 0) continue;
                var suffix = t[(dash + 1)..];
                if (!(suffix.Equals("flagged", StringComparison.Ordinal) || suffix.Equals("owned", StringComparison.Ordinal)
                    || suffix.Equals("registered", StringComparison.Ordinal) || suffix.Equals("operated", StringComparison.Ordinal))) return i;
                var name = (k > i ? Text(i, k) + " " : "") + t[..dash].ToString();
                if (!_lex.TryGetNames(ActorLexicon.Normalize(name), out var es)) return i;
                var c = Array.Find(es, e => e.Kind is NameKind.CountryName or NameKind.CountryAdjective)?.Country;
                if (c is null) return i;
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, k + 1), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                    Rule = $"country-adjective: {Text(i, k + 1)} → {c.Cameo} (a flag or owner compound)", IsModifier = true,
                });
                return k + 1;
            }
            return i;
        }

        /// <summary>Words that describe which party is meant ("Ivorian Opposition Party", "main ruling party"), not a name.</summary>
        private static readonly FrozenSet<string> PartyDescriptionWords = Set("Opposition", "opposition", "Ruling", "ruling",
            "Governing", "governing", "Main", "main", "Largest", "largest", "Leading", "leading");

        /// <summary>Plural nouns for a party's members and officials that belong to the party's mention.</summary>
        private static readonly FrozenSet<string> PartyMemberNouns = Set("lawmakers", "legislators", "MPs", "deputies", "senators",
            "members", "officials", "leaders", "supporters", "candidates");

        /// <summary>Role lemmas for the rank and file of a party or movement ("supporters", "members", "activists", "workers").</summary>
        private static bool IsMemberLemma(string lemma) => lemma is "supporter" or "member" or "activist" or "worker" or "loyalist" or "follower";

        /// <summary>True when <paramref name="m"/> is a party, movement or armed group (not an IGO, company or outlet), named
        /// or remembered ("the party"): an organisation whose rank and file are the organisation itself.</summary>
        private static bool IsPartyOrMovement(ActorMention m) =>
            m.Code is { } c && (m.Rule.StartsWith("organization", StringComparison.Ordinal) || m.Rule.StartsWith("memory", StringComparison.Ordinal)
                || m.Rule.Contains("+party", StringComparison.Ordinal))
            && (c.EndsWith("PTY", StringComparison.Ordinal) || c.EndsWith("OPP", StringComparison.Ordinal) || c.Contains("REB", StringComparison.Ordinal));

        /// <summary>Words that may open the clause of a crowd counted without a noun ("as thousands took to the streets",
        /// "after tens of thousands rallied"): the crowd is that clause's subject, not an object of the words before.</summary>
        private static readonly FrozenSet<string> CrowdClauseOpeners = Set("as", "after", "while", "when", "before", "and", "but",
            "where", "since", "until", ",", "-", "\u2014", "\u2013", ":", "about", "some", "several", "many", "more", "than", "least");

        /// <summary>
        /// "Thousands rallied in Tbilisi", "after tens of thousands protested", "as hundreds took to the streets": a crowd
        /// counted in words with no noun after the count is an actor when a verb of what crowds do follows it at once, as
        /// "thousands of people marched" is (<see cref="ActingCrowd"/>); it is a CVL mention that the sentence's place
        /// gives a country, as the gold files code such crowds. Invariant: the count is a clause's subject (it opens the
        /// sentence or follows a clause opener or a quantifier), so counted victims and detainees ("detained dozens in
        /// Belgrade", "killed hundreds") are never mentions. Returns <paramref name="i"/> when the words are not so.
        /// </summary>
        private int TryBareCrowd(int i, int sentFirst, int end)
        {
            int k = i;
            // "tens of thousands", "hundreds of thousands": a count of counts is one number.
            if ((Is(k, "tens") || Is(k, "hundreds")) && k + 2 < end && Is(k + 1, "of") && (Is(k + 2, "thousands") || Is(k + 2, "millions"))) k += 3;
            else if (CrowdNumbersBySpan.Contains(Tok(k))) k++;
            else return i;
            if (k >= end) return i;
            if (i > sentFirst && !CrowdClauseOpeners.Contains(Tok(i - 1).ToString())) return i;
            // "at least 11 people, as thousands took to the streets": the streets taken are a march.
            bool acts = CrowdActsBySpan.Contains(Tok(k))
                || (Is(k, "took") && k + 3 < end && Is(k + 1, "to") && Is(k + 2, "the") && Is(k + 3, "streets"));
            if (!acts) return i;
            Add(new ActorMention
            {
                Tokens = new TokenRange(i, k), Code = "CVL", Name = Text(i, k),
                Rule = $"role: a crowd of {Text(i, k)} → CVL", Reason = "no country in the phrase; role code only",
            });
            return k;
        }

        /// <summary>
        /// "Members of the United National Movement", "supporters of the PTI": the rank and file of a named party or armed
        /// movement are coded as it (the noun alone is the mention; the organisation after "of" is its own).
        /// </summary>
        private int TryMembersOf(int i, int end)
        {
            if (!MemberNounsOfBySpan.Contains(Tok(i)) || i + 2 >= end || !Is(i + 1, "of")) return i;
            // "soldiers captured eleven members of the Gulf Clan": members counted as the object of a verb are detainees or
            // victims, no mention (the gold files leave them out); "Twenty members of the Barrio 18 gang escaped" act.
            if (i >= 2 && IsCountWord(Tok(i - 1)) && char.IsLower(Tok(i - 2)[0]) && char.IsLetter(Tok(i - 2)[0])) return i;
            int b = i + 2;
            // "lawmakers of his Nuevas Ideas party", "militias of the ruling ZANU-PF": a determiner and the party's side may
            // come first.
            if (Is(b, "the") || Is(b, "his") || Is(b, "her") || Is(b, "its") || Is(b, "their")) b++;
            string? side = null;
            if (b < end && (Is(b, "ruling") || Is(b, "governing"))) { side = "GOVPTY"; b++; }
            else if (b < end && Is(b, "opposition")) { side = "OPP"; b++; }
            if (b >= end || !IsCap(Tok(b)) || MatchName(b, end) is not { Entries: { } me }) return i;
            if (Array.Find(me, x => x.Kind == NameKind.Organization) is not { Code: not null } org) return i;
            string code = _lex.OrganizationCode(org, _date);
            if (side is not null && org.Iso3 is { } siso && _lex.CountryByIso3(siso) is { } sc && (code.EndsWith("PTY", StringComparison.Ordinal) || code.EndsWith("OPP", StringComparison.Ordinal)))
                code = sc.Cameo + side;
            // Gangs' and cartels' members are the gang (CRM), as armed movements' are.
            if (!(code.EndsWith("PTY", StringComparison.Ordinal) || code.EndsWith("OPP", StringComparison.Ordinal) || code.Contains("REB", StringComparison.Ordinal)
                || code.EndsWith("CRM", StringComparison.Ordinal))) return i;
            Add(new ActorMention
            {
                Tokens = new TokenRange(i, i + 1), Code = code, Name = Text(i, i + 1), Country = org.Iso3,
                Rule = $"members+of+organization: {Text(i, i + 1)} of {org.Canonical} → {code}",
            });
            return i + 1;
        }

        /// <summary>True for a cardinal written in digits or words ("11", "eleven", "dozens").</summary>
        private static bool IsCountWord(ReadOnlySpan<char> s) =>
            (s.Length > 0 && char.IsDigit(s[0])) || CountWords.Contains(s.ToString());

        private static readonly FrozenSet<string> CountWords = Set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozens", "hundreds", "thousands", "several", "some");

        /// <summary>State bodies whose field a sector noun before them names ("media commission", "energy regulator").</summary>
        private static readonly FrozenSet<string> StateBodyLemmas = Set("commission", "ministry", "regulator");

        /// <summary>Nouns for the rank and file and the lawmakers and fighters of a named party or armed movement ("members of
        /// the United National Movement", "lawmakers of his Nuevas Ideas party", "militias of the ruling ZANU-PF").</summary>
        private static readonly FrozenSet<string> MemberNounsOf = Set("members", "supporters", "activists", "loyalists", "lawmakers",
            "legislators", "deputies", "senators", "militants", "fighters", "militias", "militiamen");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MemberNounsOfBySpan = MemberNounsOf.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>True when "opposition"/"ruling" + a known party starts at token b.</summary>
        private bool TryPartySideAt(int b, int end) =>
            (Is(b, "opposition") || Is(b, "ruling") || Is(b, "governing")) && b + 1 < end
            && MatchName(b + 1, end) is { Entries: { } e } && Array.Exists(e, x => x.Kind == NameKind.Organization);

        private static readonly FrozenSet<string> OrganizationNouns = Set("group", "movement", "organization", "organisation", "alliance", "bloc", "faction", "outfit");
        /// <summary>Offices that head a body ("the leader of the union", "the head of the army").</summary>
        private static readonly FrozenSet<string> HeadOffices = Set("leader", "head", "chief", "chairman", "chairwoman", "chair", "president", "director");

        /// <summary>
        /// After "of" at <paramref name="b"/>: a body named by a role noun that is no personal title ("the banana workers'
        /// union" LAB by its members, "the construction union Suntracs", "the army"), with up to three plain words before it and
        /// the body's own capitalised name after it. Returns the token after the phrase and the body's role code, or null.
        /// </summary>
        private (int End, string Code)? HeadedBody(int b, int end)
        {
            if (b < end && (Is(b, "the") || Is(b, "its") || Is(b, "their"))) b++;
            int k = b;
            while (k < end && k - b < 3 && MatchRole(k, end).Role is null && IsPlainLowerWord(Tok(k))) k++;
            if (k >= end || MatchRole(k, end) is not { Role: { IsTitle: false } body, Len: var bl }) return null;
            int q = k + bl;
            // "the teachers' union": a body named by its members' possessive keeps the members' code, as "Zambian teachers'
            // union" is EDU.
            while (q + 1 < end && IsPossessive(q) && MatchRole(q + 1, end) is { Role: { IsTitle: false }, Len: var ul }) q += 1 + ul;
            if (q < end && MatchRole(q, end).Role is not null) return null; // "the army spokesman": a title chain, left to other rules
            int name = q;
            while (name < end && name - q < 3 && IsCap(Tok(name)) && char.IsLetter(Tok(name)[0]) && !IsCountryWord(name, end)) name++;
            return (name, body.Code);
        }

        /// <summary>Words that follow a noun phrase's head but cannot continue its name ("the group stage" continues it).</summary>
        private static readonly FrozenSet<string> OrgPhraseEnders = Set("to", "and", "or", "but", "that", "which", "who", "whose", "on", "at", "for", "with",
            "over", "after", "against", "as", "by", "into", "itself");
        private static readonly FrozenSet<string> CountryNouns = Set("country", "kingdom", "nation", "republic", "emirate", "sultanate", "state");

        /// <summary>True when a capitalised "Centre"/"Center" before token <paramref name="i"/> ends a name ("Carter Center",
        /// "the Centre for Democracy"): a later "the Centre" is then that body, not a federal government.</summary>
        private bool NamedCentreBefore(int i)
        {
            for (int k = 0; k < i; k++)
            {
                var t = Tok(k);
                if (t is not ("Centre" or "Center")) continue;
                if ((k > 0 && IsCap(Tok(k - 1)) && !Is(k - 1, "the")) || (k + 1 < _doc.TokenCount && (Is(k + 1, "for") || Is(k + 1, "of")))) return true;
            }
            return false;
        }

        /// <summary>
        /// "the group said" → the most recent organisation (of that kind when one was named so); "the kingdom said" → the
        /// most recent country of that form of state; "the country said" → the country just visited, else the one named
        /// most among those just named (<see cref="SalientRecentCountry"/>); "the Commission" → the organisation named
        /// earlier whose name ends in that word. Only as the head of its phrase (followed by a verb, punctuation or, after
        /// an organisation noun, a function word), so "the group stage" stays out. Returns the token after the mention, or
        /// <paramref name="i"/>.
        /// </summary>
        private int TryGenericDefinite(int i, int end)
        {
            var s = Tok(i);
            // "the European Commission … the Commission", "the International Criminal Court … the Court": a capitalised head
            // after "the" that ends the name of an organisation named earlier in the article is that organisation.
            if (i > 0 && Is(i - 1, "the") && s.Length > 2 && char.IsUpper(s[0]) && !_inHeadline && !(i + 1 < end && IsCap(Tok(i + 1))))
            {
                for (int k = _out.Count - 1; k >= 0; k--)
                {
                    var m = _out[k];
                    if (m.Code is null || m.IsModifier || m.Name is not { } name) continue;
                    bool named = m.Rule.StartsWith("organization", StringComparison.Ordinal);
                    // "the Ukraine Trade Mission … The Mission said", "Kenya's High Commission … the Commission": a body named
                    // by a country and a capitalised role phrase is the antecedent of "the" and the phrase's capitalised last
                    // word, as an organisation's name is. Titles before a name end in the name, so a person never matches.
                    bool countryBody = !named && m.Tokens.Length >= 2
                        && (m.Rule.StartsWith("country+role:", StringComparison.Ordinal) || m.Rule.StartsWith("country-adjective+role:", StringComparison.Ordinal)
                            || m.Rule.StartsWith("country-possessive+role:", StringComparison.Ordinal))
                        && Tok(m.Tokens.EndToken - 1) is var last && IsCap(last) && last.Equals(s, StringComparison.Ordinal);
                    if (!named && !countryBody) continue;
                    int sp = name.LastIndexOf(' ');
                    if (named && (sp < 0 || !name.AsSpan(sp + 1).Equals(s, StringComparison.OrdinalIgnoreCase))) continue;
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, i + 1), Code = m.Code, Name = m.Name, Country = m.Country,
                        Rule = $"memory: the {s} → {m.Code} (the last word of {(named ? m.Name : m.Tokens.TextIn(_doc))})",
                    });
                    return i + 1;
                }
                // "the Centre moved the court", "the Centre's decision": Indian English names the federal government "the
                // Centre". Only capitalised after "the", ending its phrase, and only when the article named no body whose name
                // ends in the word ("the Centre for Policy Research … the Centre" is that body, which the name tagger may not
                // code); coded like a bare role, so the sentence's or the article's country completes it.
                if (s is "Centre" or "Center" && !NamedCentreBefore(i) && !(i + 1 < end && Is(i + 1, "of") || i + 1 < end && Is(i + 1, "for")))
                {
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, i + 1), Code = "GOV", Name = "Centre",
                        Rule = "role: the Centre (a federal government, as Indian English names it) → GOV", Reason = "no country in the phrase; role code only",
                    });
                    return i + 1;
                }
            }
            bool org = OrganizationNouns.Contains(s.ToString()), country = !org && CountryNouns.Contains(s.ToString());
            // "the Pacific Islands Forum … the forum's secretary-general", "the East African Community … the community": a
            // lower-case head after "the" that is the kind of an organisation named earlier in the article is that
            // organisation, as "the bloc" is.
            int kindOnly = -1;
            if (!org && !country && i > 0 && Is(i - 1, "the") && s.Length > 2 && char.IsLower(s[0]) && _roles.Count > 0)
                for (int r = _roles.Count - 1; r >= 0 && kindOnly < 0; r--)
                    if (s.Equals(_roles[r].Lemma, StringComparison.Ordinal) && _out[_roles[r].Mention] is { Code: not null } km
                        && km.Rule.StartsWith("organization", StringComparison.Ordinal)) kindOnly = _roles[r].Mention;
            if (kindOnly >= 0) org = true;
            if (!org && !country) return i;
            // "urged the bloc to speed up", "told the group that": a function word after an organisation noun ends the phrase
            // too ("control of the country and …" stays a place).
            if (i + 1 < end && char.IsLetter(Tok(i + 1)[0]) && !VerbAfterNoun(i + 1, i - 1, 0) && !(org && OrgPhraseEnders.Contains(Tok(i + 1).ToString()))) return i;
            // "the bloc", "the alliance": an organisation whose kind is that noun, else the last one named that is not a
            // company ("Apple was fined by the Commission … the bloc").
            int kindMatch = kindOnly;
            if (org && kindMatch < 0)
                for (int r = _roles.Count - 1; r >= 0 && kindMatch < 0; r--)
                    if (string.Equals(_roles[r].Lemma, s.ToString(), StringComparison.OrdinalIgnoreCase)
                        && _out[_roles[r].Mention].Rule.Contains("organization", StringComparison.Ordinal)) kindMatch = _roles[r].Mention;
            // "the kingdom", "the emirate": the last actor of a country whose official name says so ("Moroccan Foreign
            // Minister Nasser Bourita … the kingdom"), even when it was named through an adjective or a person.
            string form = s.ToString().ToLowerInvariant();
            bool byForm = !org && form is "kingdom" or "sultanate" or "emirate" or "republic";
            // "the country", "the nation": of the countries named in this sentence or the one before, the one the
            // article has named most so far ("Mexican forces arrested a cartel leader wanted in the United States, the
            // country's security minister said": Mexico, named three times, not the United States, named last).
            // "across the country", "in the country": a place, not an actor.
            bool placed = i >= 2 && Is(i - 1, "the") && PlacePrepositionsBySpan.Contains(Tok(i - 2));
            // "Xi Jinping arrived in Astana …, and the country's president met him": a country a visitor just arrived in is
            // the country the sentence goes on to speak of, however often the visitor's own was named.
            var visited = country && !byForm && !placed ? VisitedCountryBefore(i) : null;
            if (country && !byForm && !placed && (visited ?? SalientRecentCountry(i)) is { } salient)
            {
                string why = visited is not null ? "the country just visited" : "the country named most among those just named";
                // "the country's army", "the country's security minister": one mention of the role, owned by that country.
                if (i + 2 < end && IsPossessive(i + 1) && OwnedRoleChain(i, end, s, salient, why) is var q && q > i)
                    return q;
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, i + 1), Code = salient.Cameo, Name = salient.Name, Country = salient.Iso3,
                    Rule = $"memory: the {s} → {salient.Cameo} ({why}: {salient.Name})",
                    IsModifier = i + 1 < end && IsPossessive(i + 1), // "the country's judicial affairs"
                });
                return i + 1;
            }
            for (int k = kindMatch >= 0 ? kindMatch : _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (byForm)
                {
                    if (m.Country is not { } mc || _lex.CountryByIso3(mc) is not { } cc || cc.FormOfState != form) continue;
                    // "the kingdom's interior ministry": the role after the possessive is that country's, one mention, as after
                    // "the country's" (session 72).
                    if (i + 2 < end && IsPossessive(i + 1) && OwnedRoleChain(i, end, s, cc, $"the last {form} named") is var kq && kq > i)
                        return kq;
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, i + 1), Code = cc.Cameo, Name = cc.Name, Country = cc.Iso3,
                        Rule = $"memory: the {s} → {cc.Cameo} (the last {form} named: {cc.Name})",
                    });
                    return i + 1;
                }
                bool fits = org
                    ? (m.Rule.StartsWith("organization", StringComparison.Ordinal) || m.Rule.StartsWith("country-adjective+organization", StringComparison.Ordinal))
                      && (kindMatch >= 0 || m.Code is null || !m.Code.EndsWith("BUS", StringComparison.Ordinal))
                    : m.Rule.StartsWith("country:", StringComparison.Ordinal) || m.Rule.StartsWith("country-possessive:", StringComparison.Ordinal);
                // "Somali President Hassan Sheikh Mohamud said the country's army …": before a possessive and a role,
                // "the country" is the country of the last actor that has one, however it was named.
                if (!org && !fits && i + 2 < end && IsPossessive(i + 1) && RoleAfterPossessive(i, end) >= 0
                    && m.Country is { } ownIso && m.Code is { } ownCode && !ownCode.StartsWith("IGO", StringComparison.Ordinal) && _lex.CountryByIso3(ownIso) is { } own)
                    return OwnedRoleChain(i, end, s, own, "the last country named");
                if (!fits) continue;
                // "A court in Tajikistan banned the country's last independent opposition party": the country named before
                // owns the role after its possessive, as a salient one does above.
                if (!org && i + 2 < end && IsPossessive(i + 1) && RoleAfterPossessive(i, end) >= 0 && m.Country is { } fitIso
                    && _lex.CountryByIso3(fitIso) is { } fitCountry && OwnedRoleChain(i, end, s, fitCountry, "the last country named") is var fq && fq > i)
                    return fq;
                // "talks with the ELN … accusing the group's commanders", "the alliance's troops": an organisation's own
                // people named by a role after its possessive are the organisation, as "the ELN's commanders" and "NATO
                // troops" are, not the role of the sentence's country.
                // ("the court's judges", "the cartel's leader" by the organisation's kind too; "the party's supporters" is
                // left to the rules for a following.)
                if (org && i + 2 < end && IsPossessive(i + 1) && !(kindOnly >= 0 && MemberNounsOfBySpan.Contains(Tok(i + 2)))
                    && MatchRole(i + 2, end) is { Role: not null, Len: var ownLen })
                {
                    int q = i + 2 + ownLen;
                    while (q < end && MatchRole(q, end) is { Role: not null, Len: var moreLen }) q += moreLen;
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, q), Code = m.Code, Name = m.Name, Country = m.Country,
                        Rule = $"memory: the {s}'s {Text(i + 2, q)} → {m.Code} (the people of {m.Name})",
                    });
                    return q;
                }
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, i + 1), Code = m.Code, Name = m.Name, Country = m.Country,
                    Rule = $"memory: the {s} → {m.Code} ({m.Name})",
                });
                return i + 1;
            }
            return i;
        }

        /// <summary>Adjectives that may stand before "lender" in its epithet ("the global lender").</summary>
        private static readonly FrozenSet<string> LenderAdjectives = Set("global", "international", "multilateral", "world");

        /// <summary>
        /// "the world body" after the United Nations, "the lender" / "the global lender" after the IMF or a bank: news
        /// epithets that name no kind in the role list, each standing for the last organisation named whose code fits it (one
        /// of the UN's for the world body, a business or financial one for a lender). Only as the head of its phrase ("the
        /// world body's envoy" is left to the possessive rules, "the lender of last resort" to none).
        /// </summary>
        private int TryOrganizationEpithet(int i, int end)
        {
            int len;
            Func<int, string, bool> fits;
            if (Is(i, "world") && i + 1 < end && Is(i + 1, "body"))
            {
                len = 2;
                fits = (_, c) => c.StartsWith("IGOUNO", StringComparison.Ordinal);
            }
            else if (Is(i, "lender") || (i + 1 < end && Is(i + 1, "lender") && LenderAdjectives.Contains(Tok(i).ToString().ToLowerInvariant())))
            {
                len = Is(i, "lender") ? 1 : 2;
                // A lender is a bank or a fund by the organisation's kind (the IMF, the World Bank, a development bank), or a
                // company (a commercial bank).
                fits = (k, c) => c.EndsWith("BUS", StringComparison.Ordinal)
                    || _roles.Exists(r => r.Mention == k && r.Lemma is "bank" or "fund");
            }
            else return i;
            int e = i + len;
            if (e < end && char.IsLetter(Tok(e)[0]) && !VerbAfterNoun(e, i - 1, 0) && !OrgPhraseEnders.Contains(Tok(e).ToString())) return i;
            if (e < end && IsPossessive(e)) return i;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Code is not { } code || m.IsModifier || !fits(k, code)
                    || !(m.Rule.StartsWith("organization", StringComparison.Ordinal) || m.Rule.StartsWith("memory", StringComparison.Ordinal)
                         || m.Rule.StartsWith("acronym", StringComparison.Ordinal))) continue;
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, e), Code = code, Name = m.Name, Country = m.Country, Reason = m.Reason,
                    Rule = $"memory: the {Text(i, e)} → {code} (the last organisation of its kind named: {m.Name})",
                });
                return e;
            }
            return i;
        }

        /// <summary>Head nouns of a described organisation ("the London-based group"), with the role code its referent's code
        /// ends in (null: any organisation but a company).</summary>
        private static readonly FrozenDictionary<string, string?> DescribedOrganizationHeads = new Dictionary<string, string?>
        {
            ["group"] = null, ["movement"] = null, ["organization"] = null, ["organisation"] = null, ["alliance"] = null,
            ["bloc"] = null, ["faction"] = null, ["militia"] = null, ["watchdog"] = null, ["monitor"] = null,
            ["broadcaster"] = "MED", ["channel"] = "MED", ["network"] = "MED", ["newspaper"] = "MED", ["daily"] = "MED",
            ["outlet"] = "MED", ["company"] = "BUS", ["firm"] = "BUS",
        }.ToFrozenDictionary(StringComparer.Ordinal);

        /// <summary>
        /// "the London-based group", "the Doha-based broadcaster", "the Yemeni group": a definite description of an
        /// organisation by where it is based or by its nationality is the last organisation named whose code fits the head
        /// noun (MED for a broadcaster, BUS for a company) and, after a nationality, that is of that country. Without such
        /// an organisation the words are left to the other rules.
        /// </summary>
        private int TryDescribedOrganization(int i, int sentFirst, int end)
        {
            if (i <= sentFirst || i + 1 >= end || !Is(i - 1, "the")) return i;
            var t = Tok(i);
            bool based = t.Length > 6 && char.IsUpper(t[0]) && t.EndsWith("-based", StringComparison.Ordinal);
            string? nationality = null;
            if (!based)
            {
                if (!IsCap(t) || MatchName(i, end) is not { Len: 1, Entries: { } es }
                    || Array.Find(es, e => e.Kind == NameKind.CountryAdjective) is not { Iso3: { } iso }) return i;
                nationality = iso;
            }
            if (!DescribedOrganizationHeads.TryGetValue(Tok(i + 1).ToString().ToLowerInvariant(), out var suffix)) return i;
            // The head ends its phrase ("the Yemeni group said"), so "the Yemeni group Ansar Allah" is read as a name.
            if (i + 2 < end && char.IsLetter(Tok(i + 2)[0]) && !IsVerbish(Tok(i + 2)) && !OrgPhraseEnders.Contains(Tok(i + 2).ToString())) return i;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Code is not { } code || !(m.Rule.StartsWith("organization", StringComparison.Ordinal)
                    || m.Rule.StartsWith("named-organization", StringComparison.Ordinal))) continue;
                if (suffix is null ? code.EndsWith("BUS", StringComparison.Ordinal) : !code.EndsWith(suffix, StringComparison.Ordinal)) continue;
                if (nationality is not null && m.Country != nationality) continue;
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, i + 2), Code = code, Name = m.Name, Country = m.Country, Reason = m.Reason,
                    Rule = $"memory: the {Text(i, i + 2)} → {code} ({m.Name})",
                });
                return i + 2;
            }
            return i;
        }

        /// <summary>Words before "in"/"to" that say a visitor went there ("arrived in", "flew to", "a visit to").</summary>
        private static readonly FrozenSet<string> VisitWords = Set("arrived", "arrives", "arriving", "landed", "lands", "flew", "flies",
            "travelled", "traveled", "travels", "trip", "visit", "visits", "tour", "returned");

        /// <summary>The country of the place a visitor arrived in earlier in the sentence of <paramref name="at"/> ("arrived in
        /// Astana", "flew to Vietnam", "visited Hanoi"), the last such place, or null.</summary>
        private CountryEntry? VisitedCountryBefore(int at)
        {
            var span = _doc.Sentence(_doc.SentenceOf(at));
            for (int t = at - 1; t > span.FirstToken; t--)
            {
                bool afterVisit = (Is(t, "in") || Is(t, "to")) && VisitWords.Contains(Tok(t - 1).ToString());
                bool visitedObject = Is(t, "visited") || Is(t, "visiting");
                if ((afterVisit || visitedObject) && CountryOfPlaceAt(t + 1, _doc.SentenceOf(at)) is { } iso) return _lex.CountryByIso3(iso);
            }
            return null;
        }

        /// <summary>
        /// The country that "the country" most likely means at token <paramref name="at"/>: among the countries of the
        /// coded mentions in this sentence and the one before (not those named only as places), the one with most
        /// mentions in the article so far; ties go to the most recent. Null when no country was named that close.
        /// </summary>
        private CountryEntry? SalientRecentCountry(int at)
        {
            int sentence = _doc.SentenceOf(at);
            string? best = null;
            int bestCount = 0, bestLast = -1;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Country is not { } c || m.Code is null || m.Tokens.FirstToken >= at || NamedAsPlace(m)) continue;
                if (_doc.SentenceOf(m.Tokens.FirstToken) < sentence - 1) break;
                if (c == best) continue;
                int count = 0, last = -1;
                foreach (var o in _out)
                    if (o.Country == c && o.Code is not null && o.Tokens.FirstToken < at && !NamedAsPlace(o)) { count++; last = Math.Max(last, o.Tokens.FirstToken); }
                if (count > bestCount || (count == bestCount && last > bestLast)) { best = c; bestCount = count; bestLast = last; }
            }
            return best is null ? null : _lex.CountryByIso3(best);
        }

        /// <summary>
        /// The first token of the role after "the country's" (the noun at <paramref name="i"/>, its "'s" at i + 1), or -1:
        /// "the country's army" at i + 2, "the country's main opposition party", "the country's last independent newspaper"
        /// after up to two lower-case adjectives that only describe the role ("most" with its adjective). A word that puts the holder out of office
        /// ("former") is not passed over: a former holder is no longer the country's role.
        /// </summary>
        private int RoleAfterPossessive(int i, int end)
        {
            int r = i + 2;
            int adjectives = 0;
            while (r < end && adjectives < 2 && MatchRole(r, end).Role is null && char.IsLower(Tok(r)[0]) && !FormerWords.Contains(Tok(r).ToString()))
            {
                // "the country's most prominent opposition leader": a superlative adverb goes with its adjective.
                if (_doc.Token(r).Xpos == "RBS" && r + 1 < end && _doc.Token(r + 1).Xpos is "JJ") { r++; continue; }
                if (_doc.Token(r).Xpos is not ("JJ" or "JJS" or "JJR")) break;
                r++; adjectives++;
            }
            return r < end && MatchRole(r, end).Role is not null ? r : -1;
        }

        /// <summary>
        /// "the country's army", "the country's foreign and defence ministers": "the" + country noun at <paramref name="i"/>,
        /// its possessive, and a chain of role nouns are one mention of <paramref name="owner"/>'s first role; returns the
        /// token after the chain, or <paramref name="i"/> when no role follows the possessive.
        /// </summary>
        private int OwnedRoleChain(int i, int end, ReadOnlySpan<char> noun, CountryEntry owner, string why)
        {
            int r = RoleAfterPossessive(i, end);
            if (r < 0 || MatchRole(r, end) is not { Role: { } first, Len: var fl }) return i;
            int q = r + fl;
            while (q < end && MatchRole(q, end) is { Role: not null } nx) q += nx.Len;
            // "the country's chief prosecutor": a rank word is described by the role after it, as after a country's own
            // possessive (TryRolePhrase, session 71); session 72 reads "the country's" the same way.
            string roleCode = first.Code;
            if ((RankOnlyRoles.Contains(first.Lemma) || DescriptiveRoles.Contains(first.Lemma)) && r + fl < q && MatchRole(r + fl, end).Role is { } ranked)
                roleCode = ranked.Code;
            int ri = Add(new ActorMention
            {
                Tokens = new TokenRange(i, q), Code = owner.Cameo + roleCode, Name = Text(i + 2, q), Country = owner.Iso3,
                Rule = $"memory: the {noun}'s {Text(i + 2, q)} → {owner.Cameo + roleCode} ({why}: {owner.Name})",
            });
            _roles.Add(new MemoryRole(ri, first.Lemma, first.Head));
            return q;
        }

        /// <summary>Whether a remembered role before <c>_roles[at]</c>, of the same lemma or head and named in the same sentence as
        /// <paramref name="refm"/>, has another country than it. Looks back over that sentence's roles only.</summary>
        private bool OtherCountryHolderBeside(int at, ActorMention refm)
        {
            if (refm.Country is not { } country) return false;
            int sentence = _doc.SentenceOf(refm.Tokens.FirstToken);
            for (int k = at - 1; k >= 0; k--)
            {
                var other = _out[_roles[k].Mention];
                if (_doc.SentenceOf(other.Tokens.FirstToken) != sentence) break;
                if ((string.Equals(_roles[k].Lemma, _roles[at].Lemma, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(_roles[k].Head, _roles[at].Head, StringComparison.OrdinalIgnoreCase))
                    && other.Country is { } oc && oc != country) return true;
            }
            return false;
        }

        /// <summary>A remembered name: the token as written, or without a capitalised "Al-"/"El-" prefix ("Al-Sharaa" at a sentence start).</summary>
        private bool TryMemory(int i, out int referent)
        {
            var t = NormalizedToken(i);
            // "met Theresa May in May": a month that is also a remembered surname is the month after a word that takes dates
            // or before a day or year.
            if (MonthSurnames.Contains(Tok(i).ToString()) && MonthInDate(i)) { referent = -1; return false; }
            if (_namesBySpan.TryGetValue(t, out referent)) return true;
            int dash = t.IndexOf('-');
            if (dash is 2 or 3 && t.Length - dash - 1 >= 3 && NameParticlesBySpan.Contains(t[..dash]))
                return _namesBySpan.TryGetValue(t[(dash + 1)..], out referent);
            return false;
        }

        /// <summary>
        /// "Youssef Barakat, a Hamas commander, …", "Murhaf Abu Qasra, Syria's defense minister, …": an unknown name of two
        /// or more words followed by a comma and an appositive that starts with an actor word (a country, organisation or
        /// role), or a one-word name followed by a business appositive (<see cref="BusinessAppositive"/>: "BHP, the miner,").
        /// The name becomes a mention now and takes the appositive's code once the document is read.
        /// </summary>
        private int TryApposedName(int i, int sentFirst, int end)
        {
            if (i > sentFirst && IsCap(Tok(i - 1)) && !_inHeadline) return i;
            int nameEnd = CaptureNameRaw(i, end);
            if (nameEnd + 1 >= end || !Is(nameEnd, ",")) return i;
            int businessRole = nameEnd - i < 2 ? BusinessAppositive(i, nameEnd + 1, end) : -1;
            if (nameEnd - i < 2 && businessRole < 0) return i;
            // "Warsaw Mayor Rafal Trzaskowski, the candidate of …": a title inside the capitalised words makes a titled name,
            // left to the title rule, which knows the office.
            for (int t = i + 1; t < nameEnd - 1; t++)
                if (MatchRole(t, nameEnd) is { Role: { IsTitle: true, IsPlural: false }, Len: var tl } && t + tl < nameEnd) return i;
            int a = nameEnd + 1;
            // "in North Kivu, Congolese officials said": a place before a comma. After "of" with an article next, a
            // person ("the sentence of Najib Razak, the former prime minister,").
            if (AfterPlacePreposition(i, sentFirst) && !(Is(i - 1, "of") && (Is(a, "the") || Is(a, "a") || Is(a, "an")))) return i;
            if (Is(a, "a") || Is(a, "an") || Is(a, "the") || Is(a, "its") || Is(a, "their")) a++;
            while (a < end && RoleModifiersBySpan.Contains(Tok(a))) a++;
            if (a >= end) return i;
            bool actorWord = MatchName(a, end) is { Entries: { } e } && Array.Exists(e, x => x.Kind is NameKind.Organization or NameKind.Metonym
                or NameKind.CountryName or NameKind.CountryAdjective or NameKind.Person);
            if (businessRole >= 0) { a = businessRole; actorWord = true; _appositiveRole = a; }
            // "Commodore Jay Tarriela, a coast guard spokesman,": the appositive's role noun starts right away.
            // ("…, a spokeswoman for the U.S. Navy's Fifth Fleet,": the body after "for" speaks, see ResolveAppositions.)
            // ("…, second secretary at the embassy,", "…, an aide to the president,": the role stays a mention of its own; the
            // body after "at"/"to" is preferred in ResolveAppositions when it is coded.)
            if (!actorWord && MatchRole(a, end) is { Role: not null, Len: var arl })
            {
                actorWord = true;
                if (BodyAfterRole(a) < 0 || !(Is(a + arl, "of") || Is(a + arl, "for"))) _appositiveRole = a;
            }
            // "Karim Hassan, a Sunni lawmaker": one or two descriptive words before the role noun.
            for (int skip = 1; !actorWord && skip <= 2 && a + skip < end; skip++)
            {
                if (!(IsPlainLowerWord(Tok(a + skip - 1)) || IsCap(Tok(a + skip - 1)))) break;
                if (MatchRole(a + skip, end).Role is not null) { a += skip; actorWord = true; _appositiveRole = a; }
            }
            // "Khaled Ajarmeh, a member of the opposition Islamic Action Front,": a noun of belonging before "of"/"for".
            // "Lina Haddad, a researcher at Human Rights Watch,": "at" joins a post to the body it works in.
            if (!actorWord && a + 2 < end && IsPlainLowerWord(Tok(a)) && (Is(a + 1, "of") || Is(a + 1, "for") || Is(a + 1, "at")))
            {
                int b = Is(a + 2, "the") ? a + 3 : a + 2;
                actorWord = b < end && (MatchName(b, end) is { Entries: { } be } && Array.Exists(be, x => x.Kind is NameKind.Organization
                    or NameKind.CountryName or NameKind.CountryAdjective or NameKind.Metonym) || TryPartySideAt(b, end));
            }
            if (!actorWord) return i;
            // "struck sites in Pakistani-administered Kashmir, the Indian army said": a phrase after the comma that a verb of
            // saying follows is the subject of a reporting clause, no apposition of the words before the comma.
            for (int k = a; k < end && k < a + 7; k++)
            {
                if (Is(k, ",") || Is(k, "who") || Is(k, "which") || Is(k, "that")) break;
                if (ReportingVerbsAfterAppositive.Contains(Tok(k).ToString())) return i;
            }
            string name = Text(i, nameEnd);
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, nameEnd), Code = null, Name = name, Rule = $"apposition: {name}, …",
            });
            _appositions.Add((idx, a));
            if (businessRole >= 0) _companyAppositions.Add(idx);
            Remember(idx, i, nameEnd);
            return nameEnd;
        }

        /// <summary>
        /// "Syria's foreign minister, Asaad al-Shaibani, said": a name set off by commas right after a singular role phrase
        /// is that role's holder. A lexicon person is left to the name rule (it knows the dates).
        /// </summary>
        private int ReverseApposition(int comma, int end)
        {
            if (comma + 2 >= end || !Is(comma, ",") || !IsCap(Tok(comma + 1))) return comma;
            int n0 = comma + 1;
            // "The court's president, Judge Tomoko Akane,": a title before the name is part of the holder's mention.
            int first = n0;
            if (MatchRole(n0, end) is { Role: { IsTitle: true, IsPlural: false }, Len: var tl } && n0 + tl < end && IsCap(Tok(n0 + tl))) n0 += tl;
            int nameEnd = CaptureName(n0, end);
            // "…, Sohail Afridi of Imran Khan's party, said": the holder's party may follow the name.
            if (nameEnd - n0 < 2 || (nameEnd < end && !(Is(nameEnd, ",") || Is(nameEnd, ".") || Is(nameEnd, "of") || IsVerbish(Tok(nameEnd))))) return comma;
            if (FindPerson(n0, nameEnd) is not null || IsCountryWord(n0, end)) return comma;
            var role = _out[_lastBareTitle];
            string name = Text(n0, nameEnd);
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(first, nameEnd), Code = role.Code, Name = name, Country = role.Country, Reason = role.Reason,
                Rule = $"apposition: '{role.Tokens.TextIn(_doc)}', {name} → {role.Code ?? "?"}",
            });
            // A bare role gets its country only at the end of the document: copy its final code then.
            if (role.Code is null || role.Rule.StartsWith("role:", StringComparison.Ordinal)) _pending.Add(new Pending(idx, "", null, _lastBareTitle));
            Remember(idx, n0, nameEnd);
            _lastBareTitle = -1;
            return nameEnd;
        }

        private ReadOnlySpan<char> NormalizedToken(int i)
        {
            int k = Key(i, i + 1);
            return k <= 0 ? ReadOnlySpan<char>.Empty : _buf.AsSpan(0, k);
        }

        private bool MatchesOutlet(int i, int end, out int oEnd)
        {
            oEnd = i;
            var text = _doc.Text.AsSpan(_doc.Token(i).Start);
            if (!text.StartsWith(_outlet, StringComparison.Ordinal)) return false;
            int stop = _doc.Token(i).Start + _outlet!.Length;
            for (int j = i; j < end && _doc.Token(j).End <= stop; j++)
                if (_doc.Token(j).End == stop) { oEnd = j + 1; return true; }
            return false;
        }

        // ------------------------------------------------------------ lexicon names

        private int OnName(int i, int j, NameEntry[] entries, int sentFirst, int end)
        {
            NameEntry? Pick(NameKind k) => Array.Find(entries, e => e.Kind == k);
            var person = Pick(NameKind.Person);
            var org = Pick(NameKind.Organization);
            var meton = Pick(NameKind.Metonym);
            var country = Pick(NameKind.CountryName) ?? Pick(NameKind.CountryAdjective) ?? Pick(NameKind.Demonym);
            var capital = Pick(NameKind.Capital);
            string surface = Text(i, j);

            // "French lawyer Thierry Herzog": a listed surname after a given name that is not the listed person's names
            // someone else, and a later bare surname in the article is that other bearer unless the listed person's full
            // name was read first.
            if (person is not null && j - i == 1)
            {
                string surname = Tok(i).ToString();
                if (OtherGivenName(i, sentFirst, person)) { _otherBearers.Add(surname); person = null; }
                else if (_otherBearers.Contains(surname) && !_fullyNamedPersons.Contains(person.Canonical)) person = null;
                if (person is null && org is null && meton is null && country is null && capital is null) return i;
            }
            if (person is not null)
            {
                if (j - i > 1) _fullyNamedPersons.Add(person.Canonical);
                var (code, iso, note) = _lex.PersonCode(person, _date);
                bool appositiveOffice = false;
                // "former President Jair Bolsonaro … Bolsonaro said": a person the text introduced with a title keeps the
                // code that title gave ("former" → ELI, "General" → MIL) when named again, not the lexicon's code for the date.
                if (_titledPersons.TryGetValue(person.Canonical, out int tm) && _out[tm].Code is { } intro && intro != code)
                {
                    note += $"; as introduced earlier ('{_out[tm].Tokens.TextIn(_doc)}')";
                    code = intro;
                    iso = _out[tm].Country;
                }
                else if (AppositiveOfficePeriod(person, i) is var (oc, oiso, office) && oc != code)
                {
                    note += $"; the office the article names before it ('{office}')";
                    (code, iso) = (oc, oiso);
                    appositiveOffice = true;
                }
                // "Russia's Dmitry Medvedev", "Pakistan's Ishaq Dar": the person's own country in a possessive just before
                // the name is part of the mention, as it is before a role ("Ghana's defence minister").
                int first = i;
                if (iso is not null && _out.Count > 0 && _out[^1] is { IsModifier: true } pm && pm.Tokens.EndToken == i && pm.Country == iso
                    && pm.Rule.StartsWith("country-possessive:", StringComparison.Ordinal))
                {
                    first = pm.Tokens.FirstToken;
                    _out.RemoveAt(_out.Count - 1);
                }
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(first, j), Code = code, Name = person.Canonical, Country = iso,
                    Rule = $"person: {surface} ({note}) → {code ?? "?"}",
                    Reason = code is null ? note : null,
                    FormerCode = FormerOf(person, code),
                });
                // A later "Sarkozy" is the holder of the office the article gave him, as after a title (see above).
                if (appositiveOffice) _titledPersons[person.Canonical] = idx;
                Remember(idx, i, j);
                return j;
            }
            // "at the Kremlin": a place, left to the place stage. A territory ("aid to Gaza") is coded as a country is.
            bool territoryAsPlace = meton is not null && AfterPlacePreposition(i, sentFirst) && meton.Country is { } mc && meton.Code == mc.Cameo;
            // "members of the Revolutionary Guards", "a spokesman of the Kremlin": after "of", an institution's name is its
            // body, not a building.
            bool ofBody = meton is not null && meton.Code is { Length: > 3 } && i > sentFirst
                && (Is(i - 1, "of") || (Is(i - 1, "the") && i - 1 > sentFirst && Is(i - 2, "of")));
            if (meton is not null && AfterPlacePreposition(i, sentFirst) && !territoryAsPlace && !ofBody) return j;
            org ??= meton;
            if (org is not null && OutletWordInsideLongerName(org, i, j, sentFirst, end))
            {
                org = null;
                if (person is null && country is null && capital is null) return i;
            }
            // "at Barclays Center": a company's name on a venue names the place (no actor, no country for the article).
            if (org is not null && person is null && country is null && CompanyNamesVenue(org, j, end)) return j + 1;
            if (org is not null && PartyNamesakeInContext(org, surface, i, j) is { } namesake) org = namesake;
            if (org is not null && j - i == 1 && PortfolioResume(org, i, sentFirst, end) is >= 0 and var resume) return resume;
            if (org is not null)
            {
                // "UN envoy Geir Pedersen", "NATO troops", "NATO's chief": the organisation's code covers its role nouns
                // and a following name. A territory metonym ("Gaza's health ministry") composes like a country.
                bool possessive = j < end && IsPossessive(j);
                int r0 = possessive ? j + 1 : j, k = r0;
                var (rl, role) = MatchRole(k, end);
                // "EU energy officials", "UN aid officials", "NATO military commanders": one descriptive word (a field tagged as
                // a noun or adjective, never a verb) between the organisation and a state-agent role noun belongs to the
                // role, as after a country adjective ("Armenian energy officials", TryRolePhrase); the organisation's code
                // stays the mention's code. Only officials and forces: "Taliban bar women" is a headline's verb and its
                // object, and "Gaza's largest hospital" (after a possessive) a thing of the place.
                if (role is null && !possessive && k + 1 < end && IsPlainLowerWord(Tok(k)) && !TaggedFiniteVerb(k)
                    && _doc.Token(k).Upos is Upos.NOUN or Upos.ADJ
                    && MatchRole(k + 1, end) is { Role: { Code: "GOV" or "MIL" or "COP" or "JUD" or "LEG" } fielded, Len: var fl })
                    (rl, role) = (fl + 1, fielded);
                RoleEntry? lastOfChain = role;
                if (role is not null) { k += rl; while (MatchRole(k, end) is { Role: { } r2role, Len: var r2len }) { k += r2len; lastOfChain = r2role; } }
                else k = j;
                // "JNIM fighters attacked … The al-Qaeda affiliate said": an affiliate of an organisation named after another
                // group is that group.
                if (role is null && !possessive && j < end && (Is(j, "affiliate") || Is(j, "offshoot") || Is(j, "branch") || Is(j, "franchise"))
                    && i > sentFirst && (Is(i - 1, "the") || Is(i - 1, "its")))
                {
                    string own = _lex.OrganizationCode(org, _date);
                    for (int m = _out.Count - 1; m >= 0; m--)
                        if (_out[m].Code is { } ac && ac != own && _out[m].Name != org.Canonical && (ac.Contains("REB", StringComparison.Ordinal) || ac.StartsWith("IMG", StringComparison.Ordinal)))
                        {
                            Add(new ActorMention
                            {
                                Tokens = new TokenRange(i, j + 1), Code = ac, Name = _out[m].Name, Country = _out[m].Country,
                                Rule = $"memory: the {Text(i, j + 1)} → {ac} (the armed group last named: {_out[m].Tokens.TextIn(_doc)})",
                            });
                            return j + 1;
                        }
                }
                // "Sputnik Azerbaijan", "RT France": a news organisation's edition for a country is the organisation.
                if (role is null && !possessive && org.Code is { } medCode && medCode.EndsWith("MED", StringComparison.Ordinal) && j < end && IsCap(Tok(j))
                    && MatchName(j, end) is { Entries: { } ce2, Len: var cl2 } && Array.Exists(ce2, x => x.Kind == NameKind.CountryName)
                    && !(j + cl2 < end && IsPossessive(j + cl2)))
                {
                    string ec = _lex.OrganizationCode(org, _date);
                    int ei = Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, j + cl2), Code = ec, Name = Text(i, j + cl2), Country = org.Iso3,
                        Rule = $"organization+country edition: {surface} + {Text(j, j + cl2)} → {ec}",
                    });
                    if (org.OrgKind is { } ek) _roles.Add(new MemoryRole(ei, ek, ek));
                    return j + cl2;
                }
                // "UN human rights chief Volker Turk": a name whose last word is a title ("chief", "envoy") is followed by its holder.
                bool titledName = role is null && j - i >= 2 && MatchRole(j - 1, j).Role is { IsTitle: true, IsPlural: false };
                // "UN refugee spokesman Andrej Mahecic": a field noun that is itself a role ("refugee") may open the chain; the
                // holder's name follows when the chain ends in a singular title, whatever its first noun.
                int nameEnd = (role is not null && (role.IsTitle || HoldsNamedTitle(lastOfChain))) || titledName ? CaptureName(k, end) : k;
                var territory = org.Kind == NameKind.Metonym && org.Country is { } tc && org.Code == tc.Cameo ? tc : null;
                string code = territory is not null && role is not null ? territory.Cameo + role.Code : _lex.OrganizationCode(org, _date);
                // "an Abidjan court", "Kremlin police": a seat that stands for the government places a role of another branch as a
                // capital does ("a Tunis court" JUD); its representatives ("Kremlin spokesman") keep the government's code.
                if (territory is null && role is not null && !role.IsRepresentative && org.Kind == NameKind.Metonym && org.Country is { } sc
                    && code == sc.Cameo + "GOV" && role.Code != "GOV")
                    code = sc.Cameo + role.Code;
                // "Fine Gael leader Simon Harris" (a minister), "Democratic Alliance leader John Steenhuisen": a party
                // leader who holds an office on the article's date acts in it; the party's code is for a leader out of office.
                if (role is not null && GenericTitles.Contains(role.Lemma) && nameEnd > k && code.EndsWith("PTY", StringComparison.Ordinal)
                    && FindPerson(k, nameEnd) is { } leader && _lex.PersonCode(leader, _date) is { Code: { } lc }
                    && !lc.EndsWith("ELI", StringComparison.Ordinal))
                    code = lc;
                // "the Labour government", "a Fidesz cabinet": the government a party leads is its country's government, as
                // "the ANC-led government" is; the party's code is for the party itself.
                if (role is not null && nameEnd == k && PartyLedGovernment(org, role.Lemma) is { } ledBy) code = ledBy;
                // "SOS Children's Villages Sudan", "Oxfam Kenya": an international NGO followed by a country's name is its
                // branch in that country, a national NGO (<country>NGO).
                string? branchIso = null;
                if (role is null && nameEnd == k && !possessive && org.Iso3 is null && code.StartsWith("NGO", StringComparison.Ordinal)
                    && k < end && MatchName(k, end) is { Entries: { } be, Len: var bl }
                    && Array.Find(be, e => e.Kind == NameKind.CountryName) is { Country: { } bc }
                    && !(k + bl < end && (IsPossessive(k + bl) || MatchRole(k + bl, end).Role is not null)))
                {
                    code = bc.Cameo + "NGO";
                    branchIso = bc.Iso3;
                    nameEnd = k + bl;
                }
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, nameEnd), Code = code, Name = branchIso is not null ? Text(i, nameEnd) : nameEnd > k ? Text(k, nameEnd) : org.Canonical,
                    // "Brussels" as the EU: an IGO, not Belgium.
                    Country = branchIso ?? (code.StartsWith("IGO", StringComparison.Ordinal) ? null : org.Iso3),
                    Rule = (org.Kind == NameKind.Metonym ? "metonym" : "organization") + (role is null ? $": {surface} → {code}" : $"+role: {surface} + {Text(r0, k)} → {code}")
                        + (org.SharedAbroad && role is null && branchIso is null ? SharedNameNote : ""),
                });
                if (org.OrgKind is { } kind) _roles.Add(new MemoryRole(idx, kind, kind));
                if (role is not null) _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
                if (nameEnd > k && branchIso is null) Remember(idx, k, nameEnd);
                else if (role is not null && !role.IsPlural) _lastBareTitle = idx;
                return nameEnd;
            }
            if (Array.Exists(entries, e => e.Kind == NameKind.NotActor)) return j; // "Latin America", "South China Sea"
            if (InsideProperName(i, sentFirst) && country?.Kind != NameKind.CountryAdjective) return j; // "Michael Jordan", "Denzel Washington"
            if (country is not null && j == i + 1 && GivenNameOfPerson(i, j, end)) return CaptureNameRaw(i, end); // "Salvador Illa", "Jordan Peterson"
            if (country is not null) return OnCountry(i, j, country, entries, end);
            if (capital is not null) return OnCapital(i, j, capital, sentFirst, end);
            return i;
        }

        /// <summary>
        /// "Labour" in a Nigerian story, "the opposition Podemos party" in Mozambique: a party name the lexicon gives to one
        /// country's party (Britain's Labour, Spain's Podemos) is borne by another country's party too, listed under the
        /// other country's possessive ("Nigeria's Labour Party", "Mozambique's Podemos"). When the sentence (by a country's
        /// name, adjective, capital or a gazetteer place) or the article so far (its dateline, its actors) names that other
        /// country and never the listed party's own, the name is the other country's party. Null when nothing says so.
        /// </summary>
        private NameEntry? PartyNamesakeInContext(NameEntry org, string surface, int i, int j)
        {
            if (org.Kind != NameKind.Organization || org.Iso3 is not { } home || org.OrgKind != "party") return null;
            int sentence = _doc.SentenceOf(i);
            var span = _doc.Sentence(sentence);
            int sentFirst = span.FirstToken, end = span.EndToken;
            var named = new HashSet<string>(StringComparer.Ordinal);
            if (_datelineCountry is { } dl) named.Add(dl);
            // Earlier readings of the same name took the listed country by default: they are no evidence.
            foreach (var m in _out)
                if (m.Country is { } c && m.Name != org.Canonical) named.Add(c);
            for (int t = sentFirst; t < end; t++)
            {
                if (t >= i && t < j) continue;
                if (!IsCap(Tok(t))) continue;
                if (_lex.TryGetCountry(Tok(t), out var ce)) { named.Add(ce.Iso3); continue; }
                if (MatchName(t, end) is { Entries: { } es, Len: var len } && len > 0)
                {
                    foreach (var e in es)
                        if (e.Kind is NameKind.CountryName or NameKind.CountryAdjective or NameKind.Demonym or NameKind.Capital && e.Iso3 is { } ei)
                            named.Add(ei);
                    t += len - 1;
                    continue;
                }
                if (CountryOfPlaceAt(t, sentence) is { } pc) named.Add(pc);
            }
            if (named.Contains(home)) return null;
            foreach (var iso in named)
            {
                if (_lex.CountryByIso3(iso) is not { } other) continue;
                foreach (var key in (string[])[$"{other.Name}'s {surface}", $"{other.Name}'s {org.Canonical}"])
                    if (_lex.TryGetNames(key, out var hits)
                        && Array.Find(hits, e => e.Kind == NameKind.Organization && e.Iso3 == iso) is { } hit)
                        return hit;
            }
            return null;
        }

        private int OnCountry(int i, int j, NameEntry country, NameEntry[] entries, int end)
        {
            var c = country.Country!;
            // "Bosnian Serb leader Milorad Dodik", "Kosovo Serbs": a people of the Balkans named inside another state is
            // that state's; the first word says whose.
            if (j < end && !IsPossessive(j) && country.Kind is NameKind.CountryAdjective or NameKind.CountryName
                && BalkanPeoples.Contains(Tok(j).ToString()) && !(j + 1 < end && IsPossessive(j + 1)))
            {
                if (Tok(j).EndsWith("s"))
                {
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, j + 1), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                        Rule = $"demonym: {Text(i, j + 1)} → {c.Cameo} (a people of {c.Name})",
                    });
                    return j + 1;
                }
                j++;
            }
            string surface = Text(i, j);
            // "a Hyundai plant in Georgia" after U.S. agents: the U.S. state, a place, when its sentence names the United
            // States and nothing Georgian (the country) has been named.
            if (c.Iso3 == "GEO" && country.Kind == NameKind.CountryName && i > 0 && PlacePrepositionsBySpan.Contains(Tok(i - 1)) && UsStateReading(i))
                return j;
            // "a loan of 500 million US dollars", "Hong Kong dollars": a country naming a currency is no actor.
            // "contributed US$1 million", "A$44,000": a country before a dollar sign names the currency too.
            if (j < end && (CurrencyWords.Contains(Tok(j).ToString()) || Tok(j).ToString() == "$")) return j + 1;
            // "the Niger Delta", "Niger State government": a place of another country named like this one is no mention of it.
            if (country.Kind == NameKind.CountryName && Array.Exists(entries, e => e.Kind == NameKind.CountryName)
                && OtherCountryOfPlaceNamedLikeCountry(i, j, end, c) is not null) return j + 1;
            bool possessive = j < end && IsPossessive(j);
            int k = possessive ? j + 1 : j;
            if (possessive && TryCoordinatedPossessive(i, k, c, surface, end) is var coordinated && coordinated >= 0) return coordinated;
            if (!possessive && country.Kind == NameKind.CountryName && TryCoordinatedNameBeforePossessive(i, j, c, surface, end) is var sharedName && sharedName >= 0) return sharedName;
            if (!possessive && country.Kind == NameKind.CountryAdjective && TryStateSide(i, j, c, end) is var stateSide && stateSide >= 0) return stateSide;
            // "Thai F-16 jets", "Russian Su-34 bombers", "Turkish TB2 drones": a model designator between the country and
            // the platform belongs to the platform.
            if (!possessive && k + 1 < end && IsModelDesignator(Tok(k))) k++;
            // "Ukrainian drones struck a depot": unmanned munitions do not say which agent launched them, so the country
            // adjective stands alone (the gold files code it UKR), while crewed platforms do ("Israeli warplanes" ISRMIL).
            // A possessive says no more ("Ukraine's drone strikes on refineries" UKR); a role noun the munition word begins
            // ("Iranian drone makers" BUS, roles.tsv) or one after it ("drone units") is an agent and is read as a role.
            if (k < end && (Is(k, "drone") || Is(k, "drones")) && !(k + 1 < end && MatchRole(k + 1, end).Role is not null)
                && MatchRole(k, end).Len <= 1)
            {
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, k + 1), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                    Rule = $"country+munition: {surface} + {Text(k, k + 1)} → {c.Cameo} (no agent named)",
                });
                return k + 1;
            }
            // "Cambodia's Prince Group": the country's own organisation the lexicon names after the possessive is one mention
            // with the organisation's code, before any role word inside its name ("Prince") is read. So is the country's own
            // organ listed as a metonym ("China's People's Liberation Army" CHNMIL, session 52: "People" was read as the
            // civilians and "Liberation" as a newspaper), unless it stands for the bare country.
            if (possessive && k < end && IsCap(Tok(k)) && MatchName(k, end) is { Entries: { } ownEntries, Len: var ownLen }
                && Array.Find(ownEntries, x => x.Iso3 == c.Iso3 && (x.Kind == NameKind.Organization
                    || (x.Kind == NameKind.Metonym && x.Code is { } mc && mc != c.Cameo))) is { Code: not null } ownOrg)
                return AddOwnOrganization(i, k, ownLen, ownOrg, surface, end);
            // "Spain's Socialists", "the Canadian Liberals": a party family after its country is the country's party.
            if ((possessive || country.Kind == NameKind.CountryAdjective) && TryPartyFamily(i, k, c, surface, end) is var pf && pf > k) return pf;
            bool rolePhrase = TryRolePhrase(k, end, out var rp);
            // "took refuge in Bolivia's embassy": a mission's building someone is in is a place (a building used as a place is no
            // mention); its country does not claim the sentence's roles. "rallied outside the Egyptian embassy" keeps the
            // embassy, the protest's target.
            if (rolePhrase && rp.NameEnd == rp.End && rp.Lemmas.Count == 1 && rp.Lemmas[0] is "embassy" or "consulate"
                && i > 0 && (Is(i - 1, "the") ? i - 2 : i - 1) is var pp && pp >= 0
                && (Is(pp, "in") || Is(pp, "inside")))
                return rp.End;
            // "frozen Russian central bank assets", "a Kenyan police station": a role phrase that only modifies a thing it
            // owns is no actor; the country adjective stands alone. (A process keeps its agent: "Russian police custody".)
            if (rolePhrase && !possessive && !_inHeadline && rp.NameEnd == rp.End && rp.End < end && OwnedThings.Contains(Tok(rp.End).ToString()))
                rolePhrase = false;
            // "Iran's Revolutionary Guards": a role that needs its country word ("Kyrgyz guards") is that role only right after it;
            // with words between, the words name another body (the lexicon's "Revolutionary Guards", IRNMIL).
            if (rolePhrase && rp.Lemmas.Count == 1 && CountryOnlyRoles.Contains(rp.Lemmas[0]) && rp.End - k > 1)
                rolePhrase = false;
            // "Ukrainian long-range drones", "a Russian reconnaissance drone", "Iran's kamikaze drones": words that say what a
            // drone does or how far it flies do not make it crewed; the munition rule above holds (decision 023: unmanned
            // munitions are the bare country). Only a drone alone: a role after it ("drone units") or a form the lexicon
            // lists with it ("drone makers" BUS) is an agent.
            if (rolePhrase && rp.Lemmas.Count == 1 && rp.Head.Lemma == "drone" && rp.NameEnd == rp.End && rp.End - k > 1)
            {
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, rp.End), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                    Rule = $"country+munition: {surface} + {Text(k, rp.End)} → {c.Cameo} (no agent named)",
                });
                return rp.End;
            }
            if (rolePhrase)
            {
                // "Chinese tech company Huawei", "the Palestinian news agency Wafa": a known organisation right after the
                // role phrase is the one it describes; the organisation's own code is the more specific.
                if (rp.NameEnd == rp.End && MatchName(rp.End, end) is { Entries: { } de, Len: var dl }
                    && Array.Find(de, x => x.Kind == NameKind.Organization) is { Code: not null } described
                    && (described.Iso3 is null || described.Iso3 == c.Iso3))
                {
                    string dc = _lex.OrganizationCode(described, _date);
                    int di = Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, rp.End + dl), Code = dc, Name = described.Canonical, Country = described.Iso3 ?? c.Iso3,
                        Rule = $"country+role+organization: {surface} + {Text(k, rp.End)} + {Text(rp.End, rp.End + dl)} → {dc}",
                    });
                    if (described.OrgKind is { } dk) _roles.Add(new MemoryRole(di, dk, dk));
                    foreach (var l in rp.Lemmas) _roles.Add(new MemoryRole(di, l, l[(l.LastIndexOf(' ') + 1)..]));
                    return rp.End + dl;
                }
                // "Saad al-Hariri, Lebanon's three-time prime minister,": in apposition to an office holder coded as out of
                // office on the date, the office is a former one too.
                bool afterFormerHolder = i >= 2 && Is(i - 1, ",") && _out.Count > 0 && _out[^1].Tokens.EndToken == i - 1
                    && _out[^1].Code is { } prevCode && prevCode.EndsWith("ELI", StringComparison.Ordinal) && _out[^1].FormerCode is not null;
                // "exiled Iranian opposition groups": exile puts an opposition out of the country, not out of the opposition
                // (Phoenix: EXILED_OPPOSITION is OPP); an exiled office holder is an elite like a former one. Nor does exile
                // end a trade or a cause: "an exiled Belarusian journalist" is still media, "exiled Afghan activists" civilians.
                bool exiledOpposition = i > 0 && Is(i - 1, "exiled") && rp.Code is not ("GOV" or "MIL" or "LEG" or "JUD" or "COP" or "ELI");
                bool former = (FormerBefore(i) && !exiledOpposition) || ((rp.Former || afterFormerHolder) && rp.Code is "GOV" or "MIL" or "LEG" or "JUD");
                string code = former ? c.Cameo + "ELI" : rp.OutOfOfficeCode ?? c.Cameo + rp.Code;
                if (!former && rp.OutOfOfficeCode is null && PeopleRoleCode(country, rp.Code) is { } peopleRole) code = c.Cameo + peopleRole;
                string kind = possessive ? "country-possessive+role" : country.Kind == NameKind.CountryAdjective ? "country-adjective+role" : "country+role";
                string roles = string.Join(", ", rp.Lemmas);
                string compound = rp.Lemmas.Count > 1 ? $" (compound of {rp.Lemmas.Count} roles: {roles})" : "";
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, rp.NameEnd), Code = code,
                    Name = rp.NameEnd > rp.End ? rp.PersonName ?? Text(rp.End, rp.NameEnd) : $"{c.Name} {roles}",
                    Country = c.Iso3,
                    Rule = $"{kind}: {(former ? "former " : "")}{surface} + {Text(k, rp.End)}{(rp.NameEnd > rp.End ? " + " + Text(rp.End, rp.NameEnd) : "")} → {code}{compound}"
                        + (rp.OutOfOfficeCode is not null && !former ? " (person not in office on the article date)" : ""),
                });
                foreach (var l in rp.Lemmas) _roles.Add(new MemoryRole(idx, l, l[(l.LastIndexOf(' ') + 1)..]));
                if (rp.NameEnd > rp.End) Remember(idx, rp.End, rp.NameEnd);
                else if (!rp.Head.IsPlural) _lastBareTitle = idx;
                return rp.NameEnd;
            }
            if (possessive)
            {
                // "Iran's Revolutionary Guards", "Egypt's Supreme Council of the Armed Forces": the country's own
                // organisation named after its possessive is one mention with the organisation's code.
                if (MatchName(k, end) is { Entries: { } pe0, Len: var pl0 } && Array.Find(pe0, x => x.Kind is NameKind.Organization or NameKind.Metonym) is { Code: not null } own
                    && (own.Iso3 == c.Iso3 || own.SharedAbroad) && own.Code != c.Cameo && !(k + pl0 < end && IsPossessive(k + pl0)))
                    return AddOwnOrganization(i, k, pl0, OwnedSharedBody(own, c), surface, end);
                // "Serbia's ruling Progressive Party": the possessive belongs to the party named with its side.
                if (TryPartySide(k, end) is var side && side > k)
                {
                    var pm = _out[^1];
                    _out[^1] = pm with { Tokens = new TokenRange(i, side), Rule = $"country-possessive+{pm.Rule}" };
                    return side;
                }
                // A party the lexicon lacks, named with its side and its country ("Serbia's ruling Progressive Party").
                if (k + 2 < end && (Is(k, "ruling") || Is(k, "governing") || Is(k, "opposition")) && IsCap(Tok(k + 1)))
                {
                    int pe = k + 1;
                    while (pe < end && pe - k <= 5 && IsCap(Tok(pe)) && !Is(pe, "Party")) pe++;
                    if (pe < end && Is(pe, "Party"))
                    {
                        string sideCode = c.Cameo + (Is(k, "opposition") ? "OPP" : "GOVPTY");
                        int pi2 = Add(new ActorMention
                        {
                            Tokens = new TokenRange(i, pe + 1), Code = sideCode, Name = Text(k + 1, pe + 1), Country = c.Iso3,
                            Rule = $"country-possessive+side+party: {surface} + {Text(k, pe + 1)} → {sideCode}",
                        });
                        _roles.Add(new MemoryRole(pi2, "party", "party"));
                        return pe + 1;
                    }
                }
                if (TryPossessiveSurname(i, k, c, surface, end) is var surnameEnd && surnameEnd > k) return surnameEnd;
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, k), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                    Rule = $"country-possessive: {surface} → {c.Cameo}", IsModifier = true,
                });
                return k;
            }
            bool isName = Array.Exists(entries, e => e.Kind == NameKind.CountryName);
            bool isDemonym = country.Kind == NameKind.Demonym;
            // "Palestinian Red Crescent", "Iranian IRGC": an adjective glued to an organisation's name is part of it.
            if (!isName && !isDemonym && MatchName(j, end) is { Entries: { } oe, Len: var ol } && Array.Find(oe, x => x.Kind is NameKind.Organization or NameKind.Metonym) is { Code: not null } org)
            {
                org = OwnedSharedBody(org, c);
                string oc = _lex.OrganizationCode(org, _date);
                var territory = org.Kind == NameKind.Metonym && org.Country is { } tc && oc == tc.Cameo;
                if (!territory)
                {
                    AddOrganization(new TokenRange(i, j + ol), org, oc, org.Iso3 ?? c.Iso3,
                        $"country-adjective+organization: {surface} + {Text(j, j + ol)} → {oc}");
                    return j + ol;
                }
            }
            // "Russian and Syrian officials": the first adjective shares the role of the second (two mentions); a short
            // country name used as an adjective does too ("U.S. and British forces"), as does a name the lexicon lists as
            // its own adjective ("United States and Vietnamese officials"; after "the" it names the state).
            // "Russia and Ukrainian negotiators": a full country name shares a role of government with the adjective after
            // it (negotiators and officials act for the state either way); an armed role is not shared ("Israel and
            // Palestinian militants" is the state and the militants; after "the" the name is the state, as above).
            if (!isDemonym && j + 1 < end && (Is(j, "and") || Is(j, ",") || Is(j, "&")))
            {
                bool adjectiveLike = !isName || surface.Length <= 4 || (Array.Exists(entries, e => e.Kind == NameKind.CountryAdjective) && !Is(i - 1, "the"));
                var (l2, e2) = MatchName(j + 1, end);
                var c2 = e2 is null ? null : Array.Find(e2, x => x.Kind == NameKind.CountryAdjective);
                if (c2 is not null && TryRolePhrase(j + 1 + l2, end, out var shared) && (adjectiveLike || (shared.Code == "GOV" && Is(j, "and") && !Is(i - 1, "the"))))
                {
                    AddSharedRole(c, new TokenRange(i, j), shared, $"coordinated country-adjective: {surface} (and {Text(j + 1, shared.End)})");
                    return j;
                }
            }
            // "Niger State", "Mexico State": a sub-national unit named like a country is a place of the country the
            // gazetteer puts it in, no mention of the country it is named like (the place stage still places the sentence).
            if (isName && j < end && SubnationalUnitNounsBySpan.Contains(Tok(j)) && CountryOfPlaceName(i, j + 1) is { } unitCountry
                && unitCountry.Iso3 != c.Iso3) return j + 1;
            // "the Gulf of Oman", "the Sea of Japan", "the Bay of Bengal": the country names a body of water, no actor.
            if (isName && i >= 2 && Is(i - 1, "of") && IsCap(Tok(i - 2)) && WaterBodies.Contains(Tok(i - 2).ToString())) return j;
            // "a tanker off the coast of Oman": waters near a country, not the country.
            if (isName && i >= 4 && Is(i - 1, "of") && Is(i - 2, "coast") && Is(i - 3, "the") && Is(i - 4, "off")) return j;
            // "the rebels were Congolese.": an adjective as the predicate of a copula says what someone is, no actor.
            if (!isName && !isDemonym && !possessive && i >= 1 && Copulas.Contains(Tok(i - 1).ToString())
                && (j >= end || Is(j, ".") || Is(j, ",") || Is(j, ";") || Is(j, "and") || Is(j, "or"))) return j;
            Add(new ActorMention
            {
                Tokens = new TokenRange(i, j), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                Rule = isName ? $"country: {surface} → {c.Cameo}"
                    : isDemonym ? $"demonym: {surface} → {c.Cameo} (nationals are coded by the country alone)"
                    : $"country-adjective: {surface} → {c.Cameo}",
                IsModifier = !isName && !isDemonym,
            });
            return j;
        }

        private int OnCapital(int i, int j, NameEntry capital, int sentFirst, int end)
        {
            var c = capital.Country!;
            if (!c.CapitalIsMetonym) return i;
            // "weapons deliveries to Kyiv", "a gift to Moscow", "appealed to Washington": after a noun or verb of giving or
            // asking, "to" names a recipient, not a destination.
            // "its support for Kyiv", "aid for Kabul": "for" after such a noun names the recipient too.
            bool recipient = i - 2 >= sentFirst && (Is(i - 1, "to") || Is(i - 1, "for")) && RecipientWords.Contains(Tok(i - 2).ToString());
            // "called on Belgrade to respect ...", "pressure on Moscow": "on" after a call or pressure names an addressee.
            recipient |= i - 2 >= sentFirst && Is(i - 1, "on") && AddresseeOnWords.Contains(Tok(i - 2).ToString());
            // "offered to mediate between Bangkok and Phnom Penh", "the agreement between Bishkek and Dushanbe": after a word
            // of relations between states, "between" names the two sides, not a stretch of land ("flights between Bishkek
            // and Dushanbe" stays a route).
            recipient |= i - 2 >= sentFirst && Is(i - 1, "between") && BetweenSidesWords.Contains(Tok(i - 2).ToString());
            // "drew sharp condemnation from Seoul and Tokyo", "a rebuke from Beijing": "from" after a noun of reaction names
            // who reacts, a national capital then being its country's government, not a place something comes from.
            recipient |= i - 2 >= sentFirst && Is(i - 1, "from") && ReactionFromWords.Contains(Tok(i - 2).ToString().ToLowerInvariant());
            // "repeated offers of talks from Seoul", "an invitation from Beijing": "from" after a proposal names its author.
            recipient |= ProposalAuthorFrom(i, sentFirst);
            // "Vilnius airport", "the Kyiv region": a capital naming a facility or area is a place.
            if (j < end && CapitalPlaceNouns.Contains(Tok(j).ToString())) return j;
            // "Kabul residents", "Tehran shopkeepers": a capital before a role of no state organ is the city they are of;
            // CountryOfPlaceBefore gives the role the capital's country (session 71).
            if (NonStateRoleAt(j, end)) return j;
            if (AfterPlacePreposition(i, sentFirst) && !recipient) return j; // "in Moscow": a place
            if (NamesTheCapitalNoun(i, sentFirst)) return j;
            bool possessive = j < end && IsPossessive(j);
            // "Khartoum's international airport", "Kyiv's eastern suburbs": the city owns a place, not a policy.
            if (possessive && PlaceOwnedAt(j + 1, end)) return j;
            // "Kyiv accused Moscow of …", "talks with Pyongyang"; not "the strike on Doha".
            // "without consulting Wellington", "giving Canberra a veto", "follow Washington": any verb the tagger marks, as
            // well as the spellings IsVerbish knows (verbs of going and attacking are place prepositions, read above).
            bool asObject = !possessive && i > sentFirst && (recipient || ObjectPrepositions.Contains(Tok(i - 1).ToString())
                || (VerbBefore(i - 1, sentFirst) && !NotObjectVerbs.Contains(Tok(i - 1).ToString()))
                || (Tok(i - 1).EndsWith("ing") && _doc.Token(i - 1).Xpos == "VBG")); // ", accusing Stockholm of …"
            // "brokered by Washington and Paris": a capital coordinated with one just coded as its government.
            bool coordinated = !possessive && i >= 2 && Is(i - 1, "and") && _out.Count > 0 && _out[^1].Tokens.EndToken == i - 1
                && _out[^1].Rule.StartsWith("capital-as-government", StringComparison.Ordinal);
            // "demanded that Beijing stop its actions": after a complementiser a base-form verb is the clause's verb too.
            // Untagged, the verb of "demanded that Islamabad hunt down" is a plain word with no tense ending.
            bool subjunctive = i > sentFirst && Is(i - 1, "that") && j < end && (_doc.Token(j).Xpos is "VB"
                || (_doc.Token(j).Xpos is null && i - 2 >= sentFirst && SubjunctiveVerbsBySpan.Contains(Tok(i - 2)) && IsPlainLowerWord(Tok(j))
                    && !Tok(j).EndsWith("ed") && !Tok(j).EndsWith("s") && !PlaceOnlyWordsBySpan.Contains(Tok(j))));
            if (!possessive && !asObject && !coordinated && !subjunctive && !SubjectFollows(j, end) && !RoleConjunctSubjectFollows(j, end)) return i;
            // "Pyongyang's state news agency", "Moscow's defence ministry": a role the capital owns is its country's, one
            // mention as after a country's possessive.
            if (possessive && MatchRole(j + 1, end) is { Role: { } owned, Len: var ol })
            {
                int q = j + 1 + ol;
                while (q < end && MatchRole(q, end) is { Role: not null } nx) q += nx.Len;
                string oc = c.Cameo + owned.Code;
                int ri = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, q), Code = oc, Name = Text(j + 1, q), Country = c.Iso3,
                    Rule = $"capital-possessive+role: {Text(i, j)}'s {Text(j + 1, q)} → {oc}",
                });
                _roles.Add(new MemoryRole(ri, owned.Lemma, owned.Head));
                return q;
            }
            string code = c.Cameo + "GOV";
            Add(new ActorMention
            {
                Tokens = new TokenRange(i, possessive ? j + 1 : j), Code = code, Name = c.Name, Country = c.Iso3,
                Rule = possessive ? $"capital-as-government: {Text(i, j)}'s → {code}"
                    : asObject ? $"capital-as-government (object): {Text(i - 1, i)} + {Text(i, j)} → {code}"
                    : $"capital-as-government (subject): {Text(i, j)} + {Text(j, j + 1)} → {code}",
                IsModifier = possessive,
            });
            return possessive ? j + 1 : j;
        }

        /// <summary>"India's National Disaster Management Authority", "Ghana Gold Board": a country possessive or name read right
        /// before token i is part of the name that starts there. Removes that mention, moves <paramref name="first"/> to its start and returns its country;
        /// null when the mention before i is no such possessive.</summary>
        private CountryEntry? TakePossessiveCountry(int i, ref int first)
        {
            if (_out.Count == 0 || _out[^1] is not { Country: { } iso } pm || pm.Tokens.EndToken != i || _lex.CountryByIso3(iso) is not { } country)
                return null;
            // "Ghana National Association of Small Scale Miners", "Ghana Gold Board": a country's name written as the first word of
            // an institution's name is part of it, as its possessive is.
            bool possessive = pm.IsModifier && pm.Rule.StartsWith("country-possessive:", StringComparison.Ordinal);
            bool nameWord = !pm.IsModifier && pm.Rule.StartsWith("country:", StringComparison.Ordinal) && pm.Code == country.Cameo;
            if (!possessive && !nameWord) return null;
            first = pm.Tokens.FirstToken;
            _out.RemoveAt(_out.Count - 1);
            return country;
        }

        /// <summary>"Iran's Revolutionary Guards", "Cambodia's Prince Group": the country's own organisation named after its
        /// possessive (tokens i to k - 1), <paramref name="len"/> tokens from k, is one mention with the organisation's code.
        /// Returns the token after it.</summary>
        private int AddOwnOrganization(int i, int k, int len, NameEntry own, string surface, int end)
        {
            string code = _lex.OrganizationCode(own, _date);
            // "Britain's Labour government": the government the party leads (see PartyLedGovernment).
            if (k + len < end && MatchRole(k + len, k + len + 1).Role is { } led && PartyLedGovernment(own, led.Lemma) is { } ledBy)
            {
                int gi = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, k + len + 1), Code = ledBy, Name = Text(k, k + len + 1), Country = own.Iso3,
                    Rule = $"country-possessive+party+government: {surface} + {Text(k, k + len + 1)} → {ledBy}",
                });
                _roles.Add(new MemoryRole(gi, led.Lemma, led.Head));
                return k + len + 1;
            }
            AddOrganization(new TokenRange(i, k + len), own, code, own.Iso3,
                $"country-possessive+organization: {surface} + {Text(k, k + len)} → {code}");
            return k + len;
        }

        /// <summary>
        /// True when token k is likely a verb whose object follows: tagged as one when the tagger ran (a past participle
        /// only after "have": "had asked"), else spelled as one (<see cref="IsVerbish"/>), a gerund ("consulting",
        /// "giving"), or a plain word after "to", a modal, "not" or "do" ("would not let", "to follow").
        /// </summary>
        private bool VerbBefore(int k, int sentFirst)
        {
            var w = Tok(k);
            // "Tokyo had asked Beijing to explain", "has repeatedly urged Moscow": a perfect participle is an active verb
            // (a bare VBN may be a passive or an adjective, which take no object).
            if (_doc.Token(k).Xpos is { } x)
                return x is "VB" or "VBG" or "VBD" or "VBP" or "VBZ"
                    || (x == "VBN" && ((k - 1 >= sentFirst && PerfectAuxiliaries.Contains(Tok(k - 1).ToString()))
                        || (k - 2 >= sentFirst && _doc.Token(k - 1).Xpos == "RB" && PerfectAuxiliaries.Contains(Tok(k - 2).ToString()))));
            if (IsVerbish(w)) return true;
            if (w.Length < 2 || !char.IsLower(w[0]) || PlacePrepositionsBySpan.Contains(w)) return false;
            foreach (var ch in w) if (!char.IsLetter(ch)) return false;
            if (w.Length >= 5 && w.EndsWith("ing") && !NotVerbsBySpan.Contains(w)) return true;
            return k - 1 >= sentFirst && BaseVerbCues.Contains(Tok(k - 1).ToString());
        }

        private static readonly FrozenSet<string> PerfectAuxiliaries = Set("have", "has", "had", "'ve", "'d", "having");

        /// <summary>Words after which a plain lower-case word is a verb's base form.</summary>
        private static readonly FrozenSet<string> BaseVerbCues = Set("to", "would", "will", "could", "should", "must", "may", "might",
            "can", "cannot", "not", "n't", "never", "did", "does", "do");

        /// <summary>Lower-case nouns after a capital that make it a place: its facilities and surroundings.</summary>
        private static readonly FrozenSet<string> CapitalPlaceNouns = Set("airport", "airports", "port", "harbour", "harbor", "station",
            "metro", "region", "province", "oblast", "suburbs", "outskirts", "headquarters");

        /// <summary>Nouns and verbs of giving and asking after which "to &lt;capital&gt;" names a recipient government.</summary>
        private static readonly FrozenSet<string> AddresseeOnWords = Set("call", "calls", "called", "calling", "pressure", "pressed",
            "pressing", "prevailed", "leaned", "leaning", "sanctions", "tariffs", "demands", "embargo",
            "pressures", "restrictions", "curbs", "levy", "duties", "ban");

        /// <summary>Words of relations, talks and disputes after which "between" names the sides (capitals as governments).</summary>
        private static readonly FrozenSet<string> BetweenSidesWords = Set("mediate", "mediated", "mediating", "mediation", "mediator",
            "talks", "agreement", "agreements", "deal", "accord", "treaty", "pact", "relations", "ties", "tensions", "tension", "dispute",
            "disputes", "rift", "row", "dialogue", "negotiations", "meeting", "summit", "truce", "ceasefire", "rapprochement",
            "reconciliation", "feud", "spat", "standoff", "normalisation", "normalization", "contacts", "cooperation", "hotline",
            "broker", "brokered", "brokering", "intermediary", "relationship", "détente", "detente", "thaw", "understanding");

        /// <summary>Nouns of a government's reaction after which "from &lt;capital&gt;" names the government reacting.</summary>
        private static readonly FrozenSet<string> ReactionFromWords = Set("condemnation", "condemnations", "criticism", "criticisms",
            "rebuke", "rebukes", "censure", "denunciation", "denunciations", "reprimand", "protest", "protests", "objection",
            "objections", "backlash", "outrage", "anger", "ire", "complaints", "complaint", "warning", "warnings", "threats",
            "pushback", "opposition", "disapproval", "retaliation", "reaction", "reactions", "response", "praise", "support");

        private static readonly FrozenSet<string> RecipientWords = Set("deliveries", "delivery", "aid", "assistance", "support", "gift",
            "message", "letter", "loan", "loans", "weapons", "arms", "shipments", "exports", "sales", "concessions", "concession", "offer",
            "proposal", "proposals", "appeal", "ultimatum", "warning", "reply", "response", "overture", "overtures", "note", "request",
            "appealed", "wrote", "offered", "handed", "proposed", "delivered", "supplied", "sold", "pledged", "promised", "signalled",
            "signaled", "granted", "lent", "conveyed", "submitted", "transferred", "extradited",
            // "bowing to Washington", "caved in to Beijing": yielding names the one yielded to
            "bowing", "bowed", "bow", "yielding", "yielded", "yield", "caved", "deferring", "deferred", "beholden", "subservient",
            // "protested to Tokyo", "complained to Beijing", "apologised to Seoul": a complaint or apology is addressed
            "protested", "protest", "complained", "complaint", "apologised", "apologized", "apology", "objected");

        /// <summary>
        /// True when token i continues a capitalised name that started before it ("Michael Jordan"): the previous
        /// token is capitalised, is not the sentence's first word, and the sentence is not a Title Case headline.
        /// </summary>
        private bool InsideProperName(int i, int sentFirst)
        {
            if (_inHeadline || i - 1 <= sentFirst || Glued(i)) return false;
            var p = Tok(i - 1);
            return IsCap(p) && char.IsLetter(p[0]) && !p.Contains('.') && !NotNamesBySpan.Contains(p)
                && !(MatchName(i - 1, i) is { Entries: not null });
        }

        /// <summary>
        /// True when a one-word country name that is also a given name ("Salvador", "Jordan", "Israel", "Georgia", "Chad")
        /// starts a personal name: a capitalised surname follows that is no actor word and no place noun, and the name
        /// ends there ("Salvador Illa of the Socialists", "Jordan Peterson said"). Known people ("Israel Katz") are matched
        /// before this as whole names.
        /// </summary>
        private bool GivenNameOfPerson(int i, int j, int end)
        {
            if (_inHeadline || j >= end || !GivenNameCountries.Contains(Tok(i).ToString())) return false;
            var s = Tok(j);
            if (!IsCap(s) || !char.IsLetter(s[0]) || s.Length < 3 || NotNamesBySpan.Contains(s)) return false;
            if (MatchName(j, end) is { Entries: not null } || MatchRole(j, end).Role is not null) return false;
            if (PlaceHeadNouns.Contains(s.ToString())) return false; // "Jordan Valley", "Georgia Tech"
            // a surname ends the name: not "Israel Defense Forces", "Chad Lake Basin"
            return j + 1 >= end || !IsCap(Tok(j + 1)) || IsPossessive(j + 1);
        }

        private static readonly HashSet<string> GivenNameCountries = new(StringComparer.Ordinal) { "Salvador", "Jordan", "Israel", "Georgia", "Chad" };

        private static readonly HashSet<string> PlaceHeadNouns = new(StringComparer.Ordinal)
        {
            "Valley", "River", "Basin", "Lake", "Sea", "Gulf", "Strait", "Street", "Square", "Road", "Avenue", "Bridge", "Airport",
            "Province", "Region", "State", "County", "City", "Tech", "University", "Power", "Bank", "Gap",
        };

        /// <summary>True when the word before token i marks a former office holder ("former", "ousted"): CAMEO codes them as elites (ELI).</summary>
        private bool FormerBefore(int i)
        {
            if (i == 0) return false;
            // "former deputy president X", "ousted vice president Y": a rank word between "former" and the office still
            // leaves the office a former one.
            if (i >= 2 && RankBeforeOfficeBySpan.Contains(Tok(i - 1))) i--;
            var s = Tok(i - 1);
            return s.Equals("former", StringComparison.OrdinalIgnoreCase) || s.Equals("ousted", StringComparison.OrdinalIgnoreCase)
                || s.Equals("deposed", StringComparison.OrdinalIgnoreCase) || s.Equals("late", StringComparison.OrdinalIgnoreCase)
                || s.Equals("exiled", StringComparison.OrdinalIgnoreCase) || s.Equals("ex", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "BHP, the miner,", "Ryanair, Europe's biggest airline,", "Glencore, a commodities trader,": a one-word name the
        /// lexicons lack is a company when a comma-closed appositive of a business noun follows it (gold/README.md: an
        /// unknown company is BUS with the country the article gives). A one-word name is too often something else (an
        /// adverb opening the sentence, a surname) to take any other appositive, so only business roles are accepted.
        /// Returns where the business noun starts, or -1.
        /// </summary>
        private int BusinessAppositive(int i, int a, int end)
        {
            var name = Tok(i);
            if (name.Length < 2 || !char.IsLetter(name[0]) || NotNamesBySpan.Contains(name) || name.EndsWith("ly", StringComparison.Ordinal)
                || MatchRole(i, i + 1).Role is not null) return -1;
            if (Is(a, "the") || Is(a, "a") || Is(a, "an")) a++;
            // "Europe's biggest airline", "the world's largest miner": an owner or a scope before the noun.
            if (a + 1 < end && IsPossessive(a + 1)) a += 2;
            // "the Irish airline": a country adjective before the noun.
            if (a < end && MatchName(a, end) is { Entries: { } ce, Len: var cl } && Array.Exists(ce, x => x.Kind == NameKind.CountryAdjective)) a += cl;
            for (int skip = 0; skip < 3 && a < end && (IsPlainLowerWord(Tok(a)) || RoleModifiersBySpan.Contains(Tok(a))); skip++)
            {
                if (MatchRole(a, end) is { Role: not null }) break;
                a++;
            }
            if (MatchRole(a, end) is not { Role: { } role, Len: var len } || role.IsPlural) return -1;
            if (!(role.Code == "BUS" || CompanyNouns.Contains(role.Lemma))) return -1;
            // The appositive is closed before the verb: "BHP, the miner, said"; "However, the company said" is not one.
            return a + len < end && Is(a + len, ",") ? a : -1;
        }

        /// <summary>Nouns for people at work that, in apposition to a company's name, name the company ("BHP, the miner,").</summary>
        private static readonly FrozenSet<string> CompanyNouns = Set("miner");

        /// <summary>Nouns that make a country-like name a sub-national unit ("Niger State").</summary>
        private static readonly FrozenSet<string> SubnationalUnitNouns = Set("state", "province", "region", "county", "governorate");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubnationalUnitNounsBySpan = SubnationalUnitNouns.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Rank words between "former" and an office title ("former deputy president").</summary>
        private static readonly FrozenSet<string> RankBeforeOffice = Set("deputy", "vice", "acting", "interim", "assistant");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RankBeforeOfficeBySpan = RankBeforeOffice.GetAlternateLookup<ReadOnlySpan<char>>();

        private bool AfterPlacePreposition(int i, int sentFirst)
        {
            int p = i - 1;
            if (p >= sentFirst && Is(p, "the")) p--;
            return p >= sentFirst && PlacePrepositionsBySpan.Contains(Tok(p));
        }

        /// <summary>Nouns of the parts and sites of a city: after a capital's possessive they make it a place.</summary>
        private static readonly FrozenSet<string> CitySiteNouns = Set(
            "airport", "airports", "port", "ports", "harbour", "harbor", "suburb", "suburbs", "outskirts", "district", "districts",
            "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "street", "streets", "centre", "center", "downtown",
            "airspace", "skyline", "hospital", "hospitals", "residents", "metro", "subway", "station", "stations", "square",
            "university", "stadium", "bridge", "bridges", "river", "riverfront", "population", "inhabitants",
            "mosque", "cathedral", "market", "markets", "zoo", "landmarks", "quarter", "quarters", "roads");

        /// <summary>True when the words from <paramref name="k"/> (up to two lower-case modifiers) end in a city site noun.</summary>
        private bool PlaceOwnedAt(int k, int end)
        {
            for (int skip = 0; skip <= 2 && k + skip < end; skip++)
            {
                var w = Tok(k + skip);
                if (w.Length == 0 || !char.IsLetter(w[0])) return false;
                if (CitySiteNouns.Contains(w.ToString().ToLowerInvariant())) return true;
                if (!char.IsLower(w[0])) return false;
            }
            return false;
        }

        /// <summary>
        /// "Kinshasa and the rebels signed", "Caracas and the opposition resumed talks": a capital coordinated with a role
        /// ("and", an optional "the"/"its"/"their", one or more role words) before a verb is one side of the subject, so the
        /// government, as a capital before its own verb is. The role is then paired with the capital's country by the
        /// coordination rules, as after "Venezuela's government and the opposition".
        /// </summary>
        private bool RoleConjunctSubjectFollows(int j, int end)
        {
            if (j + 2 >= end || !Is(j, "and")) return false;
            int k = j + 1;
            if (Is(k, "the") || Is(k, "its") || Is(k, "their")) k++;
            int roleStart = k;
            while (k < end && MatchRole(k, end) is { Role: not null, Len: var len }) k += len;
            return k > roleStart && k < end && (IsVerbish(Tok(k)) || TaggedFiniteVerb(k));
        }

        /// <summary>True when token j starts a verb group, possibly after coordinated capitals or countries ("and
        /// &lt;Capital&gt;", ", &lt;Capital&gt;": "Moscow and Beijing signed").</summary>
        private bool SubjectFollows(int j, int end)
        {
            // "Moscow and Beijing signed": skip coordinated capitals.
            while (j + 1 < end && (Is(j, "and") || Is(j, ",")) && IsCap(Tok(j + 1)))
            {
                var (len, e) = MatchName(j + 1, end);
                if (e is null || !Array.Exists(e, x => x.Kind is NameKind.Capital or NameKind.CountryName or NameKind.Metonym)) return false;
                j += 1 + len;
            }
            if (j >= end) return false;
            var s = Tok(j);
            // The spelling test leaves out verbs that also lead to places ("moved", "struck"); the tagger knows them.
            return IsVerbish(s) || TaggedFiniteVerb(j);
        }

        /// <summary>Adverbs that stand between a subject and its verb ("the army still held", "the ministry later said").</summary>
        private static readonly FrozenSet<string> PreverbalAdverbs = Set("still", "also", "later", "then", "again", "already", "never",
            "reportedly", "allegedly", "repeatedly", "immediately", "quickly", "swiftly", "promptly", "previously", "earlier", "once", "often");
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PreverbalAdverbsBySpan = PreverbalAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// True when token j, right after a noun phrase that starts at <paramref name="det"/> ("the army"), is a verb that
        /// ends the phrase rather than a noun the phrase's words describe: one <see cref="IsVerbish"/> or the tagger reads
        /// as finite, also after an adverb (<see cref="PreverbalAdverbs"/>: "the army still held"); the verbs of the place
        /// list ("the army seized power", "the group attacked"), which IsVerbish leaves out for capitals ("Kyiv" after
        /// "attacked" is a place), but not its prepositions ("the state of emergency" stays a phrase); and a base form
        /// after a verb of demand + "that" or a causative verb ("demanded that the junta publish", "lets the government
        /// strip"), where English uses the bare verb.
        /// </summary>
        private bool VerbAfterNoun(int j, int det, int sentFirst)
        {
            var w = Tok(j);
            if (IsVerbish(w) || TaggedFiniteVerb(j)) return true;
            // "said the army still held power", "the ministry later denied": an adverb between the noun and its verb.
            if (PreverbalAdverbsBySpan.Contains(w) && j + 1 < _doc.TokenCount && (IsVerbish(Tok(j + 1)) || TaggedFiniteVerb(j + 1))) return true;
            // the verbs of the place list, not its prepositions ("the state of emergency" stays a phrase)
            if (PlacePrepositionsBySpan.Contains(w) && !PhraseEndersBySpan.Contains(w) && !PlaceOnlyWordsBySpan.Contains(w)) return true;
            if (det < sentFirst || det < 0 || !Is(det, "the") || !IsPlainLowerWord(w)) return false;
            if (det - 1 >= sentFirst && CausativeVerbsBySpan.Contains(Tok(det - 1))) return true;
            return det - 2 >= sentFirst && Is(det - 1, "that") && SubjunctiveVerbsBySpan.Contains(Tok(det - 2));
        }

        /// <summary>True when "people" at <paramref name="i"/>..<paramref name="j"/> follows a crowd number ("hundreds of",
        /// "tens of thousands of") and an active verb follows it (not a passive's or perfect's auxiliary).</summary>
        private bool ActingCrowd(int i, int j, int end)
        {
            if (j >= end) return false;
            // "About 200 people protested outside parliament", "more than 1,000 people marched": a crowd counted in digits
            // is an actor only before a verb of what crowds do, as digits also count victims ("12 people died", "30 people
            // killed in a blast" in a headline), whom the gold files leave out.
            if (i >= 1 && IsDigitCount(Tok(i - 1))) return CrowdActsBySpan.Contains(Tok(j));
            // "Several thousand people marched through Dublin", "a few hundred people rallied": a count whose last word is a
            // number word is the same count as one in digits, and is held to the same verbs of what crowds do ("several
            // hundred people were killed", "two thousand people fled" stay victims and no actors).
            if (i >= 1 && CrowdNumberWordsBySpan.Contains(Tok(i - 1))) return CrowdActsBySpan.Contains(Tok(j));
            if (!CountedCrowdBefore(i)) return false;
            if (Is(j, "were") || Is(j, "was") || Is(j, "had") || Is(j, "have") || Is(j, "are") || Is(j, "is") || Is(j, "in")) return false;
            return IsVerbish(Tok(j)) || TaggedFiniteVerb(j);
        }

        /// <summary>True for a count written in digits ("200", "1,500"), not a year-like or decimal figure.</summary>
        private static bool IsDigitCount(ReadOnlySpan<char> s)
        {
            if (s.Length == 0 || !char.IsAsciiDigit(s[0])) return false;
            foreach (var c in s)
                if (!char.IsAsciiDigit(c) && c != ',') return false;
            return true;
        }

        /// <summary>True for a lower-case word that looks like a finite verb or auxiliary (no tagger needed); verbs that
        /// also lead to places ("attacked", "moved") are left out.</summary>
        private static bool IsVerbish(ReadOnlySpan<char> s)
        {
            if (s.Length == 0 || !char.IsLower(s[0]) || PlacePrepositionsBySpan.Contains(s)) return false;
            if (SubjectVerbsBySpan.Contains(s)) return true;
            if (NotVerbsBySpan.Contains(s)) return false;
            return (s.Length >= 4 && s.EndsWith("ed")) || (s.Length >= 4 && s.EndsWith("s") && !s.EndsWith("ss"));
        }

        // ------------------------------------------------------------ role phrases

        private sealed class RolePhrase
        {
            public int End;
            public int NameEnd;
            public string Code = "";
            public List<string> Lemmas = new(2);
            public RoleEntry Head = null!;
            public string? PersonName;
            public string? OutOfOfficeCode;
            /// <summary>A word such as "former" or "ousted" stood between the country and the role.</summary>
            public bool Former;
        }

        /// <summary>The token after a run of two to four descriptive words from <paramref name="k"/> ("agriculture and food
        /// safety") that a plural role noun follows, or <paramref name="k"/>: plain lower-case words, with "and" only between
        /// two of them; no word a verb the tagger read or a role of its own.</summary>
        private int PortfolioWordsEnd(int k, int end)
        {
            int q = k;
            while (q < end && q - k < 4 && MatchRole(q, end).Role is null
                   && ((IsPlainLowerWord(Tok(q)) && !TaggedFiniteVerb(q)) || (q > k && (Is(q, "and") || Is(q, "&")) && !Is(q - 1, "and"))))
                q++;
            if (q - k < 2 || q >= end || Is(q - 1, "and") || Is(q - 1, "&")) return k;
            return MatchRole(q, end).Role is { IsPlural: true } ? q : k;
        }

        /// <summary>
        /// Reads "[modifiers] role [role…] [Name]" from token k: "state media", "foreign and defense ministers",
        /// "President Vladimir Putin", "army spokesman". The first role gives the code ("army spokesman" is MIL), unless
        /// it only says who holds the next ("woman president"). False when no role starts the phrase.
        /// </summary>
        private bool TryRolePhrase(int k, int end, out RolePhrase rp)
        {
            rp = new RolePhrase();
            // Modifiers are skipped unless they start a role of their own ("transitional council").
            while (k < end && RoleModifiersBySpan.Contains(Tok(k)) && MatchRole(k, end).Role is null) k++;
            // "Libya's Tripoli-based government", "Yemen's Saudi-backed government": a compound naming where a body sits or who
            // backs or leads it describes the role after it, capitalised or not; the role keeps the country before it
            // (session 60, actors60). Only right before a role noun: "Yemen's Iran-backed Houthis" is a name, read elsewhere.
            if (k + 1 < end && IsControllerCompound(k) && MatchRole(k, end).Role is null && MatchRole(k + 1, end).Role is not null)
                k++;
            // "Nepali youth protesters", "Iranian nuclear scientists": one descriptive word before the role noun;
            // "Pakistan's former prime minister": out of office.
            // "China's Eastern Theater Command": one capitalised word before a capitalised role name.
            // (Not a headline's capitalised verb: "Kenya Increases Military Readiness", "Uganda Expand Intelligence Sharing".)
            if (k + 1 < end && MatchRole(k, end).Role is null && IsCap(Tok(k)) && char.IsLetter(Tok(k)[0]) && IsCap(Tok(k + 1))
                && !IsCountryWord(k, end) && MatchRole(k + 1, end) is { Role: { IsTitle: false } }
                && !TaggedFiniteVerb(k) && !((_inHeadline || TitleCase(k)) && (_doc.Token(k).Upos == Upos.VERB || HeadlineVerb(k))))
                k++;
            else if (k + 1 < end && MatchRole(k, end).Role is null && IsPlainLowerWord(Tok(k)) && !TaggedFiniteVerb(k) && MatchRole(k + 1, end).Role is not null)
            {
                if (FormerWords.Contains(Text(k, k + 1))) rp.Former = true;
                k++;
            }
            // "Japanese agriculture and food safety officials", "Kenyan food safety inspectors": two to four descriptive words
            // (a portfolio, coordinated with "and") before a plural role noun; none may be a verb or a role of its own.
            else if (k + 2 < end && MatchRole(k, end).Role is null && IsPlainLowerWord(Tok(k)) && !TaggedFiniteVerb(k)
                     && PortfolioWordsEnd(k, end) is var pw && pw > k + 1)
                k = pw;
            // "Russia's two largest oil companies": a superlative before a descriptive word and the role noun.
            else if (k + 2 < end && MatchRole(k, end).Role is null && Tok(k).EndsWith("est", StringComparison.Ordinal) && IsPlainLowerWord(Tok(k))
                     && IsPlainLowerWord(Tok(k + 1)) && MatchRole(k + 1, end).Role is null && !TaggedFiniteVerb(k + 1) && MatchRole(k + 2, end).Role is not null)
                k += 2;
            if (k + 1 < end && Is(k, "general") && GeneralAdjectiveNouns.Contains(Tok(k + 1).ToString())) return false; // "Bangladesh's general election"
            RoleEntry? first = null;
            int p = k;
            // Compound: "foreign and defense ministers" = "foreign ministers" + "defense ministers".
            if (k + 2 < end && (Is(k + 1, "and") || Is(k + 1, "&")) && char.IsLetter(Tok(k)[0]))
            {
                var (l2, r2) = MatchRole(k + 2, end);
                if (r2 is not null && r2.Form.Contains(' '))
                {
                    string lastWord = r2.Form[(r2.Form.LastIndexOf(' ') + 1)..];
                    string composed = ActorLexicon.Normalize(Tok(k).ToString()) + " " + lastWord;
                    if (_lex.TryGetRole(composed, out var r1))
                    {
                        first = r1;
                        rp.Lemmas.Add(r1.Lemma);
                        rp.Lemmas.Add(r2.Lemma);
                        rp.Head = r2;
                        p = k + 2 + l2;
                    }
                }
            }
            if (first is null)
            {
                var (l, r) = MatchRole(k, end);
                if (r is null) return false;
                first = r;
                rp.Lemmas.Add(r.Lemma);
                rp.Head = r;
                p = k + l;
            }
            rp.Code = first.Code;
            // "Brazil's chief prosecutor": a rank word is described by the role after it, as "woman president" is (session 71).
            bool describedOnly = DescriptiveRoles.Contains(first.Lemma) || RankOnlyRoles.Contains(first.Lemma);
            while (p < end && MatchRole(p, end) is { Role: not null } next)
            {
                if (!rp.Lemmas.Contains(next.Role.Lemma)) rp.Lemmas.Add(next.Role.Lemma);
                // "first woman president", "women ministers": a word for who holds the role describes it; the role codes.
                if (describedOnly) { rp.Code = next.Role.Code; describedOnly = false; }
                rp.Head = next.Role;
                p += next.Len;
            }
            rp.End = p;
            rp.NameEnd = rp.Head.IsTitle && !rp.Head.IsPlural ? CaptureName(p, end) : p;
            if (rp.NameEnd > p && FindPerson(p, rp.NameEnd) is { } person)
            {
                // The text states the role, so the role-derived code stands, unless the person lexicon says the
                // person was out of office on the article's date ("Syrian President Bashar al-Assad" in 2025).
                rp.PersonName = person.Canonical;
                var (pc, _, note) = _lex.PersonCode(person, _date);
                string titleCode = rp.Code;
                // As after a bare title (TitleAndName): an opposition title says the side ("Kenya's opposition leader Raila
                // Odinga"), and a title before the first office the lexicon lists, or of a kind it never lists, stands.
                if (pc is not null && pc.EndsWith("ELI", StringComparison.Ordinal) && note.StartsWith("not in office", StringComparison.Ordinal)
                    && titleCode != "OPP" && !(_date is { } d0 && Array.TrueForAll(person.Periods, q => q.Start is { } qs && qs > d0))
                    && Array.Exists(person.Periods, q => q.Code.Length >= 3 && q.Code.AsSpan(3).StartsWith(titleCode, StringComparison.Ordinal)))
                    rp.OutOfOfficeCode = pc;
                // "Vietnam's Communist Party chief To Lam": a generic party post before a person the lexicon has in a state
                // office on the date says less than that office does.
                else if (pc is not null && pc.Length > 3 && titleCode.EndsWith("PTY", StringComparison.Ordinal) && GenericTitles.Contains(rp.Head.Lemma)
                    && IsStateRole(pc[3..]))
                    rp.Code = pc[3..];
            }
            return true;
        }

        // TitleCase's answer for the last sentence asked about: a Run codes one document, so a sentence index names one sentence.
        private int _titleCaseOf = -1;
        private bool _titleCase;

        /// <summary>True when most words of token k's sentence start with a capital (a headline given as plain text).</summary>
        private bool TitleCase(int k)
        {
            int si = _doc.SentenceOf(k);
            if (si == _titleCaseOf) return _titleCase;
            _titleCaseOf = si;
            return _titleCase = TitleCaseUncached(si);
        }

        private bool TitleCaseUncached(int si)
        {
            var sent = _doc.Sentence(si);
            int capitals = 0, letters = 0;
            for (int t = sent.FirstToken; t < sent.EndToken; t++)
            {
                var w = Tok(t);
                if (w.Length > 0 && char.IsLetter(w[0])) { letters++; if (char.IsUpper(w[0])) capitals++; }
            }
            return letters >= 3 && capitals * 10 >= letters * 6;
        }

        /// <summary>
        /// A present-tense verb of a Title Case headline ("Denounce", "Condemns") at <paramref name="k"/>, which no name of an
        /// organisation holds. Not an "-ed" form ("United", "Allied", "Concerned" open many names), nor a word after a function
        /// word ("Congress of Trade Unions": no verb follows "of").
        /// </summary>
        private bool TitleCaseHeadlineVerb(int k) =>
            !Tok(k).EndsWith("ed", StringComparison.Ordinal) && !(k > 0 && FunctionWordsInTitlesBySpan.Contains(Tok(k - 1)))
            && (_inHeadline || TitleCase(k)) && HeadlineVerb(k);

        /// <summary>A Title Case headline word whose lower-case form is an English verb form and no adjective ("Expand",
        /// "Increases", "Boost"): the headline's verb, not a word of a name.</summary>
        private bool HeadlineVerb(int k)
        {
            var lower = Tok(k).ToString().ToLowerInvariant();
            if (Syntax.EnglishLexicon.TryGet(lower, out var e)) return VerbOnly(e);
            // "Deploys", "Expanded": an inflection of a verb-only base
            foreach (var suffix in (string[])["s", "es", "ed", "d"])
                if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal)
                    && Syntax.EnglishLexicon.TryGet(lower.AsSpan(0, lower.Length - suffix.Length), out var b))
                    return VerbOnly(b);
            return false;
            static bool VerbOnly(Syntax.EnglishLexicon.Entry x) => x.Allows(Upos.VERB) && !x.Allows(Upos.ADJ) && !x.Allows(Upos.NOUN) && !x.Allows(Upos.PROPN);
        }

        /// <summary>"Visits", "Ejects", "Defends": a capitalised -s form whose base is a listed verb ("Jones", "Morales" are not);
        /// "Convicted", "Arrested", "Ousted": an -ed form of one, which headlines use for passives ("General Convicted of War
        /// Crimes") and pasts ("Ahmed", "Mohammed" have no listed verb before their "-ed").</summary>
        private bool HeadlineThirdPersonVerb(int k)
        {
            var lower = Tok(k).ToString().ToLowerInvariant();
            if (lower.Length >= 6 && lower.EndsWith("ed", StringComparison.Ordinal))
                return Syntax.EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 2)) || Syntax.EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1))
                    || (lower[^3] == lower[^4] && Syntax.EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 3)));
            if (lower.Length < 4 || !lower.EndsWith('s') || lower.EndsWith("ss", StringComparison.Ordinal)) return false;
            if (Syntax.EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1))) return true;
            return lower.EndsWith("es", StringComparison.Ordinal) && Syntax.EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 2))
                && lower[^3] is 's' or 'x' or 'z' or 'h';
        }

        /// <summary>True when the tagger read token k as a finite verb or modal ("Venezuela moved troops"): the sentence's
        /// verb, not a word describing the role noun after it. False when the document has no tags.</summary>
        private bool TaggedFiniteVerb(int k) => _doc.Token(k).Xpos is "VBD" or "VBZ" or "VBP" or "MD";

        /// <summary>A capitalised word of a Title Case headline that the tagger reads as a preposition, determiner,
        /// conjunction, pronoun, auxiliary or a verb ("Over", "With", "Leaked", "Expresses"): capitalised by the headline's
        /// style, so no word of a personal name.</summary>
        private bool HeadlineStyleCapital(int k) =>
            _doc.Token(k).Upos is Upos.ADP or Upos.DET or Upos.CCONJ or Upos.SCONJ or Upos.PRON or Upos.AUX or Upos.VERB;

        /// <summary>A lower-case word of three or more letters (or a hyphenated one, "army-backed") that is neither a verb
        /// nor a function word (a possible modifier).</summary>
        private static bool IsPlainLowerWord(ReadOnlySpan<char> s)
        {
            if (s.Length < 3 || !char.IsLower(s[0])) return false;
            foreach (var ch in s) if (!char.IsLetter(ch) && ch != '-') return false;
            // "army-backed", "state-appointed": a hyphenated participle is an adjective, not the sentence's verb.
            return !PhraseEndersBySpan.Contains(s) && (s.Contains('-') || !IsVerbish(s)) && !s.Equals("and", StringComparison.Ordinal);
        }

        /// <summary>For a person coded as a former office holder (…ELI): the code of their last office before the article date.</summary>
        private string? FormerOf(NameEntry person, string? code) =>
            code is not null && code.EndsWith("ELI", StringComparison.Ordinal) ? _lex.LastCodeBefore(person, _date) : null;

        /// <summary>The lexicon person named by exactly tokens [start, end) for some start ≥ first ("General Asim Munir" → Asim Munir).</summary>
        private NameEntry? FindPerson(int first, int end)
        {
            for (int s = first; s < end; s++)
            {
                var (len, e) = MatchName(s, end);
                if (e is not null && s + len == end && Array.Find(e, x => x.Kind == NameKind.Person) is { } p)
                {
                    // "lawyer Thierry Herzog": the surname of a listed person after another given name is someone else's.
                    if (len == 1 && s > first && ContradictsGivenName(s - 1, s, p))
                    {
                        _otherBearers.Add(Tok(s).ToString());
                        return null;
                    }
                    return p;
                }
            }
            return null;
        }

        /// <summary>
        /// Reads a personal name from token k: capitalised words and name particles; returns the end (k when none).
        /// When a known person's name starts at k, the name ends with it ("President Trump Says" in a Title Case headline).
        /// </summary>
        private int CaptureName(int k, int end)
        {
            int raw = CaptureNameRaw(k, end);
            if (raw > k && MatchName(k, raw) is { Entries: { } e, Len: var len } && Array.Exists(e, x => x.Kind == NameKind.Person))
                return k + len;
            // "Malawi Premier Hosts Gulf Envoys", "Chad Minister Slams Neighbour": in a Title Case headline the verb right after
            // a bare title is capitalised like a name; a third-person form of a listed verb there is the headline's verb.
            if (raw > k && _inHeadline && HeadlineThirdPersonVerb(k)) return k;
            // "Defence Minister Israel Katz", "Jordan Bardella": a known person whose name begins with a country word.
            if (raw == k && k < end && IsCap(Tok(k)) && MatchName(k, end) is { Entries: { } pe, Len: var pl } && Array.Exists(pe, x => x.Kind == NameKind.Person))
                return k + pl;
            return raw;
        }

        private int CaptureNameRaw(int k, int end)
        {
            int n = k, lastCap = k, words = 0;
            var notNames = NotNamesBySpan;
            var particles = NameParticlesBySpan;
            while (n < end && words < MaxNameTokens)
            {
                var s = Tok(n);
                // "President Jones Visits Kenya": a headline's capitalised verb ends the name before it.
                if (n > k && _inHeadline && HeadlineThirdPersonVerb(n)) break;
                // "Court Dismisses Prime Minister Over Leaked Phone Call": in a Title Case headline a word the tagger reads as
                // a function word or a verb is capitalised by the headline's style, not as a name's word.
                if (_inHeadline && HeadlineStyleCapital(n)) break;
                if ((IsCap(s) && !notNames.Contains(s) && char.IsLetter(s[0]) && !IsCountryWord(n, end)) || IsPrefixedName(s)
                    || (words > 0 && !_inHeadline && MonthSurname(n, end)))
                {
                    n++; words++; lastCap = n;
                    continue;
                }
                if (n > k && (particles.Contains(s) || ((s is "-" or "'" or "\u2019") && Glued(n))) && n + 1 < end) { n++; continue; }
                if (n == k && particles.Contains(s) && n + 1 < end && IsCap(Tok(n + 1))) { n++; continue; }
                break;
            }
            return words == 0 ? k : lastCap;
        }

        /// <summary>
        /// "Theresa May", "Brian May", "Jonathan March": a month that is also a surname continues a name already begun, unless
        /// a day or year follows it ("Smith May 12" is a date). Only after a name word, never alone: "in May" stays a month.
        /// </summary>
        private bool MonthSurname(int n, int end)
        {
            if (!MonthSurnames.Contains(Tok(n).ToString())) return false;
            return n + 1 >= end || !char.IsDigit(Tok(n + 1)[0]);
        }

        private static readonly HashSet<string> MonthSurnames = new(StringComparer.Ordinal) { "May", "March", "April", "June" };

        private static readonly HashSet<string> DateTakingWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "in", "on", "since", "until", "till", "by", "from", "through", "during", "before", "after", "early", "late", "mid",
            "last", "next", "this", "of", "between", "throughout",
        };

        private bool MonthInDate(int i) =>
            (i > 0 && DateTakingWords.Contains(Tok(i - 1).ToString())) || (i + 1 < _doc.TokenCount && char.IsDigit(Tok(i + 1)[0]));

        /// <summary>"al-Shaibani", "el-Sisi", "bin-Salman": a lower-case name particle joined to a capitalised name.</summary>
        private static bool IsPrefixedName(ReadOnlySpan<char> s)
        {
            int dash = s.IndexOf('-');
            return dash is > 0 and < 5 && dash + 1 < s.Length && char.IsUpper(s[dash + 1]) && NameParticlesBySpan.Contains(s[..dash]);
        }

        private static readonly FrozenSet<string> SideWords = Set(
            "warring", "both", "all", "either", "neither", "two", "three", "rival", "conflicting", "opposing", "concerned",
            "interested", "relevant", "involved", "third", "negotiating", "contracting", "belligerent", "each", "other");

        private bool IsCountryWord(int n, int end)
        {
            int k = Key(n, n + 1);
            return k > 0 && _lex.TryGetNames(_buf.AsSpan(0, k), out var e)
                && Array.Exists(e, x => x.Kind is NameKind.CountryName or NameKind.CountryAdjective or NameKind.Demonym or NameKind.Organization or NameKind.Metonym);
        }

        /// <summary>The token after "of/for &lt;portfolio&gt;" from <paramref name="j"/> when "of [the] &lt;country&gt;" follows it
        /// ("of Home Affairs of Kenya", "for Defence of Britain"), else <paramref name="j"/>. The portfolio is one to five words,
        /// all capitalised or all plain lower case, "and" only between two of them; none a name the lexicon lists or a verb.</summary>
        private int PortfolioBeforeCountry(int j, int end)
        {
            if (j + 3 >= end || !(Is(j, "of") || Is(j, "for"))) return j;
            int q = j + 1;
            bool cap = IsCap(Tok(q));
            while (q < end && q - j <= 5)
            {
                var t = Tok(q);
                if (q > j + 1 && (Is(q, "and") || Is(q, "&")) && !Is(q - 1, "and")) { q++; continue; }
                if (Is(q, "of") || t.Length == 0 || !char.IsLetter(t[0]) || TaggedFiniteVerb(q)) break;
                if (cap ? !IsCap(t) || NameOpenersBySpan.Contains(t) : !IsPlainLowerWord(t)) break;
                if (MatchName(q, end).Entries is not null) return j;
                q++;
            }
            if (q == j + 1 || q + 1 >= end || !Is(q, "of") || Is(q - 1, "and") || Is(q - 1, "&")) return j;
            int c = q + 1;
            if (c < end && Is(c, "the")) c++;
            return c < end && MatchName(c, end) is { Entries: { } es } && Array.Exists(es, e => e.Kind == NameKind.CountryName) ? q : j;
        }

        private int OnRole(int i, int sentFirst, int end)
        {
            var (len, role) = MatchRole(i, end);
            if (role is null) return i;
            int j = i + len;
            // "the chief prosecutor", "a chief rabbi": a rank word before another role noun says how high the holder stands,
            // the noun after it says in which body; the chain takes the head noun's sector (session 71). Rows for whole
            // offices ("chief justice", "chief minister", "chief executive") match first and keep their own code.
            if (RankOnlyRoles.Contains(role.Lemma) && !role.IsPlural && MatchRole(j, end).Role is { } ranked && ranked.Code != role.Code)
                role = role with { Code = ranked.Code };
            // "Farmers' unions", "teachers' unions": a body named by its members' possessive is theirs, with their sector, as
            // the singular already is; the union noun adds no second actor of its own (LAB beside AGR or EDU).
            if (role.IsPlural && UnionKindHeads.Contains(role.Lemma) && i - 1 > sentFirst && IsPossessive(i - 1)
                && _out.Count > 0 && _out[^1] is { Code: not null, IsModifier: false } members && members.Tokens.EndToken == i - 1
                && MatchRole(members.Tokens.EndToken - 1, i - 1).Role is { IsTitle: false, IsPlural: true })
                return j;
            // "the Minister of Health of Kenya", "The Secretary of State for Defence of Britain": a portfolio after a singular
            // title, then "of" and a country; the portfolio is part of the office, so the country after it says whose.
            if (role.IsTitle && !role.IsPlural && PortfolioBeforeCountry(j, end) is var pe && pe > j)
            {
                j = pe;
                len = pe - i;
            }
            // "moved into opposition", "years in opposition.": the side, not an actor.
            if (role.Lemma.Equals("opposition", StringComparison.OrdinalIgnoreCase) && i > sentFirst
                && (Is(i - 1, "into") || (Is(i - 1, "in") && (j >= end || !char.IsLetter(Tok(j)[0]) || Is(j, "to") || Is(j, "since") || Is(j, "for")))))
                return j;
            // "bombed a wedding party", "a search party found": a gathering or a team named by its occasion, no political party.
            if (IsGatheringParty(i, role.Lemma, sentFirst)) return j;
            // "Foreign Minister Asaad Hassan al-Shaibani", "President Putin": a title before a personal name.
            if (role.IsTitle && !role.IsPlural)
            {
                int nameEnd = CaptureName(j, end);
                if (nameEnd > j)
                {
                    // "Warsaw Mayor Rafal Trzaskowski", "Kursk Governor Alexei Smirnov": a city before a local office says
                    // whose office it is.
                    if (LocalOffices.Contains(role.Lemma) && i - 1 >= sentFirst && IsCap(Tok(i - 1)) && (_out.Count == 0 || _out[^1].Tokens.EndToken <= i - 1)
                        && CountryOfPlaceName(i - 1, i) is { } local)
                        return TitleAndName(i, j, nameEnd, role, i - 1, local);
                    // "the group's jailed leader Abdullah Ocalan", "the agency's chief X": an unknown holder of an office of a
                    // body named by a common noun just before is that body, one mention.
                    if (OwnedOffices.Contains(role.Lemma) && _out.Count > 0 && _out[^1] is { Code: not null } ownerBody
                        && ownerBody.Rule.StartsWith("memory: the", StringComparison.Ordinal) && FindPerson(j, nameEnd) is null)
                    {
                        int p = i - 1;
                        while (p > ownerBody.Tokens.EndToken && i - p <= 2 && IsPlainLowerWord(Tok(p))) p--;
                        if (p == ownerBody.Tokens.EndToken && IsPossessive(p))
                        {
                            return WidenBodyOverHolder(ownerBody, role, j, nameEnd, $"{ownerBody.Rule}; its {role.Lemma} {Text(j, nameEnd)}");
                        }
                    }
                    if (BodyBeforeTitle(i, j, nameEnd, role) is var bt && bt > i) return bt;
                    return TitleAndName(i, j, nameEnd, role);
                }
                if (TryAsOffice(i, j, sentFirst, end, role) is var ao && ao > i) return ao;
            }
            if (WeaponNouns.Contains(role.Form))
            {
                // "Israel said its jets struck …", "the Houthis said their missiles hit …": the owner's weapons stand for its
                // military, as "Israeli warplanes" do, and an armed group's for the group itself.
                if (i > sentFirst && (Is(i - 1, "its") || Is(i - 1, "their")) && Owner(i, sentFirst, armed: true) is { Code: { } woc } wo)
                {
                    bool group = woc.Contains("REB", StringComparison.Ordinal) || woc.StartsWith("IMG", StringComparison.Ordinal);
                    var wc = wo.Country is { } oiso ? _lex.CountryByIso3(oiso) : null;
                    // A state itself or one of its organs, not a party, company or other body of the country.
                    bool state = wc is not null && (woc == wc.Cameo || woc == wc.Cameo + "GOV" || woc == wc.Cameo + "MIL");
                    if (group || state)
                    {
                        string code = group ? woc : wc!.Cameo + "MIL";
                        Add(new ActorMention
                        {
                            Tokens = new TokenRange(i, i + len), Code = code, Name = group ? wo.Name : $"{wc!.Name} {role.Lemma}", Country = wo.Country,
                            Rule = $"possessive-pronoun+weapon: {Text(i - 1, i + len)} of '{wo.Tokens.TextIn(_doc)}' → {code}",
                        });
                    }
                }
                return i + len;
            }
            // "his guards", "guards at the detention centre", "security guards": guards with no country word are anyone's
            // (bodyguards, prison or private guards), so alone they are no actor; "Kyrgyz guards" are matched with their country.
            if (CountryOnlyRoles.Contains(role.Lemma)) return i + len;
            // "the warring parties", "both parties", "all parties to the conflict": the sides of a dispute, not parties of
            // a parliament.
            if (role.Lemma == "party" && i > sentFirst && SideWords.Contains(Tok(i - 1).ToString())) return i + len;
            // "national airline Belavia", "the militant group JNIM": a singular kind noun right before a known organisation
            // describes it; the organisation's own code is the more specific.
            if (!role.IsPlural && !role.IsTitle && j < end && IsCap(Tok(j)) && MatchName(j, end) is { Entries: { } de, Len: var dl }
                && Array.Find(de, x => x.Kind == NameKind.Organization) is { Code: not null } described && !(j + dl < end && IsPossessive(j + dl)))
            {
                string dc = _lex.OrganizationCode(described, _date);
                int di = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j + dl), Code = dc, Name = described.Canonical, Country = dc.StartsWith("IGO", StringComparison.Ordinal) ? null : described.Iso3,
                    Rule = $"role+organization: {Text(i, j)} + {Text(j, j + dl)} → {dc}",
                });
                if (described.OrgKind is { } dk) _roles.Add(new MemoryRole(di, dk, dk));
                _roles.Add(new MemoryRole(di, role.Lemma, role.Head));
                return j + dl;
            }
            // "Judiciary chief Gholamhossein Mohseni-Ejei", "court spokesman Ali Rezaei": a sector noun before a generic title and a
            // name gives the title its body ("army spokesman" is MIL, as after a country).
            if (!role.IsPlural && !role.IsTitle && !WeaponNouns.Contains(role.Form) && MatchRole(j, end) is { Role: { IsTitle: true, IsPlural: false } t2, Len: var t2l }
                && GenericTitles.Contains(t2.Lemma) && CaptureName(j + t2l, end) is var sn && sn > j + t2l && !ContinuesCapitalisedRun(i, sentFirst))
                return TitleAndName(j, j + t2l, sn, t2 with { Code = role.Code }, i);
            // "a media commission", "the energy regulator", "the health ministry": a sector noun before a state body names the
            // body's field; the body is the actor (GOV), not the sector.
            if (!role.IsPlural && !role.IsTitle && MatchRole(j, end) is { Role: { IsPlural: false, IsTitle: false } stateBody, Len: var bl }
                && StateBodyLemmas.Contains(stateBody.Lemma) && !role.Code.StartsWith("GOV", StringComparison.Ordinal)
                && !ContinuesCapitalisedRun(i, sentFirst))
            {
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j + bl), Code = stateBody.Code, Name = Text(i, j + bl),
                    Rule = $"role: {Text(i, j + bl)} (a {stateBody.Lemma} for {role.Lemma}) → {stateBody.Code}", Reason = "no country in the phrase; role code only",
                });
                _roles.Add(new MemoryRole(idx, stateBody.Lemma, stateBody.Head));
                return j + bl;
            }
            // "an opposition party leader", "a hospital official": one holder of the sector's office (session 72).
            if (TryIndefiniteSectorHolder(i, j, role, sentFirst, end) is var ish && ish > j) return ish;
            // "party leaders", "army officers": a singular sector noun before a plural role gives the code.
            if (!role.IsPlural && !role.IsTitle && !GroupNouns.Contains(role.Form) && MatchRole(j, end) is { Role: { IsPlural: true } pl, Len: var pll }
                && !ContinuesCapitalisedRun(i, sentFirst))
            {
                // "the soldiers and civilian staff of the ministry": staff named by who they are, not by the body that employs
                // them, are as anyone's as staff alone (CountryOnlyRoles, session 72).
                if (CountryOnlyRoles.Contains(pl.Lemma) && role.Code == "CVL") return j + pll;
                // "student protesters": crowds are civilians whatever their sector.
                string chainCode = pl.Code == "CVL" ? pl.Code : role.Code;
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j + pll), Code = chainCode, Name = Text(i, j + pll),
                    Rule = $"role: {Text(i, j + pll)} (the {role.Lemma} sector) → {chainCode}", Reason = "no country in the phrase; role code only",
                });
                _roles.Add(new MemoryRole(idx, pl.Lemma, pl.Head));
                return j + pll;
            }
            // "a general strike", "the general election": "general" as an adjective.
            if (role.Form.Equals("general", StringComparison.OrdinalIgnoreCase) && j < end && GeneralAdjectiveNouns.Contains(Tok(j).ToString())) return j;
            // "the president of the European Council", "a commander of Hezbollah": the office belongs to the organisation.
            if (!role.IsPlural && j + 1 < end && (Is(j, "of") || Is(j, "for")) && OfficeOfOrganization(i, j, end, role) is var oo && oo > j) return oo;
            // "the prosecutor's office of the International Criminal Court": an office's bureau of an organisation is that
            // organisation, as the office itself is.
            if (!role.IsPlural && j + 3 < end && IsPossessive(j) && (Is(j + 1, "office") || Is(j + 1, "bureau")) && (Is(j + 2, "of") || Is(j + 2, "for"))
                && OfficeOfOrganization(i, j + 2, end, role) is var oo2 && oo2 > j + 2) return oo2;
            // "his cabinet", "her government", "his party": the institution of the person just named.
            int pron = i - 1;
            while (pron > sentFirst && RoleModifiersBySpan.Contains(Tok(pron))) pron--; // "their new government"
            bool pronoun = pron >= sentFirst && pron < i && PossessivePronouns.Contains(Tok(pron).ToString());
            // "its National Security Committee", "their parliament": after "its"/"their" a singular civil institution of the
            // state (government, legislature, courts) is the holder's (a person's "his army" is not read so; "its navy"
            // is left to the coder, which reads the clause's subject itself).
            // Only a role noun that ends its phrase (before a verb, a preposition or punctuation), not a modifier: "its bank
            // accounts".
            bool itsOwn = pronoun && (Is(pron, "its") || Is(pron, "their")) && !role.IsTitle && !WeaponNouns.Contains(role.Form)
                && (role.Code.StartsWith("GOV", StringComparison.Ordinal) || role.Code is "LEG" or "JUD")
                && (j >= end || !char.IsLetter(Tok(j)[0]) || PhraseEndersBySpan.Contains(Tok(j)) || SubjectVerbsBySpan.Contains(Tok(j))
                    || TaggedFiniteVerb(j) || (Tok(j).Length >= 4 && Tok(j).EndsWith("ed")));
            // "The UAE said its foreign minister had spoken with ...", "Peru said its ambassador will
            // return": after "its"/"their" a state's envoy or minister that is the subject of a finite verb is the holder's;
            // only as an object ("recalled its ambassador from Caracas") is it left to the event coder.
            bool owned = OwnedInstitutions.Contains(role.Lemma) || (role.IsTitle && OwnedOffices.Contains(role.Lemma)) || itsOwn
                || (pronoun && (Is(pron, "his") || Is(pron, "her")) && HeadsOffices.Contains(role.Lemma))
                || (pronoun && (Is(pron, "its") || Is(pron, "their")) && HeadsOffices.Contains(role.Lemma) && j < end && TaggedFiniteVerb(j));
            // "Javier Milei's party", "the court's president": a possessive right after a mention.
            bool ofMention = pron > sentFirst && pron < i && IsPossessive(pron) && _out.Count > 0 && _out[^1].Tokens.EndToken == pron;
            if (!role.IsPlural && ofMention && role.IsTitle && _out[^1] is { Code: not null } body
                && (body.Rule.StartsWith("memory: the", StringComparison.Ordinal) || body.Rule.StartsWith("role:", StringComparison.Ordinal)))
            {
                // "the country's top general", "the nation's top diplomat": when the body is a whole country (its code is the
                // bare country code), the office is that country's state role (general → MIL, diplomat → GOV), as
                // "Kenya's top general" is; only a body below the state ("the court's president") is the office itself.
                if (body.Country is { Length: 3 } bc && body.Code == bc && role.Code.Length == 3 && role.Code.All(char.IsUpper))
                {
                    _out[^1] = body with
                    {
                        Tokens = new TokenRange(body.Tokens.FirstToken, j), Code = bc + role.Code, Name = Text(body.Tokens.FirstToken, j), IsModifier = false,
                        Rule = $"{body.Rule}; its {role.Lemma} → {bc + role.Code}",
                    };
                    _lastBareTitle = _out.Count - 1;
                    return j;
                }
                // "the court's president", "the group's chairman": the office of a body named by a common noun is that body,
                // one mention (its country, if still open, comes as for the body).
                _out[^1] = body with { Tokens = new TokenRange(body.Tokens.FirstToken, j), Rule = $"{body.Rule}; its {role.Lemma}" };
                _lastBareTitle = _out.Count - 1;
                return j;
            }
            // After a named holder's possessive only its institutions are read ("Milei's party"); "Scholz's spokesman" is
            // not an actor of its own in the gold files, as "Netanyahu's office" is not.
            if (!role.IsPlural && (pronoun ? owned : ofMention && OwnedInstitutions.Contains(role.Lemma)))
            {
                // "Its leader, Nelson Chamisa,": a pronoun that opens its sentence points into the sentence before.
                int h = ofMention ? _out.Count - 1 : OwnerIndex(pron + 1, sentFirst);
                if (h < 0 && pronoun && pron == sentFirst && sentFirst > 0) h = OwnerIndex(sentFirst, SentenceStart(sentFirst - 1));
                if (h >= 0)
                {
                    var holder = _out[h];
                    string? code = holder.Code is null ? null : OwnedCode(holder, role);
                    if (code is not null || holder.Code is null || holder.Country is null)
                    {
                        int oi = Add(new ActorMention
                        {
                            Tokens = new TokenRange(i, j), Code = code, Name = Text(i, j), Country = code is null ? null : _lex.IsoOfCode(code),
                            Rule = $"possessive-pronoun+institution: {Text(pron, j)} of '{holder.Tokens.TextIn(_doc)}' → {code ?? "(its final code)"}",
                        });
                        // "an opposition activist, Rahim Uddin, …, his party said": the holder is coded only at the end.
                        if (code is null) _ownedPending.Add((oi, h, role));
                        _roles.Add(new MemoryRole(oi, role.Lemma, role.Head));
                        if (role.IsTitle) _lastBareTitle = oi;
                        return j;
                    }
                }
            }
            // "told Congress", "a vote in Parliament": a capitalised legislature without an article is that body.
            if (!role.IsPlural && IsCap(Tok(i)) && StandaloneInstitutions.Contains(role.Form) && !(i > sentFirst && IsCap(Tok(i - 1)) && !_inHeadline)
                && (j >= end || !(IsCap(Tok(j)) || MatchRole(j, end).Role is not null)))
            {
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j), Code = role.Code, Name = Text(i, j),
                    Rule = $"role: {Text(i, j)} (a named institution) → {role.Code}", Reason = "no country in the phrase; role code only",
                });
                return j;
            }
            // "the government", "the transitional government", "the new military government".
            int det = i - 1;
            while (det > sentFirst && RoleModifiersBySpan.Contains(Tok(det))) det--;
            // "the city's mayor", "the province's deputy governor": a place noun's possessive determines the role as "the"
            // does (session 72).
            if (PlaceOwnerArticle(det, sentFirst) is var placeOwner && placeOwner >= 0) det = placeOwner;
            // "the jailed opposition leader", "the embattled police chief": after "the", words that describe the holder's lot
            // do not end the noun phrase. Only after "the": "Uganda jailed two opposition lawmakers" keeps its verb.
            int det2 = det;
            // "the French-trained army", "the pro-government militia", "the well-equipped army": a hyphenated description
            // between "the" and the role describes the holder too.
            while (det2 > sentFirst && (HolderDescriptionsBySpan.Contains(Tok(det2)) || RoleModifiersBySpan.Contains(Tok(det2))
                || IsHyphenatedDescription(Tok(det2)))) det2--;
            if (det2 < det && Is(det2, "the")) det = det2;
            // "an opposition leader, Nika Melia,": the name set off after the role is its holder.
            bool namedAfter = j + 1 < end && Is(j, ",") && IsCap(Tok(j + 1)) && !IsCountryWord(j + 1, end);
            // "Buenos Aires province, whose governor, Axel Kicillof, …": "whose" before a title set off by its holder's name
            // determines it as "the" does.
            bool definite = det >= sentFirst && det < i && (Is(det, "the") || (Is(det, "whose") && namedAfter && role.IsTitle && !role.IsPlural));
            // "on the orders of a judge.": a role that ends its sentence heads its noun phrase.
            bool endsSentence = role.IsTitle && j < end && (Is(j, ".") || Is(j, ";") || Is(j, "!") || Is(j, "?")); // a person, not "to form a government."
            // "detained an opposition leader, as protests grew", "arrested a judge while …": a person's title whose noun phrase
            // ends at a clause boundary is one unnamed holder, as at the end of the sentence ("a minister, Jane Doe," is namedAfter).
            bool endsClause = role.IsTitle && !GenericTitles.Contains(role.Form) && j < end && (Is(j, ",") && !namedAfter || ClauseOpenersAfterRole.Contains(Tok(j).ToString())
                || TimeAfter(j, end));
            // "Tens of thousands of people marched", "Hundreds of people rallied": a crowd counted in words that does
            // something is an actor; people counted as victims or detainees ("killed 12 people", "hundreds of people had
            // been killed", "arrested dozens of people in") are not (the gold files leave them out).
            if (role.Form.Equals("people", StringComparison.OrdinalIgnoreCase) && ActingCrowd(i, j, end))
            {
                int ci = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j), Code = role.Code, Name = Text(i, j),
                    Rule = $"role: a crowd of {Text(i, j)} → {role.Code}", Reason = "no country in the phrase; role code only",
                });
                _roles.Add(new MemoryRole(ci, role.Lemma, role.Head));
                return j;
            }
            // "the club's owner, Antonio Espaillat,", "the mine's general manager, X,": the office of a thing that is no actor,
            // with its holder named after it, is one unnamed holder of the role; the name after the comma is theirs. ("The
            // group's chairman" may be an organisation's named before: left to memory.)
            if (!role.IsPlural && role.IsTitle && namedAfter && !ofMention && pron > sentFirst && pron < i && IsPossessive(pron)
                && IsPlainLowerWord(Tok(pron - 1)) && !OrganizationNouns.Contains(Tok(pron - 1).ToString()))
            {
                // "the state copper company's chief executive": a representative office of a body named by a role noun is
                // that body's (BUS), as in "army spokesman".
                string pcode = role.IsRepresentative && MatchRole(pron - 1, pron).Role is { } possessor ? possessor.Code : role.Code;
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(pron - 1, j), Code = pcode, Name = Text(i, j),
                    Rule = $"role: {Text(pron - 1, j)} → {pcode}", Reason = "no country in the phrase; role code only",
                });
                _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
                _lastBareTitle = idx;
                return j;
            }
            // "Jane Roe, second secretary at the embassy,": an appositive's role needs no article to be one holder.
            // ("a professor at Cairo University said", "an aide to the president": the words after the office tie its holder
            // to the body he works in, see ResolveAffiliatedRoles. "a spokesman for …" is left to OfficeOfOrganization: in an
            // appositive, "X, a spokeswoman for the navy," the name is the mention, not the role.)
            if ((!role.IsPlural && !definite && (Indefinite(i, sentFirst) || i == _appositiveRole) && (i == _appositiveRole || namedAfter || endsSentence || endsClause || (j < end && (IsVerbish(Tok(j)) || TaggedFiniteVerb(j)))
                || (role.IsTitle && j + 1 < end && AtOrServedTo(j))
                // "prosecutors charged a police officer with murder", "troops shot a farmer near the border": one person the
                // object of an arrest, a charge or an attack, before a preposition, a conjunction or the end of the clause.
                || (det - 1 >= sentFirst && (Is(det, "a") || Is(det, "an")) && PersonObjectVerbs.Contains(Tok(det - 1).ToString())
                    && (j >= end || !char.IsLetter(Tok(j)[0]) || (!Is(j, "of") && _doc.Token(j).Upos is Upos.ADP or Upos.CCONJ or Upos.SCONJ)))
                // "a spokesman for the press office of the army": an office tied to a unit of a body (ResolveAffiliatedRoles)
                // "a deputy head of the foreign ministry": one holder of an office heading (part of) a body named by a role noun
                || ((role.IsTitle || GenericTitles.Contains(role.Lemma)) && j + 2 < end && TiesToBody(j)
                    && (UnitTiedToBody(j) is { } unitEnd && unitEnd < end
                        || HeadOffices.Contains(role.Lemma) && Is(j, "of") && HeadedBody(j + 1, end) is not null))
                // "a priest from his parish in Enugu state": the role's own place may stand before the place (OwnPlaceEnd).
                || CountryOfPlaceAfter(OwnPlaceEnd(j, _doc.SentenceOf(i)), _doc.SentenceOf(i)) is not null))
                // "arrested 14 members of a banned student group", "the leader of a criminal gang": a body whose members or head
                // the words before name (session 58, lead58).
                || (!role.IsPlural && !definite && !role.IsTitle && BodyOfMembersOrHeads(i, j, sentFirst, end))
                // "was stabbed by an unknown assailant in the market": the doer a "by" phrase names (IndefiniteByAgent).
                || (!role.IsPlural && !definite && IndefiniteByAgent(i, j, sentFirst, end)))
            {
                // "a local official said", "…, a Sunni lawmaker from Anbar": one unnamed member of the role. "A gunman attacked",
                // "a suicide bomber struck": a verb the tagger reads as finite ends the phrase too, also one of the verbs of attack
                // IsVerbish leaves out ("a militant attack killed" keeps its noun).
                // "…, a coast guard spokesman,": an appositive's chain of role nouns is one mention, coded by the first.
                if (i == _appositiveRole) while (j < end && MatchRole(j, end) is { Role: not null } more) j += more.Len;
                // "a dissident artist", "a dissident rapper": a private person or a journalist the text calls a dissident is one
                // (OPP, as "dissidents" and as "a Cuban dissident artist", whose chain of roles the first codes); armed
                // dissidents ("dissident fighters") keep their own role.
                bool dissident = i - 1 > sentFirst && Is(i - 1, "dissident") && role.Code is "CVL" or "MED";
                int first = dissident ? i - 1 : i;
                string bareCode = dissident ? "OPP" : role.Code;
                int idx = Add(new ActorMention
                {
                    Tokens = new TokenRange(first, j), Code = bareCode, Name = Text(first, j),
                    Rule = $"role: a {Text(first, j)} → {bareCode}", Reason = "no country in the phrase; role code only",
                });
                _lastBareTitle = idx;
                return j;
            }
            // "the will of the people", "in the name of the people": the people of a nation in the abstract, no actor.
            if (definite && role.Form.Equals("people", StringComparison.OrdinalIgnoreCase) && det - 1 >= sentFirst && Is(det - 1, "of")) return j;
            if (definite && !role.IsPlural && role.Code != "ELI")
            {
                // "the agency said": the most recent actor with that head noun.
                for (int m = _roles.Count - 1; m >= 0; m--)
                {
                    var mr = _roles[m];
                    bool sameLemma = string.Equals(mr.Lemma, role.Lemma, StringComparison.OrdinalIgnoreCase);
                    if (!string.Equals(mr.Head, role.Head, StringComparison.OrdinalIgnoreCase) && !sameLemma) continue;
                    // "military courts … the Supreme Court": a capitalised institution is the one its full name says, not
                    // any earlier body with the same head noun.
                    if (!sameLemma && IsCap(Tok(i)) && !_inHeadline) break;
                    var refm = _out[mr.Mention];
                    // "Kenya's president met Uganda's president … The president said": two holders of the office from two
                    // countries named together leave "the president" open; the last named is no likelier than the other.
                    if (OtherCountryHolderBeside(m, refm)) break;
                    if (OfficeOfOtherCountry(j, refm)) break;
                    int idx = Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, j), Code = refm.Code, Name = refm.Name, Country = refm.Country,
                        Rule = $"memory: the {Text(i, j)} → {refm.Code ?? "?"} ({refm.Name})", Reason = refm.Reason,
                    });
                    _roles.Add(new MemoryRole(idx, mr.Lemma, mr.Head));
                    // "a media commission … the commission": a bare role gets its country only at the end; copy its final code.
                    if (refm.Code is null || (refm.Country is null && refm.Rule.StartsWith("role:", StringComparison.Ordinal)))
                        _pending.Add(new Pending(idx, "", null, mr.Mention));
                    return j;
                }
                // "the paramilitary group", "the guerrilla movement" with no earlier group: the organisation last named
                // (not a company), as "the group" is read.
                // An armed kind ("the paramilitary group") refers to an armed organisation only.
                bool armedKind = role.Code is "REB" or "MIL" or "CRM";
                if (OrganizationNouns.Contains(role.Head))
                    for (int m = _out.Count - 1; m >= 0; m--)
                        if (_out[m].Rule.StartsWith("organization", StringComparison.Ordinal) && _out[m].Code is { } oc2 && !oc2.EndsWith("BUS", StringComparison.Ordinal)
                            && (!armedKind || oc2.Contains("REB", StringComparison.Ordinal) || oc2.Contains("MIL", StringComparison.Ordinal)
                                || oc2.Contains("CRM", StringComparison.Ordinal) || oc2.StartsWith("IMG", StringComparison.Ordinal)))
                        {
                            int gi2 = Add(new ActorMention
                            {
                                Tokens = new TokenRange(i, j), Code = oc2, Name = _out[m].Name, Country = _out[m].Country,
                                Rule = $"memory: the {Text(i, j)} → {oc2} (the organisation last named: {_out[m].Tokens.TextIn(_doc)})",
                            });
                            _roles.Add(new MemoryRole(gi2, role.Lemma, role.Head));
                            return j;
                        }
                // "the secretary-general", "the director-general": the head of the international organisation last named.
                if (InternationalOffices.Contains(role.Lemma))
                    for (int m = _out.Count - 1; m >= 0; m--)
                        if (_out[m].Code is { } ic && ic.StartsWith("IGO", StringComparison.Ordinal))
                        {
                            int gi = Add(new ActorMention
                            {
                                Tokens = new TokenRange(i, j), Code = ic, Name = _out[m].Name,
                                Rule = $"memory: the {Text(i, j)} → {ic} (head of '{_out[m].Tokens.TextIn(_doc)}')",
                            });
                            _roles.Add(new MemoryRole(gi, role.Lemma, role.Head));
                            return j;
                        }
                // "The Secretary-General is deeply concerned by …" in a UN statement, "Statement attributable to the Spokesperson
                // for the Secretary-General": with no international organisation named before, the capitalised office alone
                // is the UN's, as news and the UN's own releases write it. Not "the Secretary-General of …" (its body follows),
                // nor a lower-case "the secretary-general" (a party's or a union's officer).
                if (role.Lemma == "secretary-general" && !role.IsPlural && IsCap(Tok(i)) && !_inHeadline && !(j < end && Is(j, "of")))
                {
                    int ui = Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, j), Code = "IGOUNO", Name = "UN Secretary-General",
                        Rule = $"office: the {Text(i, j)} → IGOUNO (no international organisation named before: the UN's)",
                    });
                    _roles.Add(new MemoryRole(ui, role.Lemma, role.Head));
                    return j;
                }
                // "Ghana's lands minister, X, gave miners two weeks … the ministry said": a ministry with nothing of its kind named
                // before is that of the minister last named with a country, in this sentence or the one before.
                if (role.Lemma.EndsWith("ministry", StringComparison.Ordinal))
                    for (int r = _roles.Count - 1; r >= 0; r--)
                    {
                        var mm = _out[_roles[r].Mention];
                        if (_doc.SentenceOf(mm.Tokens.FirstToken) < _doc.SentenceOf(i) - 1) break;
                        if (!_roles[r].Lemma.EndsWith("minister", StringComparison.Ordinal) || mm.Country is not { } mc || _lex.CountryByIso3(mc) is not { } mcc
                            || mm.Code is not { } mcode || !mcode.StartsWith(mcc.Cameo + "GOV", StringComparison.Ordinal)) continue;
                        int mi = Add(new ActorMention
                        {
                            Tokens = new TokenRange(i, j), Code = mcc.Cameo + role.Code, Name = Text(i, j), Country = mcc.Iso3,
                            Rule = $"memory: the {Text(i, j)} → {mcc.Cameo + role.Code} (the ministry of the minister last named: {mm.Tokens.TextIn(_doc)})",
                        });
                        _roles.Add(new MemoryRole(mi, role.Lemma, role.Head));
                        return j;
                    }
                // "the leader of the banana workers' union, Francisco Smith,", "the head of the construction union Suntracs": a
                // head with no antecedent followed by "of" and a body named by a role noun represents that body: one mention
                // with the body's code, as "the president of the European Council" is one (its country comes as for a bare role).
                if (role.IsTitle && !role.IsPlural && HeadOffices.Contains(role.Lemma) && j + 1 < end && Is(j, "of")
                    && HeadedBody(j + 1, end) is { } hb)
                {
                    int hi = Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, hb.End), Code = hb.Code, Name = Text(i, hb.End),
                        Rule = $"role: the {Text(i, hb.End)} (the head of a body) → {hb.Code}", Reason = "no country in the phrase; role code only",
                    });
                    _lastBareTitle = hi;
                    return hb.End;
                }
                // No antecedent: "the ministry said", "dismissed the prime minister in …" is still an actor, coded like a
                // bare role (country from the sentence or article); "the military cooperation deal" is a modifier.
                // "the opposition mayor of Istanbul", "the central bank governor": a chain of role nouns is one actor, coded by
                // the first as a role phrase after a country is.
                if (j < end && MatchRole(j, end) is { Role: not null })
                {
                    int q = j;
                    while (q < end && MatchRole(q, end) is { Role: not null } nx) q += nx.Len;
                    int ci = Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, q), Code = role.Code, Name = Text(i, q),
                        Rule = $"role: the {Text(i, q)} → {role.Code}", Reason = "no country in the phrase; role code only",
                    });
                    if (MatchRole(q - 1, end).Role is { IsPlural: false }) _lastBareTitle = ci;
                    return q;
                }
                // "The rebels fired two rockets at the army base", "stormed the rebel camp": with no earlier army or rebels for
                // it to name again, a definite armed role before a word for ground that side holds stands for the side, as
                // "an army base" does below (decision 022); its country comes as for a bare role, from the sentence's state
                // or none. Not ground placed in a named country, which the attack's place gives (session 55).
                if (!role.IsPlural && role.Code is "REB" or "MIL" && j < end && HeldGroundNouns.Contains(Tok(j).ToString()) && !InNamedCountry(j + 1, end))
                {
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, j + 1), Code = role.Code, Name = Text(i, j + 1),
                        Rule = $"role: the {Text(i, j + 1)} (the side that holds the {Tok(j)}) → {role.Code}", Reason = "no country in the phrase; role code only",
                    });
                    return j + 1;
                }
                if (j < end && char.IsLower(Tok(j)[0]) && !PhraseEndersBySpan.Contains(Tok(j)) && !PhraseFinalProAdverbsBySpan.Contains(Tok(j))
                    && !ChargeAdjectivesBySpan.Contains(Tok(j)) && !VerbAfterNoun(j, det, sentFirst)) return j;
                int ti = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j), Code = role.Code, Name = Text(i, j),
                    Rule = $"role: the {Text(i, j)} (no earlier {role.Head}) → {role.Code}", Reason = "no country in the phrase; role code only",
                });
                // "the interior minister of Ecuador, John Reimberg,": a holder's name may follow (ReverseApposition).
                if (role.IsTitle && !role.IsPlural) _lastBareTitle = ti;
                // "The Embassy of Kenya in Ghana will host … The Embassy said": a body first named without a country, by a
                // capitalised head as an institution's short name is, is the antecedent of the next "the Embassy", which then
                // takes the code the first is finally given. Titles are left out ("the President" of one sentence may be
                // another country's than an earlier one's), and so are lower-case kinds, which a possessive chain ("the
                // company's chief executive") would copy before the body has its country.
                if (!role.IsTitle && IsCap(Tok(i)) && !_inHeadline) _roles.Add(new MemoryRole(ti, role.Lemma, role.Head));
                // "the president of Kenya … the president said": a title whose country an "of" phrase names at once is that
                // country's office holder, as "Kenya's president" is, and the antecedent of a later bare "the president" (which
                // copies the code the first is finally given). Only a country after "of" ("the governor of Borno" is a state's).
                else if (role.IsTitle && !role.IsPlural && !_inHeadline && Is(j, "of")
                    && CountryNameAt(j + 1, end))
                    _roles.Add(new MemoryRole(ti, role.Lemma, role.Head));
                return j;
            }
            // "the foreign agents law", "a police reform bill": a role noun before a word for a law is a modifier.
            if (j < end && LawNouns.Contains(Tok(j).ToString())) return j;
            // "bombed rebel positions", "raided militant hideouts", "shelled army posts": an armed role word before a word for
            // the ground or works an armed side holds stands for that side (decision 022: a role noun in the phrase gives the
            // role), as "Kurdish positions" stands for the Kurds' country. The thing noun is part of the mention, so that the
            // tree's object (its head) is the actor.
            if (!role.IsPlural && !definite && role.Code is "REB" or "MIL" && j < end && HeldGroundNouns.Contains(Tok(j).ToString())
                && !(i > sentFirst && (PossessivePronouns.Contains(Tok(i - 1).ToString()) || IsPossessive(i - 1)
                    // "foreign military bases", "suspected militant hideouts": no side the text names holds them.
                    || Is(i - 1, "foreign") || Is(i - 1, "international") || Is(i - 1, "suspected") || Is(i - 1, "alleged")))
                // "air strikes on militant hideouts in northern Iraq": ground placed in a named country is that country's
                // (the gold convention for attacks on what is no actor abroad); a province or town leaves the holder.
                && !InNamedCountry(j + 1, end))
            {
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, j + 1), Code = role.Code, Name = Text(i, j + 1),
                    Rule = $"role: {Text(i, j + 1)} (the side that holds the {Tok(j)}) → {role.Code}", Reason = "no country in the phrase; role code only",
                });
                return j + 1;
            }
            // "Police Arrest Opposition Leader": headlines drop their articles, so a bare singular role there is one actor.
            bool headlineBare = _inHeadline && !role.IsPlural && !definite;
            // "Pakistan and China Begin Joint Military Exercises": in a Title Case headline a role word the parse hangs on
            // a following noun that is no role describes that noun, as "military exercises" would in lower case.
            if (headlineBare && j < end && MatchRole(j, end).Role is null && _doc.Token(j - 1).Relation is "amod" or "compound"
                && _doc.Token(j - 1).Head >= j) return j;
            if (role.IsPlural || GroupNouns.Contains(role.Form) || headlineBare || (ofMention && ArmedServices.Contains(role.Form)))
            {
                // "Rapid Support Forces", "Popular Mobilization Forces": a capitalised role word inside a name is not a bare
                // role. In a headline every word is capitalised, and known names were matched before roles.
                if (ContinuesCapitalisedRun(i, sentFirst) && !_inHeadline) return i;
                // Chain "army soldiers": first role's code.
                int p = j;
                while (p < end && MatchRole(p, end) is { Role: not null } next) p += next.Len;
                // "a police station", "a police investigation", "social media platforms": the role word only modifies a
                // place, process or thing.
                if (!_inHeadline && p < end && ModifiedThings.Contains(Tok(p).ToString())) return p;
                if (role.Form.Equals("media", StringComparison.OrdinalIgnoreCase) && i > sentFirst && Is(i - 1, "social")) return p;
                // "protesters stormed parliament", "set fire to parliament": the building, a place.
                if (!role.IsPlural && i > sentFirst && (BuildingAttackVerbs.Contains(Tok(i - 1).ToString())
                    || (i - 2 >= sentFirst && Is(i - 1, "to") && Is(i - 2, "fire")))) return p;
                // "Militants of the Islamic State", "fighters from the SDF", "fighters of Russia's Africa Corps",
                // "prosecutors at the International Criminal Court": members of a named organisation are coded as it.
                if (MemberBodyStart(p, end, role) is var bodyAt && bodyAt > p)
                {
                    if (IsCap(Tok(bodyAt)) && MatchName(bodyAt, end) is { Entries: { } me, Len: var ml } && Array.Find(me, x => x.Kind == NameKind.Organization) is { Code: not null } memberOf)
                    {
                        if (PartyNamesakeInContext(memberOf, Text(bodyAt, bodyAt + ml), bodyAt, bodyAt + ml) is { } namesake) memberOf = namesake;
                        string bc = _lex.OrganizationCode(memberOf, _date);
                        Add(new ActorMention
                        {
                            Tokens = new TokenRange(i, p), Code = bc, Name = Text(i, p), Country = bc.StartsWith("IGO", StringComparison.Ordinal) ? null : memberOf.Iso3,
                            Rule = $"role+of+organization: {Text(i, p)} of {memberOf.Canonical} → {bc}",
                        });
                        return p;
                    }
                }
                // "The Houthis detained UN staff … The rebels accused them": armed men named by their kind after an armed
                // group was named are that group.
                // "the paramilitaries" after the Rapid Support Forces: a paramilitary force named by its kind is the armed
                // group named before, as "the rebels" is.
                if (definite && (role.Code == "REB" || role.Lemma.Equals("paramilitary", StringComparison.OrdinalIgnoreCase)))
                    for (int m = _out.Count - 1; m >= 0; m--)
                        if (_out[m].Rule.StartsWith("organization", StringComparison.Ordinal) && _out[m].Code is { } gc
                            && (gc.Contains("REB", StringComparison.Ordinal) || gc.StartsWith("IMG", StringComparison.Ordinal)))
                        {
                            Add(new ActorMention
                            {
                                Tokens = new TokenRange(i, p), Code = gc, Name = _out[m].Name, Country = _out[m].Country,
                                Rule = $"memory: the {Text(i, p)} → {gc} (the armed group last named: {_out[m].Tokens.TextIn(_doc)})",
                            });
                            return p;
                        }
                // "the party's supporters", "the Awami League's activists": the members of an organisation named in the
                // possessive are the organisation, as after "its".
                if (i - 1 > sentFirst && IsPossessive(i - 1) && IsMemberLemma(role.Lemma)
                    && _out.Count > 0 && _out[^1] is { Code: { } poc } po && po.Tokens.EndToken == i - 1 && IsPartyOrMovement(po))
                {
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, p), Code = poc, Name = Text(i, p), Country = po.Country,
                        Rule = $"possessive-organization+members: {Text(po.Tokens.FirstToken, p)} → {poc}",
                    });
                    return p;
                }
                // "Jimmy Cherizier said his fighters", "Evo Morales urged his supporters": a person's armed men and followers.
                bool hisHer = i > sentFirst && (Is(i - 1, "his") || Is(i - 1, "her"));
                if (i > sentFirst && (Is(i - 1, "its") || Is(i - 1, "their") || (hisHer && (role.Code is "REB" or "CRM" or "MIL" || IsMemberLemma(role.Lemma))))
                    && Owner(i, sentFirst, role.Code is "MIL" or "REB") is { } owner && !(hisHer && owner.Rule.StartsWith("organization", StringComparison.Ordinal) && !IsPersonOfOrganization(owner)))
                {
                    // "Mali, Burkina Faso and Niger said they were recalling their ambassadors": "their" after coordinated
                    // countries is each one's own; the role is no single country's actor (nor the last conjunct's).
                    if (Is(i - 1, "their") && CoordinatedWithOtherCountry(owner)) return p;
                    // "The IDF said its troops …": the role belongs to the last coded actor of the sentence.
                    var oc = owner.Country is null ? null : _lex.CountryByIso3(owner.Country);
                    // "the Awami League … its leaders", "the party's members": the leaders and members of an organisation
                    // are the organisation, as its commander is (OwnedCode).
                    bool ofOrganization = owner.Rule.StartsWith("organization", StringComparison.Ordinal) && owner.Code is not null
                        && (GenericTitles.Contains(role.Lemma) || role.Lemma is "member" or "supporter");
                    // "the PTI said hundreds of its workers were detained", "Zambia's opposition Patriotic Front … its activists":
                    // a party's workers and activists are its members.
                    ofOrganization |= role.Lemma is "worker" or "activist" && owner.Code is { } pc && owner.Rule.Contains("organization", StringComparison.Ordinal)
                        && (pc.EndsWith("PTY", StringComparison.Ordinal) || pc.EndsWith("OPP", StringComparison.Ordinal));
                    // A gang leader's or rebel commander's armed men are of his group, not the country's army.
                    bool armedOfNonState = hisHer && role.Code is "REB" or "CRM" or "MIL" && owner.Code is { } hc
                        && (hc.EndsWith("CRM", StringComparison.Ordinal) || hc.EndsWith("REB", StringComparison.Ordinal));
                    string code = ofOrganization || armedOfNonState ? owner.Code! : oc is not null ? oc.Cameo + role.Code : owner.Code!;
                    // "Tanzania's opposition leader said police had detained his supporters": in an event an opposition figure's
                    // following is the opposition (EventCode).
                    string following = hisHer && !ofOrganization && FollowsOpposition(role.Lemma, owner) ? FollowingOfOpposition : "";
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, p), Code = code, Name = Text(i, p), Country = owner.Country,
                        Rule = $"possessive-pronoun+role: {Text(i - 1, p)} of '{owner.Tokens.TextIn(_doc)}' → {code}{following}",
                    });
                    return p;
                }
                // "foreign diplomats", "Western governments": the governments of many states are the actor of none; a bare
                // GOV would read as one unnamed country's authorities. The phrase is held as a mention without a code, so
                // that the event keeps an empty side rather than another actor of the sentence. ("foreign troops" keep MIL,
                // as actors-gold codes them.)
                if (i > sentFirst && role.Code == "GOV" && !role.IsTitle && !definite
                    && (RegionAdjectives.Contains(Tok(i - 1).ToString()) || Tok(i - 1).StartsWith("foreign-", StringComparison.OrdinalIgnoreCase)))
                {
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, p), Code = null, Name = Text(i - 1, p),
                        Rule = $"many-states-role: {Text(i - 1, i)} {Text(i, p)} → none", Reason = $"'{Text(i - 1, i)}': a role of many states; no actor code",
                    });
                    return p;
                }
                // "foreign media", "international journalists": people of no one country the text names; so are those
                // "foreign-funded" or "foreign-backed".
                if (i > sentFirst && (Is(i - 1, "foreign") || Is(i - 1, "international") || Tok(i - 1).StartsWith("foreign-", StringComparison.OrdinalIgnoreCase)))
                {
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, p), Code = role.Code, Name = Text(i - 1, p),
                        Rule = $"foreign-role: {Text(i - 1, i)} {Text(i, p)} → {role.Code}", Reason = $"'{Text(i - 1, i)}': not the country of the sentence; role code only",
                    });
                    return p;
                }
                int ri = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, p), Code = role.Code, Name = Text(i, p),
                    Rule = $"role: {Text(i, p)} → {role.Code}", Reason = "no country in the phrase; role code only",
                });
                // "an opposition activist, Rahim Uddin,": a singular role phrase may be followed by its holder's name.
                if (MatchRole(p - 1, end).Role is { IsPlural: false } || p - i >= 1 && _lex.TryGetRole(Text(p - 1, p), out var last) && !last.IsPlural) _lastBareTitle = ri;
                return p;
            }
            return i;
        }

        /// <summary>
        /// A singular role followed by "of"/"for", an optional "the" and a lexicon organisation: one mention with the
        /// organisation's code ("the president of the European Council" IGOEUREEC). Returns i when there is none.
        /// </summary>
        private int OfficeOfOrganization(int i, int j, int end, RoleEntry role)
        {
            int b = j + 1;
            if (b < end && Is(b, "the")) b++;
            if (b >= end) return i;
            // "the leader of the opposition Congress party": the office of a party named with its side.
            if (TryPartySideAt(b, end) && TryPartySide(b, end) is var ps2 && ps2 > b)
            {
                var pm = _out[^1];
                _out[^1] = pm with { Tokens = new TokenRange(i, ps2), Name = $"{role.Lemma} of {pm.Name}", Rule = $"role+of+{pm.Rule}" };
                _lastBareTitle = _out.Count - 1;
                return ps2;
            }
            // "the president of the far-right National Rally": one or two descriptive words before the organisation.
            int b0 = b, words = 0;
            while (words < 2 && b < end && IsPlainLowerWord(Tok(b)) && MatchRole(b, end).Role is null) { b++; words++; }
            if (words == 0 || b >= end || !IsCap(Tok(b))) b = b0;
            var (len, es) = IsCap(Tok(b)) ? MatchName(b, end) : (0, null);
            var org = es is null ? null : Array.Find(es, x => x.Kind == NameKind.Organization);
            // "the commander of Iran's Quds Force": a country's possessive before its own organisation.
            if (org is null && es is not null && Array.Find(es, x => x.Kind is NameKind.CountryName) is { Country: { } oc0 } && b + len + 1 < end && IsPossessive(b + len)
                && MatchName(b + len + 1, end) is { Entries: { } ce, Len: var cl } && Array.Find(ce, x => x.Kind == NameKind.Organization) is { Code: not null, Iso3: var ciso } corg
                && ciso == oc0.Iso3 && !(b + len + 1 + cl < end && IsPossessive(b + len + 1 + cl)))
            {
                org = corg;
                b = b + len + 1;
                len = cl;
            }
            // "the head of Jordan's armed forces", "a spokesman for Iraq's interior ministry": an office of a country's
            // institution is that institution, one mention.
            // "the spokesman for Congolese forces", "the commander of the Kenyan army": the same with the country's adjective.
            bool adjective = org is null && b == b0 && es is not null && !(b + len < end && IsPossessive(b + len))
                && Array.Exists(es, x => x.Kind is NameKind.CountryAdjective) && !Array.Exists(es, x => x.Kind is NameKind.CountryName);
            if (org is null && b == b0 && OwnedOffices.Contains(role.Lemma) && es is not null
                && Array.Find(es, x => x.Kind is NameKind.CountryName or NameKind.CountryAdjective) is { Country: { } ic0 }
                && b + len + (adjective ? 0 : 1) < end && (adjective || IsPossessive(b + len))
                && MatchRole(b + len + (adjective ? 0 : 1), end) is { Role: { } ir, Len: var irl }
                && (!adjective || ir.Code is "MIL" or "COP" or "GOV" or "JUD" or "LEG" or "SPY"))
            {
                int q = b + len + (adjective ? 0 : 1) + irl;
                while (q < end && MatchRole(q, end) is { Role: not null } nx) q += nx.Len;
                string icode = ic0.Cameo + ir.Code;
                int ix = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, q), Code = icode, Name = $"{role.Lemma} of {Text(b, q)}", Country = ic0.Iso3,
                    Rule = $"role+of+country-{(adjective ? "adjective" : "possessive")}+role: {Text(i, j)} of {Text(b, q)} → {icode}",
                });
                _roles.Add(new MemoryRole(ix, role.Lemma, role.Head));
                _lastBareTitle = ix;
                return q;
            }
            if (org is null && b != b0) { b = b0; (len, es) = IsCap(Tok(b)) ? MatchName(b, end) : (0, null); }
            if (org?.Code is null)
            {
                // "the speaker of parliament", "the head of the army": the office takes the institution's role; its
                // country comes later, as for any bare role.
                var (il, inst) = MatchRole(b, end);
                if (inst is null || inst.IsPlural || !OfficeInstitutions.Contains(inst.Lemma) || (b + il < end && IsCap(Tok(b + il)))) return i;
                int ie = b + il;
                int ii = Add(new ActorMention
                {
                    Tokens = new TokenRange(i, ie), Code = inst.Code, Name = Text(i, ie),
                    Rule = $"role: {Text(i, j)} of {Text(b, ie)} → {inst.Code}", Reason = "no country in the phrase; role code only",
                });
                _roles.Add(new MemoryRole(ii, role.Lemma, role.Head));
                return ie;
            }
            // "the leader of Hamas's political bureau" is left to the possessive rules.
            if (b + len < end && IsPossessive(b + len)) return i;
            int stop = b + len;
            // "the leader of the Los Lobos gang": the organisation's generic head noun belongs to it.
            if (stop < end && org.OrgKind is { } kind && Is(stop, kind)) stop++;
            string code = _lex.OrganizationCode(org, _date);
            // "a delegation of African Union officials", "a team of EU election observers": the people named after an
            // international organisation are its staff, one mention with it, not a role of the sentence's country. At most
            // one plain word ("election") may stand between the organisation and the plural role.
            if (code.StartsWith("IGO", StringComparison.Ordinal) && stop < end)
            {
                int q = stop < end - 1 && IsPlainLowerWord(Tok(stop)) && MatchRole(stop, end).Role is null ? stop + 1 : stop;
                if (MatchRole(q, end) is { Role: { IsPlural: true }, Len: var ql }) stop = q + ql;
            }
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, stop), Code = code, Name = $"{role.Lemma} of {org.Canonical}", Country = code.StartsWith("IGO", StringComparison.Ordinal) ? null : org.Iso3,
                Rule = $"role+of+organization: {Text(i, j)} + {Text(b, stop)} → {code}",
            });
            _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
            _lastBareTitle = idx;
            return stop;
        }

        /// <summary>
        /// "Kurdish militia spokesman Nouri Mahmoud", "the rebel group's commander Ahmed Karim": an unknown name under a
        /// generic office (spokesman, commander, leader, official) right after a body named by a common noun ("militia",
        /// "rebel group", "union") speaks or acts for that body: the body's mention is extended over the title and the
        /// name and keeps the body's code (its country, if still open, comes as for the body). A known person keeps the
        /// lexicon's dated code (left to <see cref="TitleAndName"/>). Returns <paramref name="i"/> when the words are not so.
        /// </summary>
        private int BodyBeforeTitle(int i, int j, int nameEnd, RoleEntry role)
        {
            if (_out.Count == 0 || !(GenericTitles.Contains(role.Lemma) || OwnedOffices.Contains(role.Lemma))) return i;
            var body = _out[^1];
            int e = body.Tokens.EndToken;
            if (body.Code is null || body.IsModifier || !(e == i || (e + 1 == i && IsPossessive(e)))) return i;
            if (!(body.Rule.StartsWith("role:", StringComparison.Ordinal) || body.Rule.StartsWith("memory: the", StringComparison.Ordinal))) return i;
            // Only a body: not a title ("minister spokesman"), not people ("protesters"), not a state office of government,
            // whose spokesman is the title's own GOV anyway.
            if (MatchRoleIn(body) is not { IsTitle: false, IsPlural: false } b || WeaponNouns.Contains(b.Form) || FindPerson(j, nameEnd) is not null) return i;
            return WidenBodyOverHolder(body, role, j, nameEnd, $"{body.Rule}; its {role.Lemma} {Text(j, nameEnd)} speaks for it");
        }

        /// <summary>Widens the body's mention, the last one added, over its office holder's title and name (tokens up to
        /// <paramref name="nameEnd"/>, the name from <paramref name="j"/>): the holder acts for the body and keeps its code.
        /// Remembers the office and the name for later mentions; returns where the name ends.</summary>
        private int WidenBodyOverHolder(ActorMention body, RoleEntry role, int j, int nameEnd, string rule)
        {
            _out[^1] = body with { Tokens = new TokenRange(body.Tokens.FirstToken, nameEnd), Name = Text(j, nameEnd), Rule = rule };
            _roles.Add(new MemoryRole(_out.Count - 1, role.Lemma, role.Head));
            Remember(_out.Count - 1, j, nameEnd);
            return nameEnd;
        }

        /// <summary>Words that open a new clause right after a noun phrase ("…an opposition leader as protests grew").</summary>
        private static readonly FrozenSet<string> ClauseOpenersAfterRole = Set("as", "while", "when", "after", "before", "because", "since", "amid", "but");

        /// <summary>
        /// "detained an opposition leader early on Friday", "arrested a judge on Monday", "a minister last week": a time
        /// phrase right after a title ends its noun phrase, as a clause boundary does.
        /// </summary>
        private bool TimeAfter(int j, int end)
        {
            if (j >= end) return false;
            var w = Tok(j).ToString();
            if (TimeAdverbsAfterRole.Contains(w)) return true;
            if (j + 1 >= end) return false;
            var next = Tok(j + 1).ToString();
            if (w.Equals("early", StringComparison.OrdinalIgnoreCase) || w.Equals("late", StringComparison.OrdinalIgnoreCase))
                return next.Equals("on", StringComparison.OrdinalIgnoreCase) || TimeNounsAfterRole.Contains(next) || IsWeekday(next);
            if (w.Equals("on", StringComparison.OrdinalIgnoreCase)) return IsWeekday(next) || IsMonth(next);
            if (w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase))
                return TimeNounsAfterRole.Contains(next) || IsWeekday(next);
            return false;
        }

        private static readonly FrozenSet<string> TimeAdverbsAfterRole = Set("overnight", "yesterday", "today", "tonight");
        private static readonly FrozenSet<string> TimeNounsAfterRole = Set("week", "weekend", "month", "year", "night", "morning", "afternoon", "evening");

        // Weekday and month names are the date resolver's calendar words (data/time/time-words.tsv): a full name, or a
        // month's abbreviation with its wire-copy period ("on Jan. 5").
        private static bool IsWeekday(string w) => Time.TimeWords.Default.Find(w) is { Kind: Time.TimeWordKind.Weekday, Unit: not 'a' };

        private static bool IsMonth(string w) => w.EndsWith('.')
            ? Time.TimeWords.Default.Find(w.AsSpan(0, w.Length - 1)).Kind == Time.TimeWordKind.Month
            : Time.TimeWords.Default.Find(w) is { Kind: Time.TimeWordKind.Month, Unit: not 'a' };

        /// <summary>A hyphenated word of letters whose last part is lower case ("French-trained", "pro-government",
        /// "well-equipped", "Saudi-led"): an adjective, never the noun a phrase ends in.</summary>
        private static bool IsHyphenatedDescription(ReadOnlySpan<char> s)
        {
            int dash = s.LastIndexOf('-');
            if (dash <= 0 || dash == s.Length - 1 || !char.IsLower(s[dash + 1])) return false;
            foreach (var ch in s) if (!char.IsLetter(ch) && ch != '-') return false;
            return true;
        }

        /// <summary>
        /// True when the role noun at <paramref name="i"/> (ending before <paramref name="j"/>) is the indefinite body after
        /// "members of", "fighters of", "the leader of" ("14 members of a banned student group", "the head of a smuggling
        /// ring", "two commanders of an armed group"): the people are named as that body's, so the body is an actor however its
        /// phrase ends, and the people take its code (ResolveAffiliatedRoles). Invariants: only "a"/"an" with at most two
        /// lower-case describing words between it and the role; the role heads its noun phrase (no noun after it: "a criminal
        /// gang" is one body, not "a criminal"); the noun before "of" is a member or head noun, never a quantity ("a group of",
        /// "dozens of") or a thing ("the offices of a union").
        /// </summary>
        private bool BodyOfMembersOrHeads(int i, int j, int sentFirst, int end)
        {
            if (j < end && _doc.Token(j).Upos is Upos.NOUN or Upos.PROPN) return false;
            int k = i - 1;
            for (int n = 0; n < 2 && k > sentFirst && Tok(k) is var w && w.Length > 0 && char.IsLower(w[0])
                && !Is(k, "a") && !Is(k, "an") && !Is(k, "of"); n++) k--;
            if (k - 2 < sentFirst || !(Is(k, "a") || Is(k, "an")) || !Is(k - 1, "of")) return false;
            string member = Tok(k - 2).ToString().ToLowerInvariant();
            return MemberNounsOf.Contains(member) || HeadOffices.Contains(member) || MemberHeadNouns.Contains(member);
        }

        /// <summary>Plural heads and other office-holders of a body, beside <see cref="HeadOffices"/> and <see cref="MemberNounsOf"/>.</summary>
        private static readonly FrozenSet<string> MemberHeadNouns = Set("leaders", "heads", "chiefs", "commanders", "commander",
            "founder", "founders", "officials", "owner", "owners", "managers", "executives", "ringleader", "ringleaders", "organisers", "organizers");

        /// <summary>True when "a", "an", "one" or "another" comes right before token i, or before up to two modifiers
        /// before it ("a senior official", "another officer").</summary>
        private bool Indefinite(int i, int sentFirst)
        {
            for (int k = i - 1, n = 0; k >= sentFirst && n <= 2; k--, n++)
            {
                // "one protester was shot", "lost another officer": a numeral or "another" counts one member too
                if (Is(k, "a") || Is(k, "an") || Is(k, "one") || Is(k, "another")) return true;
                // "a detained journalist", "a jailed human rights defender": a word of the holder's lot (a participle, which
                // IsPlainLowerWord leaves out as a possible verb) describes the one holder as an adjective does; after "a" it
                // cannot be the clause's verb ("a" before it has no noun of its own).
                if (!RoleModifiersBySpan.Contains(Tok(k)) && !IsPlainLowerWord(Tok(k)) && !HolderDescriptionsBySpan.Contains(Tok(k))
                    && !(IsCap(Tok(k)) && k > sentFirst)) return false;
            }
            return false;
        }

        /// <summary>
        /// The code of an institution or office owned by <paramref name="holder"/>: "his party" of an opposition figure is
        /// OPP, of a government figure GOVPTY; an office of an organisation is the organisation; otherwise the holder's
        /// country with the role's code. Null when the holder has neither a country nor an organisation code.
        /// </summary>
        private string? OwnedCode(ActorMention holder, RoleEntry role)
        {
            if (holder.Code is not { } hc) return null;
            bool institution = OwnedInstitutions.Contains(role.Lemma);
            var country = holder.Country is { } iso ? _lex.CountryByIso3(iso) : null;
            // "their commander" of "Iran's Revolutionary Guards": an office of an organisation is the organisation.
            if (!institution && (holder.Rule.Contains("organization", StringComparison.Ordinal) || (country is null && hc.Length > 3))) return hc;
            if (country is null) return null;
            // "the newspaper … its general manager": a representative office of a body named by a role noun keeps the
            // body's code (MED), as after an institution role in a phrase ("army spokesman" MIL); a state's stays the role's.
            if (role.IsRepresentative && !institution && hc.Length > country.Cameo.Length && holder.Rule.StartsWith("role:", StringComparison.Ordinal)) return hc;
            if (role.Code == "PTY")
                return hc.EndsWith("OPP", StringComparison.Ordinal) ? country.Cameo + "OPP"
                    : hc.Contains("GOV", StringComparison.Ordinal) ? country.Cameo + "GOVPTY" : country.Cameo + "PTY";
            // "his predecessor": the office is the country's, whatever the holder's role.
            return country.Cameo + role.Code;
        }

        /// <summary>Index of the last mention of the sentence before token i that has a country or an organisation code, or is
        /// still waiting for its code (an apposition); -1 when there is none.</summary>
        private int OwnerIndex(int i, int sentFirst)
        {
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Tokens.FirstToken < sentFirst) return -1;
                if (m.Tokens.EndToken > i) continue;
                // One state of a group ("the two Koreas") holds no "its" office alone (see Owner).
                if (m.Rule.StartsWith("country-group:", StringComparison.Ordinal)) continue;
                // A bare role still waiting for its country ("the newspaper … its general manager") is a holder too.
                if (m.Code is null || m.Country is not null || m.Code.Length > 3 || m.Rule.StartsWith("apposition", StringComparison.Ordinal)
                    || m.Rule.StartsWith("role:", StringComparison.Ordinal)) return k;
            }
            return -1;
        }

        /// <summary>The first token of the sentence holding token t. A token outside every sentence (none is, once the
        /// document is split) keeps the old walk back over the run of tokens outside sentences.</summary>
        private int SentenceStart(int t)
        {
            int s = _doc.SentenceOf(t);
            if (s >= 0) return _doc.Sent(s).First;
            while (t > 0 && _doc.SentenceOf(t - 1) == s) t--;
            return t;
        }

        /// <summary>The last coded mention of the sentence before token i that has a country or an organisation code.</summary>
        private ActorMention? Owner(int i, int sentFirst, bool armed = false)
        {
            if (SpeakerOwner(i, sentFirst, armed) is { } speaker) return speaker;
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Tokens.FirstToken < sentFirst) return null;
                // "Al Jazeera said an Israeli strike had killed its journalists": an adjective on a thing owns nothing.
                if (m.IsModifier && m.Rule.StartsWith("country-adjective:", StringComparison.Ordinal)) continue;
                // "The SDF said Turkish drones killed three of their fighters": a munition named by its country (no agent
                // named) owns no people either.
                if (m.Rule.StartsWith("country+munition", StringComparison.Ordinal)) continue;
                // "talks between the two Koreas, its foreign ministry said": each state of a group is one mention of several on
                // the same words, none of them the owner a singular "its" or a shared "their" names.
                if (m.Rule.StartsWith("country-group:", StringComparison.Ordinal)) continue;
                // "the WHO said its fighters had killed patients": fighters and troops are not an aid agency's, a charity's,
                // an outlet's or a company's; the armed actor named before them is meant.
                if (armed && m.Code is { } mc && CannotBeArmed(mc)) continue;
                if (m.Tokens.EndToken <= i && m.Code is not null && (m.Country is not null || m.Code.Length > 3)) return m;
            }
            return null;
        }

        private static readonly FrozenSet<string> OwnerSpeechVerbs = Set("said", "says", "added", "insisted", "stressed", "claimed",
            "announced", "confirmed", "warned", "declared");

        /// <summary>
        /// "Cambodia's defence ministry accused Thailand of an unprovoked attack and said its forces had acted in
        /// self-defence": right after a verb of saying (no actor between), "its"/"their" is the speaker's, the verb's subject
        /// or that of the verb it is coordinated with, not the last actor named (here the accused). Null when the tree
        /// does not give such a speaker.
        /// </summary>
        private ActorMention? SpeakerOwner(int i, int sentFirst, bool armed)
        {
            int say = -1;
            for (int t = i - 2; t >= sentFirst && t >= i - 4; t--)
                if (OwnerSpeechVerbs.Contains(Tok(t).ToString())) { say = t; break; }
            if (say < 0) return null;
            // Only this sentence's mentions can stand between the verb and the pronoun or hold the verb's subject.
            int sentenceMentions = FirstMentionFrom(sentFirst);
            for (int k = sentenceMentions; k < _out.Count; k++)
                if (_out[k].Tokens.FirstToken > say && _out[k].Tokens.FirstToken < i && !_out[k].IsModifier) return null;
            int verb = say;
            for (int step = 0; step < 4 && verb >= 0; step++)
            {
                int subject = -1;
                for (int t = sentFirst; t < verb; t++)
                    if (_doc.Token(t).Head == verb && _doc.Token(t).Relation is "nsubj") subject = t;
                if (subject >= 0)
                {
                    for (int k = sentenceMentions; k < _out.Count; k++)
                        if (_out[k] is var m && m.Tokens.Contains(subject) && m.Code is { } mc && !m.IsModifier && (m.Country is not null || mc.Length > 3)
                            && !(armed && CannotBeArmed(mc)))
                            return m;
                    return null;
                }
                if (_doc.Token(verb).Relation != "conj") return null;
                verb = _doc.Token(verb).Head;
            }
            return null;
        }

        /// <summary>True when the sentence of token i names the United States before it and the document has named nothing of Georgia.</summary>
        private bool UsStateReading(int i)
        {
            int sentFirst = SentenceStart(i);
            bool us = false;
            foreach (var m in _out)
            {
                if (m.Country == "GEO") return false;
                if (m.Country == "USA" && m.Tokens.FirstToken >= sentFirst && m.Tokens.EndToken <= i) us = true;
            }
            return us;
        }

        /// <summary>Codes of actors that have no fighters of their own: NGOs, media, business, and the UN's civilian agencies.</summary>
        private static bool CannotBeArmed(string code) =>
            code.StartsWith("NGO", StringComparison.Ordinal) || code.EndsWith("MED", StringComparison.Ordinal) || code.EndsWith("BUS", StringComparison.Ordinal)
            || code.StartsWith("IGO", StringComparison.Ordinal) && code.Length > 6
               && (code.Contains("HLH", StringComparison.Ordinal) || code.Contains("REF", StringComparison.Ordinal) || code.Contains("AGR", StringComparison.Ordinal)
                   || code.Contains("HRI", StringComparison.Ordinal) || code.Contains("KID", StringComparison.Ordinal) || code.Contains("DEV", StringComparison.Ordinal));

        /// <summary>A role code of the state's own agents: government (with any sector), military, police, courts, legislature, intelligence.</summary>
        private static bool IsStateRole(string role) =>
            role.StartsWith("GOV", StringComparison.Ordinal) && !role.EndsWith("PTY", StringComparison.Ordinal)
            || role is "MIL" or "COP" or "JUD" or "LEG" or "SPY";

        /// <summary>Words before "as" that make the office a past one ("served as", "was fired as defence minister").</summary>
        private static readonly FrozenSet<string> LeftOfficeWords = Set("served", "serving", "serves", "such", "fired", "sacked",
            "dismissed", "removed", "ousted", "resigned", "resigning", "quit", "down", "time", "tenure", "term", "days", "years");

        /// <summary>Verbs that give someone an office ("named X as prime minister").</summary>
        private static readonly FrozenSet<string> AppointVerbs = Set("named", "appointed", "nominated", "elected", "chose", "picked",
            "tapped", "installed", "designated", "confirmed", "proposed", "reappointed", "re-elected", "swore", "sworn", "declared");

        /// <summary>
        /// "elected Joseph Aoun as president", "Han Duck-soo became acting president", "named Raymond Ndong Sima as
        /// transitional prime minister": an office the sentence gives someone is an actor, coded as a bare role (its country
        /// from the sentence, as for any bare role). An unknown name right before "as", after a verb of appointment, is its
        /// new holder and takes its code. "served as president" (a past office) and "as president of …" (left to the
        /// office-of rules) are not read here. Returns i when the title is not so used.
        /// </summary>
        private int TryAsOffice(int i, int j, int sentFirst, int end, RoleEntry role)
        {
            int start = i, k = i - 1;
            // "was elected prime minister": "elected" is a verb of appointment here, not the modifier of "elected officials".
            while (k > sentFirst && RoleModifiersBySpan.Contains(Tok(k)) && !AppointVerbs.Contains(Tok(k).ToString())) { start = k; k--; }
            if (k < sentFirst) return i;
            bool asWord = Is(k, "as");
            // "was elected prime minister", "named Harini Amarasuriya prime minister": a verb of appointment gives the
            // office without "as", right before it or before the known person it names.
            bool appointed = !asWord && (AppointVerbs.Contains(Tok(k).ToString())
                || (_out.Count > 0 && _out[^1].Tokens.EndToken == k + 1 && _out[^1].Rule.StartsWith("person:", StringComparison.Ordinal)
                    && _out[^1].Tokens.FirstToken - 1 >= sentFirst && AppointVerbs.Contains(Tok(_out[^1].Tokens.FirstToken - 1).ToString())));
            if (!asWord && !appointed && !(Is(k, "became") || Is(k, "becomes") || Is(k, "become") || Is(k, "becoming"))) return i;
            if (asWord && k > sentFirst && LeftOfficeWords.Contains(Tok(k - 1).ToString())) return i;
            // "as president of the European Council" is left to the office-of rules; "prime minister of Vanuatu" is the
            // country's office (see MergeOwningCountries).
            if (j < end && (Is(j, "of") || Is(j, "for")) && !CountryNameAt(j + 1, end)) return i;
            int nameIdx = -1;
            if (asWord && k - 2 >= sentFirst && IsCap(Tok(k - 1)))
            {
                int ns = k - 1;
                while (ns - 1 > sentFirst && k - ns < MaxNameTokens && (IsCap(Tok(ns - 1)) || NameParticlesBySpan.Contains(Tok(ns - 1)))) ns--;
                bool free = _out.Count == 0 || _out[^1].Tokens.EndToken <= ns;
                if (free && k - ns >= 2 && AppointVerbs.Contains(Tok(ns - 1).ToString()) && CaptureNameRaw(ns, k) == k && FindPerson(ns, k) is null)
                {
                    nameIdx = Add(new ActorMention
                    {
                        Tokens = new TokenRange(ns, k), Code = null, Name = Text(ns, k),
                        Rule = $"appointed: {Text(ns - 1, k)} as {Text(start, j)}",
                    });
                    Remember(nameIdx, ns, k);
                }
            }
            // "named Kim Min-seok as prime minister" before his first day: a known person out of office on the date (ELI)
            // whom a verb of appointment gives the office takes its code, as an unknown name does.
            if (asWord && nameIdx < 0 && _out.Count > 0 && _out[^1] is { Code: { } pcode } pm && pm.Tokens.EndToken == k
                && pm.Rule.StartsWith("person:", StringComparison.Ordinal) && pcode.EndsWith("ELI", StringComparison.Ordinal)
                && pm.Tokens.FirstToken - 1 >= sentFirst && AppointVerbs.Contains(Tok(pm.Tokens.FirstToken - 1).ToString()))
            {
                nameIdx = _out.Count - 1;
                _out[nameIdx] = pm with { Code = null, Rule = $"appointed: {pm.Rule}; takes the office given" };
            }
            // "Joseph Mwale became vice president", "Maria Quispe was sworn in as interior minister", "X was elected president": an
            // unknown name that is the subject of the verb giving the office, opening its clause, is its new holder.
            if (nameIdx < 0 && SubjectOfOfficeVerb(k, asWord, sentFirst) is var v && v > sentFirst)
            {
                int ns = v;
                while (ns - 1 >= sentFirst && v - ns < MaxNameTokens && (IsCap(Tok(ns - 1)) || (ns < v && NameParticlesBySpan.Contains(Tok(ns - 1))))) ns--;
                bool opens = ns == sentFirst || Is(ns - 1, ",") || Is(ns - 1, "and") || Is(ns - 1, "when") || Is(ns - 1, "after")
                    || Is(ns - 1, "that") || Is(ns - 1, "said");
                bool free = _out.Count == 0 || _out[^1].Tokens.EndToken <= ns;
                if (opens && free && v - ns >= 2 && !NameOpeners.Contains(Tok(ns).ToString()) && CaptureNameRaw(ns, v) == v
                    && FindPerson(ns, v) is null && MatchName(ns, v).Entries is null && MatchRole(ns, v).Role is null)
                {
                    nameIdx = Add(new ActorMention
                    {
                        Tokens = new TokenRange(ns, v), Code = null, Name = Text(ns, v),
                        Rule = $"appointed: {Text(ns, v)} {Text(v, start)} {Text(start, j)}",
                    });
                    Remember(nameIdx, ns, v);
                }
            }
            int ri = Add(new ActorMention
            {
                Tokens = new TokenRange(start, j), Code = role.Code, Name = Text(start, j),
                Rule = $"role: {Text(k, j)} (an office given) → {role.Code}", Reason = "no country in the phrase; role code only",
            });
            _roles.Add(new MemoryRole(ri, role.Lemma, role.Head));
            if (nameIdx >= 0) _pending.Add(new Pending(nameIdx, "", null, ri));
            return j;
        }

        /// <summary>
        /// The first token of the verb group that gives an office before token <paramref name="k"/> ("became", "was sworn in
        /// as", "was elected", "was named as"), whose subject would end right before it; -1 when there is none.
        /// </summary>
        private int SubjectOfOfficeVerb(int k, bool asWord, int sentFirst)
        {
            if (!asWord && (Is(k, "became") || Is(k, "becomes"))) return k;
            int v;
            if (asWord && k - 2 >= sentFirst && Is(k - 1, "in") && Is(k - 2, "sworn")) v = k - 2;
            else if (asWord && k - 1 >= sentFirst && AppointVerbs.Contains(Tok(k - 1).ToString())) v = k - 1;
            else if (!asWord && AppointVerbs.Contains(Tok(k).ToString())) v = k;
            else return -1;
            // a passive: "was sworn in", "has been appointed", "is named"
            if (v - 1 >= sentFirst && Is(v - 1, "been")) v--;
            if (v - 1 >= sentFirst && (Is(v - 1, "was") || Is(v - 1, "is") || Is(v - 1, "has") || Is(v - 1, "had") || Is(v - 1, "were"))) return v - 1;
            return -1;
        }

        /// <summary>True when a country's name (not an adjective) starts at token k, after an optional "the".</summary>
        private bool CountryNameAt(int k, int end)
        {
            if (k < end && Is(k, "the")) k++;
            return k < end && IsCap(Tok(k)) && MatchName(k, end) is { Entries: { } e, Len: var len } && Array.Exists(e, x => x.Kind == NameKind.CountryName)
                && !(k + len < end && IsPossessive(k + len)); // "head of Bangladesh's interim government": the government's office
        }

        /// <summary>Titles that name a rank in any body ("chief", "head"): they do not say which body, so a known person's code stands.</summary>
        private static readonly FrozenSet<string> GenericTitles = Set("chief", "head", "leader", "secretary", "official", "senior official",
            "adviser", "spokesman", "spokeswoman", "spokesperson", "director", "counterpart", "envoy", "special envoy", "officer");

        /// <summary>Words for laws and reforms that make a role noun before them a modifier ("foreign agents law").</summary>
        private static readonly FrozenSet<string> LawNouns = Set("law", "laws", "bill", "bills", "act", "legislation", "reform", "reforms", "registry");

        /// <summary>Local offices that a city name before the title places ("Warsaw Mayor X").</summary>
        private static readonly FrozenSet<string> LocalOffices = Set("mayor", "governor", "deputy mayor", "police chief");

        /// <summary>The country of the gazetteer place named by tokens [first, end), or null.</summary>
        private CountryEntry? CountryOfPlaceName(int first, int end)
        {
            var name = _doc.Text.AsSpan(_doc.Token(first).Start, _doc.Token(end - 1).End - _doc.Token(first).Start);
            var entries = Places.Gazetteer.Default.LookupEntries(name);
            if (entries.Count == 0) return null;
            return Places.Gazetteer.Best(entries, null)?.Country is { } iso ? _lex.CountryByIso3(iso) : null;
        }

        /// <summary>Adds a titled mention, remembers its role for later mentions of the same office and the name for
        /// later surnames, and returns where the name ends.</summary>
        private int AddTitled(ActorMention mention, RoleEntry role, int nameStart, int nameEnd)
        {
            int idx = Add(mention);
            if (mention.Rule.StartsWith("title+person:", StringComparison.Ordinal) && mention.Name is { } canonical) _titledPersons[canonical] = idx;
            _roles.Add(new MemoryRole(idx, role.Lemma, role.Head));
            Remember(idx, nameStart, nameEnd);
            return nameEnd;
        }

        /// <summary>True for a person's mention that a title or an appositive coded (or will code once the article is read):
        /// an untitled name coded as a civilian, or an apposition that named no actor, says nothing of a later title.</summary>
        private static bool IsTitledOrApposedName(ActorMention m) =>
            m.Name is not null
            && (m.Rule.StartsWith("title+name:", StringComparison.Ordinal) || m.Rule.StartsWith("title+person:", StringComparison.Ordinal)
                || m.Rule.StartsWith("place+title+name:", StringComparison.Ordinal)
                || (m.Rule.StartsWith("apposition:", StringComparison.Ordinal) && m.Code is not null));

        private int TitleAndName(int i, int j, int nameEnd, RoleEntry role, int spanStart = -1, CountryEntry? place = null)
        {
            string title = Text(i, j), name = Text(j, nameEnd);
            int first = spanStart >= 0 ? spanStart : i;
            var person = FindPerson(j, nameEnd);
            if (person is not null)
            {
                var (code, iso, note) = _lex.PersonCode(person, _date);
                string? datedCode = code;
                // "senator Rodrigo Paz" before he became president: out of every period the lexicon has, and the title
                // names an office of another kind than those periods, so the text knows an office the lexicon lacks.
                if (code is not null && code.EndsWith("ELI", StringComparison.Ordinal) && iso is not null && _lex.CountryByIso3(iso) is { } tc
                    && role.Code is "GOV" or "LEG" or "MIL" or "JUD" or "COP" && !FormerBefore(i)
                    && !Array.Exists(person.Periods, p => p.Code.AsSpan(Math.Min(tc.Cameo.Length, p.Code.Length)).StartsWith(role.Code)))
                {
                    code = tc.Cameo + role.Code;
                    note += $"; the title names an office the lexicon does not list ({role.Lemma})";
                }
                // "Borno state governor Kashim Shettima" in 2014: before the first office the lexicon lists, the lexicon
                // knows nothing of the person's career, so the title the text gives stands.
                else if (code is not null && code.EndsWith("ELI", StringComparison.Ordinal) && iso is not null && _lex.CountryByIso3(iso) is { } bc
                    && IsStateRole(role.Code) && !FormerBefore(i) && _date is { } d0 && person.Periods.Length > 0
                    && Array.TrueForAll(person.Periods, p => p.Start is { } s && s > d0))
                {
                    code = bc.Cameo + role.Code;
                    note += $"; before the first office the lexicon lists, the title ({role.Lemma}) stands";
                }
                // "General Mahamat Idriss Deby", "Defence Minister Awad Ibn Auf": in office, the title says whether the
                // holder acts as government or military, as it does after a country ("Sudanese army commander X").
                // A more specific code of the same kind (GOVHLH for "Minister X") and non-state codes (REB) stay.
                else if (code is not null && iso is not null && !GenericTitles.Contains(role.Lemma) && _lex.CountryByIso3(iso) is { } sc && code.StartsWith(sc.Cameo, StringComparison.Ordinal)
                    && code.Length > sc.Cameo.Length && IsStateRole(code[sc.Cameo.Length..]) && IsStateRole(role.Code)
                    && !code.AsSpan(sc.Cameo.Length).StartsWith(role.Code, StringComparison.Ordinal))
                {
                    code = sc.Cameo + role.Code;
                    note += $"; the title ({role.Lemma}) gives the role";
                }
                // "former President Jair Bolsonaro": "former" before the title makes an elite, whatever period (an
                // opposition one) the lexicon has for the date (data/actors/README.md).
                if (FormerBefore(i) && iso is not null && code is not null && !code.EndsWith("ELI", StringComparison.Ordinal) && _lex.CountryByIso3(iso) is { } fc)
                {
                    // "former chief justice Sushila Karki" as Nepal's prime minister: "former" names an office of another kind
                    // than the state office the person holds on the date, which stands.
                    if (datedCode is not null && datedCode.StartsWith(fc.Cameo, StringComparison.Ordinal) && datedCode.Length > fc.Cameo.Length
                        && IsStateRole(datedCode[fc.Cameo.Length..]) && IsStateRole(role.Code)
                        && !datedCode.AsSpan(fc.Cameo.Length).StartsWith(role.Code, StringComparison.Ordinal))
                    {
                        code = datedCode;
                        note += $"; 'former' before the title names an earlier office ({role.Lemma}), not the one held on the date";
                    }
                    else
                    {
                        code = fc.Cameo + "ELI";
                        note += "; 'former' before the title";
                    }
                }
                // "opposition leader Anwar Ibrahim": out of office, the text says which side he is on.
                if (role.Code == "OPP" && iso is not null && code is not null && code.EndsWith("ELI", StringComparison.Ordinal)
                    && _lex.CountryByIso3(iso) is { } oc)
                {
                    code = oc.Cameo + "OPP";
                    note += "; the title says opposition";
                }
                return AddTitled(new ActorMention
                {
                    Tokens = new TokenRange(first, nameEnd), Code = code, Name = person.Canonical, Country = iso,
                    Rule = $"title+person: {title} + {name} ({note}) → {code ?? "?"}", Reason = code is null ? note : null,
                    FormerCode = FormerOf(person, code),
                }, role, j, nameEnd);
            }
            // "Prime Minister Tomas Varga said … Prime Minister Varga said Germany …": a lone surname under a title, when the
            // article has already given that surname to a titled or apposed full name, is that person. He keeps the code the
            // full mention ends with (copied in ResolveReferences when it is still pending), not the first country of the
            // later sentence, which there is as often the country he speaks about.
            if (place is null && nameEnd - j == 1 && !FormerBefore(i) && TryMemory(j, out int earlier) && IsTitledOrApposedName(_out[earlier]))
            {
                var e = _out[earlier];
                int ti = Add(new ActorMention
                {
                    Tokens = new TokenRange(first, nameEnd), Code = e.Code, Name = e.Name, Country = e.Country,
                    Rule = $"title+name: {title} + {name}; the person the article named in full before ({e.Name}) → {e.Code ?? "?"}",
                    Reason = e.Reason, FormerCode = e.FormerCode,
                });
                if (e.Code is null) _pending.Add(new Pending(ti, "", null, earlier));
                _roles.Add(new MemoryRole(ti, role.Lemma, role.Head));
                return nameEnd;
            }
            if (FormerBefore(i)) role = role with { Code = "ELI" };
            if (place is not null)
            {
                string pcode = place.Cameo + role.Code;
                return AddTitled(new ActorMention
                {
                    Tokens = new TokenRange(first, nameEnd), Code = pcode, Name = name, Country = place.Iso3,
                    Rule = $"place+title+name: {Text(first, i)} + {title} + {name} → {pcode}",
                }, role, j, nameEnd);
            }
            // Country from an earlier mention with the same role ("Syria's foreign minister" … "Foreign Minister X").
            for (int m = _roles.Count - 1; m >= 0; m--)
            {
                var mr = _roles[m];
                if (!string.Equals(mr.Lemma, role.Lemma, StringComparison.OrdinalIgnoreCase)) continue;
                var refm = _out[mr.Mention];
                var c = refm.Country is null ? null : _lex.CountryByIso3(refm.Country);
                if (c is null) continue;
                string code = c.Cameo + role.Code;
                return AddTitled(new ActorMention
                {
                    Tokens = new TokenRange(first, nameEnd), Code = code, Name = name, Country = c.Iso3,
                    Rule = $"title+name: {title} + {name}; country from earlier '{role.Lemma}' ({c.Name}) → {code}",
                }, role, j, nameEnd);
            }
            int pi = Add(new ActorMention
            {
                Tokens = new TokenRange(first, nameEnd), Code = null, Name = name,
                Rule = $"title+name: {title} + {name}", Reason = "no country for the title yet",
            });
            _pending.Add(new Pending(pi, role.Code, role.Lemma, -1));
            _roles.Add(new MemoryRole(pi, role.Lemma, role.Head));
            Remember(pi, j, nameEnd);
            return nameEnd;
        }

        // ------------------------------------------------------------ memory

        private int Add(ActorMention m)
        {
            _out.Add(m);
            RememberInitials(_out.Count - 1);
            return _out.Count - 1;
        }

        /// <summary>Remembers a personal name (tokens [first, end)) and its last word, so a later bare surname resolves.</summary>
        private void Remember(int mention, int first, int end)
        {
            int k = Key(first, end);
            if (k > 0) _names[new string(_buf, 0, k)] = mention;
            if (end - first < 2 && k > 0) return;
            // "Lee Jae-myung … Lee said", "Xi Jinping … Xi": Chinese and Korean names put the family name first.
            if (_out[mention].Country is "CHN" or "TWN" or "HKG" or "MAC" or "KOR" or "PRK" && end - first >= 2
                && Tok(first) is { Length: >= 2 } fam && IsCap(fam) && fam.IndexOf('.') < 0 && MatchRole(first, end).Role is null)
                _names.TryAdd(FoldedWord(fam), mention);
            // "a former defence minister, Park Jae-won, … Park denied": a hyphenated given name after one word is the
            // Korean order, family name first, also while the mention waits for its country (an apposition to a bare role).
            else if (end - first == 2 && Tok(first) is { Length: >= 2 } fam2 && IsCap(fam2) && fam2.IndexOf('.') < 0
                && IsKoreanGivenName(Tok(first + 1)) && MatchRole(first, end).Role is null)
                _names.TryAdd(FoldedWord(fam2), mention);
            // Last capitalised token, and without an "al-"/"el-" prefix ("al-Shaibani" → "Shaibani").
            for (int t = end - 1; t >= first; t--)
            {
                var s = Tok(t);
                if (!IsCap(s) && !(s.StartsWith("al-") || s.StartsWith("el-"))) continue;
                // "Ferdinand Marcos Jr.": the surname is the word before the generational suffix.
                if (t > first && GenerationalSuffixes.Contains(s.ToString())) continue;
                // Folded as TryMemory's lookup key is: "José Jerí … Jerí said" must find the accented surname.
                string w = FoldedWord(s);
                if (w.Length >= 3) _names[w] = mention;
                int dash = w.IndexOf('-');
                if (dash > 0 && dash < 4 && w.Length - dash - 1 >= 3) _names[w[(dash + 1)..]] = mention;
                break;
            }
        }

        /// <summary>"Jae-won", "Geun-hye": a capitalised syllable, a hyphen and a lower-case syllable, the romanised Korean
        /// given name that follows the family name.</summary>
        private static bool IsKoreanGivenName(ReadOnlySpan<char> s)
        {
            int dash = s.IndexOf('-');
            if (dash < 2 || dash > 4 || s.Length - dash - 1 < 2 || s.Length - dash - 1 > 5 || !char.IsUpper(s[0])) return false;
            for (int k = 1; k < s.Length; k++)
                if (k != dash && !char.IsAsciiLetterLower(s[k])) return false;
            return true;
        }

        private static string FoldedWord(ReadOnlySpan<char> s)
        {
            Span<char> w = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
            for (int k = 0; k < s.Length; k++) w[k] = s[k] == '\u2019' ? '\'' : ActorLexicon.Fold(s[k]);
            return new string(w);
        }

        /// <summary>The country of a pending title+name of the same role code, before <paramref name="p"/> in its sentence and
        /// already given a country in this pass, or null.</summary>
        private CountryEntry? SameBranchResolvedBefore(Pending p, HashSet<int> pending)
        {
            var m = _out[p.Mention];
            int sentence = _doc.SentenceOf(m.Tokens.FirstToken);
            foreach (var q in _pending)
            {
                if (q.Mention == p.Mention) break;
                var o = _out[q.Mention];
                if (q.Referent >= 0 || q.RoleCode != p.RoleCode || o.Country is null || _doc.SentenceOf(o.Tokens.FirstToken) != sentence
                    || o.Tokens.FirstToken >= m.Tokens.FirstToken) continue;
                return _lex.CountryByIso3(o.Country);
            }
            return null;
        }

        /// <summary>The first country-bearing actor of the mention's sentence that is not a country named as a place; a state
        /// organ (government, forces, courts) named before it first: "A court in Bamako placed Barrick's mine under
        /// administration, and Mali's junta named former health minister X" makes X Malian, not Canadian as the company is.</summary>
        private CountryEntry? SentenceCountry(int mention, HashSet<int> pending) =>
            SentenceCountry(mention, pending, stateSideOnly: true) ?? SentenceCountry(mention, pending, stateSideOnly: false);

        private CountryEntry? SentenceCountry(int mention, HashSet<int> pending, bool stateSideOnly) =>
            SentenceCountryActor(mention, pending, stateSideOnly) is { } o ? _lex.CountryByIso3(o.Country!) : null;

        /// <summary>The one country of the state bodies (<see cref="IsStateSide"/>) named in the sentences before the
        /// mention's, or null when there are none or they are of several countries.</summary>
        private CountryEntry? EarlierStateCountry(int mention, HashSet<int> pending)
        {
            int sentence = _doc.SentenceOf(_out[mention].Tokens.FirstToken);
            string? only = null;
            for (int k = 0; k < _out.Count; k++)
            {
                var o = _out[k];
                if (pending.Contains(k) || _doc.SentenceOf(o.Tokens.FirstToken) >= sentence || !IsStateSide(o)) continue;
                if (only is null) only = o.Country;
                else if (only != o.Country) return null;
            }
            return only is null ? null : _lex.CountryByIso3(only);
        }

        private ActorMention? SentenceCountryActor(int mention, HashSet<int> pending, bool stateSideOnly)
        {
            int sentence = _doc.SentenceOf(_out[mention].Tokens.FirstToken);
            for (int k = 0; k < _out.Count; k++)
            {
                var o = _out[k];
                if (stateSideOnly && (!IsStateSide(o) || o.Tokens.FirstToken >= _out[mention].Tokens.FirstToken)) continue;
                if (pending.Contains(k)) continue; // coded in this same pass, from the article rather than the text
                if (o.Country is null || o.Code is null || _doc.SentenceOf(o.Tokens.FirstToken) != sentence || IsNewsOutlet(o)) continue;
                if (o.Rule.StartsWith("country:", StringComparison.Ordinal) && AfterPlacePreposition(o.Tokens.FirstToken, 0)) continue;
                // "Interior Minister X accused India of …": a country after the title as the object of such a verb is the
                // other party, not the minister's own.
                if (o.Tokens.FirstToken > _out[mention].Tokens.FirstToken && ObjectPrepositions.Contains(Tok(o.Tokens.FirstToken - 1).ToString())) continue;
                return o;
            }
            return null;
        }

        /// <summary>
        /// "FREETOWN - … Nigeria and Ghana sent a delegation … Opposition leader X accused the government", "HONIARA - …
        /// Opposition leader X said Beijing was buying influence": an opposition is the opposition at home, so a titled
        /// opposition figure with no country of its own is the filing country's rather than a foreign state's the sentence or
        /// the article's counts name, when the article names the filing country at least half as often as its most named
        /// one (a story filed abroad about another country's opposition keeps that country). Null when not so.
        /// </summary>
        private CountryEntry? HomeOpposition(Pending p, CountryEntry? sameBranch, CountryEntry? chosen, Dictionary<string, int> counts)
        {
            if (p.RoleCode != "OPP" || sameBranch is not null || _datelineCountry is not { } home || chosen?.Iso3 == home) return null;
            int most = counts.Count == 0 ? 0 : counts.Values.Max();
            if (2 * counts.GetValueOrDefault(home) < most) return null;
            return _lex.CountryByIso3(home);
        }

        /// <summary>
        /// Gives pending title+name mentions a country: the most frequent country among the article's coded actors,
        /// else the dateline's country; mentions that point at a pending one copy its result.
        /// </summary>
        private void ResolvePending()
        {
            if (_pending.Count == 0) return;
            string? fallback = null;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var m in _out)
                if (m.Country is { } c && m.Code is not null && !IsNewsOutlet(m)) counts[c] = counts.GetValueOrDefault(c) + 1;
            if (counts.Count > 0) fallback = counts.MaxBy(kv => kv.Value).Key;
            string how = "most frequent country of the article";
            if (fallback is null && _doc.Article.Dateline?.Place is { } place && _lex.CountryOfPlace(place) is { } dc)
            {
                fallback = dc.Iso3;
                how = "dateline country";
            }
            // A dateline read from the text itself (see BodyDateline).
            if (fallback is null && _datelineCountry is { } dlc)
            {
                fallback = dlc;
                how = "dateline country";
            }
            if (fallback is null && PlacesCountry() is { } pc)
            {
                fallback = pc;
                how = "country of the article's places";
            }
            var pendingMentions = _pending.Select(p => p.Mention).ToHashSet();
            foreach (var p in _pending)
            {
                var m = _out[p.Mention];
                if (p.Referent >= 0) continue; // copied in ResolveReferences, once appositions are coded
                // "Interior Minister Lucia Herrera said Guatemala would …": a country named in the title's own sentence,
                // as an actor and not as a place, says whose minister it is before the article's other countries do.
                var own = SentenceCountry(p.Mention, pendingMentions);
                // "Sen. Lindsey Graham said the Senate would vote on sanctions against Russia, and Rep. Don Bacon urged …": a
                // titled name of the same branch just resolved in the same sentence says whose the second one is.
                var sameBranch = SameBranchResolvedBefore(p, pendingMentions);
                var c = sameBranch ?? own ?? (fallback is null ? null : _lex.CountryByIso3(fallback));
                var howHere = sameBranch is not null ? "that of the titled name of the same branch before it in its sentence"
                    : own is not null ? "the first country of its sentence" : how;
                // "A Manila court jailed five men. … Judge X of the city court found A, B and C, an American, guilty": a
                // country the sentence names only after the title, and not as a state body, is a defendant's or a
                // victim's; the state bodies the article named in the sentences before say whose judge or officer it is.
                if (sameBranch is null && own is not null && SentenceCountryActor(p.Mention, pendingMentions, stateSideOnly: true) is null
                    && SentenceCountryActor(p.Mention, pendingMentions, stateSideOnly: false) is { } after
                    && after.Tokens.FirstToken > m.Tokens.FirstToken && !IsStateSide(after)
                    && EarlierStateCountry(p.Mention, pendingMentions) is { } earlier && earlier.Iso3 != own.Iso3)
                {
                    c = earlier;
                    howHere = "the country of the state bodies named before its sentence";
                }
                if (HomeOpposition(p, sameBranch, c, counts) is { } home)
                {
                    c = home;
                    howHere = "the dateline's country, the article's home, whose opposition it is";
                }
                _out[p.Mention] = c is null
                    ? m with { Code = p.RoleCode, Reason = "no country in the article; role code only" }
                    : m with { Code = c.Cameo + p.RoleCode, Country = c.Iso3, Rule = $"{m.Rule}; country = {howHere} ({c.Name}) → {c.Cameo + p.RoleCode}", Reason = null };
            }
        }
    }
}

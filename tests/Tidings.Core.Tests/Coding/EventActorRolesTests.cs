namespace Tidings.Tests.Coding;

/// <summary>
/// The actor codes events carry (session 10, issue 5): who a role noun, a member of a body, a counted crowd or an unnamed
/// attacker stands for when the actor stage alone cannot say, over the default pipeline. Events are written
/// "SOURCE→TARGET:CODE" ("-" for none); each listed event must be coded, each "!"-prefixed one must not. Sentences written
/// for these tests.
/// </summary>
public class EventActorRolesTests
{
    [Theory]
    // members of a body stand for it: a "from" phrase on the noun, through a noun of members, or hung on the verb
    [InlineData("Syria allowed inspectors from the OPCW to visit a former military airbase near Homs.", "SYR→IGO:0862")]
    [InlineData("Iraq allowed a team of inspectors from the IAEA to enter the Tuwaitha complex.", "IRQ→IGOUNOIAE:0862")]
    [InlineData("The junta expelled a team of investigators from the UN human rights office.", "MIL→IGOUNOHRIHCH:166")]
    public void Members_of_a_body_stand_for_it(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // people counted as the detained are civilians of the place, as victims of violence are
    [InlineData("Police detained more than 300 people at an anti-government protest in Minsk.", "BLRCOP→BLRCVL:173|!BLRCOP→-:173")]
    [InlineData("Troops detained 40 people during a raid on a village in Mali's Mopti region.", "MLIMIL→MLICVL:173")]
    [InlineData("Police arrested hundreds of young men in raids across the Kenyan port city of Mombasa.", "KENCOP→KENCVL:173")]
    [InlineData("Troops detained scores of women and children at a camp in South Sudan.", "SSDMIL→SSDCVL:173")]
    public void Counted_detainees_are_civilians_of_the_place(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // attackers of an armed role with no country are armed men of the country where they struck ...
    [InlineData("Gunmen abducted 15 passengers from a bus in Nigeria's Kogi state.", "NGAREB→*:181|!REB→*:181")]
    [InlineData("An attacker stabbed three worshippers at a mosque in the French city of Lyon.", "FRAREB→*:182")]
    // ... not of their victims' nationality
    [InlineData("Suspected jihadists kidnapped two Italian aid workers in northern Niger's Tahoua region.", "NERREB→ITANGO:181|!ITAREB→ITANGO:181")]
    // ... and stay bare when the sentence places the attack nowhere
    [InlineData("Gunmen killed four police officers in an ambush.", "REB→COP:190")]
    public void Unnamed_attackers_take_the_country_of_the_attack(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // people who only borrowed the country of the sentence's other actors are of the place where they act, for acts done
    // on the spot (protests, coercion, violence) ...
    [InlineData("Thousands of people marched through Berlin in support of Ukrainians.", "DEUCVL→UKRCVL:141|!UKRCVL→UKRCVL:141")]
    [InlineData("Russian soldiers detained dozens of farmers in a village near Kharkiv.", "RUSMIL→UKRAGR:173|!RUSMIL→RUSAGR:173")]
    // ... not for sanctions decided at a meeting somewhere
    [InlineData("The European Union imposed sanctions on three Iranian officials and two companies at a meeting in Brussels.", "IGOEUREEC→IRNBUS:163|!IGOEUREEC→BELBUS:163")]
    public void Borrowed_countries_give_way_to_the_place(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a capital in the trigger's target phrase is its government; a place there keeps the surface from picking an actor
    // further on
    [InlineData("Guyana demanded an explanation from Caracas after Venezuelan troops crossed the border.", "GUY→VENGOV:10*|!GUY→VENMIL:10*")]
    [InlineData("Lithuania lodged a complaint with Minsk after Belarusian helicopters entered its airspace.", "LTU→BLRGOV:114")]
    [InlineData("Benin recalled its ambassador from Niamey in protest at the arrest of Beninese traders.", "BEN→NER:161|!BEN→BENBUS:161")]
    public void Capitals_in_the_target_phrase(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a denial with no target of its own is aimed at whom the denied act was done to
    [InlineData("Mali's junta denied that soldiers had detained a journalist in Bamako.", "MLIMIL→MLIMED:016")]
    [InlineData("Uganda's police denied on Monday that officers had shot dead a student in Kampala.", "UGACOP→UGAEDU:016")]
    [InlineData("Ethiopia's army denied that its soldiers had killed farmers in the Amhara region.", "ETHMIL→ETHAGR:016")]
    public void Denials_aim_at_the_denied_acts_target(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a protest against an act that a participle's agent did is aimed at that agent
    [InlineData("Hundreds of workers rallied in Lagos to protest against layoffs announced by the oil company Shell.", "NGALAB→*BUS:141|!NGALAB→NGAGOV:141")]
    public void Protests_aim_at_the_agent_of_the_act(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a target named by a role noun of civil society with no mention of its own is that role of the sentence's country
    [InlineData("Ethiopian police detained the editor of an opposition weekly.", "ETHCOP→ETHMED:173")]
    [InlineData("Tanzanian police raided the offices of an opposition newspaper.", "TZACOP→TZAMED:171")]
    [InlineData("A court in Algiers sentenced a journalist to two years in prison.", "DZAJUD→DZAMED:116")]
    [InlineData("Uganda's army arrested a student leader at Makerere University.", "UGAMIL→UGAEDU:173")]
    [InlineData("Zambia's government lifted a ban on an independent radio station.", "ZMBGOV→ZMBMED:08*")]
    public void Civil_role_nouns_take_the_sentence_country(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the head noun decides the role of "opposition" + a media noun; "opposition lawmakers" keeps its OPP row
    [InlineData("An opposition newspaper in Malawi accused the president of nepotism.", "MWIMED→MWIGOV:112*")]
    [InlineData("France granted asylum to a Russian opposition journalist.", "FRA→RUSMED:075")]
    // new role rows: drivers and miners are labour, nurses health, snipers military
    [InlineData("Truck drivers in Peru blocked highways to demand lower fuel prices.", "PERLAB→PERGOV:1442")]
    [InlineData("Striking nurses in Kenya demanded that the government hire more staff.", "KENHLH→KENGOV:10*")]
    [InlineData("Israeli snipers shot dead two Palestinian teenagers in Jenin.", "ISRMIL→*")]
    // captives take no country from their captors; a country adjective says whose they are
    [InlineData("Hamas freed three Israeli hostages on Sunday.", "PSEREBHMS→ISRCVL:0841")]
    [InlineData("Ukraine released 20 Russian prisoners of war in an exchange.", "UKR→RUSMIL:0841")]
    public void Role_rows_fix_the_role(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // nationals, citizens and a people named by its plural are civilians of their country, not its state (CVL), in any slot
    [InlineData("Russia detained three Americans on spying charges.", "RUS→USACVL:173|!RUS→USA:173")]
    [InlineData("Iran arrested two British nationals in Tehran.", "IRN→GBRCVL:173|!IRN→GBR:173")]
    [InlineData("Croatian police detained a group of Serbian nationals near the border.", "HRVCOP→SRBCVL:173")]
    [InlineData("Venezuela deported dozens of Colombian citizens.", "VEN→COLCVL:174")]
    public void Nationals_are_civilians(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a peaceful protest at the country's own legislature, or at the country named as a place, is aimed at its government
    [InlineData("Hundreds of farmers rallied outside the Sejm in Warsaw against grain imports.", "POLAGR→POLGOV:141*|!POLAGR→POLLEG:141*")]
    [InlineData("Demonstrators marched on Congress in Lima to demand the president's resignation.", "PERCVL→PERGOV:141*|!PERCVL→PERLEG:141*")]
    // session 64 (role64, decision 064): a protest at the legislature's building is aimed at the legislature (was GOV)
    [InlineData("Students staged a sit-in outside the National Assembly in Nairobi against a new university funding model.", "KENEDU→KENLEG:141*")]
    [InlineData("Doctors walked off the job across Nigeria over unpaid salaries.", "NGAHLH→NGAGOV:143|!NGAHLH→NGA:143")]
    [InlineData("Dock workers in Chile walked off the job in protest at the sale of the country's ports.", "CHLLAB→CHLGOV:143*|!CHLLAB→CHL:143*")]
    // a crowd that storms the building riots against the legislature itself
    [InlineData("Protesters stormed the parliament in Lusaka over the new tax law.", "ZMBCVL→ZMBLEG:145*")]
    public void Peaceful_protests_at_the_state_aim_at_its_government(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a country's own forces sent to put down unrest are aimed at its people ...
    [InlineData("Bolivia deployed the army on Tuesday to help police contain protests over fuel shortages.", "BOLMIL→BOLCVL:154")]
    [InlineData("Sri Lanka's government may deploy troops to quell the riots, the defence secretary said.", "LKAMIL→LKACVL:154")]
    // ... a deployment ahead of protests names no target
    [InlineData("Peru deployed thousands of police officers across Lima ahead of planned protests.", "PERCOP→-:153|!PERCOP→PERCVL:153")]
    public void Forces_sent_to_quell_unrest_aim_at_the_people(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}

using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 45 (blind63): causes found in the first run of the news-digest split blind63. Digest items open with a label
/// ("World in brief -", "What happened overnight:", "Africa:", "Sudan:") that the parser took for the clause's subject,
/// and pack two or three stories into one sentence joined by semicolons, whose later clauses the parser hung inside the
/// first one (under an "after" clause, which made them background) and whose bare roles ("police", "the prime
/// minister") took the first story's country. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind63Tests
{
    private static List<ParserInput> Words(string tokens) => tokens.Split(' ').Select(w => new ParserInput(w,
        w.Length == 1 && !char.IsLetterOrDigit(w[0]) || w is "–" ? "PUNCT"
        : w is "said" or "shelled" or "arrested" or "reopened" or "killed" or "closed" or "struck" ? "VERB"
        : char.IsUpper(w[0]) ? "PROPN" : "NOUN", "", w)).ToList();

    [Theory]
    // a digest's item label: a phrase ending in a digest word, a region, a country's name, one after another
    [InlineData("World in brief - Sudan : the army said its drones struck a depot .", 6)]
    [InlineData("What happened overnight : Russia struck Kyiv with drones .", 4)]
    [InlineData("Diplomatic notes : Chile reopened its embassy in Caracas .", 3)]
    [InlineData("Africa : Gunmen killed nine herders near Jos .", 2)]
    [InlineData("Iraq - a roadside bomb struck a convoy near Duhok .", 2)]
    // a country before a dash and a capitalised word is a headline's actor, not a label; a person is no label either
    [InlineData("Russia - Ukraine talks resume in Istanbul today .", 0)]
    [InlineData("Ruto : Police arrested three men in Nakuru .", 0)]
    [InlineData("Aid agencies : the convoy reached Gaza City .", 0)]
    public void A_digest_label_is_a_lead_in_label(string tokens, int expected) =>
        Assert.Equal(expected, LeadInLabels.Length(Words(tokens)));

    [Theory]
    // two clauses of three words or more, each with a verb, are cut at the semicolon; a list of places or counts is not
    [InlineData("Soldiers shelled Goma ; police arrested six men in Bukavu .", new[] { 3 })]
    [InlineData("Soldiers shelled Goma ; police arrested six men ; Chad reopened the border .", new[] { 3, 8 })]
    [InlineData("Five died in Goma ; two in Bukavu ; one in Uvira .", new int[0])]
    [InlineData("Soldiers shelled Goma ; 12 dead .", new int[0])]
    [InlineData("The minister said \" we struck them ; they struck back \" today .", new int[0])]
    public void Semicolons_cut_only_between_clauses(string tokens, int[] expected) =>
        Assert.Equal(expected, SemicolonClauses.Cuts(Words(tokens), 0));

    [Theory]
    // the clause after a semicolon is coded as if it stood alone: not background of an "after" clause before it
    [InlineData("Japan's prime minister sent condolences to Nepal after floods killed 60 people in the west; India flew tents and blankets to Nepal.", "IND→NPL:07*")]
    [InlineData("Japan's prime minister sent condolences to Nepal after floods killed 60 people in the west; India flew tents and blankets to Nepal.", "JPNGOV→NPL:018")]
    // a bare role takes the country of its own clause, not the first story's
    [InlineData("Ghana's parliament approved a new mining law; in Togo, police arrested an opposition leader over a radio interview.", "TGOCOP→TGOOPP:173")]
    [InlineData("Ghana's parliament approved a new mining law; in Togo, police arrested an opposition leader over a radio interview.", "!GHACOP→*:173")]
    // a digest label is not the clause's subject
    [InlineData("Quake aftermath: Japan's prime minister sent condolences to Nepal.", "JPNGOV→NPL:018")]
    [InlineData("Security roundup - Nigeria: gunmen abducted 20 villagers near Kaduna.", "NGAREB→NGACVL:181")]
    // one clause with a semicolon inside a quote stays one clause
    [InlineData("Chile's foreign minister said \"we will not recognise the vote; the result is a fraud\" after meeting Brazil's president.", "!BRAGOV→*:019")]
    public void Digest_clauses_are_coded_each_on_its_own(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "the group" names again the last armed or civil organisation of the line, never an international body or a state organ
    [InlineData("Al-Shabaab fighters attacked a police post near Garissa; Kenya's interior minister accused the group of targeting civilians.", "KENGOV→SOMREB:11*")]
    [InlineData("The UN said aid convoys were held up at checkpoints; the army accused the group of looting them.", "!*→IGOUNO:11*")]
    [InlineData("Kenya's army shelled a camp near the border; the UN accused the group of killing civilians.", "!IGOUNO→KENMIL:11*")]
    public void The_group_names_the_last_organisation_again(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

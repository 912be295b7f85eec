namespace Tidings.Tests.Coding;

/// <summary>
/// One act told twice (session 21, precise21): a participle or "to"-purpose clause under a coded act that codes a reading
/// of the same kind by the same source is that act's content or means, not a second event; a host's welcome of a visitor
/// is the hosting. Adjuncts that charge or judge someone with an object of their own, and conjoined acts, stay.
/// </summary>
public class Precise21Tests
{
    [Theory]
    // a bare allegation is the lawsuit's content
    [InlineData("A group of farmers filed a lawsuit against the mining company on Monday, alleging that it had poisoned their wells.", "*→*BUS:115|!*:112")]
    [InlineData("Fishermen filed a lawsuit against the oil company, alleging that the spill had ruined their catch.", "*→*BUS:115|!*:112")]
    // the speaker's wording inside a summons' purpose is the protest itself
    [InlineData("Peru's foreign ministry summoned Chile's ambassador to protest against what it called an illegal fishing ban.", "PERGOV→CHLGOV:114|!*:111")]
    [InlineData("Peru's foreign ministry summoned Chile's ambassador to protest against what it called illegal fishing licences issued by Santiago.", "PERGOV→CHLGOV:114|!*:111")]
    [InlineData("Ghana's foreign ministry summoned Togo's ambassador to protest against what it described as an unlawful border closure.", "GHAGOV→TGOGOV:114|!*:111")]
    public void A_same_kind_adjunct_is_the_acts_content(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the means of a massacre is the massacre
    [InlineData("Gunmen massacred at least 40 villagers in central Mali, shooting men and women.", "MLIREB→MLICVL:202|!*:193")]
    [InlineData("Militants massacred dozens of villagers in northern Nigeria, shooting men and women.", "*→NGACVL:202|!*:193")]
    public void The_means_of_a_massacre_is_no_second_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a host welcoming the guest of a visit in the same sentence hosts it
    [InlineData("The Chinese leader flew on to Nairobi on Tuesday, where he was welcomed at the airport by President William Ruto.", "KENGOV→CHNGOV:043|!*:051")]
    [InlineData("The Indian prime minister flew to Nairobi, where he was welcomed at the airport by Kenya's president.", "KENGOV→INDGOV:043|!*:051")]
    public void A_hosts_welcome_is_the_hosting(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an accusation with its own object is a second act
    [InlineData("Niger's military leader lashed out at Algeria on Monday, accusing it of harbouring terrorists.", "NER*→DZA:111")]
    [InlineData("Niger's military leader lashed out at Algeria on Monday, accusing it of harbouring terrorists.", "NER*→DZA:1123")]
    [InlineData("South Africa filed a case against Israel at the International Court of Justice accusing it of genocide.", "ZAF→ISR:115")]
    [InlineData("South Africa filed a case against Israel at the International Court of Justice accusing it of genocide.", "ZAF→ISR:1124")]
    // a judgement with its own object beside an accusation stays
    [InlineData("Kenya's opposition accused the government of rigging the vote, calling the election a sham.", "KENOPP→KENGOV:111")]
    [InlineData("Kenya's opposition accused the government of rigging the vote, calling the election a sham.", "KENOPP→KENGOV:112*")]
    // conjoined acts are two acts
    [InlineData("Germany summoned Russia's ambassador on Tuesday and accused Moscow of a cyber attack on its railways.", "DEU→RUSGOV:114")]
    [InlineData("Germany summoned Russia's ambassador on Tuesday and accused Moscow of a cyber attack on its railways.", "DEU→RUS*:112*")]
    // an adjunct of another kind stays: a seizure and the charge behind it
    [InlineData("Indonesia's navy seized two Vietnamese fishing boats on Monday, accusing the crews of fishing illegally.", "IDNMIL→*:1711")]
    [InlineData("Indonesia's navy seized two Vietnamese fishing boats on Monday, accusing the crews of fishing illegally.", "IDNMIL→*:112*")]
    // killings after an attack stay beside it
    [InlineData("Colombia's army fired on protesters, killing four people.", "COLMIL→COLCVL:1823")]
    [InlineData("Colombia's army fired on protesters, killing four people.", "COLMIL→COLCVL:175")]
    // praise beside a visit stays
    [InlineData("Iran's foreign minister, who met his Saudi counterpart in Riyadh on Tuesday, praised the kingdom's role in easing tensions.", "IRNGOV→SAU*:051")]
    public void A_second_act_stays(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

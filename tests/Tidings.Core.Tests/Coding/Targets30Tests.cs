namespace Tidings.Tests.Coding;

/// <summary>
/// Targets the coder named wrongly or not at all (session 30, actors30t): a demand or appeal for the release of people is
/// aimed at whoever holds them (the captor a participle names, else the government of the country they belong to), not
/// at the people freed; an inquiry by international investigators into acts done in a country, whose doer is not named,
/// is aimed at that country; an extradition is aimed at the state that receives the person, not at the person; exile does not take a
/// journalist's or an activist's role away (only an office holder's); an opposition broadcaster is media.
/// </summary>
public class Targets30Tests
{
    [Theory]
    // the captor a participle on the freed people names
    [InlineData("The opposition demanded the release of six activists detained by police in Bamako.", "MLIOPP→MLICOP:1053")]
    [InlineData("The UN envoy called for the release of aid workers held by the Houthis.", "IGOUNO*→YEMREB:0253")]
    // no captor named: the government of the country the freed people belong to
    [InlineData("Amnesty International urged the release of jailed journalists in Azerbaijan.", "NGOHRIAMN→AZEGOV:0253")]
    [InlineData("Opposition leaders in Cameroon demanded the release of all political prisoners.", "CMROPP→CMRGOV:1053")]
    // the addressee named by the verb stays the target
    [InlineData("Amnesty International urged Iran to release the detained journalists.", "NGOHRIAMN→IRN:0253")]
    // a state asking for its own nationals: their holder is abroad and not named here, so they are no government of theirs
    [InlineData("Australia demanded the release of three detained Australian citizens.", "!AUS→AUSGOV:1053")]
    // held in a place abroad: that country holds them
    [InlineData("France called for the release of two French teachers held in Iran.", "FRA→IRN:0253")]
    public void A_demanded_release_is_aimed_at_the_holder(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an outside inquiry into acts in a country whose doer is not named
    [InlineData("The International Criminal Court opened an investigation into alleged war crimes in Myanmar.", "IGOJUDICC→MMR:094")]
    [InlineData("A UN panel opened an investigation into the torture of detainees in Libya.", "IGOUNO*→LBY:092")]
    // a named doer stays the target
    [InlineData("The UN launched an inquiry into abuses by security forces in Ethiopia.", "IGOUNO*→ETHCOP:092")]
    // an inquiry at home into acts at home names no target by the place
    [InlineData("Peruvian prosecutors opened an investigation into the killings of protesters in Puno.", "!PERJUD→PER:09*")]
    // a state investigating what may be its own act abroad: no target by the place
    [InlineData("Israel's military said it was investigating the strike on an aid convoy in southern Lebanon.", "!ISRMIL→LBN:09*")]
    public void An_outside_inquiry_is_aimed_at_the_country_where_the_acts_happened(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the receiving state of a "to" phrase, a capital as its government
    [InlineData("Spain extradited a Moroccan drug trafficker to Rabat on Tuesday.", "ESP→MARGOV:063|!ESP→MARCRM:063")]
    [InlineData("Kenya extradited a Turkish businessman to Ankara on Wednesday.", "KEN→TURGOV:063")]
    // another city: the bare country
    [InlineData("France extradited a Belgian man to Antwerp on Friday.", "FRA→BEL:063")]
    // a receiving actor stays as it was
    [InlineData("Colombia extradited a cartel leader to the United States.", "COL→USA:063")]
    public void An_extradition_is_aimed_at_the_receiving_state(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // exile does not end a trade or a cause
    [InlineData("Poland granted asylum to an exiled Belarusian opposition journalist.", "POL→BLRMED:*")]
    [InlineData("Germany granted asylum to an exiled Russian journalist.", "DEU→RUSMED:*")]
    // an exiled office holder is an elite like a former one
    [InlineData("Spain granted asylum to an exiled Venezuelan minister.", "ESP→VENELI:*")]
    // an opposition broadcaster is media: the head noun decides
    [InlineData("Georgia's government revoked the licence of an opposition television station.", "GEOGOV→GEOMED:*")]
    public void Exile_and_opposition_do_not_change_a_trade(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

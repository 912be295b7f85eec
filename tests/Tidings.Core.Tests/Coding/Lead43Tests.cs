namespace Tidings.Tests.Coding;

/// <summary>
/// Session 43 (lead): a background cue in a clause below the event dates that clause only; denials of backing a side;
/// a place's "provincial assembly"; repeated acts inside a phrase ("another strike"). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lead43Tests
{
    // A time of history ("since last year", "in 2021") in a clause that hangs below the event's predicate dates that clause:
    // the appeal or accusation above it is today's news. In a temporal clause ("when", "since"), or on the event's own verb,
    // it still dates the event.
    [Theory]
    [InlineData("The Yemeni government urged the Houthis to release the journalists they have held since last year.", "YEMGOV→*:0253")]
    [InlineData("Human Rights Watch accused the Ethiopian army of killing civilians in Tigray in 2021.", "*→ETHMIL:112*")]
    [InlineData("Egypt and Qatar have been mediating between the two sides since the war began in 2023.", "!*→*:045")]
    [InlineData("Syrian troops shelled the town when rebels captured it in 2016.", "!*→*:19*")]
    [InlineData("In 2019, the Kenyan government urged Somalia to withdraw its troops.", "!*→*:02*")]
    public void A_cue_below_the_event_dates_its_own_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Denying support for a side is a denial aimed at that side (gold/README.md: a denial is aimed at the denied act's target).
    [Theory]
    [InlineData("Rwanda again denied backing the M23 rebels on Tuesday.", "RWA→*:016")]
    [InlineData("Iran denies arming Houthi fighters in Yemen", "IRN→*:016")]
    [InlineData("Pakistan denied harbouring Taliban militants.", "PAK→*:016")]
    [InlineData("Rwanda backed the peace plan for eastern Congo on Tuesday.", "!*→*:016")]
    public void Denying_backing_a_side_is_a_denial(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "Balochistan's provincial assembly": the place's legislature, though a bare lower-case "assembly" is no actor.
    [Theory]
    [InlineData("Balochistan's provincial assembly demanded that the federal government withdraw paramilitary troops from the province.", "PAKLEG→*:10*")]
    [InlineData("Kerala's state assembly passed a resolution condemning the Centre.", "INDLEG→*:111")]
    public void A_places_provincial_assembly_is_its_legislature(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "another", "second", "indefinite", "nationwide" between a phrase's words name the same act.
    [Theory]
    [InlineData("The Nigerian union said it would call another strike if the government did not withdraw the bill.", "NGALAB→NGAGOV:133")]
    [InlineData("Teachers in Kenya called an indefinite strike on Monday.", "KENEDU→*:143")]
    public void A_repeated_act_keeps_its_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A head of state's veto of a bill or law that names no maker is aimed at the country's own legislature; a vetoed
    // resolution of a body of states stays that body's.
    [Theory]
    [InlineData("Kenya's president vetoed the finance bill on Tuesday.", "KENGOV→KENLEG:129")]
    [InlineData("Poland's president vetoed a bill extending benefits for Ukrainian refugees.", "POLGOV→POLLEG:129")]
    [InlineData("Russia vetoed a UN Security Council resolution calling for a ceasefire in Sudan.", "!RUS*→RUSLEG:129")]
    public void A_vetoed_bill_is_aimed_at_the_own_legislature(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

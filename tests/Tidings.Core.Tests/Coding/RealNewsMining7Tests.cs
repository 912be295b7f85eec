namespace Tidings.Tests.Coding;

/// <summary>
/// General structures found by reading the coder's output on real news it had never seen (session 17, realmine7: GeoVirus
/// Wikinews articles and GeoWebNews sport and business pages). The sentences are written for these tests, in news style, with
/// actors of every region; none is taken from a corpus.
/// </summary>
public class RealNewsMining7Tests
{
    [Theory]
    // In a report of play a verb of force is a move in the game and the country named is its team: a word only play uses
    // ("bowlers", "kick-off", "semi-final") or a score with a result ("beat Morocco 2-0") makes the sentence such a report.
    [InlineData("Senegal attacked from the kick-off and beat Morocco 2-0 in Dakar.", "!*")]
    [InlineData("Sri Lanka's bowlers attacked the stumps as Bangladesh collapsed in Colombo.", "!*")]
    [InlineData("Uruguay attacked relentlessly and beat Paraguay 3-1 in Montevideo.", "!*")]
    [InlineData("Fiji's wingers attacked the Samoan line throughout the second half in Suva.", "!*")]
    // Real violence told beside a game keeps its sense: police, troops, rebels, fans.
    // (the tear gas is aimed at the civilians of the place, Actors39Tests)
    [InlineData("Police fired tear gas outside the stadium after the semi-final in Cairo.", "EGYCOP→EGYCVL:175")]
    [InlineData("Russian troops attacked Ukrainian positions near Bakhmut on the eve of the tournament.", "RUSMIL→UKR:190")]
    [InlineData("Rebels attacked an army base in northern Mali on the night of the championship final.", "MLIREB→MLIMIL:190")]
    // A vote's tally is no score: with no word of winning it makes no match report.
    [InlineData("Armenian forces shelled Azerbaijani villages after parliament voted 5-4 to extend the state of emergency.", "ARMMIL→AZE:194")]
    public void A_verb_of_force_in_a_report_of_play_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Judgements of measure and of treatment criticise the judged act's doer as "unjust" does.
    [InlineData("A Bangladeshi rights group called the sentence excessive.", "BGDNGOHRI→-:111")]
    [InlineData("Chile's opposition described the pension reform as inadequate.", "CHLOPP→-:111")]
    [InlineData("Nepal's prime minister called the police crackdown disproportionate.", "NPLGOV→-:111")]
    [InlineData("Ghana's opposition leader called the president's budget insufficient.", "GHAOPP→GHAGOV:111")]
    // A judgement of a thing that no one did ("rainfall") is no criticism.
    [InlineData("The farmers' union called the rainfall excessive.", "!*:111")]
    public void A_judgement_of_measure_criticises(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A complaint is coded with no addressee when none is named ("complained about delays", "complained that ..."); one
    // named after "to" is its target.
    [InlineData("Oxfam complained about delays at the Rafah crossing.", "NGODEV→-:114")]
    [InlineData("Uruguay complained about the delay in the vote.", "URY→-:114")]
    [InlineData("Doctors Without Borders complained that it had not been allowed to open a clinic in Darfur.", "NGOHLHMSF→-:114")]
    [InlineData("Vietnam's foreign ministry complained to Beijing about the coast guard's conduct.", "VNMGOV→CHNGOV:114")]
    public void A_complaint_needs_no_named_addressee(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // With an object or a clause "demonstrate" is to show; protesters demonstrate with none, or show their dissent.
    [InlineData("The Asian Development Bank's loan demonstrates Manila's commitment to clean energy.", "!*:14*")]
    [InlineData("Kenya's health ministry said the trial demonstrated that the vaccine works.", "!*:14*")]
    [InlineData("Thousands of teachers demonstrated outside parliament in Lima.", "PEREDU→*:141")]
    [InlineData("Opposition supporters demonstrated their anger in Harare.", "ZWEOPP→*:141")]
    public void Demonstrate_with_an_object_is_to_show(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Goods or a service provided to no named recipient are trade or routine work; aid, force, protection or money given
    // is material aid with a recipient named or not.
    [InlineData("The Norwegian firm provides cold-storage containers and sensors for fish exporters.", "!*:07*")]
    [InlineData("Brazil's weather agency will provide its rainfall outlook in March.", "!*:03*")]
    [InlineData("Turkey provided drones and ammunition to Azerbaijan.", "TUR→AZE:072")]
    [InlineData("Egypt provided shelter for Sudanese refugees.", "EGY→SDNREF:073")] // objclass9: shelter is humanitarian aid (073, codebook)
    [InlineData("The European Union said it was providing 9 million euros to assist Malawi.", "IGOEUREEC→MWI:071")] // objclass9: the one helped receives the aid
    public void Providing_goods_to_no_one_is_no_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

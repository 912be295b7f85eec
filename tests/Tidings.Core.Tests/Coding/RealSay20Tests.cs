namespace Tidings.Tests.Coding;

/// <summary>
/// Verbal events as real news tells them (session 20, realsay20): a disapproving predicate coordinated with a copular one
/// ("was slow and inadequate"), a dismissal "as" a disapproving adjective, disappointment and anger voiced at an act, people
/// "let down", a statement whose content is itself coded, and judgements in object relatives ("a law, which the opposition
/// called unconstitutional"), and a title opening the sentence before an unknown name as the speaker.
/// </summary>
public class RealSay20Tests
{
    [Theory]
    // the second conjunct shares the first's copula, subject and speech verb
    [InlineData("Kenya's opposition said the Ugandan government's handling of the crisis was slow and inadequate.", "KENOPP→UGAGOV:111")]
    [InlineData("Ghana's main opposition party said the Nigerian decision to close the border was reckless and irresponsible.", "GHAOPP→NGA:111")]
    // an actor adjective on the act noun names its doer
    [InlineData("Ghana said the Nigerian move was a mistake.", "GHA→NGA:111")]
    // approval coordinated the same way is no criticism
    [InlineData("The Kenyan government said Uganda's response was quick and effective.", "!*:11*")]
    public void A_coordinated_disapproving_predicate_is_a_judgement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "as" before an adjective is parsed as a clause marker; the dismissal still names the act as disapproved
    [InlineData("Hasina, who fled to India in August, dismissed the verdict as biased and politically motivated.", "BGD*→-:111")]
    // a claim dismissed is a denial, not a judgement
    [InlineData("Uganda dismissed the report as baseless.", "UGA→-:016|!*:111")]
    public void A_dismissal_as_a_disapproving_adjective_criticises(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // disappointment, anger and frustration voiced at another actor or its act
    [InlineData("Japan's foreign minister voiced disappointment with China's decision to ban seafood imports.", "JPNGOV→CHN:110")]
    [InlineData("South Korea expressed disappointment at the Japanese ruling.", "KOR→JPN:110")]
    [InlineData("Iran expressed anger over the US sanctions.", "IRN→USA:110")]
    [InlineData("Mexico voiced frustration with the United States over the tariffs.", "MEX→USA:110")]
    // people let down by an actor charged with their care
    [InlineData("Kenya's opposition leader said the government had let the farmers down.", "*GOV→*AGR:111")]
    public void Disappointment_and_letting_people_down_are_disapproval(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a statement that carries a coded verbal event is only its vehicle
    [InlineData("Kenya issued a statement on Thursday, condemning Uganda's decision to close the border.", "KEN→UGA:111|!*:010")]
    [InlineData("Ghana made a statement criticising Togo.", "GHA→TGO:111|!*:010")]
    [InlineData("Egypt's foreign ministry released a statement urging Ethiopia to resume talks on the dam.", "EGYGOV→ETH:02*|!*:010")]
    // a bare statement aimed at no one is no event (session 66, decision 116); the material act beside one is coded
    [InlineData("Kenya issued a statement on Friday.", "!KEN→-:010")]
    [InlineData("Kenya issued a statement and closed the border with Uganda.", "KEN→UGA:191|!KEN→-:010")]
    public void A_statement_told_by_its_content_is_that_content(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the relative pronoun is the naming verb's object: the antecedent act is judged, its launcher criticised
    [InlineData("Uganda's parliament passed a new media law, which the Kenyan government called unconstitutional.", "KENGOV→UGALEG:111")]
    [InlineData("Russia launched a new offensive, which Ukraine's president described as a crime.", "UKRGOV→RUS:111")]
    [InlineData("Uganda closed the border, a move that Kenya described as illegal.", "KEN→UGA:111")]
    // the judge the parser hung on the verb after "which" is still the judge
    [InlineData("The UN agency started an intervention in the camps, which MSF described as \"inadequate\".", "NGOHLHMSF→IGOUNO*:111")]
    // approval is no criticism; a subject relative keeps its subject as the judge
    [InlineData("Uganda passed a new law, which Kenya described as reasonable.", "!*:11*")]
    [InlineData("The Ghanaian man who called the verdict unjust was arrested.", "GHACVL→-:111")]
    public void A_judgement_in_an_object_relative_judges_the_antecedent(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "in what X called ..." comments on the clause it hangs from: its doer is criticised, and its act stays news
    [InlineData("Kenya closed the border, in what Uganda described as an act of aggression.", "UGA→KEN:111|KEN→*:191")]
    [InlineData("Two aid workers were killed on Sunday in what the UN envoy called a heinous murder.", "IGOUNO→-:111")]
    // approval is no criticism; "what" as an argument is no comment on a clause
    [InlineData("Kenya closed the border, in what Uganda described as a welcome step.", "!*:111")]
    [InlineData("Kenya's army vowed to stop what it called Somali aggression.", "!KENMIL→*:111")]
    public void A_judgement_in_what_comments_on_its_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a title opening the sentence, set off by a comma before an unknown name, is the speaker
    [InlineData("UN humanitarian coordinator for Somalia, Adam Kowalski condemned the attack.", "IGOUNO→-:111|!SOM→*:*")]
    [InlineData("The regional director of the World Food Programme, Mariam Okafor described the looting as reprehensible.", "IGOUNOAGRWFP→-:111")]
    [InlineData("Ghana's foreign minister, Kwame Asante said the Togolese decision was a mistake.", "GHAGOV→TGO:111")]
    public void An_opening_title_before_a_name_is_the_speaker(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a wrongdoing committed is no pledge; a commitment to talks stays one
    [InlineData("The prosecutor said the suspect probably committed a crime.", "!*:03*")]
    [InlineData("The man committed fraud, the Kenyan police said.", "!*:03*")]
    [InlineData("Ethiopia committed to the peace talks with Eritrea.", "ETH→ERI:03*")]
    public void Committing_a_crime_is_no_pledge(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (blind83): human rights, press freedom and civil society as political news (decision 099). A court that jails
/// someone for a term named as "terms of up to N years" or "between N and M years" sentences them (116), as "for N years"
/// already did. A "to ... list" phrase the parser hangs on the object of "add" is
/// where the object is put (a sanctions list, 163). Mobile data cut or suspended for a population is a shutdown (1721, no
/// recipient); a court granting bail releases (0841); human rights defenders are NGO (eb66032).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the blind83 gold lines.
/// </summary>
public class Blind83Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A prison term named by "terms of" or by a range is a sentence; a jailing pending trial or with no term is not.
    [Theory]
    [InlineData("A court in Tashkent jailed 14 opposition activists for terms of up to 12 years on Monday.", "UZBJUD→*:116")]
    [InlineData("A court in Tashkent jailed 14 opposition activists for terms of up to 12 years on Monday.", "!UZBJUD→*:173")]
    [InlineData("A court in Almaty jailed two bloggers for between three and five years for spreading false information.", "KAZJUD→KAZMED:116")]
    [InlineData("Police in Almaty jailed two bloggers for spreading false information about the floods.", "!*→*:116")]
    public void Prison_terms_are_sentences(string sentence, string expected) => AssertCoded(sentence, expected);

    // "add ... to its sanctions list" with a time phrase after it: the parser's hanging of the list phrase on the object no
    // longer loses the listing; a list with no sanction word stays no event.
    [Theory]
    [InlineData("Britain added four Georgian police commanders to its sanctions list on Thursday.", "GBR→GEOCOP:163")]
    [InlineData("The European Union added six Nicaraguan judges to its sanctions list on Monday.", "IGOEUREEC→NICJUD:163")]
    [InlineData("The ministry added four Georgian towns to its list of tourist sites on Thursday.", "!*→*:163")]
    public void Sanctions_lists_after_a_time_phrase(string sentence, string expected) => AssertCoded(sentence, expected);

    // Mobile data cut for a population is a shutdown with no recipient; a data deal is no restriction.
    [Theory]
    [InlineData("Authorities in Tajikistan suspended mobile data in the Gorno-Badakhshan region on Sunday.", "TJKGOV→-:1721")]
    [InlineData("Ethiopia's government cut mobile data across the Amhara region after clashes in Bahir Dar.", "ETHGOV→-:1721")]
    [InlineData("The operator cut the price of mobile data for students on Monday.", "!*→*:1721")]
    public void Mobile_data_shutdowns(string sentence, string expected) => AssertCoded(sentence, expected);

    // A court granting bail releases the defendant; a court refusing bail does not.
    [Theory]
    [InlineData("A court in Lagos granted bail to a journalist held for three weeks over a report on police corruption.", "NGAJUD→NGAMED:0841")]
    [InlineData("A court in Lagos refused bail to a journalist held for three weeks over a report on police corruption.", "!NGAJUD→NGAMED:0841")]
    public void Bail_granted_releases(string sentence, string expected) => AssertCoded(sentence, expected);

    // Human rights defenders are NGO (eb66032); human rights activists stay CVL.
    [Theory]
    [InlineData("Police in Harare arrested five human rights defenders outside a court on Tuesday.", "ZWECOP→ZWENGO:173")]
    [InlineData("Police in Harare arrested five human rights activists outside a court on Tuesday.", "ZWECOP→ZWECVL:173")]
    public void Rights_defenders_are_ngo(string sentence, string expected) => AssertCoded(sentence, expected);
}

namespace Tidings.Tests.Coding;

/// <summary>
/// Verbal events that whole articles used to lose (session 26, statements26): a speaker's act coordinated after a report
/// whose clause is a copular judgement ("said the resolution was biased and accused France of ..."), which the parser
/// hangs on the judgement instead of the reporting verb; and an appeal to "all sides" or "all parties", which names no
/// recipient, also when it is the second of two coordinated verbs.
/// </summary>
public class Statements26Tests
{
    [Theory]
    // the speaker, not the judged thing, accuses, appeals, condemns or praises
    [InlineData("Russia's foreign ministry said the resolution was biased and accused France of meddling in Mali.", "RUSGOV→FRA:112")]
    [InlineData("China's foreign ministry said the report was groundless and accused Japan of spreading lies.", "CHNGOV→JPN:112")]
    [InlineData("Pakistan's army said the border was calm and accused India of firing on its posts.", "PAKMIL→IND:112*")]
    [InlineData("The African Union said the election had been peaceful and called on Kenya's opposition to accept the result.", "IGOAFRAFU→KENOPP:02*")]
    [InlineData("Ghana's president said the vote was free and fair and urged the opposition to respect the result.", "GHAGOV→GHAOPP:02*")]
    [InlineData("Egypt's foreign minister said the ceasefire was fragile and urged Israel to withdraw its troops.", "EGYGOV→ISR:02*")]
    [InlineData("The UN envoy said the situation was dire and appealed to Sudan's army to allow aid convoys through.", "IGOUNO→SDNMIL:02*")]
    [InlineData("Turkey's president said the attack was cowardly and condemned Syria's government.", "TURGOV→SYRGOV:111")]
    [InlineData("Brazil's foreign ministry said the decision was unfortunate and criticised Argentina.", "BRAGOV→ARG:111")]
    [InlineData("Qatar's prime minister said the talks were constructive and praised Egypt for its mediation.", "QATGOV→EGY:051")]
    [InlineData("Japan said the talks were useful and called on China to release the detained businessman.", "JPN→CHN:02*")]
    [InlineData("Serbia's president said the protest was peaceful and thanked the police.", "SRBGOV→SRBCOP:051")]
    [InlineData("Mexico's president said the tariffs were unfair and urged the United States to lift them.", "MEXGOV→USA:02*")]
    public void A_speakers_act_after_a_reported_judgement_is_the_speakers(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a verb the report's own subject can do stays that subject's
    [InlineData("Nigeria's army said the rebels had attacked a village and killed ten people.", "NGAREB→NGACVL:18*|!NGAMIL→*:18*")]
    [InlineData("Kenya's police chief said the protest had been peaceful and arrested nobody.", "!KENCOP→*:173")]
    public void A_doers_act_inside_the_report_is_not_moved_to_the_speaker(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "all sides", "all parties": everyone concerned, no recipient
    [InlineData("France's foreign ministry called on all sides to respect the ceasefire.", "FRAGOV→-:02*")]
    [InlineData("The United Nations urged all parties to exercise restraint.", "IGOUNO→-:02*")]
    [InlineData("China's ambassador urged all sides to return to dialogue.", "CHNGOV→-:02*")]
    [InlineData("The European Union called on all parties to the conflict to protect civilians.", "IGOEUREEC→-:02*")]
    // coordinated after another verb, the appeal is still coded
    [InlineData("Ghana's president congratulated the winner and called on all sides to keep the peace.", "GHAGOV→-:02*")]
    [InlineData("Kenya's president welcomed the deal and urged all parties to implement it.", "KENGOV→-:02*")]
    [InlineData("Peru's electoral court thanked the observers and urged all sides to wait for the official count.", "PER*→-:02*")]
    public void An_appeal_to_all_sides_has_no_recipient(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // sides placed by an actor, or "both sides", are named sides
    [InlineData("The African Union called on both sides in Sudan to return to talks.", "IGOAFRAFU→SDN:02*")]
    [InlineData("The Arab League called on all parties in Yemen to return to talks.", "IGOMEAARL→YEM:02*")]
    [InlineData("Egypt urged Israel and Hamas to return to talks.", "EGY→ISR:02*|EGY→PSEREBHMS:02*")]
    public void Named_sides_stay_the_recipients(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (target66): targets the coder left out, a second round. (1) A claim of responsibility (015) whose claimed
/// attack names no one it was aimed at is aimed at the victims the attack noun's relative clause names ("claimed a
/// bombing that killed three policemen"): an actor, or people only counted, the civilians of the place (decision 108).
/// (2) A lockdown or quarantine imposed on a place is aimed at the country the place is in, as a curfew is (decision 089 A).
/// (3) An investigation into whether or how someone acted is aimed at that clause's subject, as one of an act is at its doer.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Target66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("The Pakistani Taliban claimed responsibility for a suicide attack that killed four soldiers near Wana on Sunday.", "PAKREB→PAKMIL:015")]
    [InlineData("Al-Shabaab claimed a roadside bombing that wounded six police officers in Kismayo.", "SOMREB→SOMCOP:015")]
    [InlineData("Boko Haram claimed responsibility for a bombing at a bus station in Maiduguri that killed 14 people.", "NGAREB→NGACVL:015")]
    // a clause with its own subject tells another's account, not whom the attack struck
    [InlineData("Boko Haram claimed responsibility for an attack that the army said killed 14 people.", "!NGAREB→NGACVL:015")]
    // a relative clause that tells no harm names no victim
    [InlineData("Al-Shabaab claimed responsibility for a bombing that took place near Kismayo.", "SOMREB→-:015")]
    public void A_claim_is_aimed_at_the_victims_of_the_claimed_attack(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Liberia's government imposed a two-week quarantine on the northern town of Foya on Monday.", "LBRGOV→LBR:191")]
    [InlineData("Authorities in Guinea imposed a lockdown on three villages after a cholera outbreak.", "GINGOV→GIN:191")]
    // a blockade is aimed at whom it shuts in, which the sentence must name; it is not read as a lockdown
    [InlineData("Rebels imposed a blockade on the town of Foya on Monday.", "!*→LBR:191")]
    public void A_lockdown_or_quarantine_is_aimed_at_the_country_of_the_place(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Kenya's anti-corruption agency opened an investigation into whether the health ministry had inflated the price of vaccines.", "KENGOV→KENGOVHLH:090")]
    [InlineData("Brazil's Senate voted to open an inquiry into how the government handled the floods in the south.", "BRALEG→BRAGOV:090")]
    // a passive clause names no doer as its subject
    [InlineData("Kenya's anti-corruption agency opened an investigation into whether public funds had been misused.", "KENGOV→-:090")]
    [InlineData("Kenya's anti-corruption agency opened an investigation into whether public funds had been misused.", "!KENGOV→KENGOVHLH:090")]
    public void An_investigation_into_a_clause_is_aimed_at_its_subject(string sentence, string expected) => AssertCoded(sentence, expected);
}

using Tidings.Tests.Coding;

namespace Tidings.Tests.Actors;

/// <summary>
/// An actor's country from its sentence's context (session 35, ctx35b). People taken hostage ("took X hostage", "taking dozens of hostages") at a
/// scene the sentence names before them, in one country only, are that country's people; "the hostages" named with a
/// place (kept or handed over there, often abroad) and prisoners of war keep no country from the place, and "foreign"
/// captives stay open.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class Context35Tests
{
    [Theory]
    // the scene of the seizure before them places the hostages
    [InlineData("Armed men attacked a bus near Peshawar and took 30 passengers hostage.", "PAKREB→PAKCVL:181")]
    [InlineData("Gunmen stormed a boarding school in Kaduna state and took more than 200 pupils hostage.", "NGAREB→NGAEDU:181")]
    // "taking dozens of hostages": the seizure with the plural noun
    [InlineData("Rebels ambushed a convoy near Goma on Sunday, taking dozens of hostages, the army said.", "CODREB→CODCVL:181")]
    // "foreign workers" are not the country's people
    [InlineData("Militants attacked a gas plant in Algeria and took foreign workers hostage.", "!DZAREB→DZALAB:181")]
    // "the hostages" after a place in another clause: brought from elsewhere, no country from the place
    [InlineData("Israel struck targets in Gaza as Hamas vowed to keep the hostages.", "!PSEREBHMS→PSECVL:030")]
    public void Hostages_take_the_country_of_the_scene_they_were_seized_in(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}

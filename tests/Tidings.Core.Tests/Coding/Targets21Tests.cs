namespace Tidings.Tests.Coding;

/// <summary>
/// The actor code on a role the event gets right by its root (session 21, targets21): prisoners and detainees freed,
/// pardoned or deported are civilians of the state that holds them (or of their stated nationality), an "including" list
/// after them only specifies them; a company named by "national"/"state" and a sector word is business; a head of state's
/// spouse is an elite; a measure lifted or imposed on counted people is aimed at the country's civilians.
/// </summary>
public class Targets21Tests
{
    [Theory]
    // prisoners of no stated nationality are the people of the state that frees them
    [InlineData("Venezuela freed 30 political prisoners on Sunday.", "VEN→VENCVL:0841")]
    [InlineData("Nicaragua's government released 135 political prisoners.", "NICGOV→NICCVL:0841")]
    [InlineData("Egypt's president pardoned 50 detainees ahead of the holiday.", "EGYGOV→EGYCVL:0841")]
    [InlineData("Cuba released 20 prisoners after a papal visit.", "CUB→CUBCVL:0841")]
    [InlineData("Myanmar's junta pardoned thousands of prisoners to mark the new year.", "MMRMIL→MMRCVL:0841")]
    // an "including"/"among them" list specifies the prisoners and adds no targets of its own
    [InlineData("Belarus freed 18 political prisoners, including two journalists, after talks with a U.S. delegation.", "BLR→BLRCVL:0841|!*→*MED:0841")]
    [InlineData("Iran's government freed 40 prisoners, among them three journalists.", "IRNGOV→IRNCVL:0841|!*→*MED:0841")]
    // a stated nationality says whose; prisoners of war stay the other side's military
    [InlineData("Ecuador deported 300 Colombian prisoners.", "ECU→COLCVL:174")]
    [InlineData("Russia and Ukraine exchanged 150 prisoners of war each.", "RUS→UKRMIL:0841|UKR→RUSMIL:0841")]
    // freed by joint subjects, they are each side's captives of the other: the release is mutual between the sides
    [InlineData("Russia and the United States freed 24 prisoners in a swap.", "RUS→USA:0841|USA→RUS:0841")]
    [InlineData("Armenia and Azerbaijan freed 10 detainees each.", "ARM→AZE:0841|AZE→ARM:0841")]
    public void Freed_prisoners_are_civilians_of_the_state_that_holds_them(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "national" and "state" before a sector word and "company" do not hide the company from its country
    [InlineData("Kazakhstan's national oil company signed a supply deal with a Chinese firm.", "KAZBUS→CHNBUS:057|CHNBUS→KAZBUS:057")]
    [InlineData("Algeria's national energy company signed an agreement with Italy's Eni.", "DZABUS→ITABUS:057|ITABUS→DZABUS:057")]
    [InlineData("Russia's state nuclear company signed a deal with Hungary's government.", "RUSBUS→HUNGOV:057|HUNGOV→RUSBUS:057")]
    [InlineData("Hungary's state energy company signed a gas deal with Azerbaijan's state oil company.", "HUNBUS→AZEBUS:057|AZEBUS→HUNBUS:057")]
    [InlineData("Vietnam's state power company cut electricity exports to Cambodia.", "VNMBUS→KHM:*")]
    public void A_national_or_state_company_is_business(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a first lady, in or out of office, is an elite of the country the sentence gives her
    [InlineData("Peruvian prosecutors charged former first lady Ana Torres with money laundering.", "PERJUD→PERELI:173")]
    [InlineData("Argentine police questioned first lady Laura Gomez over the payments.", "ARGCOP→ARGELI:091")]
    // the joint chiefs of staff are the military, not the bare country
    [InlineData("South Korea's Joint Chiefs of Staff condemned North Korea's missile launches.", "KORMIL→PRK:111")]
    public void A_first_lady_or_the_joint_chiefs_take_their_role(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a ban or curfew lifted from or imposed on counted people is aimed at the country's civilians
    [InlineData("Syria's interim government lifted a travel ban on thousands of people.", "SYRGOV→SYRCVL:081")]
    [InlineData("Tunisia's government lifted a travel ban on hundreds of people.", "TUNGOV→TUNCVL:081")]
    [InlineData("Sri Lanka's government imposed a curfew on hundreds of thousands of residents.", "LKAGOV→LKACVL:1723")]
    // with no people named it stays the country
    [InlineData("Sri Lanka's government imposed a nationwide curfew.", "LKAGOV→LKA:1723")]
    public void A_measure_on_counted_people_targets_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "the group's commanders": an organisation's own people named by a role after its possessive are the organisation
    [InlineData("Colombia's president suspended talks with the ELN, accusing the group's commanders of war crimes.", "COLGOV→COLREB:1124|!*→COLMIL:*")]
    [InlineData("Mali's army broke off talks with the rebel alliance and accused the alliance's fighters of attacking a convoy.", "MLIMIL→MLIREB:112*")]
    public void An_organisations_people_are_the_organisation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the owner of an attacked installation hung deeper in a chain of compounds is still the target
    [InlineData("A U.S. drone fired guided missiles at an al Shabaab training camp in central Somalia.", "USA→SOMREB:195*")]
    [InlineData("Nigeria's army bombed a Boko Haram training camp near Lake Chad.", "NGAMIL→NGAREB:195")]
    [InlineData("Israeli jets struck a Hamas weapons storage site in Gaza.", "ISRMIL→PSEREBHMS:195")]
    public void An_installations_owner_in_a_compound_chain_is_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

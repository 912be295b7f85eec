namespace Tidings.Tests.Coding;

/// <summary>
/// Aid in real news and wire style (session 20, aid20): donors named in an "including"/"such as" list after a group noun,
/// the kind of aid an "in the form of" phrase or the things handed over name, and the recipient of aid the sentence leaves
/// unnamed ("to the affected areas", no recipient at all): the stricken country of the sentence's places, else of the story
/// so far. Every sentence is written for this file.
/// </summary>
public class Aid20Tests
{
    [Theory]
    // a plural group noun that is no actor stands for the actors of its "including"/"such as" list, each a donor
    [InlineData("Fifteen countries including Norway, Canada and Japan provide assistance in the form of money, doctors and tents.", "NOR→*:073|CAN→*:073|JPN→*:073")]
    [InlineData("Donors including Germany and Sweden sent relief supplies to Sudan.", "DEU→SDN:073|SWE→SDN:073")]
    [InlineData("Several countries such as Qatar and Turkey sent tents to Syria.", "QAT→SYR:073|TUR→SYR:073")]
    public void A_group_nouns_including_list_names_the_donors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what the aid takes the form of names its kind: relief anywhere in the list makes it humanitarian
    [InlineData("Norway provides assistance to Chad in the form of food, money and medicine.", "NOR→TCD:073|!*:070")]
    [InlineData("Japan is providing Nepal with aid in the form of tents and blankets.", "JPN→NPL:073|!*:070")]
    [InlineData("Canada provides assistance in the form of loans to Ghana.", "CAN→GHA:071")]
    // farm inputs handed to farmers are economic aid
    [InlineData("Oxfam is providing farmers in Malawi with fertilizer and seeds.", "NGODEV→MWIAGR:071")]
    public void The_things_given_name_the_kind_of_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // experts sent by a relief body are aid to the country of the places where they work
    [InlineData("Oxfam has sent specialists to set up water and sanitation facilities in the flooded districts of Sindh.", "NGODEV→PAK:073")]
    // relief goods flown in are aid
    [InlineData("Britain flew in tents and blankets to Turkey.", "GBR→TUR:073")]
    // (session 69, coop69: money pledged for flood victims is humanitarian aid, 0333, as eb9026 codes "emergency aid for flood
    // victims"; this case checks the target's country)
    [InlineData("Germany pledged 100 million euros in aid for flood victims in Pakistan.", "DEU→PAK:0333")]
    public void Aid_goes_to_the_country_of_the_sentences_place(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a sentence that names no recipient: the country the story so far is about is the stricken one
    [InlineData("Floods swept through Bangladesh. Bangladesh's government said 90 people died in Bangladesh. Japan has flown in tents and water purification kits.", "JPN→BGD:073")]
    [InlineData("An earthquake struck Nepal. Nepal's army said 300 people were killed in Nepal. The Red Cross has sent specialists to the worst-hit villages.", "NGOHLHIRC→NPL:073")]
    [InlineData("A cyclone hit Myanmar. Myanmar's junta said 200 people died in Myanmar. UNICEF has deployed personnel to the affected areas.", "IGOUNOKID→MMR:073")]
    [InlineData("A cyclone hit Myanmar. Myanmar's junta said 200 people died in Myanmar. China pledged 10 million dollars.", "CHN→MMR:0331")]
    // the giver's own country named as the doer is no recipient
    [InlineData("Cholera has spread across Haiti. Haiti's health ministry confirmed 40 deaths in Haiti. The United Kingdom has flown in medicines and antidotes.", "GBR→HTI:073|!GBR→GBR*:*")]
    public void Aid_with_no_recipient_goes_to_the_storys_stricken_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the venue of a donors' gathering is not where the aid goes
    [InlineData("At a donor conference in Brussels, Germany pledged 100 million euros in aid.", "DEU→-:0331|!*→BEL*:*")]
    [InlineData("The European Union provided humanitarian aid at a donors' meeting in Geneva.", "IGOEUREEC→-:073|!*→CHE*:*")]
    // a state's experts are not aid by themselves; nor is a state's help to its own people an event between actors
    [InlineData("The United States sent experts to Ethiopia.", "!*:07*")]
    [InlineData("Turkey sent food to flood victims in Turkey.", "!*:07*")]
    // an aid noun that tells no giving takes no recipient from the places
    [InlineData("Fiji is one of the largest recipients of Australian development aid in the Pacific.", "!*:07*")]
    // military help and protection go to a force or government, not to a stricken place
    [InlineData("Somalia asked Turkey for military help to protect its coastal waters.", "SOM*→TUR:0232|!*:074")]
    // a country's troops sent to its own troubled areas are no aid
    [InlineData("Protests spread across Kenya. Kenya's police detained 40 people in Kenya. The army deployed troops to the affected areas.", "!*:07*")]
    public void Places_that_are_no_recipient_are_left_alone(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

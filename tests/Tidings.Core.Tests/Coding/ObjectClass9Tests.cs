using Tidings.Coding;

namespace Tidings.Tests.Coding;

/// <summary>
/// Object classes in the trigger lexicon (decision 026): a row "send @force" matches any member of the class "force" of
/// data/coding/object-classes.tsv, so a verb of giving codes its aid whatever noun names the thing given.
/// </summary>
public class ObjectClass9Tests
{
    [Theory]
    // forces and security personnel sent to another country (074), promised (0334), moved or withdrawn
    [InlineData("Rwanda sent 300 soldiers to Mozambique last month.", "RWA→MOZ:074")]
    [InlineData("Chad dispatched two battalions to the border with Sudan.", "TCD*:154")]
    [InlineData("Benin offered 2,000 troops to Niger.", "BEN→NER:0334")]
    [InlineData("Brazil pledged 500 peacekeepers to Lebanon.", "BRA→LBN:0334")]
    [InlineData("Britain offered to send troops to Ukraine.", "GBR→UKR:0334")]
    [InlineData("Burundi withdrew its soldiers from Somalia.", "BDI*:0874")]
    [InlineData("Mali pulled its contingent out of the mission in Sudan.", "MLI*:0874")]
    // weapons and military craft handed to another party (072) or promised (0332)
    [InlineData("The United States shipped artillery shells to Ukraine.", "USA→UKR:072")]
    [InlineData("Poland gave 200 tanks to Ukraine.", "POL→UKR:072")]
    [InlineData("Serbia sold howitzers and ammunition to Cyprus.", "SRB→CYP:072")]
    [InlineData("Spain delivered four patrol boats to Senegal's navy.", "ESP→SEN*:072")]
    [InlineData("Turkey donated two armed helicopters to Somalia.", "TUR→SOM:072")]
    [InlineData("Japan transferred a retired frigate to the Philippines.", "JPN→PHL:072")]
    [InlineData("Germany pledged Patriot batteries to Ukraine.", "DEU→UKR:0332")]
    [InlineData("Norway promised to deliver more rockets to Ukraine.", "NOR→UKR:0332")]
    // humanitarian goods (073, 0333) and rescuers
    [InlineData("Turkey donated tents and blankets to Syria.", "TUR→SYR:073")]
    [InlineData("The United Nations airlifted medicine to Haiti.", "IGOUNO→HTI:073")]
    [InlineData("India shipped 50 tonnes of rice to Sri Lanka.", "IND→LKA:073")]
    [InlineData("Egypt distributed food parcels to Sudanese refugees.", "EGY→SDNREF:073")]
    [InlineData("Jordan flew doctors to Gaza.", "JOR→PSE:073")]
    [InlineData("Canada pledged to send food and medicine to Gaza.", "CAN→PSE:0333")]
    // money (071, 0331), with the one a purpose clause helps as the recipient
    [InlineData("Qatar transferred 30 million dollars to Gaza.", "QAT→PSE:071")]
    [InlineData("The World Bank disbursed $500 million to Kenya.", "*→KEN:071")]
    [InlineData("Norway pledged 20 million euros to help Malawi rebuild schools.", "NOR→MWI:0331")]
    [InlineData("Japan sent blankets to help Turkey.", "JPN→TUR:073")]
    // captives released, swapped or handed back (0841)
    [InlineData("Russia handed back 90 prisoners to Ukraine.", "RUS*:0841")]
    [InlineData("Ethiopia freed 300 detainees on Monday.", "ETH*:0841")]
    // the class word may name an object that is itself an actor (captives, a force)
    [InlineData("Hamas handed over the hostages to Egypt.", "PSEREBHMS→*:0841|!*:063")]
    [InlineData("Hamas handed over four hostages.", "PSEREBHMS→*:0841|!*:063")]
    public void A_class_row_codes_any_member_of_its_class(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // objects outside every class are no aid; the verb keeps its other senses
    [InlineData("The minister delivered a speech to parliament.", "!*:07*")]
    [InlineData("France sent a letter to Iran.", "!*:07*")]
    [InlineData("Kazakhstan began shipping wheat to Afghanistan.", "!*:073")]
    [InlineData("Greece will send two frigates to patrol off Libya.", "!*:07*|!*:033*")]
    [InlineData("Russia sent drones into Poland overnight.", "!*:07*")]
    [InlineData("The company delivered 40 buses to the city of Lagos.", "!*:07*")]
    [InlineData("Hospitals sent the wounded to clinics in the capital.", "!*:07*")]
    public void A_word_outside_the_classes_is_no_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    private static CodingLexicon Load(string verbs, string classes) =>
        CodingLexicon.Load(new StringReader(verbs), new StringReader(""), new StringReader(classes));

    [Fact]
    public void A_class_row_is_loaded_with_its_class()
    {
        var lex = Load("# h\nsend @thing\tphrase\t072\tto\tprep\n", "# things\nthing\tcrate, barrel\n");
        var v = lex.Candidates("send").ToArray().Single(x => x.Words.Length == 2);
        Assert.NotNull(v.Classes?[1]);
        Assert.True(v.WordIs(1, "crates", null));
        Assert.True(v.WordIs(1, "Barrel", null));
        Assert.True(v.WordIs(1, "BARRELS", "barrel"));
        Assert.False(v.WordIs(1, "letter", "letter"));
        // the class word takes no plural of its own
        Assert.DoesNotContain(lex.Candidates("send").ToArray(), x => x.Words[^1] == "@things");
    }

    [Fact]
    public void A_literal_row_comes_before_a_class_row_of_its_length()
    {
        var lex = Load("send @thing\tphrase\t072\tto\tprep\nsend crate\tphrase\t073\tto\tprep\n", "thing\tcrate, barrel\n");
        var first = lex.Candidates("send").ToArray().First(x => x.Words.Length == 2);
        Assert.Equal("073", first.Entry.Cameo);
    }

    [Theory]
    [InlineData("send @nothing\tphrase\t072\tto\tprep\n", "thing\tcrate\n", "verbs.tsv line 1", "unknown object class '@nothing'")]
    [InlineData("# h\n\nsend @thing\tphrase\t072\tto\tprep\n", "", "verbs.tsv line 3", "unknown object class")]
    [InlineData("@thing send\tphrase\t072\tto\tprep\n", "thing\tcrate\n", "verbs.tsv line 1", "first word")]
    [InlineData("send aid\tphrase\t070\tto\tprep\n", "# c\nThing!\tcrate\n", "object-classes.tsv line 2", "class name")]
    [InlineData("send aid\tphrase\t070\tto\tprep\n", "thing\tcrate, oil barrel\n", "object-classes.tsv line 1", "single word")]
    [InlineData("send aid\tphrase\t070\tto\tprep\n", "thing\n", "object-classes.tsv line 1", "no members")]
    public void A_bad_class_or_class_word_names_its_line(string verbs, string classes, string line, string message)
    {
        var ex = Assert.Throws<FormatException>(() => Load(verbs, classes));
        Assert.Contains(line, ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void A_class_word_without_a_class_file_is_an_error()
    {
        var ex = Assert.Throws<FormatException>(() => CodingLexicon.Load(new StringReader("send @force\tphrase\t074\tto\tprep\n"), new StringReader("")));
        Assert.Contains("line 1", ex.Message);
    }

    [Fact]
    public void The_embedded_classes_load_and_every_class_is_used()
    {
        using var reader = DataFiles.OpenText("coding/object-classes.tsv");
        var classes = ObjectClass.Load(reader);
        Assert.Contains("force", classes.Keys);
        Assert.True(classes["weapon"].Contains("shells", null));
        var used = CodingLexicon.Default.Entries.SelectMany(e => e.Trigger.Split(' ')).Where(w => w.StartsWith('@')).Select(w => w[1..]).ToHashSet();
        foreach (var name in classes.Keys) Assert.Contains(name, used);
    }
}

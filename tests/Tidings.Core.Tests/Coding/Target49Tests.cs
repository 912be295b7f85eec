namespace Tidings.Tests.Coding;

/// <summary>
/// Session 49 (target49): targets of events whose source and code are right. A concession gives way to whoever its yielding
/// phrase names; an appeal for a sum of money has the donors, unnamed, as its addressee, not the people the money is for.
/// Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded, each "!"-prefixed one must
/// not. Sentences written for these tests.
/// </summary>
public class Target49Tests
{
    // A concession (08x) with no target of its own yields to the side its "bowing to", "yielding to", "under pressure from",
    // "facing" or "in the face of" phrase names: an actor there, else the civil role named (students EDU, unions LAB), else
    // the country's people for protests and public pressure. Pressure that names no one leaves the target empty.
    [Theory]
    [InlineData("Under pressure from months of street protests, Peru's interior minister resigned on Friday.", "PERGOV→PERCVL:08*")]
    [InlineData("Facing weeks of student protests, Chile's government scrapped the planned fare rise.", "CHLGOV→CHLEDU:08*")]
    [InlineData("In the face of mounting street protests, Kenya's government withdrew the finance bill.", "KENGOV→KENCVL:08*")]
    [InlineData("Ghana's government withdrew the new tax on mobile payments, bowing to criticism from the opposition.", "GHAGOV→GHAOPP:08*")]
    [InlineData("Poland's government bowed to public pressure and withdrew the abortion bill.", "POLGOV→POLCVL:08*")]
    [InlineData("Yielding to pressure from Washington, Mexico's government extended the deadline for the talks.", "!MEXGOV→MEXCVL:08*")]
    // pressure from no one named: the concession keeps no target
    [InlineData("Peru's interior minister resigned on Friday under pressure.", "PERGOV→-:08*")]
    [InlineData("Peru's interior minister resigned on Friday under pressure.", "!PERGOV→PERCVL:08*")]
    // no yielding phrase: nothing is added
    [InlineData("Peru's interior minister resigned on Friday.", "PERGOV→-:08*")]
    public void A_concession_yields_to_whom_its_yielding_phrase_names(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An appeal for a sum names no donor; the country or people the money is for are no target. An addressee named before
    // the sum or in a "from" phrase stays.
    [Theory]
    [InlineData("UNICEF appealed on Monday for $300 million to help children in Yemen through the winter.", "IGO*→-:02*")]
    [InlineData("UNICEF appealed on Monday for $300 million to help children in Yemen through the winter.", "!IGO*→YEM*:02*")]
    [InlineData("The World Food Programme appealed for $80 million to help Malawi and Zambia cope with the drought.", "!IGO*→MWI:02*")]
    [InlineData("The World Food Programme appealed for $80 million to help Malawi and Zambia cope with the drought.", "!IGO*→ZMB:02*")]
    [InlineData("The World Food Programme appealed for $80 million to help Malawi and Zambia cope with the drought.", "IGO*→-:02*")]
    [InlineData("Sri Lanka asked the International Monetary Fund for a $3 billion loan.", "LKA→IGO*:02*")]
    [InlineData("Pakistan sought $2 billion from the World Bank to rebuild after the floods.", "PAK→IGO*:02*")]
    // an appeal for something other than money keeps the side it is about
    [InlineData("The Pope appealed for a ceasefire in Sudan on Sunday.", "VAT*→SDN:02*")]
    public void A_funding_appeal_is_not_aimed_at_its_beneficiaries(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Sides named in a clause a semicolon closes are the pair a later "both sides" means, not actors acting on it.
    [Theory]
    [InlineData("Thailand and Cambodia trade fire along the border; Malaysia urges both sides to hold back", "MYS→THA:02*|MYS→KHM:02*")]
    [InlineData("Malaysia urges Thailand to hold back after the border clash", "!MYS→KHM:02*")]
    public void Both_sides_after_a_semicolon_are_the_pair_named_before_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "in protest at X's plan" read off the words when the parser hangs it below the object: the protest is aimed at X.
    [Theory]
    [InlineData("Farmers blocked roads around Lyon, Dijon and Rouen with tractors on Tuesday in protest at the European Union's farm policy.", "FRAAGR→IGOEUREEC:14*")]
    [InlineData("Teachers in Nairobi marched through the city centre on Monday in protest at the government's pay freeze.", "KENEDU→KENGOV:14*")]
    public void A_protest_is_aimed_at_whose_act_its_reason_phrase_names(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Prisoners of no stated side in what joint subjects agree to do are each side's captives of the other: the intent is
    // mutual between the sides.
    [Theory]
    [InlineData("Ethiopia and Eritrea agreed on Monday to exchange prisoners of war.", "ETH→ERI:03*|ERI→ETH:03*")]
    [InlineData("Ethiopia and Eritrea agreed on Monday to exchange prisoners of war.", "!ETH→MIL:03*")]
    public void Joint_sides_agreeing_on_a_prisoner_exchange_agree_with_each_other(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}

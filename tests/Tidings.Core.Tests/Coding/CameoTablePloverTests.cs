using Tidings.Coding;

namespace Tidings.Tests.Coding;

public class CameoTablePloverTests
{
    private static readonly PloverCatalog Catalog = PloverCatalog.Default;

    [Fact]
    public void Catalog_has_the_16_types_in_manual_order()
    {
        Assert.Equal(
            ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
            Catalog.Types.Select(t => t.Name));
        Assert.All(Catalog.Types, t => Assert.False(string.IsNullOrWhiteSpace(t.Definition)));
        Assert.Contains(Catalog.Contexts, c => c.Name == "negation");
    }

    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("disapprove", "ACCUSE")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("consult", "CONSULT")]
    public void Legacy_names_map_to_current_types(string name, string current)
    {
        Assert.Equal(current, Catalog.Canonical(name));
        Assert.True(Catalog.TryGetType(name, out var t));
        Assert.Equal(current, t.Name);
    }

    [Theory]
    [InlineData("CONSULT", "visit", true)]
    [InlineData("ASSAULT", "heavy-weapons", true)]
    [InlineData("DEMAND", "yield", true)]
    [InlineData("CONSULT", "riot", false)]
    [InlineData("NOPE", "visit", false)]
    public void Modes_belong_to_their_type(string type, string mode, bool expected) =>
        Assert.Equal(expected, Catalog.IsMode(type, mode));

    [Fact]
    public void Every_cameo_code_maps_to_a_catalog_type_mode_and_context()
    {
        foreach (var c in CameoTable.Default.All.Where(c => c.HasPlover))
        {
            Assert.True(Catalog.TryGetType(c.PloverType, out var t), c.Code);
            Assert.True(c.PloverMode is null || Catalog.IsMode(t.Name, c.PloverMode), $"{c.Code}: {c.PloverType}/{c.PloverMode}");
            Assert.All(c.PloverContexts, x => Assert.True(Catalog.IsContext(x), $"{c.Code}: context {x}"));
        }
    }

    [Fact]
    public void Parse_names_the_bad_line()
    {
        var text = "kind\tname\ttype\tquad_class\tsource\tdefinition\ntype\tAGREE\t-\t9\tmanual\tx\n";
        var ex = Assert.Throws<FormatException>(() => PloverCatalog.Parse(new StringReader(text), "p.tsv"));
        Assert.StartsWith("p.tsv:2:", ex.Message);
    }

    [Fact]
    public void Plover_mapped_share_is_above_85_percent()
    {
        // Only CAMEO 01 (statements) lacks a PLOVER type; appeals (02) are requests (decision 009).
        var all = CameoTable.Default.All;
        var share = (double)all.Count(c => c.HasPlover) / all.Count;
        Assert.InRange(share, 0.95, 0.99);
    }
}

using Wgec.Core.Catalogue;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class CategoryTaxonomyTests
{
    [Fact]
    public void Constructor_KeepsOrder_AndLooksUpExactly()
    {
        var taxonomy = new CategoryTaxonomy("t", [" Security ", "Legal"]);

        taxonomy.Categories.Should().Equal("Security", "Legal");
        taxonomy.Contains("Legal").Should().BeTrue();
        taxonomy.Contains("legal").Should().BeFalse();
        taxonomy.IndexOf("Legal").Should().Be(1);
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        var act = () => new CategoryTaxonomy("t", []);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "empty");
    }

    [Fact]
    public void Constructor_DuplicateIgnoringCase_ThrowsNamingIt()
    {
        var act = () => new CategoryTaxonomy("t", ["Security", "security"]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-category" && e.Location == "categories[1]")
            .WithMessage("category 'security' is listed twice.*");
    }

    [Fact]
    public void Constructor_BlankCategory_Throws()
    {
        var act = () => new CategoryTaxonomy("t", ["Security", " "]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "invalid-category" && e.Location == "categories[1]");
    }

    [Fact]
    public void Json_RoundTrips_AndRejectsDuplicates()
    {
        JsonAssert.RoundTrips(new CategoryTaxonomy("t", ["Security", "Legal"])).Should().Be("{\"name\":\"t\",\"categories\":[\"Security\",\"Legal\"]}");
        JsonAssert.FailsToRead<CategoryTaxonomy>("{\"name\":\"t\",\"categories\":[\"A\",\"A\"]}", "$.categories[1]", "listed twice");
    }
}

using System;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class RawItemTests
{
    private static readonly ItemProvenance Provenance = new(new RespondentId("R7"), 4, StakeholderGroup.CivilSociety, " p. 3, ¶2 ");

    [Fact]
    public void Constructor_KeepsTextAndProvenance_CategoryReachableFromItem()
    {
        var item = new RawItem(new RawItemId("q4-r7-1"), "  Net neutrality ", Provenance);

        item.Text.Should().Be("Net neutrality");
        item.Provenance.Respondent.Value.Should().Be("R7");
        item.Provenance.Question.Should().Be(4);
        item.Provenance.Category.Should().Be(StakeholderGroup.CivilSociety);
        item.Provenance.ExcerptLocation.Should().Be("p. 3, ¶2");
        item.ToString().Should().Be("q4-r7-1: Net neutrality");
        Provenance.ToString().Should().Be("R7 (CivilSociety), Q4, p. 3, ¶2");
    }

    [Fact]
    public void Constructor_DefaultId_Throws()
    {
        var act = () => new RawItem(default, "t", Provenance);
        act.Should().Throw<DomainValidationException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_BlankText_Throws()
    {
        var act = () => new RawItem(new RawItemId("a"), " ", Provenance);
        act.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Constructor_TooLongText_Throws()
    {
        var act = () => new RawItem(new RawItemId("a"), new string('x', RawItem.MaxTextLength + 1), Provenance);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "too-long");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        var a = new RawItem(new RawItemId("a"), "t", Provenance);
        a.Should().Be(new RawItem(new RawItemId("a"), "t", new ItemProvenance(new RespondentId("R7"), 4, StakeholderGroup.CivilSociety, "p. 3, ¶2")));
        a.Should().NotBe(new RawItem(new RawItemId("a"), "t", new ItemProvenance(new RespondentId("R7"), 5, StakeholderGroup.CivilSociety)));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new RawItem(new RawItemId("a"), "Net neutrality", Provenance))
            .Should().Be("{\"id\":\"a\",\"text\":\"Net neutrality\",\"provenance\":{\"respondent\":\"R7\",\"question\":4,\"category\":\"civilSociety\",\"excerptLocation\":\"p. 3, ¶2\"}}");
        JsonAssert.RoundTrips(Provenance);
    }

    [Fact]
    public void Json_InvalidQuestion_FailsWithPath()
    {
        JsonAssert.FailsToRead<RawItem>("{\"id\":\"a\",\"text\":\"t\",\"provenance\":{\"respondent\":\"R1\",\"question\":0,\"category\":\"governments\"}}", "$.provenance.question");
    }

    [Fact]
    public void Json_InvalidItemId_IsRejected()
    {
        JsonAssert.FailsToRead<RawItem>("{\"id\":\"bad id\",\"text\":\"t\",\"provenance\":{\"respondent\":\"R1\",\"question\":1,\"category\":\"governments\"}}", "raw item id");
    }
}

using System;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class DeclaredFiguresTests
{
    private static readonly SourceReference Source = new("s");

    [Fact]
    public void Findings_Wgec2013_Reports71Not69_AndKeepsBoth()
    {
        var declared = Wgec2013Consultation.Declared();

        var finding = declared.Findings().Should().ContainSingle().Which;
        finding.Code.Should().Be("declared-distribution-sum-mismatch");
        finding.Declared.Should().Be(69);
        finding.Computed.Should().Be(71);
        finding.Message.Should().Contain("29 + 8 + 23 + 11 = 71").And.Contain("69");

        declared.Total!.Count.Should().Be(69, "the declared total is never corrected");
        declared.GroupSum.Should().Be(71, "the declared counts are never corrected");
    }

    [Fact]
    public void Findings_Consistent_IsEmpty()
    {
        new DeclaredFigures(new DeclaredCount(3, Source), [new DeclaredCount(3, Source, StakeholderGroup.Governments)]).Findings().Should().BeEmpty();
        new DeclaredFigures(new DeclaredCount(3, Source)).Findings().Should().BeEmpty();
        DeclaredFigures.None.Findings().Should().BeEmpty();
    }

    [Fact]
    public void Constructor_SortsByGroup()
    {
        var declared = new DeclaredFigures(null, [new DeclaredCount(1, Source, StakeholderGroup.CivilSociety), new DeclaredCount(2, Source, StakeholderGroup.Governments)]);
        declared.ByGroup[0].Group.Should().Be(StakeholderGroup.Governments);
    }

    [Fact]
    public void Constructor_TotalWithGroup_Throws()
    {
        var act = () => new DeclaredFigures(new DeclaredCount(3, Source, StakeholderGroup.Governments));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("total-with-group");
    }

    [Fact]
    public void Constructor_GroupCountWithoutGroup_Throws()
    {
        var act = () => new DeclaredFigures(null, [new DeclaredCount(3, Source)]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("group-required");
    }

    [Fact]
    public void Constructor_GroupTwice_ThrowsWithLocation()
    {
        var act = () => new DeclaredFigures(null, [new DeclaredCount(3, Source, StakeholderGroup.Governments), new DeclaredCount(1, Source, StakeholderGroup.Governments)]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("duplicate-group");
        error.Location.Should().Be("byGroup[1].group");
    }

    [Fact]
    public void DeclaredCount_Negative_Throws()
    {
        var act = () => new DeclaredCount(-1, Source);
        act.Should().Throw<ArgumentException>().WithParameterName("count");
    }

    [Fact]
    public void Finding_CodeMustBeKebabCase()
    {
        var act = () => new DataQualityFinding("Total_Mismatch", "m");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-code");
        new DataQualityFinding("total-mismatch", "m", 69, 71).ToString().Should().Be("total-mismatch: m");
    }

    [Theory]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    public void Finding_MalformedKebabCase_Throws(string code)
    {
        var act = () => new DataQualityFinding(code, "m");
        act.Should().Throw<DomainValidationException>();
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Wgec2013Consultation.Declared());
        JsonAssert.RoundTrips(DeclaredFigures.None).Should().Be("{}");
        JsonAssert.RoundTrips(Wgec2013Consultation.Declared().Findings()[0]);
        JsonAssert.RoundTrips(new DeclaredCount(8, Source, StakeholderGroup.PrivateSector, "business"))
            .Should().Be("{\"count\":8,\"group\":\"privateSector\",\"label\":\"business\",\"source\":{\"citation\":\"s\"}}");
    }

    [Fact]
    public void Json_InvalidFigures_FailWithPath()
    {
        JsonAssert.FailsToRead<DeclaredFigures>("{\"total\":{\"count\":3,\"group\":\"governments\",\"source\":{\"citation\":\"s\"}}}", "$.total.group");
        JsonAssert.FailsToRead<DeclaredCount>("{\"count\":-3,\"source\":{\"citation\":\"s\"}}", "$.count");
        JsonAssert.FailsToRead<DataQualityFinding>("{\"code\":\"Bad Code\",\"message\":\"m\"}", "$.code", "kebab-case");
    }
}

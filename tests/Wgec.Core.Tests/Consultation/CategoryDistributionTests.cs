using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class CategoryDistributionTests
{
    [Fact]
    public void FromDeclared_Wgec2013_KeepsBothFiguresAndReportsTheMismatch()
    {
        var distribution = CategoryDistribution.FromDeclared(Wgec2013Consultation.Declared());

        distribution.IsDeclared.Should().BeTrue();
        distribution.Total.Should().Be(69);
        distribution.GroupSum.Should().Be(71);
        distribution.Shares.Select(s => s.Count).Should().Equal(29, 8, 23, 11, 0);
        distribution.Shares.Select(s => s.Percentage).Should().Equal(40.85m, 11.27m, 32.39m, 15.49m, 0m);

        var finding = distribution.CheckAgainst(Wgec2013Consultation.Declared()).Should().ContainSingle().Which;
        finding.Code.Should().Be("declared-distribution-sum-mismatch");
        (finding.Declared, finding.Computed).Should().Be((69, 71));
    }

    [Fact]
    public void CheckAgainst_ComputedDiffersFromDeclared_ReportsTotalAndEachGroup()
    {
        var computed = new CategoryDistribution(3, new Dictionary<StakeholderGroup, int> { [StakeholderGroup.Governments] = 2, [StakeholderGroup.CivilSociety] = 1 }, isDeclared: false);

        var findings = computed.CheckAgainst(Wgec2013Consultation.Declared());

        findings.Select(f => f.Code).Should().Equal("respondent-total-mismatch", "category-count-mismatch", "category-count-mismatch", "category-count-mismatch", "category-count-mismatch");
        findings[0].Declared.Should().Be(69);
        findings[0].Computed.Should().Be(3);
        findings[1].Message.Should().Contain("governments").And.Contain("29");
    }

    [Fact]
    public void CheckAgainst_Matching_IsEmpty()
    {
        var computed = new CategoryDistribution(29, new Dictionary<StakeholderGroup, int> { [StakeholderGroup.Governments] = 29 }, isDeclared: false);
        var declared = new DeclaredFigures(new DeclaredCount(29, new("s")), [new DeclaredCount(29, new("s"), StakeholderGroup.Governments)]);
        computed.CheckAgainst(declared).Should().BeEmpty();
    }

    [Fact]
    public void Constructor_NegativeCount_Throws()
    {
        var act = () => new CategoryDistribution(1, new Dictionary<StakeholderGroup, int> { [StakeholderGroup.Governments] = -1 }, false);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(CategoryDistribution.FromDeclared(Wgec2013Consultation.Declared()));
        JsonAssert.RoundTrips(SampleConsultation.Record().Distribution());
    }

    [Fact]
    public void Json_WrongPercentage_FailsWithPath()
    {
        JsonAssert.FailsToRead<CategoryDistribution>(
            "{\"total\":2,\"isDeclared\":false,\"shares\":[{\"group\":\"governments\",\"count\":1,\"percentage\":50},{\"group\":\"civilSociety\",\"count\":1,\"percentage\":40}]}",
            "$.shares[1].percentage",
            "does not match");
    }
}

using System;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class FindingContractTests
{
    private static Finding Make(string example) => example switch
    {
        "objection-participant-only" => new(FindingKind.BlockingObjection, true, "un-consensus", new ParticipantId("g1")),
        "objection-nobody" => new(FindingKind.BlockingObjection, true, "un-consensus"),
        "group-only" => new(FindingKind.GroupWithoutSupport, true, "multi-stakeholder", group: StakeholderGroup.CivilSociety, actual: 0, required: 1),
        "not-addressed" => new(FindingKind.ObjectionNotAddressed, true, "rough-consensus", new ParticipantId("c1"), StakeholderGroup.CivilSociety, text: "too broad"),
        "score-below" => new(FindingKind.GroupAwareScore, true, "group-aware", actual: 0.123456, required: 0.25),
        "score-reaches" => new(FindingKind.GroupAwareScore, false, "group-aware", actual: 0.5, required: 0.25),
        "condition" => new(FindingKind.ConditionNotMet, true, "condition", actual: 1, required: 2, items: [new("B-1"), new("A-1")], text: "A and B unlock C"),
        "declared-with-text" => new(FindingKind.Declared, true, "declared", text: "closed by the chair"),
        "declared" => new(FindingKind.Declared, true, "declared"),
        "package-two-items" => new(FindingKind.PackageNotAgreed, true, "package", items: [new("D-2"), new("D-1")], text: "D package"),
        "package-no-items" => new(FindingKind.PackageNotAgreed, true, "package", text: "D package"),
        _ => throw new ArgumentOutOfRangeException(nameof(example), example, null),
    };

    [Theory]
    [InlineData("objection-participant-only", "open objection by g1")]
    [InlineData("objection-nobody", "open objection by ")]
    [InlineData("group-only", "civil society without enough support: 0 in support, 1 required")]
    [InlineData("not-addressed", "objection by c1 (civil society) not yet addressed: too broad")]
    [InlineData("score-below", "group-aware score 0.1235 below threshold 0.25")]
    [InlineData("score-reaches", "group-aware score 0.5 reaches threshold 0.25")]
    [InlineData("condition", "condition 'A and B unlock C' not met: 1 agreed, 2 required; not agreed: A-1, B-1")]
    [InlineData("declared-with-text", "declared: closed by the chair")]
    [InlineData("declared", "declared")]
    [InlineData("package-two-items", "package 'D package' not agreed: D-1, D-2 not agreed")]
    [InlineData("package-no-items", "package 'D package' not agreed:  not agreed")]
    public void ToString_ReadsAsOneLineOfEnglish(string example, string expected) => Make(example).ToString().Should().Be(expected);

    [Theory]
    [InlineData(StakeholderGroup.Governments, "governments")]
    [InlineData(StakeholderGroup.PrivateSector, "private sector")]
    [InlineData(StakeholderGroup.CivilSociety, "civil society")]
    [InlineData(StakeholderGroup.TechnicalAndAcademic, "technical and academic community")]
    [InlineData(StakeholderGroup.IntergovernmentalAndInternational, "intergovernmental and international organisations")]
    public void ToString_NamesTheGroupInWords(StakeholderGroup group, string words) =>
        new Finding(FindingKind.WholeGroupSustains, true, "rough-consensus", group: group).ToString()
            .Should().Be($"the whole of {words} sustains an objection");

    [Theory]
    [InlineData(ObjectionDisposition.Open, "open")]
    [InlineData(ObjectionDisposition.Accommodated, "accommodated")]
    [InlineData(ObjectionDisposition.AddressedNotAccommodated, "addressed but not accommodated")]
    [InlineData(ObjectionDisposition.Withdrawn, "withdrawn")]
    [InlineData(ObjectionDisposition.Sustained, "sustained")]
    public void ToString_NamesTheDispositionInWords(ObjectionDisposition disposition, string words) =>
        new Finding(FindingKind.BlockingObjection, true, "un-consensus", new ParticipantId("p1"), StakeholderGroup.PrivateSector, disposition).ToString()
            .Should().Be($"{words} objection by p1 (private sector)");

    [Theory]
    [InlineData("actual", double.NaN)]
    [InlineData("actual", double.PositiveInfinity)]
    [InlineData("required", double.NegativeInfinity)]
    [InlineData("required", double.NaN)]
    public void Constructor_NumberNotFinite_IsRejectedNamingIt(string name, double value)
    {
        var act = () => name == "actual"
            ? new Finding(FindingKind.QuorumNotMet, true, "un-consensus", actual: value, required: 4)
            : new Finding(FindingKind.QuorumNotMet, true, "un-consensus", actual: 3, required: value);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName(name).Which;
        ex.Rule.Should().Be("not-finite");
        ex.Message.Should().StartWith($"{name} must be a finite number.");
    }

    private static Finding Full(
        FindingKind kind = FindingKind.BlockingObjection,
        bool blocking = true,
        string rule = "un-consensus",
        string participant = "g1",
        StakeholderGroup group = StakeholderGroup.Governments,
        ObjectionDisposition disposition = ObjectionDisposition.Open,
        double actual = 1,
        double required = 2,
        string item = "A-1",
        string text = "too broad") =>
        new(kind, blocking, rule, new ParticipantId(participant), group, disposition, actual, required, [new RecommendationId(item)], text);

    public static TheoryData<string, Finding> OneMemberDifferent => new()
    {
        { "kind", Full(kind: FindingKind.QuorumNotMet) },
        { "blocking", Full(blocking: false) },
        { "rule", Full(rule: "rough-consensus") },
        { "participant", Full(participant: "g2") },
        { "group", Full(group: StakeholderGroup.CivilSociety) },
        { "disposition", Full(disposition: ObjectionDisposition.Sustained) },
        { "actual", Full(actual: 3) },
        { "required", Full(required: 4) },
        { "items", Full(item: "B-1") },
        { "text", Full(text: "too narrow") },
    };

    [Theory]
    [MemberData(nameof(OneMemberDifferent))]
    public void Equals_FindingsDifferingInOneMember_AreNotEqual(string member, Finding other)
    {
        Full().Equals(other).Should().BeFalse("the findings differ in {0}", member);
        EqualityAssert.Contract(Full(), Full(), other);
    }

    [Fact]
    public void Constructor_UndefinedDisposition_IsRejectedNamingDisposition()
    {
        var act = () => new Finding(FindingKind.BlockingObjection, true, "un-consensus", disposition: (ObjectionDisposition)99);
        act.Should().Throw<ArgumentException>().WithParameterName("disposition");
    }
}

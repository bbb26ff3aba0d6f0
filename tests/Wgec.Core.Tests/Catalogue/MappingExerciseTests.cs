using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Catalogue;

public sealed class MappingExerciseTests
{
    private static readonly SourceReference Mandate = new("Convention on Cybercrime (Council of Europe, 2001)");

    private static MappingExercise Example() => new(
        [new MappingArea(1, "Security", [2]), new MappingArea(2, "Development", [3])],
        [
            new Mechanism("Council of Europe Convention on Cybercrime", MechanismType.Instrument, Mandate, [new MechanismLink(MappingTargetKind.Issue, 2, Coverage.Partial)]),
            new Mechanism("IGF", MechanismType.Forum, new SourceReference("Tunis Agenda ¶72"), [new MechanismLink(MappingTargetKind.Area, 2, Coverage.Full)]),
        ],
        declaredAreaCount: 24,
        source: new SourceReference("hand-made"));

    [Fact]
    public void Constructor_KeepsAreasMechanismsAndDeclaredCount()
    {
        var mapping = Example();

        mapping.Areas.Should().HaveCount(2);
        mapping.Mechanisms[1].Type.Should().Be(MechanismType.Forum);
        mapping.IsAreaRecordComplete.Should().BeFalse();
        new MappingExercise([], []).IsAreaRecordComplete.Should().BeTrue();
    }

    [Fact]
    public void Constructor_LinkToUnknownArea_ThrowsNamingIt()
    {
        var mechanism = new Mechanism("ITU", MechanismType.Organisation, Mandate, [new MechanismLink(MappingTargetKind.Area, 9, Coverage.Partial)]);
        var act = () => new MappingExercise([new MappingArea(1, "Security", [])], [mechanism]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unknown-area" && e.Location == "mechanisms[0].links[0].number")
            .WithMessage("mechanism 'ITU' links area 9, which is not an area of the mapping.*");
    }

    [Fact]
    public void Constructor_MoreAreasThanDeclared_Throws()
    {
        var act = () => new MappingExercise([new MappingArea(1, "a", []), new MappingArea(2, "b", [])], [], declaredAreaCount: 1);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "areas-exceed-declared");
    }

    [Fact]
    public void Constructor_AreasOutOfOrder_Throws()
    {
        var act = () => new MappingExercise([new MappingArea(2, "a", []), new MappingArea(1, "b", [])], []);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "area-numbers-order" && e.Location == "areas[1].number");
    }

    [Fact]
    public void Constructor_DuplicateMechanism_Throws()
    {
        var a = new Mechanism("ITU", MechanismType.Organisation, Mandate, []);
        var act = () => new MappingExercise([], [a, new Mechanism("itu", MechanismType.Organisation, Mandate, [])]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-mechanism" && e.Location == "mechanisms[1].name");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Example(), Example(), new MappingExercise([], []));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var json = JsonAssert.RoundTrips(Example());
        json.Should().Contain("{\"target\":\"area\",\"number\":2,\"coverage\":\"full\"}");
        JsonAssert.RoundTrips(new MechanismLink(MappingTargetKind.Issue, 3, Coverage.Partial));
        JsonAssert.RoundTrips(new MappingArea(1, "Security", [2, 5]));
    }

    [Fact]
    public void Json_CoverageNone_FailsWithPath()
    {
        JsonAssert.FailsToRead<MappingExercise>(
            "{\"areas\":[],\"mechanisms\":[{\"name\":\"ITU\",\"type\":\"organisation\",\"mandate\":{\"citation\":\"c\"},\"links\":[{\"target\":\"issue\",\"number\":1,\"coverage\":\"none\"}]}]}",
            "$.mechanisms[0].links[0].coverage");
    }
}

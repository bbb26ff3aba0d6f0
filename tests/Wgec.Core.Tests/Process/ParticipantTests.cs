using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class ParticipantTests
{
    private static Participant Chair() => new(new ParticipantId("chair"), ParticipantKind.Person, StakeholderGroup.Governments, Standing.Chair, "Peter Major", "Hungary");

    [Fact]
    public void UnnamedSeat_HasNoName()
    {
        var seat = new Participant(new ParticipantId("ms-03"), ParticipantKind.Country, StakeholderGroup.Governments, Standing.Member);
        seat.Name.Should().BeNull();
        seat.IsNamed.Should().BeFalse();
        seat.Decides.Should().BeTrue();
        seat.ToString().Should().Contain("unnamed seat");
    }

    [Fact]
    public void Observer_NeverDecides()
    {
        Chair().WithStanding(Standing.Observer).Decides.Should().BeFalse();
        Chair().Decides.Should().BeFalse();
    }

    [Fact]
    public void Constructor_BlankName_ThrowsNamingTheRule()
    {
        var act = () => new Participant(new ParticipantId("x"), ParticipantKind.Person, StakeholderGroup.CivilSociety, Standing.Member, " ");
        act.Should().Throw<DomainValidationException>().WithParameterName("name").Which.Rule.Should().Be("blank-text");
    }

    [Fact]
    public void Constructor_DefaultId_Throws()
    {
        var act = () => new Participant(default, ParticipantKind.Person, StakeholderGroup.CivilSociety, Standing.Member);
        act.Should().Throw<DomainValidationException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_UndefinedEnum_Throws()
    {
        var act = () => new Participant(new ParticipantId("x"), ParticipantKind.Person, (StakeholderGroup)42, Standing.Member);
        act.Should().Throw<System.ArgumentException>().WithParameterName("stakeholderGroup");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Chair(), Chair(), Chair().WithName(null), Chair().WithStanding(Standing.Member));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Chair()).Should().Be(
            "{\"id\":\"chair\",\"kind\":\"person\",\"name\":\"Peter Major\",\"affiliation\":\"Hungary\",\"stakeholderGroup\":\"governments\",\"standing\":\"chair\"}");
    }

    [Fact]
    public void Json_UnknownStanding_IsRejected()
    {
        JsonAssert.FailsToRead<Participant>("{\"id\":\"a\",\"kind\":\"person\",\"stakeholderGroup\":\"governments\",\"standing\":\"king\"}");
    }
}

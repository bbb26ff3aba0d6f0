using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class ObserverAdmissionTests
{
    private static ObserverAdmission Create(bool admitted = true) =>
        new(new ParticipantId("obs-1"), new LocalDate(2013, 5, 30), admitted, "ECOSOC rules", 1);

    [Fact]
    public void Constructor_MeetingNumberBelowOne_Throws()
    {
        var act = () => new ObserverAdmission(new ParticipantId("obs-1"), new LocalDate(2013, 5, 30), true, "ECOSOC rules", 0);
        act.Should().Throw<DomainValidationException>().WithParameterName("meetingNumber")
            .Which.Message.Should().Contain("at least 1");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), Create(admitted: false));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Create()).Should().Be(
            "{\"observer\":\"obs-1\",\"decidedOn\":\"2013-05-30\",\"admitted\":true,\"rules\":\"ECOSOC rules\",\"meetingNumber\":1}");
    }
}

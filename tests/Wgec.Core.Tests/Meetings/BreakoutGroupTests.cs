using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class BreakoutGroupTests
{
    [Fact]
    public void LeadId_IsOptional()
    {
        new BreakoutGroup("India", "Categories and questions").LeadId.Should().BeNull();
        new BreakoutGroup("India", "Categories and questions", new ParticipantId("ms-india")).LeadId.Should().Be(new ParticipantId("ms-india"));
    }

    [Fact]
    public void Constructor_DefaultLeadId_Throws()
    {
        var act = () => new BreakoutGroup("India", "o", default(ParticipantId));
        act.Should().Throw<DomainValidationException>().WithParameterName("leadId");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(new BreakoutGroup("Brazil", "o", null, "t"), new BreakoutGroup("Brazil", "o", null, "t"), new BreakoutGroup("India", "o", null, "t"), new BreakoutGroup("Brazil", "o"));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new BreakoutGroup("Brazil", "Categories", new ParticipantId("ms-brazil"), "Topics")).Should()
            .Be("{\"lead\":\"Brazil\",\"leadId\":\"ms-brazil\",\"task\":\"Topics\",\"output\":\"Categories\"}");
    }
}

using System;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class CoordinatorTests
{
    [Fact]
    public void Coordinator_DefaultParticipant_Throws()
    {
        var act = () => new Coordinator("A", CoordinatorRole.Coordinator, default(ParticipantId));
        act.Should().Throw<DomainValidationException>().WithParameterName("participant");
    }
}

using System;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class ItemProvenanceTests
{
    [Fact]
    public void Provenance_InvalidValues_Throw()
    {
        var noRespondent = () => new ItemProvenance(default, 4, StakeholderGroup.Governments);
        noRespondent.Should().Throw<DomainValidationException>().WithParameterName("respondent");
        var noQuestion = () => new ItemProvenance(new RespondentId("R1"), 0, StakeholderGroup.Governments);
        noQuestion.Should().Throw<ArgumentException>().WithParameterName("question");
        var badCategory = () => new ItemProvenance(new RespondentId("R1"), 1, (StakeholderGroup)42);
        badCategory.Should().Throw<ArgumentException>().WithParameterName("category");
        var blankLocation = () => new ItemProvenance(new RespondentId("R1"), 1, StakeholderGroup.Governments, " ");
        blankLocation.Should().Throw<ArgumentException>().WithParameterName("excerptLocation");
    }
}

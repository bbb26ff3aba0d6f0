using System;
using System.Linq;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class CountMatrixTests
{
    private static readonly StakeholderGroup[] Groups = Enum.GetValues<StakeholderGroup>();

    [Fact]
    public void Constructor_OrdersCells_AndFindsThem()
    {
        var cells = Groups.Reverse().Select(g => new CountCell(1, g, (int)g, 1)).ToArray();
        var matrix = new CountMatrix(1, cells);
        matrix.Cells.Select(c => c.Group).Should().Equal(Groups);
        matrix.Cell(1, StakeholderGroup.CivilSociety).Answered.Should().Be(2);
    }

    [Fact]
    public void Constructor_MissingCell_Throws()
    {
        var act = () => new CountMatrix(1, Groups.Skip(1).Select(g => new CountCell(1, g, 0, 0)));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("missing-cell");
    }

    [Fact]
    public void Constructor_DuplicateCell_Throws()
    {
        var act = () => new CountMatrix(1, Groups.Select(g => new CountCell(1, g, 0, 0)).Append(new CountCell(1, StakeholderGroup.Governments, 1, 0)));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("duplicate-cell");
    }

    [Fact]
    public void Constructor_CellOutsideQuestions_Throws()
    {
        var act = () => new CountMatrix(1, Groups.Select(g => new CountCell(2, g, 0, 0)));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unknown-question");
    }

    [Fact]
    public void Cell_NegativeCount_Throws()
    {
        var act = () => new CountCell(1, StakeholderGroup.Governments, -1, 0);
        act.Should().Throw<ArgumentException>().WithParameterName("answered");
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(SampleConsultation.Record().CountMatrix());
        JsonAssert.RoundTrips(new CountCell(2, StakeholderGroup.CivilSociety, 2, 1))
            .Should().Be("{\"questionNumber\":2,\"group\":\"civilSociety\",\"answered\":2,\"unanswered\":1}");
    }

    [Fact]
    public void Json_MissingCell_Fails()
    {
        JsonAssert.FailsToRead<CountMatrix>("{\"questionCount\":1,\"cells\":[{\"questionNumber\":1,\"group\":\"governments\",\"answered\":1,\"unanswered\":0}]}", "missing");
    }
}

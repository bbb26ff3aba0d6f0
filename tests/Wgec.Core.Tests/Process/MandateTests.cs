using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class MandateTests
{
    private static readonly ReportingTarget Cstd17 = new("CSTD", 17, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16)));

    private static Mandate Create(LocalDate? adoptedOn = null, params MandateTask[] tasks) => new(
        DocumentSymbol.Parse("A/RES/67/195"), 2012, adoptedOn, "Examine the WSIS mandate on enhanced cooperation.",
        tasks.Length == 0 ? [MandateTask.SeekInputs, MandateTask.MakeRecommendations] : tasks, Cstd17,
        [new ParagraphReference("Tunis Agenda", 69, 71)]);

    [Fact]
    public void Constructor_KeepsTheFacts()
    {
        var mandate = Create();
        mandate.Resolution.ToString().Should().Be("A/RES/67/195");
        mandate.ReportingTarget.SessionNumber.Should().Be(17);
        mandate.ReportingTarget.SessionDates.Length.Should().Be(5);
        mandate.Tasks.Should().Equal(MandateTask.SeekInputs, MandateTask.MakeRecommendations);
        mandate.ReferencedParagraphs.Should().ContainSingle().Which.ToString().Should().Be("Tunis Agenda ¶69–71");
    }

    [Fact]
    public void Constructor_NoTasks_ThrowsNamingTheRule()
    {
        var act = () => new Mandate(DocumentSymbol.Parse("A/RES/67/195"), 2012, null, "s", [], Cstd17);
        act.Should().Throw<DomainValidationException>().WithParameterName("tasks")
            .Which.Rule.Should().Be("no-tasks");
    }

    [Fact]
    public void Constructor_RepeatedTask_ThrowsNamingTheRuleAndIndex()
    {
        var act = () => Create(null, MandateTask.SeekInputs, MandateTask.SeekInputs);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-task");
        ex.Message.Should().Contain("entry 2 of tasks repeats the task 'seekInputs' of entry 1");
        ex.Location.Should().Be("tasks[1]");
    }

    [Fact]
    public void Constructor_TasksOfAnotherMandate_AreData_KeptInTheirOrder()
    {
        var tasks = new[] { new MandateTask("decideWorkingMethods", "decide its working methods at the outset"), new MandateTask("makeRecommendations", "develop recommendations on how to further implement enhanced cooperation") };
        var mandate = Create(null, tasks);
        mandate.Tasks.Should().Equal(tasks);
        mandate.Tasks[1].Should().NotBe(MandateTask.MakeRecommendations, "a task is its key and its wording, not its key alone");
    }

    [Fact]
    public void Constructor_AdoptionDateOutsideYear_ThrowsNamingTheRule()
    {
        var act = () => Create(new LocalDate(2013, 1, 1));
        act.Should().Throw<DomainValidationException>().WithParameterName("adoptedOn")
            .Which.Message.Should().Contain("2013-01-01 is not in the adoption year 2012");
    }

    [Fact]
    public void Constructor_DefaultResolution_Throws()
    {
        var act = () => new Mandate(default, 2012, null, "s", [MandateTask.SeekInputs], Cstd17);
        act.Should().Throw<DomainValidationException>().WithParameterName("resolution");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), Create(new LocalDate(2012, 12, 20)), Create(null, MandateTask.ReviewInputs));
        EqualityAssert.Contract(Cstd17, new ReportingTarget("CSTD", 17, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16))), new ReportingTarget("CSTD", 18, Cstd17.SessionDates));
    }

    [Fact]
    public void WithReportingTarget_ReturnsChangedCopy()
    {
        var other = new ReportingTarget("CSTD", 18, new DateInterval(new LocalDate(2015, 5, 4), new LocalDate(2015, 5, 8)));
        var original = Create();
        original.WithReportingTarget(other).ReportingTarget.Should().Be(other);
        original.ReportingTarget.Should().Be(Cstd17);
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var json = JsonAssert.RoundTrips(Create(new LocalDate(2012, 12, 20)));
        json.Should().Contain("\"resolution\":\"A/RES/67/195\"").And.Contain("\"tasks\":[{\"key\":\"seekInputs\",\"description\":\"seek inputs from all Member States and all other stakeholders\"},{\"key\":\"makeRecommendations\"");
        JsonAssert.RoundTrips(Cstd17);
    }

    [Fact]
    public void Json_RepeatedTask_FailsWithPathAndRule()
    {
        var json = JsonAssert.RoundTrips(Create()).Replace("\"makeRecommendations\"", "\"seekInputs\"", System.StringComparison.Ordinal);
        JsonAssert.FailsToRead<Mandate>(json, "$.tasks[1]", "repeats the task 'seekInputs'");
    }
}

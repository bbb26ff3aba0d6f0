using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Tests.Recommendations;

public sealed class RecommendationHistoryTests
{
    private static readonly ParticipantId Chair = new("chair");
    private static readonly Instant Start = Instant.FromUtc(2013, 11, 6, 9, 0);

    private static LifecycleEvent Event(LifecycleEventKind kind, int hour, int meeting = 2, OutcomeKind? outcome = null) =>
        new(kind, Start + Duration.FromHours(hour), meeting, Chair, outcome);

    [Fact]
    public void State_IsTheFoldOfTheEvents()
    {
        var history = new RecommendationHistory(
        [
            Event(LifecycleEventKind.Drafted, 0),
            Event(LifecycleEventKind.Read, 1),
            Event(LifecycleEventKind.OutcomeRecorded, 2, outcome: OutcomeKind.ToBeRevisited),
            Event(LifecycleEventKind.Amended, 3, 3),
            Event(LifecycleEventKind.Read, 4, 4),
            Event(LifecycleEventKind.OutcomeRecorded, 5, 4, OutcomeKind.NoAgreement),
        ]);
        history.State.Should().Be(RecommendationState.NoAgreement);
        LifecycleTable.Fold(history.Events).Should().Be(history.State);
    }

    [Fact]
    public void Plus_IllegalTransition_ThrowsNamingBothStates()
    {
        var drafted = new RecommendationHistory([Event(LifecycleEventKind.Drafted, 0)]);
        var act = () => drafted.Plus(Event(LifecycleEventKind.OutcomeRecorded, 1, outcome: OutcomeKind.Agreed));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("illegal-transition");
        ex.Message.Should().Contain("from draft to agreed");
        ex.Location.Should().Be("events[1]");
    }

    [Fact]
    public void Constructor_NotStartingWithDrafting_Throws()
    {
        var act = () => new RecommendationHistory([Event(LifecycleEventKind.Read, 0)]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("must-start-drafted");
    }

    [Fact]
    public void Constructor_EventsOutOfOrder_Throws()
    {
        var act = () => new RecommendationHistory([Event(LifecycleEventKind.Drafted, 5), Event(LifecycleEventKind.Read, 1)]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("out-of-order");
    }

    [Fact]
    public void Event_OutcomeOnlyOnOutcomeRecorded()
    {
        var act = () => Event(LifecycleEventKind.Read, 0, outcome: OutcomeKind.Agreed);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("outcome-mismatch");
    }

    [Fact]
    public void Table_RandomPaths_FoldEqualsTrackedState() =>
        Gen.Int[0, 100].Array[0, 30].Sample(choices =>
        {
            var events = new List<LifecycleEvent> { Event(LifecycleEventKind.Drafted, 0) };
            var state = RecommendationState.Draft;
            var hour = 1;
            foreach (var choice in choices)
            {
                var options = LifecycleTable.Transitions.Where(t => t.From == state).ToList();
                var row = options[choice % options.Count];
                OutcomeKind? outcome = row.On == LifecycleEventKind.OutcomeRecorded
                    ? row.To switch { RecommendationState.Agreed => OutcomeKind.Agreed, RecommendationState.ToBeRevisited => OutcomeKind.ToBeRevisited, _ => OutcomeKind.NoAgreement }
                    : null;
                events.Add(Event(row.On, hour++, outcome: outcome));
                state = row.To;
            }

            var history = new RecommendationHistory(events);
            history.State.Should().Be(state);
            LifecycleTable.Fold(history.Events).Should().Be(history.State);
        }, iter: 1000);
}

using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// Model-based test of the recommendation lifecycle: random sequences of amend, read, record-outcome,
/// reopen and add-version steps (legal or not) run against a real <see cref="Recommendation"/> and
/// against a model that is just the state and the counts of events and versions, moved by
/// <see cref="DomainGen.Moves"/> (written from the Chair's practice, not from <see cref="LifecycleTable"/>).
/// After each step both agree, and an illegal step leaves the recommendation unchanged with rule
/// "illegal-transition". CsCheck shrinks a failing sequence and prints its seed (replay: see <see cref="PropertyRun"/>).
/// </summary>
public sealed class LifecycleModelTests
{
    private static readonly ParticipantId Chair = new("chair");
    private static readonly Instant Start = Instant.FromUtc(2013, 5, 30, 9, 0);

    private sealed class Actual
    {
        public required Recommendation Value { get; set; }

        public string LastError { get; set; } = string.Empty;

        public override string ToString() => Value.State + " after " + string.Join(", ", Value.History.Events.Select(e => e.Kind + (e.Outcome is { } o ? "(" + o + ")" : string.Empty)));
    }

    private sealed class Model
    {
        public RecommendationState State { get; set; } = RecommendationState.Draft;

        public int Events { get; set; } = 1;

        public int Versions { get; set; } = 1;

        public string LastError { get; set; } = string.Empty;

        public override string ToString() => $"{State}, {Events} events, {Versions} versions, last error '{LastError}'";
    }

    private static Recommendation Drafted() => new(
        new RecommendationId("R-1"), new GroupKey("A"), "Enhanced cooperation",
        [new RecommendationVersion(1, "First text", Chair)],
        new RecommendationHistory([new LifecycleEvent(LifecycleEventKind.Drafted, Start, 1, Chair)]));

    private static LifecycleEvent Event(Recommendation r, LifecycleEventKind kind, OutcomeKind? outcome) =>
        new(kind, Start + Duration.FromHours(r.History.Events.Length), r.History.Events.Length, Chair, outcome);

    private static bool Legal(RecommendationState state, LifecycleEventKind kind, OutcomeKind? outcome) =>
        DomainGen.Moves(state).Contains((kind, outcome));

    private static void Try(Actual actual, Func<Recommendation, Recommendation> step)
    {
        var before = actual.Value;
        try
        {
            actual.Value = step(before);
            actual.LastError = string.Empty;
        }
        catch (DomainValidationException e)
        {
            actual.LastError = e.Rule;
            if (!ReferenceEquals(actual.Value, before))
            {
                throw new InvalidOperationException("a rejected step changed the recommendation");
            }
        }
    }

    private static void Move(Model model, LifecycleEventKind kind, OutcomeKind? outcome, bool addsVersion = false)
    {
        if (!Legal(model.State, kind, outcome))
        {
            model.LastError = "illegal-transition";
            return;
        }

        model.State = DomainGen.After(model.State, kind, outcome);
        model.Events++;
        model.Versions += addsVersion ? 1 : 0;
        model.LastError = string.Empty;
    }

    [Fact]
    public void RandomEventSequences_AgreeWithTheModel()
    {
        var simple = DomainGen.Pick(LifecycleEventKind.Amended, LifecycleEventKind.Read, LifecycleEventKind.Reopened).Operation<Actual, Model>(
            k => k.ToString(),
            (a, k) => Try(a, r => r.PlusEvent(Event(r, k, null))),
            (m, k) => Move(m, k, null));

        var outcome = Gen.Enum<OutcomeKind>().Where(k => k != OutcomeKind.Unspecified).Operation<Actual, Model>(
            o => "OutcomeRecorded(" + o + ")",
            (a, o) => Try(a, r => r.PlusEvent(Event(r, LifecycleEventKind.OutcomeRecorded, o))),
            (m, o) => Move(m, LifecycleEventKind.OutcomeRecorded, o));

        var version = Gen.Const(0).Operation<Actual, Model>(
            _ => "PlusVersion",
            (a, _) => Try(a, r => r.PlusVersion(new RecommendationVersion(r.Versions.Length + 1, "Amended text " + r.Versions.Length, Chair), Event(r, LifecycleEventKind.Amended, null))),
            (m, _) => Move(m, LifecycleEventKind.Amended, null, addsVersion: true));

        Gen.Const(0).Select(_ => (new Actual { Value = Drafted() }, new Model())).SampleModelBased(
            simple,
            outcome,
            version,
            equal: (a, m) => a.Value.State == m.State
                && a.Value.History.Events.Length == m.Events
                && a.Value.Versions.Length == m.Versions
                && a.Value.Current.Number == m.Versions
                && a.LastError == m.LastError
                && LifecycleTable.Fold(a.Value.History.Events) == m.State,
            iter: PropertyRun.Sequences);
    }

    [Fact]
    public void Apply_AgreesWithTheModel_ForEveryStateEventAndOutcome() =>
        Gen.Select(Gen.Enum<RecommendationState>(), Gen.Enum<LifecycleEventKind>(), Gen.Enum<OutcomeKind>().Where(k => k != OutcomeKind.Unspecified)).Sample((state, kind, outcome) =>
        {
            OutcomeKind? o = kind == LifecycleEventKind.OutcomeRecorded ? outcome : null;
            var e = new LifecycleEvent(kind, Start, 2, Chair, o);
            var legal = kind != LifecycleEventKind.Drafted && Legal(state, kind, o);
            LifecycleTable.TryApply(state, e, out var to).Should().Be(legal);
            if (legal)
            {
                to.Should().Be(DomainGen.After(state, kind, o));
                LifecycleTable.Apply(state, e).Should().Be(to);
            }
            else
            {
                var error = FluentActions.Invoking(() => LifecycleTable.Apply(state, e)).Should().Throw<DomainValidationException>().Which;
                error.Rule.Should().Be("illegal-transition");
                error.ParamName.Should().Be("lifecycleEvent");
                error.Message.Should().Contain("from " + Internal.DomainWords.Of(state) + " to ");
            }
        }, iter: PropertyRun.Iterations);

    [Fact]
    public void GeneratedHistories_FoldToTheModelState() =>
        DomainGen.History.Sample(history =>
        {
            var state = RecommendationState.Draft;
            foreach (var e in history.Events.Skip(1))
            {
                state = DomainGen.After(state, e.Kind, e.Outcome);
            }

            history.State.Should().Be(state);
            LifecycleTable.Fold(history.Events).Should().Be(state);
            new RecommendationHistory(history.Events).Should().Be(history);
        }, iter: PropertyRun.Iterations);

    [Fact]
    public void Transitions_TableListsExactlyTheModelMoves()
    {
        var expected = new List<(RecommendationState, LifecycleEventKind, RecommendationState)>();
        foreach (var state in Enum.GetValues<RecommendationState>())
        {
            expected.AddRange(DomainGen.Moves(state).Select(m => (state, m.Kind, DomainGen.After(state, m.Kind, m.Outcome))));
        }

        LifecycleTable.Transitions.Select(t => (t.From, t.On, t.To)).Should().BeEquivalentTo(expected);
    }
}

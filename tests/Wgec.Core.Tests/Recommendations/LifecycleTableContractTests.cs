using System.Linq;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Recommendations;

// The lifecycle table as data: its rows are distinct values, and Fold names the event at fault.
public sealed class LifecycleTableContractTests
{
    private static readonly Instant Start = Instant.FromUtc(2013, 11, 6, 9, 0);

    [Fact]
    public void Transitions_EachRowEqualsOnlyItselfAndItsCopy()
    {
        var rows = LifecycleTable.Transitions;

        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < rows.Length; j++)
            {
                rows[i].Equals(rows[j]).Should().Be(i == j, "rows {0} ({1}) and {2} ({3})", i, rows[i], j, rows[j]);
                rows[i].Equals((object)rows[j]).Should().Be(i == j);
            }

            // A separate instance with the same content is equal: equality is by content, not reference.
            var copy = new LifecycleTransition(rows[i].From, rows[i].On, rows[i].To);
            EqualityAssert.Contract(rows[i], copy);
        }
    }

    [Fact]
    public void ToString_ShowsFromEventAndTo()
    {
        LifecycleTable.Transitions[1].ToString().Should().Be("draft --read--> under discussion");
    }

    [Fact]
    public void Fold_NullEvent_IsRejectedAtItsIndex()
    {
        var drafted = new LifecycleEvent(LifecycleEventKind.Drafted, Start, 2, new ParticipantId("chair"));

        var act = () => LifecycleTable.Fold([drafted, null!]);

        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("null-element");
        ex.ParamName.Should().Be("events");
        ex.Location.Should().Be("events[1]");
        ex.Message.Should().StartWith("entry 2 of events is null.");
    }
}

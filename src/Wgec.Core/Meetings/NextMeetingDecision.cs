using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>
/// The decision of a meeting on the number and dates of the next one, e.g. the 2nd WGEC meeting
/// agreed on a 3rd meeting from 24 to 28 February 2014.
/// </summary>
/// <remarks>The meeting checks that the number follows its own. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class NextMeetingDecision : IEquatable<NextMeetingDecision>
{
    /// <summary>Creates the decision.</summary>
    /// <param name="meetingNumber">The ordinal of the next meeting; at least 1.</param>
    /// <param name="dates">The dates agreed, inclusive.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">The number is below 1 or the dates are null.</exception>
    public NextMeetingDecision(int meetingNumber, DateInterval dates, IEnumerable<SourceReference>? sources = null)
    {
        MeetingNumber = Preconditions.Positive(meetingNumber);
        Dates = Preconditions.NotNull(dates);
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The ordinal of the next meeting.</summary>
    public int MeetingNumber { get; }

    /// <summary>The dates agreed, inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(NextMeetingDecision? other) =>
        other is not null && MeetingNumber == other.MeetingNumber && Dates.Equals(other.Dates) && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NextMeetingDecision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MeetingNumber, Dates, Immutable.SequenceHash(Sources));

    /// <summary>The meeting number and dates.</summary>
    /// <returns>The decision as text.</returns>
    public override string ToString() => $"meeting {MeetingNumber}: {Dates}";
}

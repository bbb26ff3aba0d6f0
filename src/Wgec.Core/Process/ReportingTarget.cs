using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// Where and when a working group reports: a body, its session number and the session's dates,
/// e.g. the CSTD at its 17th session, 12–16 May 2014.
/// </summary>
/// <remarks>Equality is by content (sources included). Immutable and thread-safe.</remarks>
public sealed class ReportingTarget : IEquatable<ReportingTarget>
{
    /// <summary>Creates a reporting target.</summary>
    /// <param name="body">The body reported to, e.g. "Commission on Science and Technology for Development (CSTD)".</param>
    /// <param name="sessionNumber">The session's ordinal number; at least 1.</param>
    /// <param name="sessionDates">The dates of the session (inclusive).</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">A text is blank, the session number is below 1, or an argument is null.</exception>
    public ReportingTarget(string body, int sessionNumber, DateInterval sessionDates, IEnumerable<SourceReference>? sources = null)
    {
        Body = DomainText.Required(body, nameof(body));
        SessionNumber = Preconditions.Positive(sessionNumber);
        SessionDates = Preconditions.NotNull(sessionDates);
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The body reported to.</summary>
    public string Body { get; }

    /// <summary>The ordinal number of the session reported to.</summary>
    public int SessionNumber { get; }

    /// <summary>The dates of the session, inclusive.</summary>
    public DateInterval SessionDates { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(ReportingTarget? other) =>
        other is not null
        && string.Equals(Body, other.Body, StringComparison.Ordinal)
        && SessionNumber == other.SessionNumber
        && SessionDates.Equals(other.SessionDates)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Body), SessionNumber, SessionDates, Immutable.SequenceHash(Sources));

    /// <summary>The body, session and dates as one line.</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => $"{Body}, session {SessionNumber}, {SessionDates}";
}

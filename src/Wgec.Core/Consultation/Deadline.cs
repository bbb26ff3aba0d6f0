using System;
using NodaTime;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Consultation;

/// <summary>
/// One deadline of a consultation, original or extended: the last local date on which
/// submissions are on time, the decision that set it, and where that is recorded.
/// </summary>
/// <remarks>
/// The date is a whole local day in the organiser's time zone: a submission is on time up to the
/// end of that day (see <see cref="DeadlinePolicy"/>). Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Deadline : IEquatable<Deadline>
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="date">The last day (local, in the organiser's zone) on which submissions are on time.</param>
    /// <param name="decision">The decision that set the deadline, e.g. "set by the WG at its 1st meeting".</param>
    /// <param name="source">Where the deadline is recorded, when known.</param>
    /// <exception cref="ArgumentException">The decision is blank or longer than 2,000 characters.</exception>
    public Deadline(LocalDate date, string decision, SourceReference? source = null)
    {
        Date = date;
        Decision = Internal.DomainText.Required(decision, nameof(decision));
        Source = source;
    }

    /// <summary>The last local day on which submissions are on time.</summary>
    public LocalDate Date { get; }

    /// <summary>The decision that set this deadline.</summary>
    public string Decision { get; }

    /// <summary>Where the deadline is recorded, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; }

    /// <inheritdoc/>
    public bool Equals(Deadline? other) =>
        other is not null && Date == other.Date && string.Equals(Decision, other.Decision, StringComparison.Ordinal) && Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Deadline);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, StringComparer.Ordinal.GetHashCode(Decision), Source);

    /// <summary>The date in ISO format and the decision.</summary>
    /// <returns>The deadline as text.</returns>
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} ({Decision})";
}

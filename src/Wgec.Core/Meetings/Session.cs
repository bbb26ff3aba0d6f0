using System;
using NodaTime;

namespace Wgec.Core.Meetings;

/// <summary>
/// One sitting of a meeting: a date and a part of the day, in the venue's time zone. The first
/// WGEC meeting had two: 30 May 2013 afternoon and 31 May 2013 (whole day).
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class Session : IEquatable<Session>
{
    /// <summary>Creates a session.</summary>
    /// <param name="date">The date, in the venue's time zone.</param>
    /// <param name="part">The part of the day.</param>
    /// <exception cref="ArgumentException">The part is undefined.</exception>
    public Session(LocalDate date, PartOfDay part = PartOfDay.WholeDay)
    {
        Date = date;
        Part = Preconditions.Defined(part);
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The part of the day.</summary>
    public PartOfDay Part { get; }

    /// <summary>Whether this session and <paramref name="other"/> share any time: same date and the same half, or a whole day.</summary>
    /// <param name="other">The other session.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(Session other)
    {
        Preconditions.NotNull(other);
        return Date == other.Date && (Part == PartOfDay.WholeDay || other.Part == PartOfDay.WholeDay || Part == other.Part);
    }

    /// <summary>Whether this session ends before <paramref name="other"/> begins.</summary>
    /// <param name="other">The other session.</param>
    /// <returns>Whether this one comes wholly first.</returns>
    public bool EndsBefore(Session other)
    {
        Preconditions.NotNull(other);
        return Date < other.Date || (Date == other.Date && Part == PartOfDay.Morning && other.Part == PartOfDay.Afternoon);
    }

    /// <inheritdoc/>
    public bool Equals(Session? other) => other is not null && Date == other.Date && Part == other.Part;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Session);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Part);

    /// <summary>The date and part, e.g. "2013-05-30 Afternoon".</summary>
    /// <returns>The session as text.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {DomainWords.Of(Part)}";
}

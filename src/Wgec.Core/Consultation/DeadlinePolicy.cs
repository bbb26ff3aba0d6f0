using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// When submissions to a consultation are due: the original deadline, its extensions in order,
/// and the organiser's time zone that gives the dates their meaning.
/// </summary>
/// <remarks>
/// <para>
/// A deadline date means the <b>end of that day, local time</b> in <see cref="TimeZoneId"/>: a
/// submission is on time when it is made before the start of the following local day. The
/// deadline in force is the last extension, or the original deadline when there is none.
/// </para>
/// <para>Equality is by content. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DeadlinePolicy : IEquatable<DeadlinePolicy>
{
    /// <summary>The TZDB zone of Geneva, where the WGEC sat: <c>Europe/Zurich</c>.</summary>
    public const string GenevaTimeZoneId = "Europe/Zurich";

    private readonly DateTimeZone _zone;

    /// <summary>Creates a policy.</summary>
    /// <param name="timeZoneId">The TZDB id of the organiser's time zone, e.g. <see cref="GenevaTimeZoneId"/>.</param>
    /// <param name="original">The original deadline.</param>
    /// <param name="extensions">The extensions, each later than the one before (and than the original).</param>
    /// <exception cref="ArgumentException">
    /// The zone id is not a TZDB id, or an extension does not move the deadline later.
    /// </exception>
    public DeadlinePolicy(string timeZoneId, Deadline original, IEnumerable<Deadline>? extensions = null)
    {
        Preconditions.NotBlank(timeZoneId);
        Preconditions.NotNull(original);
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new DomainValidationException("unknown-time-zone", $"'{timeZoneId}' is not a TZDB time zone id.", nameof(timeZoneId));
        var list = Immutable.ToArrayOrEmpty(extensions, nameof(extensions));
        var previous = original.Date;
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Date <= previous)
            {
                throw new DomainValidationException(
                    "extension-not-later",
                    $"extension {i} ({list[i].Date:uuuu'-'MM'-'dd}) must be later than the deadline it extends ({previous:uuuu'-'MM'-'dd}).",
                    nameof(extensions),
                    $"extensions[{i}]");
            }

            previous = list[i].Date;
        }

        TimeZoneId = _zone.Id;
        Original = original;
        Extensions = list;
    }

    /// <summary>The TZDB id of the organiser's time zone.</summary>
    public string TimeZoneId { get; }

    /// <summary>The original deadline.</summary>
    public Deadline Original { get; }

    /// <summary>The extensions, in the order they were decided (each later than the previous).</summary>
    public ImmutableArray<Deadline> Extensions { get; }

    /// <summary>The deadline in force: the last extension, or the original.</summary>
    public Deadline InForce => Extensions.IsEmpty ? Original : Extensions[Extensions.Length - 1];

    /// <summary>The first instant that is late: the start of the local day after <see cref="InForce"/>.</summary>
    public Instant LateFrom => _zone.AtStartOfDay(InForce.Date.PlusDays(1)).ToInstant();

    /// <summary>Whether a submission made at <paramref name="submittedAt"/> came after the deadline in force.</summary>
    /// <param name="submittedAt">When the submission was made.</param>
    /// <returns><see langword="true"/> when it was made at or after <see cref="LateFrom"/>.</returns>
    public bool IsLate(Instant submittedAt) => submittedAt >= LateFrom;

    /// <summary>Returns a copy with one more extension.</summary>
    /// <param name="extension">The new deadline; later than the one in force.</param>
    /// <returns>A new policy.</returns>
    public DeadlinePolicy PlusExtension(Deadline extension) => new(TimeZoneId, Original, Extensions.Add(Preconditions.NotNull(extension)));

    /// <inheritdoc/>
    public bool Equals(DeadlinePolicy? other) =>
        other is not null
        && string.Equals(TimeZoneId, other.TimeZoneId, StringComparison.Ordinal)
        && Original.Equals(other.Original)
        && Immutable.SequenceEqual(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeadlinePolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(TimeZoneId), Original, Immutable.SequenceHash(Extensions));
}

using System;
using System.Linq;
using NodaTime;

namespace Wgec.Core.Meetings;

/// <summary>
/// Where a meeting takes place: room, building, city and the city's TZDB time zone (Geneva is
/// <c>Europe/Zurich</c>).
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class Venue : IEquatable<Venue>
{
    /// <summary>Creates a venue.</summary>
    /// <param name="city">The city, e.g. "Geneva".</param>
    /// <param name="timeZoneId">The TZDB time zone id, e.g. "Europe/Zurich".</param>
    /// <param name="building">The building, e.g. "Palais des Nations", when known.</param>
    /// <param name="room">The room, e.g. "Room XXIV", when known.</param>
    /// <exception cref="ArgumentException">A text is blank or the zone is not in the TZDB (rule <c>unknown-time-zone</c>).</exception>
    public Venue(string city, string timeZoneId, string? building = null, string? room = null)
    {
        City = Internal.DomainText.Required(city, nameof(city));
        Preconditions.NotBlank(timeZoneId);
        TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new DomainValidationException("unknown-time-zone", $"'{timeZoneId}' is not a TZDB time zone id.", nameof(timeZoneId));
        TimeZoneId = timeZoneId;
        Building = Internal.DomainText.Optional(building, nameof(building));
        Room = Internal.DomainText.Optional(room, nameof(room));
    }

    /// <summary>The room, or <see langword="null"/>.</summary>
    public string? Room { get; }

    /// <summary>The building, or <see langword="null"/>.</summary>
    public string? Building { get; }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The TZDB time zone id.</summary>
    public string TimeZoneId { get; }

    /// <summary>The time zone, from the TZDB provider.</summary>
    public DateTimeZone TimeZone { get; }

    /// <inheritdoc/>
    public bool Equals(Venue? other) =>
        other is not null
        && string.Equals(City, other.City, StringComparison.Ordinal)
        && string.Equals(TimeZoneId, other.TimeZoneId, StringComparison.Ordinal)
        && string.Equals(Building, other.Building, StringComparison.Ordinal)
        && string.Equals(Room, other.Room, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Venue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(City), StringComparer.Ordinal.GetHashCode(TimeZoneId),
        Building is null ? 0 : StringComparer.Ordinal.GetHashCode(Building), Room is null ? 0 : StringComparer.Ordinal.GetHashCode(Room));

    /// <summary>Room, building and city, comma-separated.</summary>
    /// <returns>The venue as text.</returns>
    public override string ToString() => string.Join(", ", new[] { Room, Building, City }.Where(s => s is not null));
}

using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// One participant's position at a reading, with the reservation or objection reason where the
/// kind requires it (see <see cref="PositionKindExtensions.RequiresText"/>).
/// </summary>
/// <remarks>Equality is by content (ordinal text). Immutable and thread-safe.</remarks>
public sealed class Position : IEquatable<Position>
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Creates a position.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="kind">The position.</param>
    /// <param name="text">The reservation or the objection's reason; required for those kinds, otherwise an optional explanation.</param>
    /// <exception cref="ArgumentException">The participant is default, the kind undefined, a required text missing or a text too long.</exception>
    public Position(ParticipantId participant, PositionKind kind, string? text = null)
    {
        if (participant.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a position needs a participant id.", nameof(participant));
        }

        Specified.Check(kind, nameof(kind), "a position (participant '{0}')", participant.Value);
        if (kind.RequiresText() && string.IsNullOrWhiteSpace(text))
        {
            var what = kind == PositionKind.Objection ? "an objection needs its reason" : "a support with reservation needs the reservation";
            throw new DomainValidationException("text-required", $"{what} (participant '{participant}').", nameof(text));
        }

        if (text is not null && (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength))
        {
            throw new DomainValidationException("invalid-text", $"a position text must be 1–{MaxTextLength} characters and not blank (participant '{participant}').", nameof(text));
        }

        Participant = participant;
        Kind = kind;
        Text = text?.Trim();
    }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The position.</summary>
    public PositionKind Kind { get; }

    /// <summary>The reservation, the objection's reason, or an explanation of position; <see langword="null"/> when none.</summary>
    public string? Text { get; }

    /// <summary>Support.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The position.</returns>
    public static Position Support(ParticipantId participant) => new(participant, PositionKind.Support);

    /// <summary>Support with a recorded reservation.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="reservation">The reservation.</param>
    /// <returns>The position.</returns>
    public static Position SupportWithReservation(ParticipantId participant, string reservation) => new(participant, PositionKind.SupportWithReservation, reservation);

    /// <summary>No objection ("can live with it").</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The position.</returns>
    public static Position NoObjection(ParticipantId participant) => new(participant, PositionKind.NoObjection);

    /// <summary>Abstention.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The position.</returns>
    public static Position Abstain(ParticipantId participant) => new(participant, PositionKind.Abstain);

    /// <summary>An objection with its reason.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The position.</returns>
    public static Position Objection(ParticipantId participant, string reason) => new(participant, PositionKind.Objection, reason);

    /// <summary>Absence.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The position.</returns>
    public static Position Absent(ParticipantId participant) => new(participant, PositionKind.Absent);

    /// <inheritdoc/>
    public bool Equals(Position? other) =>
        other is not null && Participant == other.Participant && Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Position);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Participant, Kind, Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>The position as text, e.g. "de: objection (reason)".</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => Text is null ? $"{Participant}: {DomainWords.Of(Kind)}" : $"{Participant}: {DomainWords.Of(Kind)} ({Text})";
}

using System;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// One disposition given to an objection: what, who gave it, when, and the text where the
/// disposition needs one (the change for <see cref="ObjectionDisposition.Accommodated"/>, the
/// answer for <see cref="ObjectionDisposition.AddressedNotAccommodated"/>).
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class DispositionRecord : IEquatable<DispositionRecord>
{
    /// <summary>Creates a record.</summary>
    /// <param name="disposition">The disposition.</param>
    /// <param name="givenBy">Who gave it (e.g. the chair, or the objector for a withdrawal).</param>
    /// <param name="at">When it was given.</param>
    /// <param name="text">The change or the answer; required for accommodated and addressed-not-accommodated.</param>
    /// <exception cref="ArgumentException">The id is default, the disposition undefined, or a required text is missing.</exception>
    public DispositionRecord(ObjectionDisposition disposition, ParticipantId givenBy, Instant at, string? text = null)
    {
        Specified.Check(disposition, nameof(disposition), "a disposition (open, accommodated, addressed but not accommodated, withdrawn or sustained)");
        if (givenBy.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a disposition records who gave it.", nameof(givenBy));
        }

        if (disposition is ObjectionDisposition.Accommodated or ObjectionDisposition.AddressedNotAccommodated && string.IsNullOrWhiteSpace(text))
        {
            var what = disposition == ObjectionDisposition.Accommodated ? "the change made to the text" : "the answer given";
            throw new DomainValidationException("text-required", $"a disposition '{disposition}' records {what}.", nameof(text));
        }

        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            throw new DomainValidationException("invalid-text", "a disposition text must not be blank.", nameof(text));
        }

        Disposition = disposition;
        GivenBy = givenBy;
        At = at;
        Text = text?.Trim();
    }

    /// <summary>The disposition.</summary>
    public ObjectionDisposition Disposition { get; }

    /// <summary>Who gave it.</summary>
    public ParticipantId GivenBy { get; }

    /// <summary>When it was given.</summary>
    public Instant At { get; }

    /// <summary>The change or the answer, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <inheritdoc/>
    public bool Equals(DispositionRecord? other) =>
        other is not null && Disposition == other.Disposition && GivenBy == other.GivenBy && At == other.At
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DispositionRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Disposition, GivenBy, At, Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text));
}

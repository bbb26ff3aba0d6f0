using System;
using System.Globalization;
using Wgec.Core.Internal;

namespace Wgec.Core.Identifiers;

/// <summary>
/// The mark on a <see cref="SourceReference"/> whose fact the source does not state outright:
/// how it was arrived at (inferred, derived or reconstructed) and why. Stated facts carry none.
/// </summary>
/// <remarks>Equality is by content (ordinal reason). Immutable and thread-safe.</remarks>
public sealed class Derivation : IEquatable<Derivation>
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Creates a derivation mark.</summary>
    /// <param name="kind">How the fact was arrived at.</param>
    /// <param name="reason">Why, in the domain's words, e.g. "groups A–E cover Q2–Q17 and Q1 is the stakeholder question".</param>
    /// <exception cref="ArgumentException">The kind is undefined, or the reason is blank or too long.</exception>
    public Derivation(DerivationKind kind, string reason)
    {
        Preconditions.Defined(kind);
        Preconditions.NotBlank(reason);
        if (reason.Length > MaxReasonLength)
        {
            throw new DomainValidationException("too-long", $"a derivation reason must be at most {MaxReasonLength.ToString(CultureInfo.InvariantCulture)} characters, not {reason.Length.ToString(CultureInfo.InvariantCulture)}.", nameof(reason));
        }

        Kind = kind;
        Reason = reason.Trim();
    }

    /// <summary>How the fact was arrived at.</summary>
    public DerivationKind Kind { get; }

    /// <summary>Why the fact is held although the source does not state it.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(Derivation? other) => other is not null && Kind == other.Kind && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Derivation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Reason));

    /// <summary>"inferred: reason", in lower case, as the reports print it.</summary>
    /// <returns>The mark as text.</returns>
    public override string ToString() => Word(Kind) + ": " + Reason;

    /// <summary>The word a report prints for a kind: "inferred", "derived", "reconstructed".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word.</returns>
    public static string Word(DerivationKind kind) => DomainWords.Of(kind);
}

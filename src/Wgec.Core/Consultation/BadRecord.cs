using System;
using System.Globalization;

namespace Wgec.Core.Consultation;

/// <summary>A record of a response stream that could not be used: where it is, which rule it breaks, and why.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class BadRecord : IEquatable<BadRecord>
{
    /// <summary>Creates a bad-record report.</summary>
    /// <param name="positionKind">How <paramref name="position"/> is counted.</param>
    /// <param name="position">The 0-based index or 1-based line number of the record.</param>
    /// <param name="rule">The kebab-case rule broken, e.g. <c>malformed-json</c> or <c>unknown-respondent</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentException">The position is out of range for its kind, or a text is blank.</exception>
    public BadRecord(RecordPositionKind positionKind, long position, string rule, string message)
    {
        Preconditions.Defined(positionKind);
        Preconditions.InRange(position, nameof(position), positionKind == RecordPositionKind.Line ? 1 : 0, long.MaxValue);
        PositionKind = positionKind;
        Position = position;
        Rule = Preconditions.NotBlank(rule);
        Message = Preconditions.NotBlank(message);
    }

    /// <summary>How the position is counted.</summary>
    public RecordPositionKind PositionKind { get; }

    /// <summary>The 0-based index or 1-based line number.</summary>
    public long Position { get; }

    /// <summary>The kebab-case rule broken.</summary>
    public string Rule { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(BadRecord? other) =>
        other is not null && PositionKind == other.PositionKind && Position == other.Position
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BadRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PositionKind, Position, StringComparer.Ordinal.GetHashCode(Rule));

    /// <summary>"line 7: …" or "[3]: …".</summary>
    /// <returns>The report as one line.</returns>
    public override string ToString() =>
        (PositionKind == RecordPositionKind.Line ? "line " + Position.ToString(CultureInfo.InvariantCulture) : "[" + Position.ToString(CultureInfo.InvariantCulture) + "]")
        + $": {Rule}: {Message}";
}

using System;

namespace Wgec.Core.Consultation;

/// <summary>
/// A disagreement or gap found in the data, reported rather than corrected: e.g. declared
/// category counts that sum to 71 beside a declared total of 69.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class DataQualityFinding : IEquatable<DataQualityFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">A stable kebab-case code, e.g. <c>declared-distribution-sum-mismatch</c>.</param>
    /// <param name="message">What disagrees, in a sentence.</param>
    /// <param name="declared">The declared figure, when the finding compares figures.</param>
    /// <param name="computed">The computed figure, when the finding compares figures.</param>
    /// <exception cref="ArgumentException">The code is not kebab-case or the message is blank.</exception>
    public DataQualityFinding(string code, string message, int? declared = null, int? computed = null)
    {
        Preconditions.NotBlank(code);
        Preconditions.NotBlank(message);
        if (!IsKebabCase(code))
        {
            throw new DomainValidationException("invalid-code", $"'{code}' is not a kebab-case code such as 'total-mismatch'.", nameof(code));
        }

        Code = code;
        Message = message.Trim();
        Declared = declared;
        Computed = computed;
    }

    /// <summary>The kebab-case code.</summary>
    public string Code { get; }

    /// <summary>What disagrees.</summary>
    public string Message { get; }

    /// <summary>The declared figure, or <see langword="null"/>.</summary>
    public int? Declared { get; }

    /// <summary>The computed figure, or <see langword="null"/>.</summary>
    public int? Computed { get; }

    /// <inheritdoc/>
    public bool Equals(DataQualityFinding? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Declared == other.Declared
        && Computed == other.Computed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DataQualityFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Message), Declared, Computed);

    /// <summary>The code and message.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() => $"{Code}: {Message}";

    private static bool IsKebabCase(string code)
    {
        if (code[0] == '-' || code[code.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// How observers are admitted: the rules that apply (for WGEC, the ECOSOC rules), whether the
/// group must agree, and who decides accreditation.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ObserverPolicy : IEquatable<ObserverPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="rules">The rules that apply, e.g. "ECOSOC rules of procedure".</param>
    /// <param name="requiresGroupAgreement">Whether an admission needs the working group's agreement.</param>
    /// <param name="accreditationBy">The standing of whoever decides accreditation (e.g. the chair), when the record says.</param>
    /// <exception cref="ArgumentException">The rules text is blank or the standing undefined.</exception>
    public ObserverPolicy(string rules, bool requiresGroupAgreement, Standing? accreditationBy = null)
    {
        Rules = DomainText.Required(rules, nameof(rules));
        RequiresGroupAgreement = requiresGroupAgreement;
        if (accreditationBy is { } standing && !DomainText.IsDefined(standing))
        {
            throw new DomainValidationException("undefined-value", $"accreditationBy is not a defined standing ({(int)standing}).", nameof(accreditationBy));
        }

        AccreditationBy = accreditationBy;
    }

    /// <summary>The rules that apply.</summary>
    public string Rules { get; }

    /// <summary>Whether an admission needs the working group's agreement.</summary>
    public bool RequiresGroupAgreement { get; }

    /// <summary>The standing of whoever decides accreditation, or <see langword="null"/> when the record does not say.</summary>
    public Standing? AccreditationBy { get; }

    /// <inheritdoc/>
    public bool Equals(ObserverPolicy? other) =>
        other is not null
        && string.Equals(Rules, other.Rules, StringComparison.Ordinal)
        && RequiresGroupAgreement == other.RequiresGroupAgreement
        && AccreditationBy == other.AccreditationBy;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObserverPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Rules), RequiresGroupAgreement, AccreditationBy);

    /// <summary>The rules and whether the group must agree.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => RequiresGroupAgreement ? $"{Rules}, subject to the group's agreement" : Rules;
}

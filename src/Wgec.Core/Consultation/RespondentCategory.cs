using System;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>
/// The category of a respondent: the stakeholder group, an optional sub-type (e.g. "academia"),
/// an optional region, whether the respondent is from a developing country, and ECOSOC status.
/// </summary>
/// <remarks>Equality is by content (ordinal text). Immutable and thread-safe.</remarks>
public sealed class RespondentCategory : IEquatable<RespondentCategory>
{
    /// <summary>Creates a category.</summary>
    /// <param name="group">The stakeholder group.</param>
    /// <param name="subType">A finer sub-type within the group, or <see langword="null"/>.</param>
    /// <param name="region">A region (e.g. a UN regional group), or <see langword="null"/>.</param>
    /// <param name="isFromDevelopingCountry">Whether the respondent is from a developing country.</param>
    /// <param name="ecosocStatus">The ECOSOC consultative status.</param>
    /// <exception cref="ArgumentException">An enum value is undefined, or a given text is blank.</exception>
    public RespondentCategory(StakeholderGroup group, string? subType = null, string? region = null, bool isFromDevelopingCountry = false, EcosocStatus ecosocStatus = EcosocStatus.Unknown)
    {
        Preconditions.Defined(group);
        Preconditions.Defined(ecosocStatus);
        Group = group;
        SubType = OptionalText.Trim(subType, nameof(subType));
        Region = OptionalText.Trim(region, nameof(region));
        IsFromDevelopingCountry = isFromDevelopingCountry;
        EcosocStatus = ecosocStatus;
    }

    /// <summary>The stakeholder group.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>The sub-type, or <see langword="null"/>.</summary>
    public string? SubType { get; }

    /// <summary>The region, or <see langword="null"/>.</summary>
    public string? Region { get; }

    /// <summary>Whether the respondent is from a developing country.</summary>
    public bool IsFromDevelopingCountry { get; }

    /// <summary>The ECOSOC consultative status.</summary>
    public EcosocStatus EcosocStatus { get; }

    /// <inheritdoc/>
    public bool Equals(RespondentCategory? other) =>
        other is not null
        && Group == other.Group
        && string.Equals(SubType, other.SubType, StringComparison.Ordinal)
        && string.Equals(Region, other.Region, StringComparison.Ordinal)
        && IsFromDevelopingCountry == other.IsFromDevelopingCountry
        && EcosocStatus == other.EcosocStatus;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RespondentCategory);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        Group,
        SubType is null ? 0 : StringComparer.Ordinal.GetHashCode(SubType),
        Region is null ? 0 : StringComparer.Ordinal.GetHashCode(Region),
        IsFromDevelopingCountry,
        EcosocStatus);
}

using System;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// Where a composition departs from its policy: a stakeholder group whose seat holders number
/// more or fewer than the policy sets.
/// </summary>
/// <remarks>Equality is by content. <c>default</c> means Governments with 0 and 0 seats. Immutable and thread-safe.</remarks>
public readonly struct CompositionDeparture : IEquatable<CompositionDeparture>
{
    /// <summary>Creates a departure.</summary>
    /// <param name="group">The stakeholder group.</param>
    /// <param name="policySeats">The seats the policy sets.</param>
    /// <param name="actualSeats">The seats held in the composition.</param>
    public CompositionDeparture(StakeholderGroup group, int policySeats, int actualSeats)
    {
        Group = group;
        PolicySeats = policySeats;
        ActualSeats = actualSeats;
    }

    /// <summary>The stakeholder group.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>The seats the policy sets.</summary>
    public int PolicySeats { get; }

    /// <summary>The seats held.</summary>
    public int ActualSeats { get; }

    /// <summary>Held minus set: positive when the group has more seats than the policy allows.</summary>
    public int Difference => ActualSeats - PolicySeats;

    /// <inheritdoc/>
    public bool Equals(CompositionDeparture other) =>
        Group == other.Group && PolicySeats == other.PolicySeats && ActualSeats == other.ActualSeats;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CompositionDeparture other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Group, PolicySeats, ActualSeats);

    /// <summary>A sentence such as "Governments: 21 seats held, the policy sets 22".</summary>
    /// <returns>The departure as text.</returns>
    public override string ToString() => $"{DomainWords.Of(Group)}: {ActualSeats} seats held, the policy sets {PolicySeats}";

    /// <summary>Whether two departures are equal.</summary>
    /// <param name="left">The first departure.</param>
    /// <param name="right">The second departure.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CompositionDeparture left, CompositionDeparture right) => left.Equals(right);

    /// <summary>Whether two departures differ.</summary>
    /// <param name="left">The first departure.</param>
    /// <param name="right">The second departure.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CompositionDeparture left, CompositionDeparture right) => !left.Equals(right);
}

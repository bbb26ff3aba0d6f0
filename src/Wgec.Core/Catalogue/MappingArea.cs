using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// One broad area of the correspondence group's mapping exercise (24 in February 2014), holding
/// catalogue issues by number.
/// </summary>
/// <remarks>
/// Issue numbers are positive, unique and kept in the given order. Equality is by content. There
/// is no default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class MappingArea : IEquatable<MappingArea>
{
    /// <summary>Creates an area.</summary>
    /// <param name="number">The area's number, 1 or more.</param>
    /// <param name="name">The area's name.</param>
    /// <param name="issueNumbers">The numbers of the catalogue issues in the area.</param>
    /// <exception cref="ArgumentException">The number is not positive, the name is blank, or an issue number is not positive or repeats.</exception>
    public MappingArea(int number, string name, IEnumerable<int> issueNumbers)
    {
        Preconditions.Positive(number);
        Preconditions.NotBlank(name);
        var issues = Immutable.ToArrayChecked(issueNumbers, nameof(issueNumbers));
        var seen = new HashSet<int>();
        for (var i = 0; i < issues.Length; i++)
        {
            if (issues[i] <= 0 || !seen.Add(issues[i]))
            {
                throw new DomainValidationException("invalid-issue-number", $"area {number} lists issue number {issues[i]}, which is not positive or repeats.", nameof(issueNumbers), $"issueNumbers[{i}]");
            }
        }

        Number = number;
        Name = name.Trim();
        IssueNumbers = issues;
    }

    /// <summary>The area's number.</summary>
    public int Number { get; }

    /// <summary>The area's name.</summary>
    public string Name { get; }

    /// <summary>The numbers of the catalogue issues in the area, in order.</summary>
    public ImmutableArray<int> IssueNumbers { get; }

    /// <inheritdoc/>
    public bool Equals(MappingArea? other) =>
        other is not null && Number == other.Number && string.Equals(Name, other.Name, StringComparison.Ordinal) && Immutable.SequenceEqual(IssueNumbers, other.IssueNumbers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MappingArea);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(Name), Immutable.SequenceHash(IssueNumbers));

    /// <summary>The number and name.</summary>
    /// <returns>The area as text.</returns>
    public override string ToString() => $"{Number} {Name}";
}

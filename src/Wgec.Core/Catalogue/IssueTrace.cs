using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Catalogue;

/// <summary>
/// Where an issue comes from: its raw items, the respondents who raised them and those
/// respondents' stakeholder categories (the breadth of concern).
/// </summary>
/// <remarks>
/// Items keep the issue's source order; respondents are distinct and ordinal-sorted; categories are
/// distinct and in enum order. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class IssueTrace : IEquatable<IssueTrace>
{
    /// <summary>Creates a trace; the items must be the issue's source items, in the same order.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="items">The raw items it was consolidated from.</param>
    /// <exception cref="DomainValidationException">The items are not exactly the issue's source items.</exception>
    public IssueTrace(CatalogueIssue issue, IEnumerable<RawItem> items)
    {
        Preconditions.NotNull(issue);
        var list = Immutable.ToArrayChecked(items, nameof(items));
        if (!list.Select(i => i.Id).SequenceEqual(issue.SourceItems))
        {
            throw new DomainValidationException("trace-mismatch", $"the trace of issue {issue.Number} must hold its source items [{string.Join(", ", issue.SourceItems)}], not [{string.Join(", ", list.Select(i => i.Id))}].", nameof(items), "items");
        }

        Issue = issue;
        Items = list;
        Respondents = list.Select(i => i.Provenance.Respondent).Distinct().OrderBy(r => r).ToImmutableArray();
        Categories = list.Select(i => i.Provenance.Category).Distinct().OrderBy(c => c).ToImmutableArray();
        Questions = list.Select(i => i.Provenance.Question).Distinct().OrderBy(q => q).ToImmutableArray();
    }

    /// <summary>The issue.</summary>
    public CatalogueIssue Issue { get; }

    /// <summary>The raw items it was consolidated from.</summary>
    public ImmutableArray<RawItem> Items { get; }

    /// <summary>The distinct respondents who raised it, ordinal-sorted.</summary>
    public ImmutableArray<RespondentId> Respondents { get; }

    /// <summary>The distinct stakeholder categories of those respondents, in enum order.</summary>
    public ImmutableArray<StakeholderGroup> Categories { get; }

    /// <summary>The distinct question numbers the items answered, ascending.</summary>
    public ImmutableArray<int> Questions { get; }

    /// <inheritdoc/>
    public bool Equals(IssueTrace? other) => other is not null && Issue.Equals(other.Issue) && Immutable.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IssueTrace);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Issue, Immutable.SequenceHash(Items));

    internal static IssueTrace Of(CatalogueIssue issue, IEnumerable<RawItem> items) => new(issue, items);
}

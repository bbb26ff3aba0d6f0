using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Reporting;

/// <summary>One section of a <see cref="ReportOutline"/>: a heading, paragraphs, list items and subsections.</summary>
/// <remarks>Everything keeps its given order. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ReportSection : IEquatable<ReportSection>
{
    /// <summary>Creates a section.</summary>
    /// <param name="heading">The heading.</param>
    /// <param name="paragraphs">The paragraphs; none blank.</param>
    /// <param name="items">The list items; none blank.</param>
    /// <param name="subsections">The subsections.</param>
    /// <exception cref="ArgumentException">The heading or a text is blank.</exception>
    public ReportSection(string heading, IEnumerable<string>? paragraphs = null, IEnumerable<string>? items = null, IEnumerable<ReportSection>? subsections = null)
    {
        Preconditions.NotBlank(heading);
        Heading = heading.Trim();
        Paragraphs = Texts(paragraphs, nameof(paragraphs));
        Items = Texts(items, nameof(items));
        Subsections = Immutable.ToArrayOrEmpty(subsections, nameof(subsections));
    }

    /// <summary>The heading.</summary>
    public string Heading { get; }

    /// <summary>The paragraphs.</summary>
    public ImmutableArray<string> Paragraphs { get; }

    /// <summary>The list items.</summary>
    public ImmutableArray<string> Items { get; }

    /// <summary>The subsections.</summary>
    public ImmutableArray<ReportSection> Subsections { get; }

    /// <inheritdoc/>
    public bool Equals(ReportSection? other) =>
        other is not null && string.Equals(Heading, other.Heading, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Paragraphs, other.Paragraphs) && Immutable.SequenceEqual(Items, other.Items)
        && Immutable.SequenceEqual(Subsections, other.Subsections);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportSection);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Heading), Immutable.SequenceHash(Items), Immutable.SequenceHash(Subsections));

    private static ImmutableArray<string> Texts(IEnumerable<string>? texts, string paramName)
    {
        var list = Immutable.ToArrayChecked(texts ?? [], paramName);
        for (var i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                throw new DomainValidationException("blank", $"{DomainWords.Entry(paramName, i)} is blank.", paramName, $"{paramName}[{i}]");
            }
        }

        return list;
    }
}

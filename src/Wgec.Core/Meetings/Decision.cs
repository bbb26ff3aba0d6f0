using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>A decision taken at a meeting under one of its agenda items.</summary>
/// <remarks>The meeting checks that the agenda item exists. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class Decision : IEquatable<Decision>
{
    /// <summary>Creates a decision.</summary>
    /// <param name="agendaItem">The number of the agenda item it was taken under.</param>
    /// <param name="kind">Procedural or substantive.</param>
    /// <param name="text">A paraphrase of what was decided.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">A text is blank or the kind undefined.</exception>
    public Decision(string agendaItem, DecisionKind kind, string text, IEnumerable<SourceReference>? sources = null)
    {
        AgendaItem = Internal.DomainText.Required(agendaItem, nameof(agendaItem));
        Kind = Preconditions.Defined(kind);
        Text = Internal.DomainText.Required(text, nameof(text));
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The number of the agenda item.</summary>
    public string AgendaItem { get; }

    /// <summary>Procedural or substantive.</summary>
    public DecisionKind Kind { get; }

    /// <summary>What was decided.</summary>
    public string Text { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(Decision? other) =>
        other is not null
        && string.Equals(AgendaItem, other.AgendaItem, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Decision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(AgendaItem), Kind, StringComparer.Ordinal.GetHashCode(Text), Immutable.SequenceHash(Sources));

    /// <summary>The agenda item, kind and text.</summary>
    /// <returns>The decision as text.</returns>
    public override string ToString() => $"[{AgendaItem}] {DomainWords.Of(Kind)}: {Text}";
}

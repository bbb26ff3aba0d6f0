using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>The compilations by question of every question in one thematic group, in question order.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class GroupCompilation : IEquatable<GroupCompilation>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="group">The group.</param>
    /// <param name="questions">One compilation per question of the group, in question order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GroupCompilation(QuestionGroup group, IEnumerable<QuestionCompilation> questions)
    {
        Group = Preconditions.NotNull(group);
        Questions = Immutable.ToArrayChecked(questions, nameof(questions));
    }

    /// <summary>The group.</summary>
    public QuestionGroup Group { get; }

    /// <summary>The compilations of the group's questions.</summary>
    public ImmutableArray<QuestionCompilation> Questions { get; }

    /// <inheritdoc/>
    public bool Equals(GroupCompilation? other) => other is not null && Group.Equals(other.Group) && Immutable.SequenceEqual(Questions, other.Questions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupCompilation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Group, Immutable.SequenceHash(Questions));
}

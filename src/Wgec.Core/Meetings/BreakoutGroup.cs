using System;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Meetings;

/// <summary>
/// A breakout group of a meeting: who led it (a name such as "Brazil", and the participant id when
/// the lead is a known participant), its task and its output.
/// </summary>
/// <remarks>The working group checks that a lead id resolves. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class BreakoutGroup : IEquatable<BreakoutGroup>
{
    /// <summary>Creates a breakout group.</summary>
    /// <param name="lead">The name of the lead, e.g. "Brazil".</param>
    /// <param name="output">A paraphrase of what the group produced.</param>
    /// <param name="leadId">The lead's participant id, when the lead is a recorded participant.</param>
    /// <param name="task">A paraphrase of the group's task, when known.</param>
    /// <exception cref="ArgumentException">A text is blank or the id is default.</exception>
    public BreakoutGroup(string lead, string output, ParticipantId? leadId = null, string? task = null)
    {
        Lead = Internal.DomainText.Required(lead, nameof(lead));
        Output = Internal.DomainText.Required(output, nameof(output));
        if (leadId == default(ParticipantId))
        {
            throw new DomainValidationException("required", "leadId must be null or a valid id, not the default value.", nameof(leadId));
        }

        LeadId = leadId;
        Task = Internal.DomainText.Optional(task, nameof(task));
    }

    /// <summary>The name of the lead.</summary>
    public string Lead { get; }

    /// <summary>The lead's participant id, or <see langword="null"/>.</summary>
    public ParticipantId? LeadId { get; }

    /// <summary>The group's task, or <see langword="null"/>.</summary>
    public string? Task { get; }

    /// <summary>What the group produced.</summary>
    public string Output { get; }

    /// <inheritdoc/>
    public bool Equals(BreakoutGroup? other) =>
        other is not null
        && string.Equals(Lead, other.Lead, StringComparison.Ordinal)
        && LeadId == other.LeadId
        && string.Equals(Task, other.Task, StringComparison.Ordinal)
        && string.Equals(Output, other.Output, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BreakoutGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Lead), LeadId, Task is null ? 0 : StringComparer.Ordinal.GetHashCode(Task), StringComparer.Ordinal.GetHashCode(Output));

    /// <summary>The lead and the output.</summary>
    /// <returns>The group as text.</returns>
    public override string ToString() => $"led by {Lead}: {Output}";
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// What a working group was asked to do and by whom: the resolution that establishes it, the
/// paragraphs it builds on, its tasks and where it reports.
/// </summary>
/// <remarks>
/// Tasks keep their given order and hold each key once; referenced paragraphs keep their given order.
/// Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Mandate : IEquatable<Mandate>
{
    /// <summary>Creates a mandate.</summary>
    /// <param name="resolution">The symbol of the source resolution, e.g. A/RES/67/195.</param>
    /// <param name="adoptionYear">The year the resolution was adopted.</param>
    /// <param name="adoptedOn">The adoption date, when known; its year must be <paramref name="adoptionYear"/>.</param>
    /// <param name="summary">A paraphrase of the operative text.</param>
    /// <param name="tasks">The tasks; at least one, no key twice.</param>
    /// <param name="reportingTarget">Where and when the group reports.</param>
    /// <param name="referencedParagraphs">Paragraphs the mandate builds on, e.g. Tunis Agenda ¶69–71.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">An argument is null, blank or breaks a rule named in the exception.</exception>
    public Mandate(
        DocumentSymbol resolution,
        int adoptionYear,
        LocalDate? adoptedOn,
        string summary,
        IEnumerable<MandateTask> tasks,
        ReportingTarget reportingTarget,
        IEnumerable<ParagraphReference>? referencedParagraphs = null,
        IEnumerable<SourceReference>? sources = null)
    {
        if (resolution == default)
        {
            throw new DomainValidationException("required", "the mandate needs the symbol of its source resolution.", nameof(resolution));
        }

        Preconditions.InRange(adoptionYear, nameof(adoptionYear), 1946, 2099);
        if (adoptedOn is { } date && date.Year != adoptionYear)
        {
            throw new DomainValidationException("adoption-date-year", $"the adoption date {date:uuuu-MM-dd} is not in the adoption year {adoptionYear}.", nameof(adoptedOn));
        }

        Resolution = resolution;
        AdoptionYear = adoptionYear;
        AdoptedOn = adoptedOn;
        Summary = DomainText.Required(summary, nameof(summary));
        Tasks = Immutable.ToArrayChecked(tasks, nameof(tasks));
        if (Tasks.IsEmpty)
        {
            throw new DomainValidationException("no-tasks", "a mandate needs at least one task.", nameof(tasks));
        }

        for (var i = 0; i < Tasks.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(Tasks[j].Key, Tasks[i].Key, StringComparison.Ordinal))
                {
                    throw new DomainValidationException("duplicate-task", $"{DomainWords.Entry(nameof(tasks), i)} repeats the task '{Tasks[i].Key}' of entry {(j + 1).ToString(CultureInfo.InvariantCulture)}.", nameof(tasks), $"tasks[{i}]");
                }
            }
        }

        ReportingTarget = Preconditions.NotNull(reportingTarget);
        ReferencedParagraphs = Immutable.ToArrayOrEmpty(referencedParagraphs, nameof(referencedParagraphs));
        for (var i = 0; i < ReferencedParagraphs.Length; i++)
        {
            if (ReferencedParagraphs[i] == default)
            {
                throw new DomainValidationException("required", $"{DomainWords.Entry(nameof(referencedParagraphs), i)} is empty: a paragraph reference is required.", nameof(referencedParagraphs), $"referencedParagraphs[{i}]");
            }
        }

        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The symbol of the source resolution.</summary>
    public DocumentSymbol Resolution { get; }

    /// <summary>The year the resolution was adopted.</summary>
    public int AdoptionYear { get; }

    /// <summary>The adoption date, or <see langword="null"/> when the record gives only the year.</summary>
    public LocalDate? AdoptedOn { get; }

    /// <summary>A paraphrase of the operative text.</summary>
    public string Summary { get; }

    /// <summary>The tasks, each key once, in the given order.</summary>
    public ImmutableArray<MandateTask> Tasks { get; }

    /// <summary>Where and when the group reports.</summary>
    public ReportingTarget ReportingTarget { get; }

    /// <summary>The paragraphs the mandate builds on, in the given order.</summary>
    public ImmutableArray<ParagraphReference> ReferencedParagraphs { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>Returns a copy with another reporting target.</summary>
    /// <param name="reportingTarget">The new target.</param>
    /// <returns>A new mandate.</returns>
    public Mandate WithReportingTarget(ReportingTarget reportingTarget) =>
        new(Resolution, AdoptionYear, AdoptedOn, Summary, Tasks, reportingTarget, ReferencedParagraphs, Sources);

    /// <inheritdoc/>
    public bool Equals(Mandate? other) =>
        other is not null
        && Resolution == other.Resolution
        && AdoptionYear == other.AdoptionYear
        && AdoptedOn == other.AdoptedOn
        && string.Equals(Summary, other.Summary, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Tasks, other.Tasks)
        && ReportingTarget.Equals(other.ReportingTarget)
        && Immutable.SequenceEqual(ReferencedParagraphs, other.ReferencedParagraphs)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Mandate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        Resolution, AdoptionYear, AdoptedOn, StringComparer.Ordinal.GetHashCode(Summary),
        Immutable.SequenceHash(Tasks), ReportingTarget, Immutable.SequenceHash(ReferencedParagraphs), Immutable.SequenceHash(Sources));

    /// <summary>The resolution and the reporting target.</summary>
    /// <returns>The mandate as text.</returns>
    public override string ToString() => $"{Resolution} ({AdoptionYear}) → {ReportingTarget}";
}

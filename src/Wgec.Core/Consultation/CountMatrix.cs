using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>
/// The count matrix question × stakeholder group: for every question of a questionnaire and every
/// group, how many respondents (with a current response) answered and how many did not.
/// </summary>
/// <remarks>
/// <see cref="Cells"/> holds every question (ascending) × every group (enum order), so the matrix
/// is complete and deterministic. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class CountMatrix : IEquatable<CountMatrix>
{
    private static readonly StakeholderGroup[] Groups = GroupOrder.All;

    /// <summary>Creates a matrix from its cells.</summary>
    /// <param name="questionCount">The number of questions N.</param>
    /// <param name="cells">Exactly one cell per question 1..N and group, in any order.</param>
    /// <exception cref="ArgumentException">A cell is missing, repeated or outside 1..N.</exception>
    public CountMatrix(int questionCount, IEnumerable<CountCell> cells)
    {
        Preconditions.Positive(questionCount);
        var given = Immutable.ToArrayChecked(cells, nameof(cells));
        var slots = new CountCell?[questionCount * Groups.Length];
        for (var i = 0; i < given.Length; i++)
        {
            var cell = given[i];
            if (cell.QuestionNumber > questionCount)
            {
                throw new DomainValidationException("unknown-question", $"cell {DomainWords.Place(i)} is for question {cell.QuestionNumber}, but there are only {questionCount} questions.", nameof(cells), $"cells[{i}]");
            }

            var slot = Slot(cell.QuestionNumber, cell.Group);
            if (slots[slot] is not null)
            {
                throw new DomainValidationException("duplicate-cell", $"the cell for question {cell.QuestionNumber} and {DomainWords.Of(cell.Group)} is given twice.", nameof(cells), $"cells[{i}]");
            }

            slots[slot] = cell;
        }

        var missing = Array.IndexOf(slots, null);
        if (missing >= 0)
        {
            throw new DomainValidationException("missing-cell", $"the cell for question {(missing / Groups.Length) + 1} and {Groups[missing % Groups.Length]} is missing.", nameof(cells));
        }

        QuestionCount = questionCount;
        Cells = slots.Select(c => c!).ToImmutableArray();
    }

    /// <summary>The number of questions.</summary>
    public int QuestionCount { get; }

    /// <summary>Every cell, by question (ascending) then group (enum order).</summary>
    public ImmutableArray<CountCell> Cells { get; }

    /// <summary>The cell for one question and group.</summary>
    /// <param name="questionNumber">The question number, 1..N.</param>
    /// <param name="group">The group.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such question.</exception>
    public CountCell Cell(int questionNumber, StakeholderGroup group)
    {
        Preconditions.InRange(questionNumber, nameof(questionNumber), 1, QuestionCount);
        Preconditions.Defined(group);
        return Cells[Slot(questionNumber, group)];
    }

    /// <inheritdoc/>
    public bool Equals(CountMatrix? other) => other is not null && QuestionCount == other.QuestionCount && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CountMatrix);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(QuestionCount, Immutable.SequenceHash(Cells));

    /// <summary>Builds a matrix from answered/unanswered counts indexed by [question - 1, group].</summary>
    internal static CountMatrix FromCounts(int questionCount, int[,] answered, int[,] unanswered)
    {
        var cells = new List<CountCell>(questionCount * Groups.Length);
        for (var q = 0; q < questionCount; q++)
        {
            foreach (var g in Groups)
            {
                cells.Add(new CountCell(q + 1, g, answered[q, (int)g], unanswered[q, (int)g]));
            }
        }

        return new CountMatrix(questionCount, cells);
    }

    private static int Slot(int questionNumber, StakeholderGroup group) => ((questionNumber - 1) * Groups.Length) + (int)group;
}

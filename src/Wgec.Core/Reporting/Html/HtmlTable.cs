using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Reporting.Html;

/// <summary>
/// A table for an HTML report: a header row, body rows of the same width and an optional caption.
/// Cells are plain text; the writer escapes them.
/// </summary>
/// <remarks>Immutable and thread-safe. Reference equality (a rendering input, not a domain value).</remarks>
internal sealed class HtmlTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="headers">The column headers; at least one, none blank.</param>
    /// <param name="rows">The body rows; each has exactly one cell per header; cells may be empty but not null.</param>
    /// <param name="caption">An optional caption shown above the table.</param>
    /// <exception cref="System.ArgumentException">A header is blank, or a row is null or has the wrong number of cells.</exception>
    internal HtmlTable(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, string? caption = null)
    {
        Headers = Immutable.ToArrayChecked(headers, nameof(headers));
        if (Headers.IsEmpty)
        {
            throw new DomainValidationException("no-columns", "a table needs at least one column header.", nameof(headers));
        }

        for (var i = 0; i < Headers.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(Headers[i]))
            {
                throw new DomainValidationException("blank-header", $"the header of column {DomainWords.Place(i)} is blank; every column needs a header.", nameof(headers), $"headers[{i}]");
            }
        }

        var rowArray = Immutable.ToArrayChecked(rows, nameof(rows));
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>(rowArray.Length);
        for (var i = 0; i < rowArray.Length; i++)
        {
            var cells = rowArray[i].ToImmutableArray();
            if (cells.IndexOf(null!) is var empty and >= 0)
            {
                throw new DomainValidationException("null-element", $"cell {DomainWords.Place(empty)} of row {DomainWords.Place(i)} is null.", nameof(rows), $"rows[{i}][{empty}]");
            }

            if (cells.Length != Headers.Length)
            {
                throw new DomainValidationException("row-width", $"row {DomainWords.Place(i)} has {cells.Length} cells but the table has {Headers.Length} columns.", nameof(rows), $"rows[{i}]");
            }

            builder.Add(cells);
        }

        Rows = builder.MoveToImmutable();
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption!.Trim();
    }

    /// <summary>The column headers.</summary>
    internal ImmutableArray<string> Headers { get; }

    /// <summary>The body rows, in the order given.</summary>
    internal ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>The caption, or <see langword="null"/>.</summary>
    internal string? Caption { get; }

    /// <summary>Whether every non-empty cell of a column is a number (such columns are right-aligned).</summary>
    internal bool IsNumericColumn(int column) =>
        Rows.Any(r => r[column].Length > 0)
        && Rows.All(r => r[column].Length == 0 || IsNumber(r[column]));

    private static bool IsNumber(string cell)
    {
        var digits = 0;
        foreach (var c in cell)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c != ',' && c != '.' && c != '%' && c != '-' && c != '\u2212' && c != ' ')
            {
                return false;
            }
        }

        return digits > 0;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Reporting;

/// <summary>
/// The numbered source notes of one report: each fact cites its sources as "[1, 3]", numbered in
/// order of first citation, and a fact whose source carries a derivation is marked "(inferred)",
/// "(derived)" or "(reconstructed)"; the note gives the citation, the address and the reason.
/// </summary>
internal sealed class ReportNotes
{
    /// <summary>The heading of the notes section.</summary>
    public const string Heading = "Notes";

    private readonly List<SourceReference> _notes = [];
    private readonly Dictionary<SourceReference, int> _numbers = [];

    /// <summary>The text with the marks of its derived sources and the numbers of all its sources.</summary>
    public string Cite(string text, IEnumerable<SourceReference?> sources)
    {
        var list = sources.OfType<SourceReference>().Distinct().ToList();
        if (list.Count == 0)
        {
            return text;
        }

        var marks = list.Where(s => s.Derivation is not null).Select(s => Derivation.Word(s.Derivation!.Kind)).Distinct().ToList();
        var mark = marks.Count == 0 ? string.Empty : " (" + string.Join(", ", marks) + ")";
        return $"{text}{mark} [{string.Join(", ", list.Select(Number))}]";
    }

    /// <summary>The notes as a section, or <see langword="null"/> when nothing was cited.</summary>
    public ReportSection? Section() => _notes.Count == 0 ? null : new ReportSection(
        Heading,
        ["Each fact above ends with the numbers of its sources. A fact marked (inferred), (derived) or (reconstructed) is not stated outright by its source; its note says how it was arrived at and why."],
        _notes.Select((s, i) => $"[{(i + 1).ToString(CultureInfo.InvariantCulture)}] {s.Citation}"
            + (s.Address is null ? string.Empty : $" <{s.Address.AbsoluteUri}>")
            + (s.Derivation is null ? string.Empty : $" — {s.Derivation}")));

    private string Number(SourceReference source)
    {
        if (!_numbers.TryGetValue(source, out var number))
        {
            _notes.Add(source);
            number = _notes.Count;
            _numbers.Add(source, number);
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }
}

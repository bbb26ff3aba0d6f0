namespace Wgec.Core.Catalogue;

/// <summary>
/// Where a catalogue issue stands in the mapping work. The allowed moves between statuses are the
/// data table <see cref="IssueStatusTransitions.Table"/>.
/// </summary>
/// <remarks>
/// The 2013 spreadsheet had a Status column without published values; <see cref="Listed"/> is the
/// status of a row that is in the catalogue and has no recorded assessment. The default is <see cref="Listed"/>.
/// </remarks>
public enum IssueStatus
{
    /// <summary>In the catalogue; no assessment recorded yet.</summary>
    Listed = 0,

    /// <summary>Being reviewed against existing mechanisms.</summary>
    UnderReview = 1,

    /// <summary>Existing mechanisms were identified that address the issue.</summary>
    Mapped = 2,

    /// <summary>No mechanism, or only partial coverage, was found: a gap.</summary>
    GapIdentified = 3,

    /// <summary>Taken out of the catalogue's active work (e.g. found to duplicate another issue later).</summary>
    Withdrawn = 4,

    /// <summary>The source leaves the status column blank: no status is recorded, and none is assumed.</summary>
    NotRecorded = 5,
}

namespace Wgec.Core.Consultation;

/// <summary>How the position of a record in a stream or sequence is counted.</summary>
/// <remarks>The default value is <see cref="Index"/>.</remarks>
public enum RecordPositionKind
{
    /// <summary>A 0-based index: the element of a JSON array, or the item of a sequence.</summary>
    Index = 0,

    /// <summary>A 1-based line number in a JSON Lines stream.</summary>
    Line = 1,
}

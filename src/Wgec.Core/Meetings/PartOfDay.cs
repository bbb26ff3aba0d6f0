namespace Wgec.Core.Meetings;

/// <summary>Which part of a day a meeting session takes.</summary>
/// <remarks>
/// A whole day overlaps both halves. The numeric values are not part of the contract: JSON writes
/// the names. <c>default</c> is <see cref="WholeDay"/>.
/// </remarks>
public enum PartOfDay
{
    /// <summary>The whole working day.</summary>
    WholeDay = 0,

    /// <summary>The morning only.</summary>
    Morning = 1,

    /// <summary>The afternoon only.</summary>
    Afternoon = 2,
}

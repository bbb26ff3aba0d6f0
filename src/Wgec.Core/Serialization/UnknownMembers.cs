namespace Wgec.Core.Serialization;

/// <summary>What a reader does with JSON members that its format version does not define.</summary>
/// <remarks><c>default</c> is <see cref="Reject"/>, the strict baseline.</remarks>
public enum UnknownMembers
{
    /// <summary>An unknown member is an error with its JSON path (the default).</summary>
    Reject = 0,

    /// <summary>
    /// Unknown members are kept beside the object, unchanged, and written back at the same place,
    /// so a document from a newer minor version loses nothing on a round trip.
    /// </summary>
    Preserve = 1,
}

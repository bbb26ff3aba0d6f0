namespace Wgec.Core.Consensus;

/// <summary>What became of an objection (after IETF RFC 7282: objections are answered, not counted).</summary>
/// <remarks><c>default</c> is <see cref="Open"/>.</remarks>
public enum ObjectionDisposition
{
    /// <summary>Not yet dealt with.</summary>
    Open = 0,

    /// <summary>Accommodated: the text was changed to meet it (the change is described).</summary>
    Accommodated = 1,

    /// <summary>Addressed but not accommodated: answered, with the answer recorded.</summary>
    AddressedNotAccommodated = 2,

    /// <summary>Withdrawn by the objector.</summary>
    Withdrawn = 3,

    /// <summary>Sustained: the objector maintains it after it was addressed.</summary>
    Sustained = 4,
}

namespace Wgec.Core.Consensus;

/// <summary>What became of an objection (after IETF RFC 7282: objections are answered, not counted).</summary>
/// <remarks>
/// <c>default</c> is <see cref="Unspecified"/>, which every constructor rejects. JSON writes the
/// camelCase names; <see cref="Unspecified"/> has none.
/// </remarks>
public enum ObjectionDisposition
{
    /// <summary>No disposition given: the zero value, rejected wherever a disposition is required.</summary>
    Unspecified = 0,

    /// <summary>Not yet dealt with.</summary>
    Open = 1,

    /// <summary>Accommodated: the text was changed to meet it (the change is described).</summary>
    Accommodated = 2,

    /// <summary>Addressed but not accommodated: answered, with the answer recorded.</summary>
    AddressedNotAccommodated = 3,

    /// <summary>Withdrawn by the objector.</summary>
    Withdrawn = 4,

    /// <summary>Sustained: the objector maintains it after it was addressed.</summary>
    Sustained = 5,
}

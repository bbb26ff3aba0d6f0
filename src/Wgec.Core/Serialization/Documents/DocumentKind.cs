namespace Wgec.Core.Serialization.Documents;

/// <summary>The identity of one kind of enveloped document: its format name, current version and payload member.</summary>
internal sealed class DocumentKind
{
    public DocumentKind(string formatName, FormatVersion current, string payloadMember)
    {
        FormatName = formatName;
        Current = current;
        PayloadMember = payloadMember;
    }

    /// <summary>The value of the envelope's <c>format</c> member.</summary>
    public string FormatName { get; }

    /// <summary>The version this library writes.</summary>
    public FormatVersion Current { get; }

    /// <summary>The name of the envelope member that holds the payload.</summary>
    public string PayloadMember { get; }
}

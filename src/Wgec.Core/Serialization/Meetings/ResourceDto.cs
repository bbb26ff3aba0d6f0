using System.Collections.Generic;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.Resource"/>. Property order is the JSON order.</summary>
internal sealed class ResourceDto
{
    public required string Title { get; set; }

    public DocumentSymbol? Symbol { get; set; }

    public string? Address { get; set; }

    public int? PageCount { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}

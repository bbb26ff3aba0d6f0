using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.BadRecord"/>. Property order is the JSON order.</summary>
internal sealed class BadRecordDto
{
    public required RecordPositionKind PositionKind { get; set; }

    public required long Position { get; set; }

    public required string Rule { get; set; }

    public required string Message { get; set; }
}

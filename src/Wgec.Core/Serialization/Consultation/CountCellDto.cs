using Wgec.Core.Process;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.CountCell"/>. Property order is the JSON order.</summary>
internal sealed class CountCellDto
{
    public required int QuestionNumber { get; set; }

    public required StakeholderGroup Group { get; set; }

    public required int Answered { get; set; }

    public required int Unanswered { get; set; }
}

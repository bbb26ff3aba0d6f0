using System.Collections.Generic;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.QuestionGroup"/>. Property order is the JSON order.</summary>
internal sealed class QuestionGroupDto
{
    public required GroupKey Key { get; set; }

    public required string Title { get; set; }

    public required List<int> QuestionNumbers { get; set; }

    public SourceReferenceDto? Source { get; set; }
}

using System.Collections.Generic;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.MappingExercise"/>. Property order is the JSON order.</summary>
internal sealed class MappingExerciseDto
{
    public required List<MappingAreaDto> Areas { get; set; }

    public required List<MechanismDto> Mechanisms { get; set; }

    public int? DeclaredAreaCount { get; set; }

    public SourceReferenceDto? Source { get; set; }
}

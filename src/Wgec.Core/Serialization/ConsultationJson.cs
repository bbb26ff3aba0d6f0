using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization.Consultation;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the consultation types.</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddConsultationConverters(IList<JsonConverter> converters)
    {
        AddEnum<QuestionKind>(converters);
        AddEnum<AnswerFormat>(converters);
        AddEnum<EcosocStatus>(converters);
        AddEnum<UnknownReferencePolicy>(converters);
        AddEnum<BadRecordPolicy>(converters);
        AddEnum<ResponseStreamFormat>(converters);
        AddEnum<RecordPositionKind>(converters);
        converters.Add(new DtoConverter<Question, QuestionDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<Deadline, DeadlineDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<DeadlinePolicy, DeadlinePolicyDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<Questionnaire, QuestionnaireDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<RespondentCategory, RespondentCategoryDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<Respondent, RespondentDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<Answer, AnswerDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<Response, ResponseDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<QuestionGroup, QuestionGroupDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<DeclaredCount, DeclaredCountDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<DeclaredFigures, DeclaredFiguresDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<DataQualityFinding, DataQualityFindingDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<ConsultationRecord, ConsultationRecordDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<CountCell, CountCellDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<CountMatrix, CountMatrixDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<CategoryDistribution, CategoryDistributionDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<AttributedAnswer, AttributedAnswerDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<RespondentCompilation, RespondentCompilationDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<QuestionCompilation, QuestionCompilationDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<GroupCompilation, GroupCompilationDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<BadRecord, BadRecordDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
        converters.Add(new DtoConverter<ResponseFoldResult, ResponseFoldResultDto>(ConsultationMapping.ToDto, ConsultationMapping.FromDto));
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>
/// Maps the consultation types to and from their DTOs. <c>ToDto</c> is total; <c>FromDto</c>
/// records errors at JSON paths and returns null on failure. Empty lists and false flags that
/// have a default are written as absent, so output stays small and byte-deterministic.
/// </summary>
internal static class ConsultationMapping
{
    public static QuestionDto ToDto(Question value) => new()
    {
        Number = value.Number,
        Text = value.Text,
        Kind = value.Kind,
        Format = value.Format,
        Options = value.Options.IsEmpty ? null : value.Options.ToList(),
        IsTextDerived = value.IsTextDerived ? true : null,
    };

    public static Question? FromDto(QuestionDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Question(dto.Number, dto.Text, dto.Kind, dto.Format, dto.Options, dto.IsTextDerived ?? false));

    public static DeadlineDto ToDto(Deadline value) => new()
    {
        Date = value.Date,
        Decision = value.Decision,
        Source = value.Source is null ? null : CommonMapping.ToDto(value.Source),
    };

    public static Deadline? FromDto(DeadlineDto dto, string path, ReadErrors errors)
    {
        var source = dto.Source is null ? null : CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        return dto.Source is not null && source is null ? null : errors.Build(path, () => new Deadline(dto.Date, dto.Decision, source));
    }

    public static DeadlinePolicyDto ToDto(DeadlinePolicy value) => new()
    {
        TimeZoneId = value.TimeZoneId,
        Original = ToDto(value.Original),
        Extensions = value.Extensions.IsEmpty ? null : value.Extensions.Select(ToDto).ToList(),
    };

    public static DeadlinePolicy? FromDto(DeadlinePolicyDto dto, string path, ReadErrors errors)
    {
        var original = FromDto(dto.Original, ReadErrors.Member(path, "original"), errors);
        var extensions = errors.MapAll(dto.Extensions ?? new List<DeadlineDto>(), ReadErrors.Member(path, "extensions"), (d, p) => FromDto(d, p, errors));
        if (original is null || extensions is null)
        {
            return null;
        }

        var build = errors.Build(path, () => new DeadlinePolicy(dto.TimeZoneId, original, extensions.Value));
        return build;
    }

    public static QuestionnaireDto ToDto(Questionnaire value) => new()
    {
        Id = value.Id,
        Title = value.Title,
        IsOpenToAllStakeholders = value.IsOpenToAllStakeholders,
        Deadlines = ToDto(value.Deadlines),
        Questions = value.Questions.Select(ToDto).ToList(),
        Sources = value.Sources.IsEmpty ? null : CommonMapping.ToDtos(value.Sources),
    };

    public static Questionnaire? FromDto(QuestionnaireDto dto, string path, ReadErrors errors)
    {
        var deadlines = FromDto(dto.Deadlines, ReadErrors.Member(path, "deadlines"), errors);
        var questions = errors.MapAll(dto.Questions, ReadErrors.Member(path, "questions"), (d, p) => FromDto(d, p, errors));
        var sources = CommonMapping.FromDtos(dto.Sources ?? new List<SourceReferenceDto>(), ReadErrors.Member(path, "sources"), errors);
        if (deadlines is null || questions is null || sources is null)
        {
            return null;
        }

        return errors.Build(path, () => new Questionnaire(dto.Id, dto.Title, questions.Value, dto.IsOpenToAllStakeholders, deadlines, sources.Value));
    }

    public static RespondentCategoryDto ToDto(RespondentCategory value) => new()
    {
        Group = value.Group,
        SubType = value.SubType,
        Region = value.Region,
        IsFromDevelopingCountry = value.IsFromDevelopingCountry ? true : null,
        EcosocStatus = value.EcosocStatus == EcosocStatus.Unknown ? null : value.EcosocStatus,
    };

    public static RespondentCategory? FromDto(RespondentCategoryDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new RespondentCategory(dto.Group, dto.SubType, dto.Region, dto.IsFromDevelopingCountry ?? false, dto.EcosocStatus ?? EcosocStatus.Unknown));

    public static RespondentDto ToDto(Respondent value) => new()
    {
        Id = value.Id,
        Name = value.Name,
        Organisation = value.Organisation,
        Category = ToDto(value.Category),
    };

    public static Respondent? FromDto(RespondentDto dto, string path, ReadErrors errors)
    {
        var category = FromDto(dto.Category, ReadErrors.Member(path, "category"), errors);
        return category is null ? null : errors.Build(path, () => new Respondent(dto.Id, category, dto.Name, dto.Organisation));
    }

    public static AnswerDto ToDto(Answer value) => new()
    {
        QuestionNumber = value.QuestionNumber,
        Text = value.Text,
        Choices = value.Choices.IsEmpty ? null : value.Choices.ToList(),
    };

    public static Answer? FromDto(AnswerDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Answer(dto.QuestionNumber, dto.Text, dto.Choices));

    public static ResponseDto ToDto(Response value) => new()
    {
        RespondentId = value.RespondentId,
        SubmittedAt = value.SubmittedAt,
        Language = value.Language,
        Answers = value.Answers.Select(ToDto).ToList(),
    };

    public static Response? FromDto(ResponseDto dto, string path, ReadErrors errors)
    {
        var answers = errors.MapAll(dto.Answers, ReadErrors.Member(path, "answers"), (d, p) => FromDto(d, p, errors));
        return answers is null ? null : errors.Build(path, () => new Response(dto.RespondentId, dto.SubmittedAt, dto.Language, answers.Value));
    }

    public static QuestionGroupDto ToDto(QuestionGroup value) => new()
    {
        Key = value.Key,
        Title = value.Title,
        QuestionNumbers = value.QuestionNumbers.ToList(),
        Source = value.Source is null ? null : CommonMapping.ToDto(value.Source),
    };

    public static QuestionGroup? FromDto(QuestionGroupDto dto, string path, ReadErrors errors)
    {
        var source = dto.Source is null ? null : CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        return dto.Source is not null && source is null ? null : errors.Build(path, () => new QuestionGroup(dto.Key, dto.Title, dto.QuestionNumbers, source));
    }

    public static DeclaredCountDto ToDto(DeclaredCount value) => new()
    {
        Count = value.Count,
        Group = value.Group,
        Label = value.Label,
        Source = CommonMapping.ToDto(value.Source),
    };

    public static DeclaredCount? FromDto(DeclaredCountDto dto, string path, ReadErrors errors)
    {
        var source = CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        return source is null ? null : errors.Build(path, () => new DeclaredCount(dto.Count, source, dto.Group, dto.Label));
    }

    public static DeclaredFiguresDto ToDto(DeclaredFigures value) => new()
    {
        Total = value.Total is null ? null : ToDto(value.Total),
        ByGroup = value.ByGroup.IsEmpty ? null : value.ByGroup.Select(ToDto).ToList(),
    };

    public static DeclaredFigures? FromDto(DeclaredFiguresDto dto, string path, ReadErrors errors)
    {
        var total = dto.Total is null ? null : FromDto(dto.Total, ReadErrors.Member(path, "total"), errors);
        var byGroup = errors.MapAll(dto.ByGroup ?? new List<DeclaredCountDto>(), ReadErrors.Member(path, "byGroup"), (d, p) => FromDto(d, p, errors));
        if ((dto.Total is not null && total is null) || byGroup is null)
        {
            return null;
        }

        return errors.Build(path, () => new DeclaredFigures(total, byGroup.Value));
    }

    public static DataQualityFindingDto ToDto(DataQualityFinding value) => new()
    {
        Code = value.Code,
        Message = value.Message,
        Declared = value.Declared,
        Computed = value.Computed,
    };

    public static DataQualityFinding? FromDto(DataQualityFindingDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new DataQualityFinding(dto.Code, dto.Message, dto.Declared, dto.Computed));

    public static ConsultationRecordDto ToDto(ConsultationRecord value) => new()
    {
        Questionnaire = ToDto(value.Questionnaire),
        UnknownReferences = value.UnknownReferences == UnknownReferencePolicy.Reject ? null : value.UnknownReferences,
        Groups = value.Groups.Select(ToDto).ToList(),
        Respondents = value.Respondents.Select(ToDto).ToList(),
        Submissions = value.Submissions.Select(ToDto).ToList(),
        Declared = value.Declared.Equals(DeclaredFigures.None) ? null : ToDto(value.Declared),
    };

    public static ConsultationRecord? FromDto(ConsultationRecordDto dto, string path, ReadErrors errors)
    {
        var questionnaire = FromDto(dto.Questionnaire, ReadErrors.Member(path, "questionnaire"), errors);
        var groups = errors.MapAll(dto.Groups, ReadErrors.Member(path, "groups"), (d, p) => FromDto(d, p, errors));
        var respondents = errors.MapAll(dto.Respondents, ReadErrors.Member(path, "respondents"), (d, p) => FromDto(d, p, errors));
        var submissions = errors.MapAll(dto.Submissions, ReadErrors.Member(path, "submissions"), (d, p) => FromDto(d, p, errors));
        var declared = dto.Declared is null ? DeclaredFigures.None : FromDto(dto.Declared, ReadErrors.Member(path, "declared"), errors);
        if (questionnaire is null || groups is null || respondents is null || submissions is null || declared is null)
        {
            return null;
        }

        return errors.Build(path, () => new ConsultationRecord(
            questionnaire,
            groups.Value,
            respondents.Value,
            submissions.Value,
            declared,
            dto.UnknownReferences ?? UnknownReferencePolicy.Reject));
    }

    public static CountMatrixDto ToDto(CountMatrix value) => new()
    {
        QuestionCount = value.QuestionCount,
        Cells = value.Cells.Select(ToDto).ToList(),
    };

    public static CountMatrix? FromDto(CountMatrixDto dto, string path, ReadErrors errors)
    {
        var cells = errors.MapAll(dto.Cells, ReadErrors.Member(path, "cells"), (c, p) => FromDto(c, p, errors));
        return cells is null ? null : errors.Build(path, () => new CountMatrix(dto.QuestionCount, cells.Value));
    }

    public static CategoryDistributionDto ToDto(CategoryDistribution value) => new()
    {
        Total = value.Total,
        IsDeclared = value.IsDeclared,
        Shares = value.Shares.Select(s => new CategoryShareDto { Group = s.Group, Count = s.Count, Percentage = s.Percentage }).ToList(),
    };

    public static CategoryDistribution? FromDto(CategoryDistributionDto dto, string path, ReadErrors errors)
    {
        var sharesPath = ReadErrors.Member(path, "shares");
        if (dto.Shares.Any(s => s is null))
        {
            errors.Add(sharesPath, "null-element", "a list element must not be null.");
            return null;
        }

        var counts = new Dictionary<StakeholderGroup, int>();
        for (var i = 0; i < dto.Shares.Count; i++)
        {
            if (counts.ContainsKey(dto.Shares[i].Group))
            {
                errors.Add(ReadErrors.Index(sharesPath, i), "duplicate-group", $"stakeholder group {dto.Shares[i].Group} is listed twice.");
                return null;
            }

            counts.Add(dto.Shares[i].Group, dto.Shares[i].Count);
        }

        var result = errors.Build(path, () => new CategoryDistribution(dto.Total, counts, dto.IsDeclared));
        if (result is null)
        {
            return null;
        }

        for (var i = 0; i < dto.Shares.Count; i++)
        {
            var expected = result.Shares.First(s => s.Group == dto.Shares[i].Group).Percentage;
            if (expected != dto.Shares[i].Percentage)
            {
                errors.Add(ReadErrors.Member(ReadErrors.Index(sharesPath, i), "percentage"), "percentage-mismatch", $"the percentage {dto.Shares[i].Percentage} does not match the counts, which give {expected}.");
                return null;
            }
        }

        return result;
    }

    public static AttributedAnswerDto ToDto(AttributedAnswer value) => new() { Respondent = ToDto(value.Respondent), Answer = ToDto(value.Answer) };

    public static AttributedAnswer? FromDto(AttributedAnswerDto dto, string path, ReadErrors errors)
    {
        var respondent = FromDto(dto.Respondent, ReadErrors.Member(path, "respondent"), errors);
        var answer = FromDto(dto.Answer, ReadErrors.Member(path, "answer"), errors);
        return respondent is null || answer is null ? null : errors.Build(path, () => new AttributedAnswer(respondent, answer));
    }

    public static RespondentCompilationDto ToDto(RespondentCompilation value) => new()
    {
        Respondent = ToDto(value.Respondent),
        Response = ToDto(value.Response),
        IsLate = value.IsLate,
        Answers = value.Answers.Select(ToDto).ToList(),
    };

    public static RespondentCompilation? FromDto(RespondentCompilationDto dto, string path, ReadErrors errors)
    {
        var respondent = FromDto(dto.Respondent, ReadErrors.Member(path, "respondent"), errors);
        var response = FromDto(dto.Response, ReadErrors.Member(path, "response"), errors);
        var answers = errors.MapAll(dto.Answers, ReadErrors.Member(path, "answers"), (d, p) => FromDto(d, p, errors));
        return respondent is null || response is null || answers is null
            ? null
            : errors.Build(path, () => new RespondentCompilation(respondent, response, dto.IsLate, answers.Value));
    }

    public static QuestionCompilationDto ToDto(QuestionCompilation value) => new()
    {
        Question = ToDto(value.Question),
        Answers = value.Answers.Select(ToDto).ToList(),
        UnansweredCount = value.UnansweredCount,
    };

    public static QuestionCompilation? FromDto(QuestionCompilationDto dto, string path, ReadErrors errors)
    {
        var question = FromDto(dto.Question, ReadErrors.Member(path, "question"), errors);
        var answers = errors.MapAll(dto.Answers, ReadErrors.Member(path, "answers"), (d, p) => FromDto(d, p, errors));
        return question is null || answers is null ? null : errors.Build(path, () => new QuestionCompilation(question, answers.Value, dto.UnansweredCount));
    }

    public static GroupCompilationDto ToDto(GroupCompilation value) => new()
    {
        Group = ToDto(value.Group),
        Questions = value.Questions.Select(ToDto).ToList(),
    };

    public static GroupCompilation? FromDto(GroupCompilationDto dto, string path, ReadErrors errors)
    {
        var group = FromDto(dto.Group, ReadErrors.Member(path, "group"), errors);
        var questions = errors.MapAll(dto.Questions, ReadErrors.Member(path, "questions"), (d, p) => FromDto(d, p, errors));
        return group is null || questions is null ? null : errors.Build(path, () => new GroupCompilation(group, questions.Value));
    }

    public static CountCellDto ToDto(CountCell value) => new()
    {
        QuestionNumber = value.QuestionNumber,
        Group = value.Group,
        Answered = value.Answered,
        Unanswered = value.Unanswered,
    };

    public static CountCell? FromDto(CountCellDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new CountCell(dto.QuestionNumber, dto.Group, dto.Answered, dto.Unanswered));

    public static BadRecordDto ToDto(BadRecord value) => new()
    {
        PositionKind = value.PositionKind,
        Position = value.Position,
        Rule = value.Rule,
        Message = value.Message,
    };

    public static BadRecord? FromDto(BadRecordDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new BadRecord(dto.PositionKind, dto.Position, dto.Rule, dto.Message));

    public static ResponseFoldResultDto ToDto(ResponseFoldResult value) => new()
    {
        Distribution = ToDto(value.Distribution),
        Matrix = ToDto(value.Matrix),
        Folded = value.Folded,
        Superseded = value.Superseded,
        Late = value.Late,
        BadRecords = value.BadRecords.Select(ToDto).ToList(),
    };

    public static ResponseFoldResult? FromDto(ResponseFoldResultDto dto, string path, ReadErrors errors)
    {
        var distribution = FromDto(dto.Distribution, ReadErrors.Member(path, "distribution"), errors);
        var matrix = FromDto(dto.Matrix, ReadErrors.Member(path, "matrix"), errors);
        var badRecords = errors.MapAll(dto.BadRecords, ReadErrors.Member(path, "badRecords"), (d, p) => FromDto(d, p, errors));
        return distribution is null || matrix is null || badRecords is null
            ? null
            : errors.Build(path, () => new ResponseFoldResult(distribution, matrix, dto.Folded, dto.Superseded, dto.Late, badRecords.Value));
    }
}

using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Benchmarks.Plain;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>Copies the generated domain objects into the plain DTO graph, so both hold the same content.</summary>
public static class PlainMapper
{
    public static PlainDossier ToPlain(GeneratedData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var wg = data.WorkingGroup;
        var mandate = wg.Mandate;
        var questionnaire = data.Consultation.Questionnaire;
        return new PlainDossier
        {
            Title = data.Dossier.Title,
            WorkingGroup = new PlainWorkingGroup
            {
                Name = wg.Name,
                EstablishedOn = wg.EstablishedOn is { } established ? established.ToDateOnly() : null,
                Mandate = new PlainMandate
                {
                    Resolution = mandate.Resolution.ToString(),
                    AdoptionYear = mandate.AdoptionYear,
                    Summary = mandate.Summary,
                    Tasks = [.. mandate.Tasks.Select(t => new PlainMandateTask { Key = t.Key, Description = t.Description })],
                    ReportingBody = mandate.ReportingTarget.Body,
                    SessionNumber = mandate.ReportingTarget.SessionNumber,
                    SessionStart = mandate.ReportingTarget.SessionDates.Start.ToDateOnly(),
                    SessionEnd = mandate.ReportingTarget.SessionDates.End.ToDateOnly(),
                },
                Participants = [.. wg.Participants.Select(p => new PlainParticipant
                {
                    Id = p.Id.Value,
                    Kind = p.Kind,
                    StakeholderGroup = p.StakeholderGroup,
                    Standing = p.Standing,
                    Name = p.Name,
                    Affiliation = p.Affiliation,
                })],
                Modalities = new PlainModalities
                {
                    DecisionRule = wg.Modalities.DecisionRule.ToString(),
                    MultiStakeholderApproach = wg.Modalities.MultiStakeholderApproach,
                    ObserverRules = wg.Modalities.ObserverPolicy.Rules,
                    RequiresGroupAgreement = wg.Modalities.ObserverPolicy.RequiresGroupAgreement,
                },
                Meetings = [.. wg.Meetings.Select(m => new PlainMeeting
                {
                    Number = m.Number,
                    City = m.Venue.City,
                    TimeZoneId = m.Venue.TimeZoneId,
                    Building = m.Venue.Building,
                    Sessions = [.. m.Sessions.Select(s => new PlainSession { Date = s.Date.ToDateOnly(), Part = s.Part })],
                })],
            },
            Consultation = new PlainConsultation
            {
                Questionnaire = new PlainQuestionnaire
                {
                    Id = questionnaire.Id,
                    Title = questionnaire.Title,
                    Questions = [.. questionnaire.Questions.Select(q => new PlainQuestion
                    {
                        Number = q.Number,
                        Text = q.Text,
                        Kind = q.Kind,
                        Format = q.Format,
                        Options = q.Options.IsEmpty ? null : [.. q.Options],
                        IsTextDerived = q.IsTextDerived,
                    })],
                    IsOpenToAllStakeholders = questionnaire.IsOpenToAllStakeholders,
                    TimeZoneId = questionnaire.Deadlines.TimeZoneId,
                    Deadlines = [.. new[] { questionnaire.Deadlines.Original }.Concat(questionnaire.Deadlines.Extensions)
                        .Select(d => new PlainDeadline { Date = d.Date.ToDateOnly(), Decision = d.Decision })],
                },
                Groups = [.. data.Consultation.Groups.Select(g => new PlainQuestionGroup { Key = g.Key.Value, Title = g.Title, QuestionNumbers = [.. g.QuestionNumbers] })],
                Respondents = [.. data.Consultation.Respondents.Select(r => new PlainRespondent
                {
                    Id = r.Id.Value,
                    Name = r.Name,
                    Organisation = r.Organisation,
                    Category = new PlainRespondentCategory
                    {
                        Group = r.Category.Group,
                        SubType = r.Category.SubType,
                        Region = r.Category.Region,
                        IsFromDevelopingCountry = r.Category.IsFromDevelopingCountry,
                        EcosocStatus = r.Category.EcosocStatus,
                    },
                })],
                Submissions = [.. data.Consultation.Submissions.Select(ToPlain)],
            },
            Catalogue = new PlainCatalogue
            {
                TaxonomyName = data.Catalogue.Taxonomy.Name,
                Categories = [.. data.Catalogue.Taxonomy.Categories],
                Issues = [.. data.Catalogue.Issues.Select(i => new PlainIssue
                {
                    Number = i.Number,
                    Title = i.Title,
                    Category = i.Category,
                    Grouping = i.Grouping?.Value,
                    ActivitiesAndApproaches = [.. i.ActivitiesAndApproaches],
                    Status = i.Status,
                    SourceItems = [.. i.SourceItems.Select(s => s.Value)],
                })],
                RawItems = data.Catalogue.Consolidation is { } log
                    ? [.. log.RawItems.Select(r => new PlainRawItem { Id = r.Id.Value, Text = r.Text, Respondent = r.Provenance.Respondent.Value, Question = r.Provenance.Question, Category = r.Provenance.Category })]
                    : [],
                Operations = data.Catalogue.Consolidation is { } ops
                    ? [.. ops.Operations.Select(o => new PlainOperation { Kind = o.Kind, Items = [.. o.Items.Select(i => i.Value)], Issues = [.. o.Issues.Select(i => i.Number)], Reason = o.Reason, Note = o.Note })]
                    : [],
            },
            Groups = [.. data.Groups.Select(g => new PlainReportGroup { Key = g.Key.Value, Title = g.Title })],
            Recommendations = [.. data.Recommendations.Select(ToPlain)],
            Readings = [.. data.Readings.Select(ToPlain)],
        };
    }

    public static PlainResponse ToPlain(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new PlainResponse
        {
            RespondentId = response.RespondentId.Value,
            SubmittedAt = response.SubmittedAt.ToDateTimeOffset(),
            Language = response.Language,
            Answers = [.. response.Answers.Select(a => new PlainAnswer
            {
                QuestionNumber = a.QuestionNumber,
                Text = a.Text,
                Choices = a.Choices.IsEmpty ? null : [.. a.Choices],
            })],
        };
    }

    private static PlainRecommendation ToPlain(Recommendation recommendation) => new()
    {
        Id = recommendation.Id.Value,
        Group = recommendation.Group.Value,
        Title = recommendation.Title,
        Versions = [.. recommendation.Versions.Select(v => new PlainVersion
        {
            Number = v.Number,
            Text = v.Text,
            Proposer = v.Proposer.Value,
            What = v.What,
            How = v.How,
            Who = v.Who.IsEmpty ? null : [.. v.Who],
            SequenceOrder = v.SequenceOrder,
            CatalogueIssues = v.CatalogueIssues.IsEmpty ? null : [.. v.CatalogueIssues],
        })],
        History = [.. recommendation.History.Events.Select(e => new PlainLifecycleEvent
        {
            Kind = e.Kind,
            At = e.At.ToDateTimeOffset(),
            Meeting = e.Meeting,
            Actor = e.Actor.Value,
            Outcome = e.Outcome,
            Note = e.Note,
        })],
    };

    private static PlainReading ToPlain(Reading reading) => new()
    {
        Recommendation = reading.Recommendation.Value,
        Meeting = reading.Meeting,
        IsFinal = reading.IsFinal,
        Positions = [.. reading.Positions.Select(p => new PlainPosition { Participant = p.Participant.Value, Kind = p.Kind, Text = p.Text })],
    };

    private static DateOnly ToDateOnly(this LocalDate date) => new(date.Year, date.Month, date.Day);
}

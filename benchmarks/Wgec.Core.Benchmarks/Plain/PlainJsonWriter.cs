using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Plain;

/// <summary>
/// The practical limit for writing: a hand-written <see cref="Utf8JsonWriter"/> over the plain DTO
/// graph with pre-encoded property names. Writes the same JSON as <see cref="PlainJsonContext"/>.
/// </summary>
public static class PlainJsonWriter
{
    private static readonly JsonEncodedText WorkingGroup = JsonEncodedText.Encode("workingGroup");
    private static readonly JsonEncodedText Consultation = JsonEncodedText.Encode("consultation");
    private static readonly JsonEncodedText Catalogue = JsonEncodedText.Encode("catalogue");
    private static readonly JsonEncodedText Recommendations = JsonEncodedText.Encode("recommendations");
    private static readonly JsonEncodedText Readings = JsonEncodedText.Encode("readings");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText EstablishedOn = JsonEncodedText.Encode("establishedOn");
    private static readonly JsonEncodedText Mandate = JsonEncodedText.Encode("mandate");
    private static readonly JsonEncodedText Resolution = JsonEncodedText.Encode("resolution");
    private static readonly JsonEncodedText AdoptionYear = JsonEncodedText.Encode("adoptionYear");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText Tasks = JsonEncodedText.Encode("tasks");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText ReportingBody = JsonEncodedText.Encode("reportingBody");
    private static readonly JsonEncodedText SessionNumber = JsonEncodedText.Encode("sessionNumber");
    private static readonly JsonEncodedText SessionStart = JsonEncodedText.Encode("sessionStart");
    private static readonly JsonEncodedText SessionEnd = JsonEncodedText.Encode("sessionEnd");
    private static readonly JsonEncodedText Participants = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText StakeholderGroupName = JsonEncodedText.Encode("stakeholderGroup");
    private static readonly JsonEncodedText StandingName = JsonEncodedText.Encode("standing");
    private static readonly JsonEncodedText Affiliation = JsonEncodedText.Encode("affiliation");
    private static readonly JsonEncodedText Modalities = JsonEncodedText.Encode("modalities");
    private static readonly JsonEncodedText DecisionRule = JsonEncodedText.Encode("decisionRule");
    private static readonly JsonEncodedText MultiStakeholderApproach = JsonEncodedText.Encode("multiStakeholderApproach");
    private static readonly JsonEncodedText ObserverRules = JsonEncodedText.Encode("observerRules");
    private static readonly JsonEncodedText RequiresGroupAgreement = JsonEncodedText.Encode("requiresGroupAgreement");
    private static readonly JsonEncodedText Meetings = JsonEncodedText.Encode("meetings");
    private static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText City = JsonEncodedText.Encode("city");
    private static readonly JsonEncodedText TimeZoneId = JsonEncodedText.Encode("timeZoneId");
    private static readonly JsonEncodedText Building = JsonEncodedText.Encode("building");
    private static readonly JsonEncodedText Sessions = JsonEncodedText.Encode("sessions");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Part = JsonEncodedText.Encode("part");
    private static readonly JsonEncodedText Questionnaire = JsonEncodedText.Encode("questionnaire");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Questions = JsonEncodedText.Encode("questions");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
    private static readonly JsonEncodedText Options = JsonEncodedText.Encode("options");
    private static readonly JsonEncodedText IsTextDerived = JsonEncodedText.Encode("isTextDerived");
    private static readonly JsonEncodedText IsOpenToAllStakeholders = JsonEncodedText.Encode("isOpenToAllStakeholders");
    private static readonly JsonEncodedText Deadlines = JsonEncodedText.Encode("deadlines");
    private static readonly JsonEncodedText Decision = JsonEncodedText.Encode("decision");
    private static readonly JsonEncodedText Groups = JsonEncodedText.Encode("groups");
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText QuestionNumbers = JsonEncodedText.Encode("questionNumbers");
    private static readonly JsonEncodedText Respondents = JsonEncodedText.Encode("respondents");
    private static readonly JsonEncodedText Organisation = JsonEncodedText.Encode("organisation");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");
    private static readonly JsonEncodedText SubType = JsonEncodedText.Encode("subType");
    private static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText IsFromDevelopingCountry = JsonEncodedText.Encode("isFromDevelopingCountry");
    private static readonly JsonEncodedText EcosocStatusName = JsonEncodedText.Encode("ecosocStatus");
    private static readonly JsonEncodedText Submissions = JsonEncodedText.Encode("submissions");
    private static readonly JsonEncodedText RespondentId = JsonEncodedText.Encode("respondentId");
    private static readonly JsonEncodedText SubmittedAt = JsonEncodedText.Encode("submittedAt");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText Answers = JsonEncodedText.Encode("answers");
    private static readonly JsonEncodedText QuestionNumber = JsonEncodedText.Encode("questionNumber");
    private static readonly JsonEncodedText Choices = JsonEncodedText.Encode("choices");
    private static readonly JsonEncodedText TaxonomyName = JsonEncodedText.Encode("taxonomyName");
    private static readonly JsonEncodedText Categories = JsonEncodedText.Encode("categories");
    private static readonly JsonEncodedText Issues = JsonEncodedText.Encode("issues");
    private static readonly JsonEncodedText Grouping = JsonEncodedText.Encode("grouping");
    private static readonly JsonEncodedText ActivitiesAndApproaches = JsonEncodedText.Encode("activitiesAndApproaches");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText SourceItems = JsonEncodedText.Encode("sourceItems");
    private static readonly JsonEncodedText RawItems = JsonEncodedText.Encode("rawItems");
    private static readonly JsonEncodedText Operations = JsonEncodedText.Encode("operations");
    private static readonly JsonEncodedText Respondent = JsonEncodedText.Encode("respondent");
    private static readonly JsonEncodedText Question = JsonEncodedText.Encode("question");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText Versions = JsonEncodedText.Encode("versions");
    private static readonly JsonEncodedText History = JsonEncodedText.Encode("history");
    private static readonly JsonEncodedText Proposer = JsonEncodedText.Encode("proposer");
    private static readonly JsonEncodedText What = JsonEncodedText.Encode("what");
    private static readonly JsonEncodedText How = JsonEncodedText.Encode("how");
    private static readonly JsonEncodedText Who = JsonEncodedText.Encode("who");
    private static readonly JsonEncodedText SequenceOrder = JsonEncodedText.Encode("sequenceOrder");
    private static readonly JsonEncodedText CatalogueIssues = JsonEncodedText.Encode("catalogueIssues");
    private static readonly JsonEncodedText At = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText Meeting = JsonEncodedText.Encode("meeting");
    private static readonly JsonEncodedText Actor = JsonEncodedText.Encode("actor");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
    private static readonly JsonEncodedText Recommendation = JsonEncodedText.Encode("recommendation");
    private static readonly JsonEncodedText IsFinal = JsonEncodedText.Encode("isFinal");
    private static readonly JsonEncodedText Positions = JsonEncodedText.Encode("positions");
    private static readonly JsonEncodedText Participant = JsonEncodedText.Encode("participant");

    public static void Write(Utf8JsonWriter writer, PlainDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dossier);
        writer.WriteStartObject();
        writer.WriteString(Title, dossier.Title);
        writer.WritePropertyName(WorkingGroup);
        Write(writer, dossier.WorkingGroup);
        writer.WritePropertyName(Consultation);
        Write(writer, dossier.Consultation);
        writer.WritePropertyName(Catalogue);
        Write(writer, dossier.Catalogue);
        writer.WriteStartArray(Groups);
        foreach (var group in dossier.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString(Key, group.Key);
            writer.WriteString(Title, group.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Recommendations);
        foreach (var recommendation in dossier.Recommendations)
        {
            Write(writer, recommendation);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Readings);
        foreach (var reading in dossier.Readings)
        {
            Write(writer, reading);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one response (also the unit of the JSON Lines stream).</summary>
    public static void Write(Utf8JsonWriter writer, PlainResponse response)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(response);
        writer.WriteStartObject();
        writer.WriteString(RespondentId, response.RespondentId);
        writer.WriteString(SubmittedAt, response.SubmittedAt);
        writer.WriteString(Language, response.Language);
        writer.WriteStartArray(Answers);
        foreach (var answer in response.Answers)
        {
            writer.WriteStartObject();
            writer.WriteNumber(QuestionNumber, answer.QuestionNumber);
            WriteOptional(writer, Text, answer.Text);
            WriteStrings(writer, Choices, answer.Choices);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlainWorkingGroup wg)
    {
        writer.WriteStartObject();
        writer.WriteString(Name, wg.Name);
        if (wg.EstablishedOn is { } established)
        {
            WriteDate(writer, EstablishedOn, established);
        }

        var mandate = wg.Mandate;
        writer.WriteStartObject(Mandate);
        writer.WriteString(Resolution, mandate.Resolution);
        writer.WriteNumber(AdoptionYear, mandate.AdoptionYear);
        writer.WriteString(Summary, mandate.Summary);
        writer.WriteStartArray(Tasks);
        foreach (var task in mandate.Tasks)
        {
            writer.WriteStartObject();
            writer.WriteString(Key, task.Key);
            writer.WriteString(Description, task.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString(ReportingBody, mandate.ReportingBody);
        writer.WriteNumber(SessionNumber, mandate.SessionNumber);
        WriteDate(writer, SessionStart, mandate.SessionStart);
        WriteDate(writer, SessionEnd, mandate.SessionEnd);
        writer.WriteEndObject();
        writer.WriteStartArray(Participants);
        foreach (var p in wg.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, p.Id);
            writer.WriteString(Kind, EnumText.Of(p.Kind));
            writer.WriteString(StakeholderGroupName, EnumText.Of(p.StakeholderGroup));
            writer.WriteString(StandingName, EnumText.Of(p.Standing));
            WriteOptional(writer, Name, p.Name);
            WriteOptional(writer, Affiliation, p.Affiliation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject(Modalities);
        writer.WriteString(DecisionRule, wg.Modalities.DecisionRule);
        writer.WriteString(MultiStakeholderApproach, wg.Modalities.MultiStakeholderApproach);
        writer.WriteString(ObserverRules, wg.Modalities.ObserverRules);
        writer.WriteBoolean(RequiresGroupAgreement, wg.Modalities.RequiresGroupAgreement);
        writer.WriteEndObject();
        writer.WriteStartArray(Meetings);
        foreach (var m in wg.Meetings)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Number, m.Number);
            writer.WriteString(City, m.City);
            writer.WriteString(TimeZoneId, m.TimeZoneId);
            WriteOptional(writer, Building, m.Building);
            writer.WriteStartArray(Sessions);
            foreach (var s in m.Sessions)
            {
                writer.WriteStartObject();
                WriteDate(writer, Date, s.Date);
                writer.WriteString(Part, EnumText.Of(s.Part));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlainConsultation consultation)
    {
        writer.WriteStartObject();
        var q = consultation.Questionnaire;
        writer.WriteStartObject(Questionnaire);
        writer.WriteString(Id, q.Id);
        writer.WriteString(Title, q.Title);
        writer.WriteStartArray(Questions);
        foreach (var question in q.Questions)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Number, question.Number);
            writer.WriteString(Text, question.Text);
            writer.WriteString(Kind, EnumText.Of(question.Kind));
            writer.WriteString(Format, EnumText.Of(question.Format));
            WriteStrings(writer, Options, question.Options);
            writer.WriteBoolean(IsTextDerived, question.IsTextDerived);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean(IsOpenToAllStakeholders, q.IsOpenToAllStakeholders);
        writer.WriteString(TimeZoneId, q.TimeZoneId);
        writer.WriteStartArray(Deadlines);
        foreach (var d in q.Deadlines)
        {
            writer.WriteStartObject();
            WriteDate(writer, Date, d.Date);
            writer.WriteString(Decision, d.Decision);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray(Groups);
        foreach (var g in consultation.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString(Key, g.Key);
            writer.WriteString(Title, g.Title);
            writer.WriteStartArray(QuestionNumbers);
            foreach (var n in g.QuestionNumbers)
            {
                writer.WriteNumberValue(n);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Respondents);
        foreach (var r in consultation.Respondents)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, r.Id);
            WriteOptional(writer, Name, r.Name);
            WriteOptional(writer, Organisation, r.Organisation);
            writer.WriteStartObject(Category);
            writer.WriteString(Group, EnumText.Of(r.Category.Group));
            WriteOptional(writer, SubType, r.Category.SubType);
            WriteOptional(writer, Region, r.Category.Region);
            writer.WriteBoolean(IsFromDevelopingCountry, r.Category.IsFromDevelopingCountry);
            writer.WriteString(EcosocStatusName, EnumText.Of(r.Category.EcosocStatus));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Submissions);
        foreach (var response in consultation.Submissions)
        {
            Write(writer, response);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlainCatalogue catalogue)
    {
        writer.WriteStartObject();
        writer.WriteString(TaxonomyName, catalogue.TaxonomyName);
        WriteStrings(writer, Categories, catalogue.Categories);
        writer.WriteStartArray(Issues);
        foreach (var issue in catalogue.Issues)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Number, issue.Number);
            writer.WriteString(Title, issue.Title);
            writer.WriteString(Category, issue.Category);
            WriteOptional(writer, Grouping, issue.Grouping);
            WriteStrings(writer, ActivitiesAndApproaches, issue.ActivitiesAndApproaches);
            writer.WriteString(Status, EnumText.Of(issue.Status));
            WriteStrings(writer, SourceItems, issue.SourceItems);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(RawItems);
        foreach (var item in catalogue.RawItems)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, item.Id);
            writer.WriteString(Text, item.Text);
            writer.WriteString(Respondent, item.Respondent);
            writer.WriteNumber(Question, item.Question);
            writer.WriteString(Category, EnumText.Of(item.Category));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Operations);
        foreach (var op in catalogue.Operations)
        {
            writer.WriteStartObject();
            writer.WriteString(Kind, EnumText.Of(op.Kind));
            WriteStrings(writer, Items, op.Items);
            writer.WriteStartArray(Issues);
            foreach (var n in op.Issues)
            {
                writer.WriteNumberValue(n);
            }

            writer.WriteEndArray();
            if (op.Reason is { } reason)
            {
                writer.WriteString(Reason, EnumText.Of(reason));
            }

            WriteOptional(writer, Note, op.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlainRecommendation recommendation)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, recommendation.Id);
        writer.WriteString(Group, recommendation.Group);
        writer.WriteString(Title, recommendation.Title);
        writer.WriteStartArray(Versions);
        foreach (var v in recommendation.Versions)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Number, v.Number);
            writer.WriteString(Text, v.Text);
            writer.WriteString(Proposer, v.Proposer);
            WriteOptional(writer, What, v.What);
            WriteOptional(writer, How, v.How);
            WriteStrings(writer, Who, v.Who);
            if (v.SequenceOrder is { } order)
            {
                writer.WriteNumber(SequenceOrder, order);
            }

            if (v.CatalogueIssues is { } issues)
            {
                writer.WriteStartArray(CatalogueIssues);
                foreach (var n in issues)
                {
                    writer.WriteNumberValue(n);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(History);
        foreach (var e in recommendation.History)
        {
            writer.WriteStartObject();
            writer.WriteString(Kind, EnumText.Of(e.Kind));
            writer.WriteString(At, e.At);
            writer.WriteNumber(Meeting, e.Meeting);
            writer.WriteString(Actor, e.Actor);
            if (e.Outcome is { } outcome)
            {
                writer.WriteString(Outcome, EnumText.Of(outcome));
            }

            WriteOptional(writer, Note, e.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlainReading reading)
    {
        writer.WriteStartObject();
        writer.WriteString(Recommendation, reading.Recommendation);
        writer.WriteNumber(Meeting, reading.Meeting);
        writer.WriteBoolean(IsFinal, reading.IsFinal);
        writer.WriteStartArray(Positions);
        foreach (var p in reading.Positions)
        {
            writer.WriteStartObject();
            writer.WriteString(Participant, p.Participant);
            writer.WriteString(Kind, EnumText.Of(p.Kind));
            WriteOptional(writer, Text, p.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, List<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly date)
    {
        Span<byte> buffer = stackalloc byte[10];
        date.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(name, buffer[..written]);
    }
}

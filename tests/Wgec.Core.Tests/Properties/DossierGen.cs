using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Builders;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// Whole valid dossiers, as a hostile client would write them: every section optional, dates at both ends of
/// the calendar, texts at their longest, lists empty or of one, one-member stakeholder groups, repeated declared
/// labels, raw items that are kept or discarded as duplicates. Every value goes through its validating constructor.
/// </summary>
internal static class DossierGen
{
    private static readonly string[] RuleNames = ["un-consensus", "multi-stakeholder", "rough-consensus", "group-aware", "qualified-majority"];

    /// <summary>A date, now and then at an end of the ISO calendar NodaTime holds (years -9998 to 9999).</summary>
    public static readonly Gen<LocalDate> Date = Gen.Frequency(
        (6, DomainGen.Date),
        (1, Gen.Int[0, 400].Select(d => LocalDate.MaxIsoValue.PlusDays(-d))),
        (1, Gen.Int[0, 400].Select(d => new LocalDate(1, 1, 1).PlusDays(d))),
        (1, Gen.Int[0, 400].Select(d => LocalDate.MinIsoValue.PlusDays(d))));

    /// <summary>Text, now and then exactly as long as <paramref name="max"/> allows.</summary>
    public static Gen<string> Text(int max) => Gen.Frequency(
        (4, DomainGen.Text(System.Math.Min(max, 40))),
        (1, Gen.Char["abcdefghij <&>\"'é中"].Select(c => "T" + new string(c, max - 2) + "z")));

    private static Gen<Position> PositionOf(ParticipantId who) =>
        Gen.Select(Gen.Enum<PositionKind>().Where(k => k != PositionKind.Unspecified), Text(Position.MaxTextLength), Gen.Bool,
            (kind, text, withText) => new Position(who, kind, kind.RequiresText() || withText ? text : null));

    /// <summary>The working group and its deliberation, through the builder: 1–8 members, 0–2 observers, 1–3 meetings, 0–4 recommendations and their readings.</summary>
    private static readonly Gen<Dossier> Process =
        from title in Text(2000)
        from rule in DomainGen.Pick(RuleNames)
        from ids in DomainGen.ParticipantId.HashSet[1, 8]
        from groups in Gen.Enum<StakeholderGroup>().Array[ids.Count]
        from observerCount in Gen.Int[0, 2]
        from observerGroupPicks in Gen.Int[0, 7].Array[observerCount]
        from dates in Date.HashSet[1, 3]
        from city in Text(2000)
        from keys in DomainGen.GroupKey.HashSet[1, 3]
        from recommendationCount in Gen.Int[0, 4]
        from texts in Text(4000).Array[recommendationCount]
        from groupPicks in Gen.Int[0, 2].Array[recommendationCount]
        from readingCount in Gen.Int[0, 5]
        from readingPicks in Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Bool).Array[readingCount]
        from present in Gen.Bool.Array[readingCount * 10]
        from positions in PositionOf(new ParticipantId("x")).Array[readingCount * 10]
        select BuildProcess(title, rule, ids.ToList(), groups, observerGroupPicks, dates.OrderBy(d => d).ToList(), city, keys.ToList(), texts, groupPicks, readingPicks, present, positions);

    /// <summary>A consultation: a questionnaire of 1–8 questions, 0–5 respondents with their responses, groups of its substantive questions named by the dossier's report groups, declared figures whose labels may repeat.</summary>
    private static Gen<ConsultationRecord> Consultation(IReadOnlyList<GroupKey> keys) =>
        from questionnaire in DomainGen.Questionnaire
        from respondentIds in DomainGen.RespondentId.HashSet[0, 5]
        from categories in DomainGen.RespondentCategory.Array[respondentIds.Count]
        from submitted in Gen.Select(Gen.Bool, DomainGen.Instant).Array[respondentIds.Count]
        from answerText in Text(2000)
        from groupPicks in Gen.Int[0, 3].Array[questionnaire.Questions.Length]
        from declared in Gen.Int[0, 2]
        from counts in Gen.Int[0, 100].Array[6]
        from labels in DomainGen.Pick("governmental", "business", "Sum of categories", null!).Array[5]
        let respondents = respondentIds.Zip(categories, (id, c) => new Respondent(id, c)).ToList()
        select new ConsultationRecord(
            questionnaire,
            Groups(questionnaire, keys, groupPicks),
            respondents,
            respondents.Where((_, i) => submitted[i].Item1).Select((r, i) => new Response(r.Id, submitted[i].Item2, "en", questionnaire.Questions.Select(q => new Answer(q.Number, answerText)))).ToList(),
            declared == 0 ? null : new DeclaredFigures(
                declared == 1 ? null : new DeclaredCount(counts[5], new SourceReference("Declared total")),
                Enumerable.Range(0, 5).Where(g => counts[g] % 3 != 0).Select(g => new DeclaredCount(counts[g], new SourceReference("Declared by group"), (StakeholderGroup)g, labels[g]))));

    /// <summary>A catalogue whose consolidation keeps or discards 0–5 raw items from the consultation's respondents and questions (or any, without one), its groupings declared or not.</summary>
    private static Gen<IssueCatalogue> Catalogue(ConsultationRecord? consultation, IReadOnlyList<GroupKey> keys) =>
        from count in Gen.Int[0, 5]
        from texts in Text(RawItem.MaxTextLength).Array[count]
        from picks in Gen.Select(Gen.Int[0, 9], Gen.Int[0, 19], Gen.Int[0, 3], Gen.Int[0, 9]).Array[count]
        from title in Text(CatalogueIssue.MaxTitleLength)
        from declareGroupings in Gen.Bool
        select BuildCatalogue(consultation, keys, texts, picks, title, declareGroupings);

    /// <summary>A whole valid dossier.</summary>
    public static readonly Gen<Dossier> Dossier =
        from built in Process
        let keys = built.Deliberation.Groups.Select(g => g.Key).ToList()
        from consultation in Consultation(keys).Null(0.3)
        from catalogue in Catalogue(consultation, keys).Null(0.3)
        from events in Gen.Select(Date, Text(TimelineEvent.MaxTitleLength)).Array[0, 2]
        select new Dossier(built.Title, built.Process, consultation, catalogue, null, built.Deliberation,
            events.Select(e => new TimelineEvent(e.Item1, TimelineEventKind.ExternalEvent, e.Item2, null)));

    private static Dossier BuildProcess(
        string title, string rule, List<ParticipantId> ids, StakeholderGroup[] groups, int[] observerGroupPicks, List<LocalDate> dates, string city, List<GroupKey> keys,
        string[] texts, int[] groupPicks, (int Recommendation, int Meeting, bool IsFinal)[] readings, bool[] present, Position[] positions)
    {
        var builder = new DossierBuilder(title).WithDecisionRule(rule);
        for (var i = 0; i < ids.Count; i++)
        {
            builder = builder.PlusMember(ids[i].Value, groups[i]);
        }

        // Observers sit in a group that has a member; their ids cannot clash with the members'.
        for (var o = 0; o < observerGroupPicks.Length; o++)
        {
            builder = builder.PlusObserver($"observer-{o + 1}", groups[observerGroupPicks[o] % groups.Length]);
        }

        foreach (var date in dates)
        {
            builder = builder.PlusMeeting(date, city);
        }

        foreach (var key in keys)
        {
            builder = builder.PlusReportGroup(key.Value, "Group " + key.Value);
        }

        for (var r = 0; r < texts.Length; r++)
        {
            builder = builder.PlusRecommendation($"rec-{r + 1}", texts[r], group: keys[groupPicks[r] % keys.Count].Value);
        }

        var participants = ids.Concat(observerGroupPicks.Select((_, o) => new ParticipantId($"observer-{o + 1}"))).ToList();
        var read = new HashSet<(int, int)>();
        for (var k = 0; k < readings.Length && texts.Length > 0; k++)
        {
            // A recommendation is read at most once per meeting.
            if (!read.Add((readings[k].Recommendation % texts.Length, readings[k].Meeting % dates.Count)))
            {
                continue;
            }

            var taken = participants.Where((_, p) => p < 10 && present[(k * 10) + p])
                .Select((who, p) => new Position(who, positions[(k * 10) + p].Kind, positions[(k * 10) + p].Text));
            // Only a reading at the last meeting may be final: nothing can follow it.
            var meeting = (readings[k].Meeting % dates.Count) + 1;
            builder = builder.PlusReading($"rec-{(readings[k].Recommendation % texts.Length) + 1}", meeting, readings[k].IsFinal && meeting == dates.Count, taken.ToList());
        }

        return builder.Build();
    }

    private static List<QuestionGroup> Groups(Questionnaire questionnaire, IReadOnlyList<GroupKey> keys, int[] picks)
    {
        var substantive = questionnaire.Questions.Where(q => q.Kind == QuestionKind.Substantive).ToList();
        return keys.Select((key, k) => (key, numbers: substantive.Where(q => picks[q.Number - 1] == k).Select(q => q.Number).ToList()))
            .Where(g => g.numbers.Count > 0)
            .Select(g => new QuestionGroup(g.key, "Questions of " + g.key.Value, g.numbers))
            .ToList();
    }

    private static IssueCatalogue BuildCatalogue(ConsultationRecord? consultation, IReadOnlyList<GroupKey> keys, string[] texts, (int Respondent, int Question, int Operation, int Grouping)[] picks, string title, bool declareGroupings)
    {
        const string category = "Public policy";
        var respondents = consultation?.Respondents ?? [];
        var questions = consultation?.Questionnaire.Questions.Length ?? 20;
        var items = texts.Select((text, i) =>
        {
            var pick = picks[i];
            var provenance = respondents.IsEmpty
                ? new ItemProvenance(new RespondentId($"r-{pick.Respondent}"), (pick.Question % questions) + 1, (StakeholderGroup)(pick.Respondent % 5))
                : new ItemProvenance(respondents[pick.Respondent % respondents.Length].Id, (pick.Question % questions) + 1, respondents[pick.Respondent % respondents.Length].Category.Group);
            return new RawItem(new RawItemId($"i{i + 1}"), text, provenance);
        }).ToList();

        var groupings = keys.Concat(consultation?.Groups.Select(g => g.Key) ?? []).Distinct().ToList();
        var operations = new List<ConsolidationOperation>();
        var number = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var grouping = picks[i].Grouping < groupings.Count ? groupings[picks[i].Grouping] : (GroupKey?)null;
            operations.Add((picks[i].Operation, i) switch
            {
                (0, > 0) => ConsolidationOperation.DiscardDuplicates([items[i].Id], items[0].Id),
                (1, _) => ConsolidationOperation.Discard([items[i].Id], DiscardReason.OutOfScope),
                _ => ConsolidationOperation.Keep(items[i].Id, ++number, title, category, grouping),
            });
        }

        return IssueCatalogue.FromConsolidation(new CategoryTaxonomy("Generated categories", [category]), new Consolidation(items, operations), groupings: declareGroupings ? groupings : null);
    }
}

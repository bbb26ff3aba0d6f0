using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>
/// Builds realistic WGEC-like datasets from a fixed seed, through the library's public, validating
/// constructors only. Scale 1 is the "about 1 MB" dossier of the issue (2,000 responses × 18
/// answers, 500 catalogue issues, 200 recommendations × 3 readings × 42 positions); scale 50 is
/// the large one. The same seed and scale always give the same data.
/// </summary>
public static class DataGenerator
{
    /// <summary>The fixed seed.</summary>
    public const int Seed = 20130530;

    public const int ResponsesAtScale1 = 2_000;
    public const int IssuesAtScale1 = 500;
    public const int RecommendationsAtScale1 = 200;
    public const int ReadingsPerRecommendation = 3;

    public static readonly StakeholderGroup[] Groups = Enum.GetValues<StakeholderGroup>();
    public static readonly string[] GroupKeys = ["A", "B", "C", "D", "E"];
    public static readonly string[] ProfileOptions = ["government", "business", "civil society", "technical and academic", "intergovernmental"];
    public static readonly string[] IssueOptions = ["critical Internet resources", "cybersecurity", "human rights", "development", "capacity building", "multilingualism"];
    public static readonly string[] Categories = ["infrastructure and standardisation", "security", "human rights", "legal", "economic", "development", "sociocultural"];

    private static readonly string[] Words =
    [
        "enhanced", "cooperation", "governments", "stakeholders", "equal", "footing", "public", "policy", "Internet",
        "mechanism", "forum", "capacity", "building", "developing", "countries", "participation", "barriers", "critical",
        "resources", "security", "privacy", "access", "multilingual", "content", "standards", "openness", "trust",
        "dialogue", "mandate", "Tunis", "Agenda", "roles", "responsibilities", "global", "principles", "mapping",
        "gaps", "review", "implementation", "transparency",
    ];

    private static readonly Instant ConsultationOpens = Instant.FromUtc(2013, 6, 1, 0, 0);

    /// <summary>Builds the dataset at a scale (1 = about 1 MB of the issue, 50 = the large one).</summary>
    public static GeneratedData Create(double scale)
    {
        var random = new Random(Seed);
        var responses = Math.Max(1, (int)Math.Round(ResponsesAtScale1 * scale));
        var issues = Math.Max(1, (int)Math.Round(IssuesAtScale1 * scale));
        var recommendations = Math.Max(1, (int)Math.Round(RecommendationsAtScale1 * scale));

        var workingGroup = WorkingGroup();
        var roster = Roster(workingGroup);
        var consultation = Consultation(random, responses);
        var catalogue = Catalogue(random, issues, responses);
        var recs = Recommendations(random, recommendations, issues, roster);
        var readings = recs.SelectMany(r => Readings(random, r.Id, roster)).ToImmutableArray();
        return new GeneratedData(workingGroup, consultation, catalogue, ReportGroups(), recs, readings, roster);
    }

    /// <summary>The WGEC 2013–2014 working group: 22 Member States, 5 each of four other groups, the chair and the secretariat; four meetings.</summary>
    public static WorkingGroup WorkingGroup()
    {
        var source = new SourceReference("Generated benchmark data");
        var participants = new List<Participant>
        {
            new(new ParticipantId("chair"), ParticipantKind.Person, StakeholderGroup.Governments, Standing.Chair, "Peter Major", "Hungary"),
        };
        for (var i = 1; i <= 22; i++)
        {
            participants.Add(new Participant(new ParticipantId($"ms-{i:00}"), ParticipantKind.Country, StakeholderGroup.Governments, Standing.Member, "Member State " + i));
        }

        foreach (var (prefix, group) in OtherGroups)
        {
            for (var i = 1; i <= 5; i++)
            {
                participants.Add(new Participant(new ParticipantId($"{prefix}-{i:00}"), ParticipantKind.Person, group, Standing.Member, $"Representative {prefix}-{i}", "Organisation " + prefix));
            }
        }

        participants.Add(new Participant(new ParticipantId("secretariat"), ParticipantKind.Organisation, StakeholderGroup.IntergovernmentalAndInternational, Standing.Secretariat, "CSTD secretariat"));
        var policy = new CompositionPolicy(
        [
            new(StakeholderGroup.Governments, 22),
            new(StakeholderGroup.PrivateSector, 5),
            new(StakeholderGroup.CivilSociety, 5),
            new(StakeholderGroup.TechnicalAndAcademic, 5),
            new(StakeholderGroup.IntergovernmentalAndInternational, 5),
        ]);
        var mandate = new Mandate(
            DocumentSymbol.Parse("A/RES/67/195"),
            2012,
            null,
            "Examine the WSIS mandate on enhanced cooperation by seeking, compiling and reviewing inputs, and make recommendations.",
            [MandateTask.SeekInputs, MandateTask.CompileInputs, MandateTask.ReviewInputs, MandateTask.MakeRecommendations],
            new ReportingTarget("Commission on Science and Technology for Development (CSTD)", 17, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16))));
        var modalities = new Modalities(
            new RuleDescriptor("un-consensus"),
            "A multi-stakeholder approach built on mutual trust",
            new ObserverPolicy("ECOSOC rules", requiresGroupAgreement: true));
        Meeting Meet(int number, string building, params Session[] sessions) =>
            new(number, new Venue("Geneva", DeadlinePolicy.GenevaTimeZoneId, building), sessions);
        var meetings = new[]
        {
            Meet(1, "Conference Centre Varembé", new Session(new LocalDate(2013, 5, 30), PartOfDay.Afternoon), new Session(new LocalDate(2013, 5, 31))),
            Meet(2, "Palais des Nations", new Session(new LocalDate(2013, 11, 6)), new Session(new LocalDate(2013, 11, 7)), new Session(new LocalDate(2013, 11, 8))),
            Meet(3, "Palais des Nations", Enumerable.Range(24, 5).Select(d => new Session(new LocalDate(2014, 2, d))).ToArray()),
            Meet(4, "Palais des Nations", new Session(new LocalDate(2014, 4, 30)), new Session(new LocalDate(2014, 5, 1)), new Session(new LocalDate(2014, 5, 2))),
        };
        return new WorkingGroup(
            "CSTD Working Group on Enhanced Cooperation",
            mandate,
            new Composition(policy, participants),
            modalities,
            meetings,
            establishedOn: new LocalDate(2013, 3, 22),
            sources: [source]);
    }

    /// <summary>The 42 members who decide (the chair and the secretariat do not take positions here).</summary>
    public static Roster Roster(WorkingGroup workingGroup) => new(
        Groups,
        workingGroup.Participants
            .Where(p => p.Standing == Standing.Member)
            .Select(p => new RosterEntry(p.Id, p.StakeholderGroup, p.Standing)));

    public static Questionnaire Questionnaire()
    {
        var questions = new List<Question>
        {
            new(1, "Which stakeholder category does the respondent belong to?", QuestionKind.RespondentProfile, AnswerFormat.SingleChoice, ProfileOptions),
            new(2, "What are the significance, purpose and scope of enhanced cooperation?", QuestionKind.Substantive),
            new(3, "Which international Internet-related public policy issues are relevant?", QuestionKind.Substantive, AnswerFormat.MultipleChoice, IssueOptions),
        };
        for (var q = 4; q <= 17; q++)
        {
            questions.Add(new Question(q, $"Substantive question {q} on enhanced cooperation", QuestionKind.Substantive, isTextDerived: q is 12 or 13 or 14 or 16 or 17));
        }

        questions.Add(new Question(18, "Comments and additional topics", QuestionKind.OpenComments));
        return new Questionnaire(
            "wgec-2013",
            "Questionnaire of the CSTD Working Group on Enhanced Cooperation (2013)",
            questions,
            isOpenToAllStakeholders: true,
            new DeadlinePolicy(
                DeadlinePolicy.GenevaTimeZoneId,
                new Deadline(new LocalDate(2013, 8, 15), "Original deadline"),
                [new Deadline(new LocalDate(2013, 9, 17), "Deadline extended to 17 September 2013")]));
    }

    /// <summary>The report groups A–E of the deliberation.</summary>
    public static ImmutableArray<ReportGroup> ReportGroups() =>
    [
        new(new GroupKey("A"), "Implementation of the Tunis Agenda"),
        new(new GroupKey("B"), "Public policy issues and possible mechanisms"),
        new(new GroupKey("C"), "Role of stakeholders"),
        new(new GroupKey("D"), "Developing countries"),
        new(new GroupKey("E"), "Barriers for participation in enhanced cooperation"),
    ];

    public static QuestionGroup[] QuestionGroups() =>
    [
        new(new GroupKey("A"), "Implementation of the Tunis Agenda", [2, 3]),
        new(new GroupKey("B"), "Public policy issues and possible mechanisms", [4, 8, 9]),
        new(new GroupKey("C"), "Role of stakeholders", [5, 6, 7, 14, 17]),
        new(new GroupKey("D"), "Role of developing countries", [10, 15]),
        new(new GroupKey("E"), "Barriers to participation in enhanced cooperation", [11, 12, 13, 16]),
    ];

    /// <summary>A short, deterministic sentence of <paramref name="min"/> to <paramref name="max"/> words.</summary>
    public static string Sentence(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', words);
    }

    public static StakeholderGroup GroupOf(int respondent) => Groups[respondent % Groups.Length];

    private static ConsultationRecord Consultation(Random random, int count)
    {
        var respondents = new Respondent[count];
        var responses = new Response[count];
        for (var i = 0; i < count; i++)
        {
            var group = GroupOf(i);
            var category = new RespondentCategory(group, region: i % 3 == 0 ? "Africa" : null, isFromDevelopingCountry: i % 4 == 0, ecosocStatus: (EcosocStatus)(i % 3));
            respondents[i] = new Respondent(new RespondentId($"r-{i:000000}"), category, i % 2 == 0 ? $"Respondent {i}" : null, i % 5 == 0 ? $"Organisation {i % 97}" : null);
            var answers = new Answer[18];
            answers[0] = Answer.Choice(1, ProfileOptions[(int)group]);
            answers[1] = Answer.FreeText(2, Sentence(random, 3, 8));
            answers[2] = Answer.Choice(3, IssueOptions.Where((_, k) => ((i + k) % 3) == 0).ToArray());
            for (var q = 4; q <= 18; q++)
            {
                answers[q - 1] = Answer.FreeText(q, Sentence(random, 2, 6));
            }

            responses[i] = new Response(respondents[i].Id, ConsultationOpens + Duration.FromSeconds(random.Next(0, 112 * 24 * 3600)), "en", answers);
        }

        return new ConsultationRecord(Questionnaire(), QuestionGroups(), respondents, responses);
    }

    /// <summary>
    /// The catalogue with its consolidation log: every issue comes from one raw item (kept) or
    /// 2–3 raw items (merged), and about one raw item in ten is discarded with a reason, as in the
    /// 2013 exercise (483 items reduced to 215 issues).
    /// </summary>
    private static IssueCatalogue Catalogue(Random random, int count, int respondents)
    {
        var taxonomy = new CategoryTaxonomy("E/CN.16/2015/CRP.2 clusters", Categories);
        var statuses = new[] { IssueStatus.Listed, IssueStatus.UnderReview, IssueStatus.Mapped, IssueStatus.GapIdentified };
        var issues = new CatalogueIssue[count];
        var rawItems = new List<RawItem>(count * 3);
        var operations = new List<ConsolidationOperation>(count + (count / 5));
        RawItem NewItem(int issue, int k)
        {
            var respondent = random.Next(respondents);
            var item = new RawItem(
                new RawItemId($"r-{respondent:000000}.q4.{issue}.{k}"),
                Sentence(random, 3, 8),
                new ItemProvenance(new RespondentId($"r-{respondent:000000}"), 4, GroupOf(respondent)));
            rawItems.Add(item);
            return item;
        }

        for (var i = 0; i < count; i++)
        {
            var items = Enumerable.Range(0, random.Next(1, 4)).Select(k => NewItem(i, k).Id).ToArray();
            var activities = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentence(random, 2, 4)).ToArray();
            issues[i] = new CatalogueIssue(
                i + 1,
                Sentence(random, 2, 5),
                Categories[random.Next(Categories.Length)],
                i % 10 == 9 ? null : new GroupKey(GroupKeys[random.Next(GroupKeys.Length)]),
                activities,
                statuses[random.Next(statuses.Length)],
                items);
            operations.Add(new ConsolidationOperation(items.Length == 1 ? ConsolidationOperationKind.Keep : ConsolidationOperationKind.Merge, items, [issues[i]]));
            if (i % 5 == 4)
            {
                var discarded = NewItem(i, 9);
                operations.Add(new ConsolidationOperation(ConsolidationOperationKind.Discard, [discarded.Id], [], (DiscardReason)(i % 3)));
            }
        }

        return new IssueCatalogue(taxonomy, issues, new Consolidation(rawItems, operations));
    }

    private static ImmutableArray<Recommendation> Recommendations(Random random, int count, int issueCount, Roster roster)
    {
        var members = roster.Entries;
        var builder = ImmutableArray.CreateBuilder<Recommendation>(count);
        var drafted = Instant.FromUtc(2013, 11, 6, 9, 0);
        var third = Instant.FromUtc(2014, 2, 24, 9, 0);
        var fourth = Instant.FromUtc(2014, 4, 30, 9, 0);
        var outcomes = new[] { OutcomeKind.NoAgreement, OutcomeKind.ToBeRevisited, OutcomeKind.Agreed };
        for (var i = 0; i < count; i++)
        {
            var group = GroupKeys[i % GroupKeys.Length];
            var id = new RecommendationId($"{group}-{(i / GroupKeys.Length) + 1}");
            var proposer = members[random.Next(members.Length)].Participant;
            var issues = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, issueCount + 1)).Distinct().Order().ToArray();
            var versions = new List<RecommendationVersion>
            {
                new(1, Sentence(random, 8, 16), proposer, Sentence(random, 3, 6), Sentence(random, 3, 6), ["CSTD", "IGF"], (i % 7) + 1, catalogueIssues: issues),
            };
            var at = drafted + Duration.FromMinutes(i % 600);
            var events = new List<LifecycleEvent> { new(LifecycleEventKind.Drafted, at, 2, proposer) };
            if (i % 5 < 2)
            {
                versions.Add(new RecommendationVersion(2, Sentence(random, 8, 16), proposer, Sentence(random, 3, 6), Sentence(random, 3, 6), ["CSTD"], (i % 7) + 1, catalogueIssues: issues));
                events.Add(new LifecycleEvent(LifecycleEventKind.Amended, at + Duration.FromMinutes(30), 2, proposer, note: "amended after comments"));
            }

            var chair = new ParticipantId("chair");
            events.Add(new LifecycleEvent(LifecycleEventKind.Read, at + Duration.FromHours(2), 2, chair));
            events.Add(new LifecycleEvent(LifecycleEventKind.Read, third + Duration.FromMinutes(i % 600), 3, chair));
            events.Add(new LifecycleEvent(LifecycleEventKind.Read, fourth + Duration.FromMinutes(i % 600), 4, chair));
            events.Add(new LifecycleEvent(LifecycleEventKind.OutcomeRecorded, fourth + Duration.FromMinutes((i % 600) + 1), 4, chair, outcomes[random.Next(outcomes.Length)]));
            builder.Add(new Recommendation(id, new GroupKey(group), Sentence(random, 3, 7), versions, new RecommendationHistory(events)));
        }

        return builder.MoveToImmutable();
    }

    private static IEnumerable<Reading> Readings(Random random, RecommendationId recommendation, Roster roster)
    {
        for (var meeting = 2; meeting < 2 + ReadingsPerRecommendation; meeting++)
        {
            yield return Reading(random, recommendation, meeting, meeting == 1 + ReadingsPerRecommendation, roster);
        }
    }

    /// <summary>A reading with one position per roster entry: mostly support, about 10 % objections.</summary>
    public static Reading Reading(Random random, RecommendationId recommendation, int meeting, bool isFinal, Roster roster)
    {
        var positions = new Position[roster.Entries.Length];
        for (var p = 0; p < positions.Length; p++)
        {
            var who = roster.Entries[p].Participant;
            var roll = random.Next(100);
            positions[p] = roll switch
            {
                < 55 => Position.Support(who),
                < 70 => Position.NoObjection(who),
                < 78 => Position.SupportWithReservation(who, "reservation on the wording"),
                < 85 => Position.Abstain(who),
                < 95 => Position.Objection(who, "premature"),
                _ => Position.Absent(who),
            };
        }

        return new Reading(recommendation, meeting, isFinal, positions);
    }

    private static readonly (string Prefix, StakeholderGroup Group)[] OtherGroups =
    [
        ("ps", StakeholderGroup.PrivateSector),
        ("cs", StakeholderGroup.CivilSociety),
        ("ta", StakeholderGroup.TechnicalAndAcademic),
        ("io", StakeholderGroup.IntergovernmentalAndInternational),
    ];
}

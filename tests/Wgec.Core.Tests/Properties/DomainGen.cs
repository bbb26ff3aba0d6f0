using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// CsCheck generators that yield only valid instances of the public domain types: every value is
/// built through the public, validating constructor, so a generator that produced an invalid value
/// would fail the property that uses it. Generators are built from CsCheck primitives, so they shrink.
/// </summary>
internal static class DomainGen
{
    private const string IdStart = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string IdRest = IdStart + ".-_:";

    // Printable text with the characters JSON must escape or may escape (quote, backslash, <, >, &, ')
    // and some non-ASCII letters; inner spaces, tabs and newlines included, no lone surrogates.
    private const string TextChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-()'\"\\<>&/éüßçœ中文€\t\n";

    private static readonly string[] TimeZones = ["Europe/Zurich", "America/New_York", "Asia/Tokyo", "UTC", "Africa/Tunis"];
    private static readonly string[] Languages = ["en", "fr", "es", "fr-CH", "zh-Hans", "pt-BR", "ar"];

    /// <summary>Identifier text: a letter or digit, then up to 23 of letters, digits, '.', '-', '_', ':'.</summary>
    public static readonly Gen<string> IdString =
        Gen.Select(Gen.Char[IdStart], Gen.String[Gen.Char[IdRest], 0, 23], (c, rest) => c + rest);

    /// <summary>Non-blank text of 1–<paramref name="max"/> characters (the domain trims it).</summary>
    public static Gen<string> Text(int max = 60) =>
        Gen.Select(Gen.Char[IdStart], Gen.String[Gen.Char[TextChars], 0, max - 1], (c, rest) => c + rest);

    /// <summary>Optional non-blank text.</summary>
    public static Gen<string?> OptionalText(int max = 40) =>
        Gen.Frequency((1, Gen.Const((string?)null)), (2, Text(max).Select(t => (string?)t)));

    public static readonly Gen<ParticipantId> ParticipantId = IdString.Select(s => new ParticipantId(s));
    public static readonly Gen<RespondentId> RespondentId = IdString.Select(s => new RespondentId(s));
    public static readonly Gen<RecommendationId> RecommendationId = IdString.Select(s => new RecommendationId(s));
    public static readonly Gen<GroupKey> GroupKey = IdString.Select(s => new GroupKey(s));
    public static readonly Gen<RawItemId> RawItemId = IdString.Select(s => new RawItemId(s));

    public static readonly Gen<LocalDate> Date =
        Gen.Int[0, 365 * 30].Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    /// <summary>Instants between 2000 and 2030, to the millisecond.</summary>
    public static readonly Gen<Instant> Instant =
        Gen.Long[946_684_800_000L, 1_893_456_000_000L].Select(NodaTime.Instant.FromUnixTimeMilliseconds);

    public static readonly Gen<Uri?> Address = Gen.Frequency(
        (1, Gen.Const((Uri?)null)),
        (2, Gen.Select(Gen.Bool, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 12], Gen.String[Gen.Char["abcdefghij0123456789-_/"], 0, 20],
            (https, host, path) => (Uri?)new Uri((https ? "https://" : "http://") + host + ".org/" + path))));

    public static readonly Gen<SourceReference> SourceReference =
        Gen.Select(Text(120), Address, (citation, address) => new SourceReference(citation, address));

    public static readonly Gen<DocumentSymbol> DocumentSymbol =
        Gen.Select(
            Pick("A", "E", "S", "E/CN.16", "A/C.2", "A/HRC", "TD/B"),
            Gen.Int[1, 80],
            Pick("", "RES", "CRP", "L", "INF"),
            Gen.Int[1, 9999],
            Pick("", "/Rev.1", "/Add.2", "/Corr.1", "/Rev.2/Corr.1"),
            (body, session, kind, number, suffix) => global::Wgec.Core.Identifiers.DocumentSymbol.Parse(kind switch
            {
                "" => $"{body}/{session}/{number}{suffix}",
                "RES" => $"{body}/RES/{session}/{number}{suffix}",
                _ => $"{body}/{session}/{kind}.{number}{suffix}",
            }));

    public static readonly Gen<Session> Session =
        Gen.Select(Date, Gen.Enum<PartOfDay>(), (d, p) => new Session(d, p));

    public static readonly Gen<Venue> Venue =
        Gen.Select(Text(30), Pick(TimeZones), OptionalText(30), OptionalText(10), (city, zone, building, room) => new Venue(city, zone, building, room));

    /// <summary>A meeting of 1–5 sessions on distinct, ascending days, with results and sources.</summary>
    public static readonly Gen<Meeting> Meeting =
        from number in Gen.Int[1, 30]
        from venue in Venue
        from start in Date
        from gaps in Gen.Int[1, 3].Array[0, 4]
        from parts in Gen.Enum<PartOfDay>().Array[5]
        from results in Text(80).Array[0, 3]
        from sources in SourceReference.Array[0, 2]
        select new Meeting(
            number,
            venue,
            Days(start, gaps).Select((d, i) => new Session(d, parts[i])).ToList(),
            results: results,
            sources: sources);

    public static readonly Gen<Question> Question = QuestionNumbered(Gen.Int[1, 50]);

    /// <summary>A question with the given number generator; choice questions have 2–5 distinct options.</summary>
    public static Gen<Question> QuestionNumbered(Gen<int> number) =>
        from n in number
        from text in Text(100)
        from kind in Gen.Enum<QuestionKind>()
        from format in Gen.Enum<AnswerFormat>()
        from options in Gen.Int[2, 5]
        from derived in Gen.Bool
        select new Question(
            n,
            text,
            kind,
            format,
            format == AnswerFormat.FreeText ? null : Enumerable.Range(1, options).Select(o => "option " + o.ToString(CultureInfo.InvariantCulture)),
            derived);

    public static readonly Gen<Deadline> Deadline =
        Gen.Select(Date, Text(60), SourceReference.Null(0.5), (d, decision, source) => new Deadline(d, decision, source));

    /// <summary>A deadline policy whose extensions are each strictly later than the one before.</summary>
    public static readonly Gen<DeadlinePolicy> DeadlinePolicy =
        from zone in Pick(TimeZones)
        from original in Deadline
        from gaps in Gen.Int[1, 40].Array[0, 3]
        from decisions in Text(40).Array[3]
        select new DeadlinePolicy(zone, original, Days(original.Date, gaps).Skip(1).Select((d, i) => new Deadline(d, decisions[i])).ToList());

    /// <summary>A questionnaire of 1–8 questions numbered 1..N, given in a shuffled order.</summary>
    public static readonly Gen<Questionnaire> Questionnaire =
        from id in IdString
        from title in Text(80)
        from count in Gen.Int[1, 8]
        from numbered in QuestionNumbered(Gen.Const(1)).Array[count]
        from keys in Gen.Int.Array[count]
        let questions = numbered.Select((q, i) => new Question(i + 1, q.Text, q.Kind, q.Format, q.Options, q.IsTextDerived)).Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToList()
        from open in Gen.Bool
        from deadlines in DeadlinePolicy
        from sources in SourceReference.Array[0, 2]
        select new Questionnaire(id, title, questions, open, deadlines, sources);

    public static readonly Gen<RespondentCategory> RespondentCategory =
        Gen.Select(Gen.Enum<StakeholderGroup>(), OptionalText(20), OptionalText(20), Gen.Bool, Gen.Enum<EcosocStatus>(),
            (g, sub, region, developing, ecosoc) => new RespondentCategory(g, sub, region, developing, ecosoc));

    public static readonly Gen<Respondent> Respondent =
        Gen.Select(RespondentId, RespondentCategory, OptionalText(30), OptionalText(30), (id, c, name, org) => new Respondent(id, c, name, org));

    public static Gen<Answer> AnswerTo(int questionNumber) =>
        Gen.Select(OptionalText(100), Gen.Int[0, 3], (text, choices) => new Answer(
            questionNumber,
            text ?? (choices == 0 ? "no comment" : null),
            Enumerable.Range(1, choices).Select(c => "choice " + c.ToString(CultureInfo.InvariantCulture))));

    public static readonly Gen<Answer> Answer = Gen.Int[1, 40].SelectMany(AnswerTo);

    /// <summary>A response answering a random subset of questions 1–12, each once, in any order.</summary>
    public static readonly Gen<Response> Response =
        from id in RespondentId
        from at in Instant
        from language in Pick(Languages)
        from numbers in Gen.Int[1, 12].HashSet[0, 12]
        from answers in AnswerTo(1).Array[numbers.Count]
        select new Response(id, at, language, numbers.Zip(answers, (n, a) => new Answer(n, a.Text, a.Choices)).ToList());

    public static readonly Gen<ItemProvenance> ItemProvenance =
        Gen.Select(RespondentId, Gen.Int[1, 20], Gen.Enum<StakeholderGroup>(), OptionalText(30),
            (r, q, g, excerpt) => new ItemProvenance(r, q, g, excerpt));

    public static readonly Gen<RawItem> RawItem =
        Gen.Select(RawItemId, Text(200), ItemProvenance, (id, text, p) => new RawItem(id, text, p));

    public static readonly Gen<CatalogueIssue> CatalogueIssue =
        from number in Gen.Int[1, 500]
        from title in Text(80)
        from category in Text(30)
        from grouping in GroupKey.Nullable(0.5)
        from activities in Text(40).Array[0, 3]
        from status in Gen.Enum<IssueStatus>()
        from items in RawItemId.HashSet[0, 4]
        select new CatalogueIssue(number, title, category, grouping, activities, status, items);

    public static readonly Gen<Position> Position =
        Gen.Select(ParticipantId, Gen.Enum<PositionKind>().Where(k => k != PositionKind.Unspecified), Text(80), Gen.Bool, (p, kind, text, withText) =>
            new Position(p, kind, kind.RequiresText() || withText ? text : null));

    /// <summary>A reading with positions of distinct participants.</summary>
    public static readonly Gen<Reading> Reading =
        from rec in RecommendationId
        from meeting in Gen.Int[1, 12]
        from final in Gen.Bool
        from ids in ParticipantId.HashSet[0, 10]
        from positions in Position.Array[ids.Count]
        select new Reading(rec, meeting, final, ids.Zip(positions, (id, p) => new Position(id, p.Kind, p.Text)).ToList());

    /// <summary>A roster declaring a non-empty set of groups, whose entries belong to declared groups only.</summary>
    public static readonly Gen<Roster> Roster =
        from groups in Gen.Enum<StakeholderGroup>().HashSet[1, 5]
        from ids in ParticipantId.HashSet[0, 10]
        from picks in Gen.Select(Gen.Int[0, 4], Gen.Enum<Standing>()).Array[ids.Count]
        select new Roster(groups.OrderBy(g => g), ids.Select((id, i) => new RosterEntry(id, groups.OrderBy(g => g).ElementAt(picks[i].Item1 % groups.Count), picks[i].Item2)).ToList());

    public static readonly Gen<RecommendationVersion> Version = VersionNumbered(1);

    public static Gen<RecommendationVersion> VersionNumbered(int number) =>
        from text in Text(200)
        from proposer in ParticipantId
        from what in OptionalText(60)
        from how in OptionalText(60)
        from who in Text(30).Array[0, 3]
        from order in Gen.Int[1, 9].Nullable(0.5)
        from deps in RecommendationId.HashSet[0, 3]
        from issues in Gen.Int[1, 200].HashSet[0, 4]
        select new RecommendationVersion(number, text, proposer, what, how, who, order, deps, issues);

    /// <summary>
    /// A legal lifecycle: drafted, then 0–12 events each chosen among the moves the state allows
    /// (an independent copy of the Chair's table), at non-decreasing instants and meetings.
    /// </summary>
    public static readonly Gen<RecommendationHistory> History =
        from actor in ParticipantId
        from start in Instant
        from steps in Gen.Select(Gen.Int[0, 99], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Int[0, 72]).Array[0, 12]
        from note in OptionalText(40)
        select BuildHistory(actor, start, steps, note);

    public static readonly Gen<Recommendation> Recommendation =
        from id in RecommendationId
        from key in GroupKey
        from title in Text(80)
        from count in Gen.Int[1, 3]
        from versions in Version.Array[count]
        from history in History
        select new Recommendation(id, key, title, versions.Select((v, i) => Renumbered(v, i + 1, id)), history);

    /// <summary>The moves the lifecycle allows from a state (the model: written from DESIGN §4, not from LifecycleTable).</summary>
    public static IReadOnlyList<(LifecycleEventKind Kind, OutcomeKind? Outcome)> Moves(RecommendationState state) => state switch
    {
        RecommendationState.Draft => [(LifecycleEventKind.Amended, null), (LifecycleEventKind.Read, null)],
        RecommendationState.UnderDiscussion =>
        [
            (LifecycleEventKind.Amended, null), (LifecycleEventKind.Read, null),
            (LifecycleEventKind.OutcomeRecorded, OutcomeKind.Agreed), (LifecycleEventKind.OutcomeRecorded, OutcomeKind.ToBeRevisited), (LifecycleEventKind.OutcomeRecorded, OutcomeKind.NoAgreement),
        ],
        RecommendationState.ToBeRevisited => [(LifecycleEventKind.Amended, null), (LifecycleEventKind.Read, null), (LifecycleEventKind.OutcomeRecorded, OutcomeKind.NoAgreement)],
        _ => [(LifecycleEventKind.Reopened, null)],
    };

    /// <summary>The state a legal move leads to (the model).</summary>
    public static RecommendationState After(RecommendationState state, LifecycleEventKind kind, OutcomeKind? outcome) => kind switch
    {
        LifecycleEventKind.Amended => state,
        LifecycleEventKind.Read => RecommendationState.UnderDiscussion,
        LifecycleEventKind.Reopened => RecommendationState.ToBeRevisited,
        _ => outcome switch
        {
            OutcomeKind.Agreed => RecommendationState.Agreed,
            OutcomeKind.ToBeRevisited => RecommendationState.ToBeRevisited,
            _ => RecommendationState.NoAgreement,
        },
    };

    private static RecommendationHistory BuildHistory(ParticipantId actor, Instant start, (int Pick, int MeetingStep, int Note, int Hours)[] steps, string? note)
    {
        var at = start;
        var meeting = 1;
        var state = RecommendationState.Draft;
        var events = new List<LifecycleEvent> { new(LifecycleEventKind.Drafted, at, meeting, actor, null, note) };
        foreach (var (pick, meetingStep, withNote, hours) in steps)
        {
            var moves = Moves(state);
            var (kind, outcome) = moves[pick % moves.Count];
            at += Duration.FromHours(hours);
            meeting += meetingStep;
            events.Add(new LifecycleEvent(kind, at, meeting, actor, outcome, withNote == 1 ? note : null));
            state = After(state, kind, outcome);
        }

        return new RecommendationHistory(events);
    }

    private static RecommendationVersion Renumbered(RecommendationVersion v, int number, RecommendationId owner) =>
        new(number, v.Text, v.Proposer, v.What, v.How, v.Who, v.SequenceOrder, v.DependsOn.Remove(owner), v.CatalogueIssues);

    /// <summary>One of the given values (shrinks towards the first).</summary>
    public static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static IEnumerable<LocalDate> Days(LocalDate start, int[] gaps)
    {
        var day = start;
        yield return day;
        foreach (var gap in gaps)
        {
            day = day.PlusDays(gap);
            yield return day;
        }
    }
}

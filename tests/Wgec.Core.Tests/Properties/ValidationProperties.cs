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
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// For each validation rule: a violation derived from a generated valid value is always rejected, with
/// the rule's name, the parameter and (where the rule has one) the location. CsCheck prints the seed of
/// a failure; replay it as described on <see cref="PropertyRun"/>.
/// </summary>
public sealed class ValidationProperties
{
    private static readonly int Iter = PropertyRun.Iterations;

    private static DomainValidationException Rejects(Action build, string rule, string paramName, string? location = null)
    {
        var error = FluentActions.Invoking(build).Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be(rule);
        error.ParamName.Should().Be(paramName);
        if (location is not null)
        {
            error.Location.Should().Be(location);
        }

        return error;
    }

    private static Question Renumbered(Question q, int number) => new(number, q.Text, q.Kind, q.Format, q.Options, q.IsTextDerived);

    /// <summary>Identifier text that breaks one of the identifier rules: a bad first character, a bad later character, or too long.</summary>
    private static readonly Gen<string> BadIdentifier = Gen.OneOf(
        Gen.Select(Gen.Char[".-_: !é/"], DomainGen.IdString, (c, rest) => c + rest),
        Gen.Select(DomainGen.IdString, Gen.Char[" !é/#\"\\+*"], DomainGen.IdString, (a, c, b) => a + c + b),
        Gen.Select(DomainGen.IdString, Gen.Int[129, 300], (id, n) => id + new string('a', n - id.Length)),
        Gen.Const(string.Empty));

    [Fact]
    public void Identifiers_InvalidText_AlwaysRejected_AndTryParseSaysNo() =>
        BadIdentifier.Sample(text =>
        {
            Rejects(() => _ = new ParticipantId(text), "invalid-identifier", "value").Message.Should().Contain("is not a valid identifier");
            Rejects(() => _ = new RespondentId(text), "invalid-identifier", "value");
            Rejects(() => _ = new RecommendationId(text), "invalid-identifier", "value");
            Rejects(() => _ = new GroupKey(text), "invalid-identifier", "value");
            Rejects(() => _ = new RawItemId(text), "invalid-identifier", "value");
            ParticipantId.TryParse(text, out var p).Should().BeFalse();
            p.Should().Be(default(ParticipantId));
            RespondentId.TryParse(text, out _).Should().BeFalse();
            RecommendationId.TryParse(text, out _).Should().BeFalse();
            GroupKey.TryParse(text, out _).Should().BeFalse();
            RawItemId.TryParse(text, out _).Should().BeFalse();
            JsonAssert.FailsToRead<ParticipantId>(System.Text.Json.JsonSerializer.Serialize(text));
        }, iter: Iter);

    [Fact]
    public void Identifiers_ValidText_AlwaysAccepted() =>
        DomainGen.IdString.Sample(text =>
        {
            ParticipantId.TryParse(text, out var p).Should().BeTrue();
            p.Value.Should().Be(text);
            RespondentId.TryParse(text, out var r).Should().BeTrue();
            r.Value.Should().Be(text);
            RecommendationId.TryParse(text, out var rec).Should().BeTrue();
            rec.Value.Should().Be(text);
            GroupKey.TryParse(text, out var g).Should().BeTrue();
            g.Value.Should().Be(text);
            RawItemId.TryParse(text, out var i).Should().BeTrue();
            i.Value.Should().Be(text);
        }, iter: Iter);

    [Fact]
    public void SourceReference_TooLongCitationOrNonHttpAddress_AlwaysRejected() =>
        Gen.Select(DomainGen.SourceReference, Gen.Int[1, 100], Gen.OneOf(Gen.Const("ftp://example.org/x"), Gen.Const("mailto:a@b.org"), Gen.Const("file:///etc/x"))).Sample((source, extra, address) =>
        {
            var citation = source.Citation + new string('x', SourceReference.MaxCitationLength + extra - source.Citation.Length);
            Rejects(() => _ = new SourceReference(citation), "too-long", "citation").Message.Should().Contain(citation.Length.ToString(CultureInfo.InvariantCulture));
            Rejects(() => _ = new SourceReference(source.Citation, new Uri(address)), "invalid-address", "address");
            Rejects(() => _ = new SourceReference(source.Citation, new Uri("/relative/path", UriKind.Relative)), "invalid-address", "address");
            SourceReference.TryCreate(citation, null, out var none).Should().BeFalse();
            none.Should().BeNull();
            SourceReference.TryCreate(source.Citation, address, out _).Should().BeFalse();
            SourceReference.TryCreate(source.Citation, source.Address?.AbsoluteUri, out var same).Should().BeTrue();
            same.Should().Be(source);
        }, iter: Iter);

    [Fact]
    public void Meeting_OverlappingOrUnorderedSessions_AlwaysRejected() =>
        Gen.Select(DomainGen.Meeting, Gen.Int[0, 10]).Sample((meeting, pick) =>
        {
            var sessions = meeting.Sessions.ToList();
            var i = pick % sessions.Count;
            var overlapping = sessions.Take(i + 1).Append(new Session(sessions[i].Date, PartOfDay.WholeDay)).Concat(sessions.Skip(i + 1)).ToList();
            Rejects(() => _ = new Meeting(meeting.Number, meeting.Venue, overlapping), "sessions-overlap", "sessions", $"sessions[{i + 1}]");
            if (sessions.Count > 1)
            {
                var reversed = Enumerable.Reverse(sessions).ToList();
                Rejects(() => _ = new Meeting(meeting.Number, meeting.Venue, reversed), "sessions-order", "sessions", "sessions[1]");
            }

            Rejects(() => _ = new Meeting(meeting.Number, meeting.Venue, []), "no-sessions", "sessions");
            var next = new NextMeetingDecision(meeting.Number + 2, new DateInterval(meeting.Dates.End.PlusDays(30), meeting.Dates.End.PlusDays(32)));
            Rejects(() => _ = new Meeting(meeting.Number, meeting.Venue, sessions, nextMeeting: next), "next-meeting-number", "nextMeeting", "nextMeeting.meetingNumber");
            var early = new NextMeetingDecision(meeting.Number + 1, new DateInterval(meeting.Dates.End, meeting.Dates.End.PlusDays(2)));
            Rejects(() => _ = new Meeting(meeting.Number, meeting.Venue, sessions, nextMeeting: early), "next-meeting-date", "nextMeeting", "nextMeeting.dates");
        }, iter: Iter);

    [Fact]
    public void Question_OptionRules_AlwaysEnforced() =>
        Gen.Select(DomainGen.Question, Gen.Int[0, 4]).Sample((q, pick) =>
        {
            if (q.Format == AnswerFormat.FreeText)
            {
                Rejects(() => _ = new Question(q.Number, q.Text, q.Kind, q.Format, ["a", "b"]), "options-on-free-text", "options");
                Rejects(() => _ = new Question(q.Number, q.Text, q.Kind, AnswerFormat.SingleChoice, ["only"]), "too-few-options", "options");
            }
            else
            {
                var i = pick % q.Options.Length;
                var duplicated = q.Options.Insert(i + 1, " " + q.Options[i] + " ");
                Rejects(() => _ = new Question(q.Number, q.Text, q.Kind, q.Format, duplicated), "duplicate-option", "options", $"options[{i + 1}]");
                var blank = q.Options.Insert(i, "  ");
                Rejects(() => _ = new Question(q.Number, q.Text, q.Kind, q.Format, blank), "blank-option", "options", $"options[{i}]");
                Rejects(() => _ = new Question(q.Number, q.Text, q.Kind, q.Format, q.Options.Take(1)), "too-few-options", "options");
            }
        }, iter: Iter);

    [Fact]
    public void Questionnaire_GapOrRepeatedQuestionNumber_AlwaysRejected() =>
        Gen.Select(DomainGen.Questionnaire, Gen.Int[0, 20]).Sample((questionnaire, pick) =>
        {
            var questions = questionnaire.Questions;
            var i = pick % questions.Length;
            var gap = questions.SetItem(i, Renumbered(questions[i], questions.Length + 1));
            Rejects(() => _ = new Questionnaire(questionnaire.Id, questionnaire.Title, gap, true, questionnaire.Deadlines), "question-numbers-not-contiguous", "questions", $"questions[{i}].number");
            var twice = questions.RemoveAt(questions.Length - 1).Add(questions[0]);
            if (questions.Length > 1)
            {
                Rejects(() => _ = new Questionnaire(questionnaire.Id, questionnaire.Title, twice, true, questionnaire.Deadlines), "duplicate-question-number", "questions", $"questions[{questions.Length - 1}].number");
            }

            Rejects(() => _ = new Questionnaire(questionnaire.Id, questionnaire.Title, [], true, questionnaire.Deadlines), "no-questions", "questions");
        }, iter: Iter);

    [Fact]
    public void DeadlinePolicy_ExtensionNotLater_AlwaysRejected() =>
        Gen.Select(DomainGen.DeadlinePolicy, Gen.Int[0, 30]).Sample((policy, back) =>
        {
            var previous = policy.InForce.Date;
            var bad = new Deadline(previous.PlusDays(-back), "extended again");
            Rejects(() => policy.PlusExtension(bad), "extension-not-later", "extensions", $"extensions[{policy.Extensions.Length}]");
            policy.PlusExtension(new Deadline(previous.PlusDays(back + 1), "extended")).InForce.Date.Should().Be(previous.PlusDays(back + 1));
        }, iter: Iter);

    [Fact]
    public void Answer_And_Response_Rules_AlwaysEnforced() =>
        Gen.Select(DomainGen.Response, Gen.Int[0, 20], Gen.OneOf(Gen.Const("e"), Gen.Const("en_GB"), Gen.Const("en-"), Gen.Const("12"), Gen.Const("fr-CH-toolongsubtag"))).Sample((response, pick, language) =>
        {
            Rejects(() => _ = new Response(response.RespondentId, response.SubmittedAt, language, response.Answers), "invalid-language", "language");
            Rejects(() => _ = new Answer(pick + 1, "  ", []), "empty-answer", "text");
            Rejects(() => _ = new Answer(pick + 1, null, ["yes", " yes "]), "duplicate-choice", "choices", "choices[1]");
            Rejects(() => _ = new Answer(pick + 1, null, ["yes", " "]), "blank-choice", "choices", "choices[1]");
            if (!response.Answers.IsEmpty)
            {
                var i = pick % response.Answers.Length;
                var answers = response.Answers.Add(response.Answers[i]);
                Rejects(() => _ = new Response(response.RespondentId, response.SubmittedAt, response.Language, answers), "duplicate-answer", "answers", $"answers[{answers.Length - 1}]");
            }
        }, iter: Iter);

    [Fact]
    public void Reading_And_Roster_DuplicatesAndUndeclaredGroups_AlwaysRejected() =>
        Gen.Select(DomainGen.Reading, DomainGen.Roster, Gen.Int[0, 20]).Sample((reading, roster, pick) =>
        {
            if (!reading.Positions.IsEmpty)
            {
                var p = reading.Positions[pick % reading.Positions.Length];
                var positions = reading.Positions.Add(Position.Absent(p.Participant));
                Rejects(() => _ = new Reading(reading.Recommendation, reading.Meeting, reading.IsFinal, positions), "duplicate", "positions", $"positions[{positions.Length - 1}].participant");
            }

            if (!roster.Entries.IsEmpty)
            {
                var e = roster.Entries[pick % roster.Entries.Length];
                var entries = roster.Entries.Add(new RosterEntry(e.Participant, e.Group, Standing.Observer));
                Rejects(() => _ = new Roster(roster.DeclaredGroups, entries), "duplicate", "entries", $"entries[{entries.Length - 1}].participant");
            }

            var undeclared = Enum.GetValues<StakeholderGroup>().Except(roster.DeclaredGroups).ToList();
            if (undeclared.Count > 0)
            {
                var entries = roster.Entries.Add(new RosterEntry(new ParticipantId("newcomer-" + pick), undeclared[pick % undeclared.Count], Standing.Member));
                Rejects(() => _ = new Roster(roster.DeclaredGroups, entries), "undeclared-group", "entries", $"entries[{entries.Length - 1}].group");
            }

            Rejects(() => _ = new Roster(roster.DeclaredGroups.Add(roster.DeclaredGroups[0]), roster.Entries), "duplicate", "declaredGroups", $"declaredGroups[{roster.DeclaredGroups.Length}]");
            Rejects(() => _ = new Roster([], []), "required", "declaredGroups");
        }, iter: Iter);

    [Fact]
    public void RecommendationHistory_BrokenSequences_AlwaysRejected() =>
        Gen.Select(DomainGen.History, Gen.Int[0, 20], Gen.Int[1, 100]).Sample((history, pick, hours) =>
        {
            var events = history.Events;
            var first = events[0];
            Rejects(() => _ = new RecommendationHistory(events.RemoveAt(0).Insert(0, new LifecycleEvent(LifecycleEventKind.Read, first.At, first.Meeting, first.Actor))), "must-start-drafted", "events", "events[0]");
            var last = events[events.Length - 1];
            var redraft = new LifecycleEvent(LifecycleEventKind.Drafted, last.At, last.Meeting, last.Actor);
            Rejects(() => history.Plus(redraft), "drafted-twice", "events", $"events[{events.Length}]");
            var earlier = new LifecycleEvent(LifecycleEventKind.Amended, last.At - Duration.FromHours(hours), last.Meeting, last.Actor);
            Rejects(() => history.Plus(earlier), "out-of-order", "events", $"events[{events.Length}]");
            var illegal = Enum.GetValues<LifecycleEventKind>().Where(k => k != LifecycleEventKind.Drafted && k != LifecycleEventKind.OutcomeRecorded)
                .Where(k => !DomainGen.Moves(history.State).Any(m => m.Kind == k)).ToList();
            if (illegal.Count > 0)
            {
                var e = new LifecycleEvent(illegal[pick % illegal.Count], last.At, last.Meeting, last.Actor);
                Rejects(() => history.Plus(e), "illegal-transition", "events", $"events[{events.Length}]").Message.Should().Contain("from " + Internal.DomainWords.Of(history.State));
            }

            Rejects(() => _ = new RecommendationHistory([]), "required", "events");
        }, iter: Iter);

    [Fact]
    public void Recommendation_VersionNumberingAndSelfDependency_AlwaysRejected() =>
        Gen.Select(DomainGen.Recommendation, Gen.Int[0, 5]).Sample((r, pick) =>
        {
            var i = pick % r.Versions.Length;
            var v = r.Versions[i];
            var renumbered = r.Versions.SetItem(i, new RecommendationVersion(v.Number + 1, v.Text, v.Proposer));
            Rejects(() => _ = new Recommendation(r.Id, r.Group, r.Title, renumbered, r.History), "version-numbering", "versions", $"versions[{i}].number");
            var selfish = r.Versions.SetItem(i, new RecommendationVersion(v.Number, v.Text, v.Proposer, dependsOn: v.DependsOn.Add(r.Id)));
            Rejects(() => _ = new Recommendation(r.Id, r.Group, r.Title, selfish, r.History), "self-dependency", "versions", $"versions[{i}].dependsOn");
            Rejects(() => _ = new Recommendation(r.Id, r.Group, r.Title, [], r.History), "required", "versions");
            var read = new LifecycleEvent(LifecycleEventKind.Read, r.History.Events[^1].At, r.History.Events[^1].Meeting, v.Proposer);
            Rejects(() => r.PlusVersion(new RecommendationVersion(r.Versions.Length + 1, "next", v.Proposer), read), "amendment-expected", "amended");
        }, iter: Iter);

    [Fact]
    public void ConsolidationOperation_ShapeAndReasonRules_AlwaysEnforced() =>
        Gen.Select(DomainGen.RawItemId.HashSet[2, 5], Gen.Int[1, 50], DomainGen.Text(40)).Sample((ids, number, title) =>
        {
            var items = ids.ToList();
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Merge, items.Take(1), [CatalogueIssue.Listed(number, title, "c", null, items.Take(1))]), "operation-shape", "items");
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Keep, items, [CatalogueIssue.Listed(number, title, "c", null, items)]), "operation-shape", "items");
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Split, items.Take(1), [CatalogueIssue.Listed(number, title, "c", null, items.Take(1))]), "operation-shape", "issues");
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Merge, items, [CatalogueIssue.Listed(number, title, "c", null, items.Skip(1))]), "source-items-mismatch", "issues", "issues[0].sourceItems");
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Discard, items, []), "discard-reason-required", "reason");
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Keep, items.Take(1), [CatalogueIssue.Listed(number, title, "c", null, items.Take(1))], DiscardReason.Duplicate), "reason-only-for-discard", "reason");
            Rejects(() => _ = new ConsolidationOperation(ConsolidationOperationKind.Discard, items.Append(items[0]), [], DiscardReason.Duplicate), "duplicate-item", "items", $"items[{items.Count}]");
            Rejects(() => ConsolidationOperation.Discard(items, DiscardReason.Duplicate, new string('n', ConsolidationOperation.MaxNoteLength + number)), "invalid-note", "note");
            Rejects(() => _ = CatalogueIssue.Listed(number, title, "c", null, items.Append(items[^1])), "duplicate-source-item", "sourceItems", $"sourceItems[{items.Count}]");
        }, iter: Iter);

    [Fact]
    public void Consolidation_UnknownReusedOrRenumberedItems_AlwaysRejected() =>
        Gen.Select(ConsolidationModel.Consolidations, Gen.Int[0, 20]).Sample((c, pick) =>
        {
            var stranger = new RawItemId("stranger");
            Rejects(() => c.Plus(ConsolidationOperation.Discard([stranger], DiscardReason.OutOfScope)), "unknown-item", "operations", $"operations[{c.Operations.Length}].items[0]");
            Rejects(() => _ = new Consolidation(c.RawItems.Add(c.RawItems[pick % c.RawItems.Length]), c.Operations), "duplicate-item", "rawItems", $"rawItems[{c.RawItems.Length}].id");
            if (!c.Operations.IsEmpty)
            {
                var op = c.Operations[pick % c.Operations.Length];
                var reused = op.Items[0];
                Rejects(() => c.Plus(ConsolidationOperation.Discard([reused], DiscardReason.Duplicate)), "item-accounted-twice", "operations", $"operations[{c.Operations.Length}].items[0]")
                    .Message.Should().Contain("'" + reused + "'");
            }

            if (!c.Issues.IsEmpty && !c.UnaccountedItems.IsEmpty)
            {
                var taken = c.Issues[pick % c.Issues.Length].Number;
                Rejects(() => c.Plus(ConsolidationOperation.Keep(c.UnaccountedItems[0], taken, "again", "Legal", null)), "duplicate-issue-number", "operations", $"operations[{c.Operations.Length}].issues[0].number");
            }
        }, iter: Iter);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Builders;

/// <summary>
/// The short path to a <see cref="Dossier"/> for the common case: a working group with members in
/// their stakeholder groups, recommendations and readings, in a few lines. Everything the common case
/// does not care about gets a documented default; every value still goes through its validating
/// constructor when <see cref="Build"/> runs, so the builder can make nothing a constructor refuses.
/// </summary>
/// <remarks>
/// <para>Defaults, each replaceable:</para>
/// <list type="bullet">
/// <item><description>the working group's name is the dossier's title;</description></item>
/// <item><description>the mandate is <see cref="DefaultMandate"/> (A/RES/67/195 of 2012, reporting to the CSTD at its 17th session, 12–16 May 2014); replace it with <see cref="WithMandate"/>;</description></item>
/// <item><description>the decision rule is <see cref="DefaultDecisionRule"/> (<c>un-consensus</c>); replace it with <see cref="WithDecisionRule"/>;</description></item>
/// <item><description>observers follow <see cref="DefaultObserverPolicy"/> and the modalities say <see cref="DefaultApproach"/>;</description></item>
/// <item><description>the composition policy gives each stakeholder group as many seats as it has members here, so the composition follows its policy and every group with a member is a declared group for the group-aware rules;</description></item>
/// <item><description>with no <see cref="PlusMeeting"/>, there is one meeting, number 1, in <see cref="DefaultCity"/> (<see cref="DefaultTimeZoneId"/>) on <see cref="DefaultMeetingDate"/>, a whole day;</description></item>
/// <item><description>a recommendation's report group is <see cref="DefaultGroupKey"/> ("A", titled <see cref="DefaultGroupTitle"/>) unless it names one added with <see cref="PlusReportGroup"/>; its proposer is the first member; it is drafted at the first meeting, 10:00 local time, as version 1;</description></item>
/// <item><description>a reading is at the last meeting and not final, unless given.</description></item>
/// </list>
/// <para>Immutable: every method returns a new builder, so a half-set-up builder can be shared and
/// continued in several ways. Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// Dossier dossier = new DossierBuilder("Open data working group")
///     .PlusMember("gov-1", StakeholderGroup.Governments)
///     .PlusMember("biz-1", StakeholderGroup.PrivateSector)
///     .PlusRecommendation("A-1", "Publish every meeting document within a week.")
///     .PlusReading("A-1", Position.Support(new("gov-1")), Position.Support(new("biz-1")))
///     .Build();
/// </code>
/// </example>
public sealed class DossierBuilder
{
    /// <summary>The decision rule when none is given: the UN practice of consensus (no open or sustained objection, a quorum of members).</summary>
    public const string DefaultDecisionRule = "un-consensus";

    /// <summary>The city of the default meeting.</summary>
    public const string DefaultCity = "Geneva";

    /// <summary>The TZDB time zone of every meeting the builder makes unless given: Geneva's.</summary>
    public const string DefaultTimeZoneId = "Europe/Zurich";

    /// <summary>The key of the report group recommendations go to unless they name another.</summary>
    public const string DefaultGroupKey = "A";

    /// <summary>The title of the default report group.</summary>
    public const string DefaultGroupTitle = "Recommendations";

    /// <summary>What the default modalities say of the multi-stakeholder approach.</summary>
    public const string DefaultApproach = "Members of every stakeholder group take part on an equal footing.";

    private static readonly LocalTime DraftingTime = new(10, 0);

    private readonly string _title;
    private readonly ImmutableArray<Participant> _participants;
    private readonly ImmutableArray<(LocalDate Date, string City, string TimeZoneId)> _meetings;
    private readonly ImmutableArray<ReportGroup> _groups;
    private readonly ImmutableArray<(string Id, string Text, string? Proposer, string Group)> _recommendations;
    private readonly ImmutableArray<(string Recommendation, int? Meeting, bool IsFinal, ImmutableArray<Position> Positions)> _readings;
    private readonly Mandate? _mandate;
    private readonly string _decisionRule;

    /// <summary>Starts a dossier with only its title; everything else takes the defaults listed on the type.</summary>
    /// <param name="title">The dossier's title, also the working group's name.</param>
    /// <exception cref="ArgumentException">The title is null or blank.</exception>
    public DossierBuilder(string title)
        : this(Preconditions.NotBlank(title), [], [], [], [], [], null, DefaultDecisionRule)
    {
    }

    private DossierBuilder(
        string title,
        ImmutableArray<Participant> participants,
        ImmutableArray<(LocalDate Date, string City, string TimeZoneId)> meetings,
        ImmutableArray<ReportGroup> groups,
        ImmutableArray<(string Id, string Text, string? Proposer, string Group)> recommendations,
        ImmutableArray<(string Recommendation, int? Meeting, bool IsFinal, ImmutableArray<Position> Positions)> readings,
        Mandate? mandate,
        string decisionRule)
    {
        _title = title;
        _participants = participants;
        _meetings = meetings;
        _groups = groups;
        _recommendations = recommendations;
        _readings = readings;
        _mandate = mandate;
        _decisionRule = decisionRule;
    }

    /// <summary>The date of the default meeting: 30 May 2013, the first day of the first WGEC meeting.</summary>
    public static LocalDate DefaultMeetingDate => new(2013, 5, 30);

    /// <summary>
    /// The mandate when none is given: the WGEC's, A/RES/67/195 (adopted 2012), asking the group to make
    /// recommendations and to report to the Commission on Science and Technology for Development at its
    /// 17th session, 12–16 May 2014.
    /// </summary>
    public static Mandate DefaultMandate => new(
        DocumentSymbol.Parse("A/RES/67/195"),
        2012,
        null,
        "Examine the mandate of the World Summit on the Information Society regarding enhanced cooperation and make recommendations.",
        [MandateTask.MakeRecommendations],
        new ReportingTarget("Commission on Science and Technology for Development", 17, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16))));

    /// <summary>The observer policy when none is given: observers attend under the rules of the parent body and never decide.</summary>
    public static ObserverPolicy DefaultObserverPolicy => new("Observers attend under the rules of procedure of the parent body; they do not decide.", requiresGroupAgreement: false);

    /// <summary>Returns a copy with one more member: a participant who decides.</summary>
    /// <param name="id">The participant id, e.g. "gov-1" (letters, digits, '.', '_', ':' or '-').</param>
    /// <param name="group">The member's stakeholder group.</param>
    /// <param name="name">The member's name, when known; an unnamed seat otherwise.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">The id is not a valid participant id.</exception>
    public DossierBuilder PlusMember(string id, StakeholderGroup group, string? name = null) =>
        PlusParticipant(new Participant(new ParticipantId(Preconditions.NotNull(id)), KindOf(group), group, Standing.Member, name));

    /// <summary>Returns a copy with one more observer: recorded with their positions, but never deciding.</summary>
    /// <param name="id">The participant id.</param>
    /// <param name="group">The observer's stakeholder group.</param>
    /// <param name="name">The observer's name, when known.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">The id is not a valid participant id.</exception>
    public DossierBuilder PlusObserver(string id, StakeholderGroup group, string? name = null) =>
        PlusParticipant(new Participant(new ParticipantId(Preconditions.NotNull(id)), KindOf(group), group, Standing.Observer, name));

    /// <summary>Returns a copy with one more participant of any standing (a chair, the secretariat, …).</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder PlusParticipant(Participant participant) =>
        new(_title, _participants.Add(Preconditions.NotNull(participant)), _meetings, _groups, _recommendations, _readings, _mandate, _decisionRule);

    /// <summary>Returns a copy with one more one-day meeting, numbered after the ones before it; the first replaces the default meeting.</summary>
    /// <param name="date">The day of the meeting; after the previous meeting.</param>
    /// <param name="city">The city; <see cref="DefaultCity"/> when omitted.</param>
    /// <param name="timeZoneId">The TZDB time zone of the venue; <see cref="DefaultTimeZoneId"/> when omitted.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder PlusMeeting(LocalDate date, string city = DefaultCity, string timeZoneId = DefaultTimeZoneId) =>
        new(_title, _participants, _meetings.Add((date, Preconditions.NotNull(city), Preconditions.NotNull(timeZoneId))), _groups, _recommendations, _readings, _mandate, _decisionRule);

    /// <summary>Returns a copy with one more report group (a section of the report that recommendations belong to).</summary>
    /// <param name="key">The group key, e.g. "B".</param>
    /// <param name="title">The group's title, e.g. "Public policy issues".</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">The key is not a valid group key or the title is blank.</exception>
    public DossierBuilder PlusReportGroup(string key, string title) =>
        new(_title, _participants, _meetings, _groups.Add(new ReportGroup(new GroupKey(Preconditions.NotNull(key)), Preconditions.NotNull(title))), _recommendations, _readings, _mandate, _decisionRule);

    /// <summary>Returns a copy with one more recommendation, drafted at the first meeting as version 1.</summary>
    /// <param name="id">The recommendation id, e.g. "A-1".</param>
    /// <param name="text">The recommendation's text; also its title.</param>
    /// <param name="proposer">The proposing participant's id; the first member when omitted.</param>
    /// <param name="group">The report group's key; <see cref="DefaultGroupKey"/> when omitted.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder PlusRecommendation(string id, string text, string? proposer = null, string group = DefaultGroupKey) =>
        new(_title, _participants, _meetings, _groups, _recommendations.Add((Preconditions.NotNull(id), Preconditions.NotNull(text), proposer, Preconditions.NotNull(group))), _readings, _mandate, _decisionRule);

    /// <summary>Returns a copy with one more reading of a recommendation at the last meeting, not final.</summary>
    /// <param name="recommendation">The recommendation's id.</param>
    /// <param name="positions">The positions taken, at most one per participant.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder PlusReading(string recommendation, params Position[] positions) =>
        PlusReading(recommendation, null, false, Preconditions.NotNull(positions));

    /// <summary>Returns a copy with one more reading of a recommendation at a given meeting.</summary>
    /// <param name="recommendation">The recommendation's id.</param>
    /// <param name="meeting">The meeting's number; the last meeting when <see langword="null"/>.</param>
    /// <param name="isFinal">Whether this is the final reading (a conditional agreement must be met by then).</param>
    /// <param name="positions">The positions taken, at most one per participant.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder PlusReading(string recommendation, int? meeting, bool isFinal, IEnumerable<Position> positions) =>
        new(_title, _participants, _meetings, _groups, _recommendations, _readings.Add((Preconditions.NotNull(recommendation), meeting, isFinal, Preconditions.NotNull(positions).ToImmutableArray())), _mandate, _decisionRule);

    /// <summary>Returns a copy with another mandate instead of <see cref="DefaultMandate"/>.</summary>
    /// <param name="mandate">The mandate.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder WithMandate(Mandate mandate) =>
        new(_title, _participants, _meetings, _groups, _recommendations, _readings, Preconditions.NotNull(mandate), _decisionRule);

    /// <summary>Returns a copy with another decision rule: a registered rule such as "multi-stakeholder" or "qualified-majority(share=0.75)".</summary>
    /// <param name="decisionRule">The rule as text (see <see cref="RuleDescriptor.TryParse(string, out RuleDescriptor, out string)"/>); parsed and checked against <see cref="ConsensusRuleRegistry.Default"/> when the dossier is built.</param>
    /// <returns>A new builder.</returns>
    public DossierBuilder WithDecisionRule(string decisionRule) =>
        new(_title, _participants, _meetings, _groups, _recommendations, _readings, _mandate, Preconditions.NotBlank(decisionRule));

    /// <summary>Builds the dossier, every part through its validating constructor.</summary>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentException">A value breaks a rule of the domain; <see cref="DomainValidationException"/> names the rule and where.</exception>
    /// <exception cref="InvalidOperationException">A recommendation needs a proposer and no member was added.</exception>
    public Dossier Build()
    {
        var meetings = (_meetings.IsEmpty ? ImmutableArray.Create<(LocalDate Date, string City, string TimeZoneId)>((DefaultMeetingDate, DefaultCity, DefaultTimeZoneId)) : _meetings)
            .Select((m, i) => new Meeting(i + 1, new Venue(m.City, m.TimeZoneId), [new Session(m.Date)]))
            .ToList();
        var seats = _participants.Where(p => p.Decides).GroupBy(p => p.StakeholderGroup)
            .Select(g => new KeyValuePair<StakeholderGroup, int>(g.Key, g.Count()));
        var process = new WorkingGroup(
            _title,
            _mandate ?? DefaultMandate,
            new Composition(new CompositionPolicy(seats), _participants),
            new Modalities(DecisionRule(_decisionRule), DefaultApproach, DefaultObserverPolicy),
            meetings);

        var first = meetings[0];
        var drafted = first.Sessions[0].Date.At(DraftingTime).InZoneLeniently(first.Venue.TimeZone).ToInstant();
        var recommendations = _recommendations.Select(r =>
        {
            var proposer = r.Proposer is null ? FirstMember() : new ParticipantId(r.Proposer);
            return new Recommendation(
                new RecommendationId(r.Id),
                new GroupKey(r.Group),
                r.Text,
                [new RecommendationVersion(1, r.Text, proposer)],
                new RecommendationHistory([new LifecycleEvent(LifecycleEventKind.Drafted, drafted, 1, proposer)]));
        }).ToList();
        var groups = _groups.Any(g => g.Key.Value == DefaultGroupKey) || !_recommendations.Any(r => r.Group == DefaultGroupKey)
            ? _groups
            : _groups.Insert(0, new ReportGroup(new GroupKey(DefaultGroupKey), DefaultGroupTitle));
        var readings = _readings.Select(r => new Reading(new RecommendationId(r.Recommendation), r.Meeting ?? meetings.Count, r.IsFinal, r.Positions));
        return new Dossier(_title, process, deliberation: new Deliberation(groups, recommendations, readings));
    }

    private static RuleDescriptor DecisionRule(string text) =>
        RuleDescriptor.TryParse(text, out var rule, out var error)
            ? rule!
            : throw new DomainValidationException("invalid-decision-rule", $"'{text}' is not a valid decision rule: {error}", nameof(text));

    private ParticipantId FirstMember() =>
        _participants.FirstOrDefault(p => p.Decides)?.Id
        ?? throw new InvalidOperationException("a recommendation needs a proposer: add a member first, or name the proposer.");

    // A government seat is held by a country; other groups send organisations.
    private static ParticipantKind KindOf(StakeholderGroup group) => group == StakeholderGroup.Governments ? ParticipantKind.Country : ParticipantKind.Organisation;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// Everything a working group deliberated: the report groups (A–E), the recommendations with
/// their histories, every reading with its positions, the objection ledger, packages and
/// conditions, divergent opinions on named axes, and the declared result where the public record
/// holds only that (e.g. "no recommendations were agreed in 2014").
/// </summary>
/// <remarks>
/// Every reference inside it resolves: readings, ledger records, packages, conditions and
/// opinions name recommendations it holds, recommendations belong to its groups, and placements
/// name its axes; every ledger record matches an objection (its objector objected to that
/// recommendation at a reading at that meeting). Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Deliberation : IEquatable<Deliberation>
{
    // Each recommendation's latest reading, indexed once: evaluating is then linear in the readings.
    private readonly Dictionary<RecommendationId, Reading> _latest;

    /// <summary>Creates a deliberation, checking every internal reference.</summary>
    /// <param name="groups">The report groups (keys unique), in report order.</param>
    /// <param name="recommendations">The recommendations (ids unique).</param>
    /// <param name="readings">Every reading; at most one per recommendation and meeting, the final one last.</param>
    /// <param name="ledger">The disposition of every objection; empty when omitted.</param>
    /// <param name="agreements">Packages and conditional agreements; none when omitted.</param>
    /// <param name="opinions">Divergent views, as opinions.</param>
    /// <param name="axes">The named two-pole axes opinions are placed on (names unique).</param>
    /// <param name="contributionCategories">How contributions were grouped (e.g. statements, agreed, to be revisited, no agreement).</param>
    /// <param name="conclusion">The concluding statements of the report.</param>
    /// <param name="declaredAgreedCount">The number of recommendations the record declares agreed, when it holds only that figure.</param>
    /// <param name="sources">Where the facts come from.</param>
    /// <exception cref="ArgumentNullException">A required collection is null.</exception>
    /// <exception cref="DomainValidationException">A reference does not resolve, or an id repeats.</exception>
    public Deliberation(
        IEnumerable<ReportGroup> groups,
        IEnumerable<Recommendation> recommendations,
        IEnumerable<Reading> readings,
        ObjectionLedger? ledger = null,
        AgreementStructure? agreements = null,
        IEnumerable<Opinion>? opinions = null,
        IEnumerable<DivergenceAxis>? axes = null,
        IEnumerable<string>? contributionCategories = null,
        IEnumerable<string>? conclusion = null,
        int? declaredAgreedCount = null,
        IEnumerable<SourceReference>? sources = null)
    {
        Groups = Immutable.ToArrayChecked(groups, nameof(groups));
        Recommendations = Immutable.ToArrayChecked(recommendations, nameof(recommendations));
        Readings = Immutable.ToArrayChecked(readings, nameof(readings));
        Ledger = ledger ?? ObjectionLedger.Empty;
        Agreements = agreements ?? AgreementStructure.None;
        Opinions = Immutable.ToArrayOrEmpty(opinions, nameof(opinions));
        Axes = Immutable.ToArrayOrEmpty(axes, nameof(axes));
        ContributionCategories = Texts(contributionCategories, nameof(contributionCategories));
        Conclusion = Texts(conclusion, nameof(conclusion));
        if (declaredAgreedCount is < 0)
        {
            throw new DomainValidationException("negative-count", $"the declared number of agreed recommendations cannot be negative ({declaredAgreedCount}).", nameof(declaredAgreedCount));
        }

        DeclaredAgreedCount = declaredAgreedCount;
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));

        var groupKeys = Unique(Groups, g => g.Key, "groups", "key", "duplicate-group");
        var ids = Unique(Recommendations, r => r.Id, "recommendations", "id", "duplicate-recommendation");
        Unique(Axes, a => a.Name, "axes", "name", "duplicate-axis");
        for (var i = 0; i < Recommendations.Length; i++)
        {
            if (!Groups.IsEmpty && !groupKeys.Contains(Recommendations[i].Group))
            {
                throw Unresolved("recommendations", i, "group", $"recommendation '{Recommendations[i].Id}' belongs to group '{Recommendations[i].Group}', which is not one of the report groups");
            }
        }

        CheckReadings(ids);
        _latest = LatestReadings(Readings);
        CheckLedger(ids);

        CheckAgreements(ids);
        var axisNames = new HashSet<string>(Axes.Select(a => a.Name), StringComparer.Ordinal);
        for (var i = 0; i < Opinions.Length; i++)
        {
            var opinion = Opinions[i];
            if (opinion.Recommendation is { } rec && !ids.Contains(rec))
            {
                throw Unresolved("opinions", i, "recommendation", $"opinion {DomainWords.Place(i)} concerns recommendation '{rec}', which the deliberation does not hold");
            }

            if (!Groups.IsEmpty && !groupKeys.Contains(opinion.Group))
            {
                throw Unresolved("opinions", i, "group", $"opinion {DomainWords.Place(i)} concerns group '{opinion.Group}', which is not one of the report groups");
            }

            for (var p = 0; p < opinion.Placements.Length; p++)
            {
                if (!axisNames.Contains(opinion.Placements[p].Axis))
                {
                    throw new DomainValidationException("unresolved-reference", $"opinion {DomainWords.Place(i)} is placed on axis '{opinion.Placements[p].Axis}', which is not one of the axes.", nameof(opinions), $"opinions[{Num(i)}].placements[{Num(p)}].axis");
                }
            }
        }
    }

    /// <summary>A deliberation that holds nothing yet.</summary>
    public static Deliberation Empty { get; } = new([], [], []);

    /// <summary>The report groups, in report order.</summary>
    public ImmutableArray<ReportGroup> Groups { get; }

    /// <summary>The recommendations.</summary>
    public ImmutableArray<Recommendation> Recommendations { get; }

    /// <summary>Every reading, in the order given.</summary>
    public ImmutableArray<Reading> Readings { get; }

    /// <summary>The disposition of every objection.</summary>
    public ObjectionLedger Ledger { get; }

    /// <summary>Packages and conditional agreements.</summary>
    public AgreementStructure Agreements { get; }

    /// <summary>Divergent views, as opinions.</summary>
    public ImmutableArray<Opinion> Opinions { get; }

    /// <summary>The named two-pole axes opinions are placed on.</summary>
    public ImmutableArray<DivergenceAxis> Axes { get; }

    /// <summary>How contributions were grouped, e.g. statements, agreed recommendations, to be revisited, no agreement.</summary>
    public ImmutableArray<string> ContributionCategories { get; }

    /// <summary>The concluding statements of the report.</summary>
    public ImmutableArray<string> Conclusion { get; }

    /// <summary>The number of recommendations the record declares agreed, or <see langword="null"/>.</summary>
    public int? DeclaredAgreedCount { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>The latest reading of a recommendation, or <see langword="null"/> when it was never read.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>The reading at the highest meeting number.</returns>
    public Reading? LatestReading(RecommendationId recommendation) => _latest.TryGetValue(recommendation, out var reading) ? reading : null;

    /// <summary>
    /// Evaluates the latest reading of every recommendation with <paramref name="rule"/>, then applies
    /// packages and conditions. Recommendations never read have no outcome.
    /// </summary>
    /// <param name="rule">The decision rule.</param>
    /// <param name="roster">Who decides, and in which stakeholder group.</param>
    /// <returns>The outcomes, sorted by recommendation id.</returns>
    public ImmutableSortedDictionary<RecommendationId, ConsensusOutcome> Evaluate(IConsensusRule rule, Roster roster)
    {
        Preconditions.NotNull(rule);
        Preconditions.NotNull(roster);
        var outcomes = new List<ConsensusOutcome>();
        foreach (var recommendation in Recommendations)
        {
            if (LatestReading(recommendation.Id) is { } reading)
            {
                outcomes.Add(rule.Evaluate(new ConsensusContext(reading, roster, Ledger)));
            }
        }

        return Agreements.Resolve(outcomes);
    }

    /// <summary>
    /// The path to consensus on <paramref name="recommendation"/>: the smallest set of changes to the
    /// latest readings of it and of the recommendations its packages and conditions link it to that
    /// makes it agreed under <paramref name="rule"/> once packages and conditions apply.
    /// </summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="rule">A built-in rule, or an <c>all-of</c> / <c>any-of</c> of them.</param>
    /// <param name="roster">Who decides, and in which stakeholder group.</param>
    /// <returns>The path; unreachable, with the reason, when no change of positions agrees it.</returns>
    /// <exception cref="DomainValidationException">The recommendation is not held, the rule not built in, or more than <see cref="MaxLinkedForPath"/> linked recommendations are not agreed.</exception>
    public ConsensusPath PathTo(RecommendationId recommendation, IConsensusRule rule, Roster roster)
    {
        Preconditions.NotNull(rule);
        Preconditions.NotNull(roster);
        if (!Recommendations.Any(r => r.Id == recommendation))
        {
            throw new DomainValidationException("unresolved-reference", $"the deliberation does not hold recommendation '{recommendation}'.", nameof(recommendation));
        }

        var name = rule.Descriptor.ToString();
        var alone = new HashSet<RecommendationId>();
        var paths = new SortedDictionary<RecommendationId, ConsensusPath>();
        var blocked = new List<string>();
        foreach (var id in Agreements.Linked(recommendation))
        {
            if (LatestReading(id) is not { } reading)
            {
                blocked.Add($"'{id}' has no reading");
                continue;
            }

            var path = ConsensusPath.Find(rule, new ConsensusContext(reading, roster, Ledger));
            if (path.IsAgreed)
            {
                alone.Add(id);
            }
            else if (path.IsReachable)
            {
                paths.Add(id, path);
            }
            else
            {
                blocked.Add(path.Reason!);
            }
        }

        var open = paths.Keys.ToList();
        if (open.Count > MaxLinkedForPath)
        {
            throw new DomainValidationException("path-too-large", $"'{recommendation}' is linked by packages and conditions to {Num(open.Count)} recommendations not agreed; the path to consensus searches at most {Num(MaxLinkedForPath)}.", nameof(recommendation));
        }

        // Agreement only ever helps under packages and conditions: try every set of readings to agree.
        var best = -1;
        var bestCost = int.MaxValue;
        for (var mask = 0; mask < 1 << open.Count; mask++)
        {
            var cost = 0;
            var set = new HashSet<RecommendationId>(alone);
            for (var i = 0; i < open.Count; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    cost += paths[open[i]].Changes;
                    set.Add(open[i]);
                }
            }

            if (cost < bestCost && Agreements.Agrees(set, recommendation))
            {
                best = mask;
                bestCost = cost;
            }
        }

        if (best < 0)
        {
            var why = blocked.Count > 0 ? string.Join("; ", blocked) : "its packages and conditions cannot be met";
            return new ConsensusPath(recommendation, name, false, [], why);
        }

        var steps = open.Where((_, i) => (best & (1 << i)) != 0).SelectMany(id => paths[id].Steps);
        return new ConsensusPath(recommendation, name, true, steps);
    }

    /// <summary>The most linked recommendations not agreed that <see cref="PathTo"/> searches over (every subset of them is tried).</summary>
    public const int MaxLinkedForPath = 16;

    /// <summary>Returns a copy with other recommendations.</summary>
    /// <param name="recommendations">The recommendations.</param>
    /// <returns>A new deliberation.</returns>
    public Deliberation WithRecommendations(IEnumerable<Recommendation> recommendations) =>
        new(Groups, Preconditions.NotNull(recommendations), Readings, Ledger, Agreements, Opinions, Axes, ContributionCategories, Conclusion, DeclaredAgreedCount, Sources);

    /// <summary>Returns a copy with one more reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>A new deliberation.</returns>
    public Deliberation PlusReading(Reading reading) =>
        new(Groups, Recommendations, Readings.Add(Preconditions.NotNull(reading)), Ledger, Agreements, Opinions, Axes, ContributionCategories, Conclusion, DeclaredAgreedCount, Sources);

    /// <summary>Returns a copy with another objection ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>A new deliberation.</returns>
    public Deliberation WithLedger(ObjectionLedger ledger) =>
        new(Groups, Recommendations, Readings, Preconditions.NotNull(ledger), Agreements, Opinions, Axes, ContributionCategories, Conclusion, DeclaredAgreedCount, Sources);

    /// <summary>Returns a copy with other packages and conditions.</summary>
    /// <param name="agreements">The agreement structure.</param>
    /// <returns>A new deliberation.</returns>
    public Deliberation WithAgreements(AgreementStructure agreements) =>
        new(Groups, Recommendations, Readings, Ledger, Preconditions.NotNull(agreements), Opinions, Axes, ContributionCategories, Conclusion, DeclaredAgreedCount, Sources);

    /// <summary>Returns a copy with other opinions.</summary>
    /// <param name="opinions">The opinions.</param>
    /// <returns>A new deliberation.</returns>
    public Deliberation WithOpinions(IEnumerable<Opinion> opinions) =>
        new(Groups, Recommendations, Readings, Ledger, Agreements, Preconditions.NotNull(opinions), Axes, ContributionCategories, Conclusion, DeclaredAgreedCount, Sources);

    /// <inheritdoc/>
    public bool Equals(Deliberation? other) =>
        other is not null
        && Immutable.SequenceEqual(Groups, other.Groups)
        && Immutable.SequenceEqual(Recommendations, other.Recommendations)
        && Immutable.SequenceEqual(Readings, other.Readings)
        && Ledger.Equals(other.Ledger)
        && Agreements.Equals(other.Agreements)
        && Immutable.SequenceEqual(Opinions, other.Opinions)
        && Immutable.SequenceEqual(Axes, other.Axes)
        && Immutable.SequenceEqual(ContributionCategories, other.ContributionCategories)
        && Immutable.SequenceEqual(Conclusion, other.Conclusion)
        && DeclaredAgreedCount == other.DeclaredAgreedCount
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Deliberation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        Immutable.SequenceHash(Groups), Immutable.SequenceHash(Recommendations), Immutable.SequenceHash(Readings), Ledger, Agreements, Immutable.SequenceHash(Opinions), DeclaredAgreedCount);

    /// <summary>A one-line description.</summary>
    /// <returns>Counts of groups, recommendations and readings.</returns>
    public override string ToString() => $"{Groups.Length} groups, {Recommendations.Length} recommendations, {Readings.Length} readings";

    private void CheckReadings(HashSet<RecommendationId> ids)
    {
        var seen = new HashSet<(RecommendationId, int)>();
        var finals = new Dictionary<RecommendationId, int>();
        for (var i = 0; i < Readings.Length; i++)
        {
            var reading = Readings[i];
            if (!ids.Contains(reading.Recommendation))
            {
                throw Unresolved("readings", i, "recommendation", $"the reading at meeting {Num(reading.Meeting)} is of recommendation '{reading.Recommendation}', which the deliberation does not hold");
            }

            if (!seen.Add((reading.Recommendation, reading.Meeting)))
            {
                throw Fault("duplicate-reading", $"recommendation '{reading.Recommendation}' is read twice at meeting {Num(reading.Meeting)}.", "readings", $"readings[{Num(i)}]");
            }

            if (reading.IsFinal)
            {
                finals[reading.Recommendation] = reading.Meeting;
            }
        }

        for (var i = 0; i < Readings.Length; i++)
        {
            var reading = Readings[i];
            if (finals.TryGetValue(reading.Recommendation, out var final) && reading.Meeting > final)
            {
                throw Fault("reading-after-final", $"recommendation '{reading.Recommendation}' is read at meeting {Num(reading.Meeting)}, after its final reading at meeting {Num(final)}.", "readings", $"readings[{Num(i)}].meeting");
            }
        }
    }

    // A record that matches no objection would be silently ignored and its objection left open.
    private void CheckLedger(HashSet<RecommendationId> ids)
    {
        var read = new HashSet<(RecommendationId, int)>();
        var objections = new HashSet<(RecommendationId, int, ParticipantId)>();
        foreach (var reading in Readings)
        {
            read.Add((reading.Recommendation, reading.Meeting));
            foreach (var position in reading.Positions)
            {
                if (position.Kind == PositionKind.Objection)
                {
                    objections.Add((reading.Recommendation, reading.Meeting, position.Participant));
                }
            }
        }

        for (var i = 0; i < Ledger.Records.Length; i++)
        {
            var r = Ledger.Records[i];
            var what = $"the objection ledger records an objection by '{r.Objector}' to '{r.Recommendation}' at meeting {Num(r.Meeting)}";
            if (!ids.Contains(r.Recommendation))
            {
                throw Unresolved("ledger.records", i, "recommendation", $"{what}, but the deliberation does not hold recommendation '{r.Recommendation}'");
            }

            if (!read.Contains((r.Recommendation, r.Meeting)))
            {
                throw Fault("unmatched-ledger-record", $"{what}, but '{r.Recommendation}' was not read at meeting {Num(r.Meeting)}.", "ledger", $"ledger.records[{Num(i)}].meeting");
            }

            if (!objections.Contains((r.Recommendation, r.Meeting, r.Objector)))
            {
                throw Fault("unmatched-ledger-record", $"{what}, but '{r.Objector}' did not object to it at that reading.", "ledger", $"ledger.records[{Num(i)}].objector");
            }
        }
    }

    private void CheckAgreements(HashSet<RecommendationId> ids)
    {
        for (var i = 0; i < Agreements.Packages.Length; i++)
        {
            var items = Agreements.Packages[i].Items;
            for (var j = 0; j < items.Length; j++)
            {
                if (!ids.Contains(items[j]))
                {
                    throw Fault("unresolved-reference", $"package '{Agreements.Packages[i].Name}' names recommendation '{items[j]}', which the deliberation does not hold.", "agreements", $"agreements.packages[{Num(i)}].items[{Num(j)}]");
                }
            }
        }

        for (var i = 0; i < Agreements.Conditions.Length; i++)
        {
            var condition = Agreements.Conditions[i];
            foreach (var (list, member) in new[] { (condition.Prerequisites, "prerequisites"), (condition.Dependents, "dependents") })
            {
                for (var j = 0; j < list.Length; j++)
                {
                    if (!ids.Contains(list[j]))
                    {
                        throw Fault("unresolved-reference", $"condition '{condition.Name}' names recommendation '{list[j]}', which the deliberation does not hold.", "agreements", $"agreements.conditions[{Num(i)}].{member}[{Num(j)}]");
                    }
                }
            }
        }
    }

    private static HashSet<TKey> Unique<TItem, TKey>(ImmutableArray<TItem> items, Func<TItem, TKey> key, string member, string keyName, string rule)
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Length; i++)
        {
            if (!seen.Add(key(items[i])))
            {
                throw new DomainValidationException(rule, $"'{key(items[i])}' appears more than once in {member}.", member, $"{member}[{Num(i)}].{keyName}");
            }
        }

        return seen;
    }

    private static ImmutableArray<string> Texts(IEnumerable<string>? texts, string paramName)
    {
        var list = Immutable.ToArrayChecked(texts ?? [], paramName);
        for (var i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                throw new DomainValidationException("blank-text", $"{DomainWords.Entry(paramName, i)} is blank.", paramName, $"{paramName}[{Num(i)}]");
            }
        }

        return list.Select(t => t.Trim()).ToImmutableArray();
    }

    private static DomainValidationException Fault(string rule, string message, string member, string location) =>
        new(rule, message, member, location);

    private static DomainValidationException Unresolved(string member, int index, string field, string message) =>
        new("unresolved-reference", message + ".", member.Split('.')[0], $"{member}[{Num(index)}].{field}");

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<RecommendationId, Reading> LatestReadings(ImmutableArray<Reading> readings)
    {
        var latest = new Dictionary<RecommendationId, Reading>();
        foreach (var reading in readings)
        {
            if (!latest.TryGetValue(reading.Recommendation, out var known) || reading.Meeting > known.Meeting)
            {
                latest[reading.Recommendation] = reading;
            }
        }

        return latest;
    }
}

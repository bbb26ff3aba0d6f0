using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Wgec.Core.Consensus;

/// <summary>
/// Names consensus rules for JSON and the command line: turns a <see cref="RuleDescriptor"/> into a
/// rule. <see cref="Default"/> knows the built-in rules; <see cref="With"/> adds a custom one.
/// </summary>
/// <remarks>
/// Built-in names: <c>un-consensus</c>, <c>multi-stakeholder</c>, <c>rough-consensus</c>,
/// <c>group-aware</c>, <c>qualified-majority</c>, <c>all-of</c>, <c>any-of</c>. A missing parameter
/// takes the rule's default; an unknown parameter is an error. Immutable and thread-safe.
/// </remarks>
public sealed class ConsensusRuleRegistry
{
    private readonly ImmutableSortedDictionary<string, Func<RuleDescriptor, ConsensusRuleRegistry, IConsensusRule>> _factories;

    private ConsensusRuleRegistry(ImmutableSortedDictionary<string, Func<RuleDescriptor, ConsensusRuleRegistry, IConsensusRule>> factories) =>
        _factories = factories;

    /// <summary>The registry of the built-in rules.</summary>
    public static ConsensusRuleRegistry Default { get; } = new(
        ImmutableSortedDictionary.CreateRange<string, Func<RuleDescriptor, ConsensusRuleRegistry, IConsensusRule>>(StringComparer.Ordinal,
        [
            new(UnConsensusRule.RegistryName, (d, _) => new UnConsensusRule(Param(d, "quorum", UnConsensusRule.DefaultQuorum, "quorum"))),
            new(MultiStakeholderConsensusRule.RegistryName, (d, _) => new MultiStakeholderConsensusRule(
                Param(d, "quorum", UnConsensusRule.DefaultQuorum, "quorum", "minimumSupporters"),
                WholeNumber(d, "minimumSupporters", 1))),
            new(RoughConsensusRule.RegistryName, (d, _) => new RoughConsensusRule(
                Param(d, "maxSustainedShare", RoughConsensusRule.DefaultMaxSustainedShare, "maxSustainedShare", "minWholeGroupSize", "quorum"),
                d.Get("quorum", UnConsensusRule.DefaultQuorum),
                WholeNumber(d, "minWholeGroupSize", RoughConsensusRule.DefaultMinWholeGroupSize))),
            new(GroupAwareConsensusRule.RegistryName, (d, _) => new GroupAwareConsensusRule(
                Param(d, "threshold", GroupAwareConsensusRule.DefaultThreshold, "countAbsentGroups", "quorum", "threshold"),
                d.Get("quorum", UnConsensusRule.DefaultQuorum),
                Flag(d, "countAbsentGroups"))),
            new(QualifiedMajorityRule.RegistryName, (d, _) => new QualifiedMajorityRule(
                Param(d, "share", QualifiedMajorityRule.DefaultShare, "quorum", "share"),
                d.Get("quorum", UnConsensusRule.DefaultQuorum))),
            new(AllOfRule.RegistryName, (d, r) => new AllOfRule(Children(d, r))),
            new(AnyOfRule.RegistryName, (d, r) => new AnyOfRule(Children(d, r))),
        ]));

    /// <summary>The registered names, in ordinal order.</summary>
    public IEnumerable<string> Names => _factories.Keys;

    /// <summary>Returns a copy that also knows a custom rule (or replaces one of the same name).</summary>
    /// <param name="name">The registry name (kebab-case).</param>
    /// <param name="factory">Makes the rule from its descriptor; it should reject parameters it does not know.</param>
    /// <returns>A new registry.</returns>
    public ConsensusRuleRegistry With(string name, Func<RuleDescriptor, IConsensusRule> factory)
    {
        Preconditions.NotNull(factory);
        var checkedName = new RuleDescriptor(name).Name;
        return new ConsensusRuleRegistry(_factories.SetItem(checkedName, (d, _) => factory(d)));
    }

    /// <summary>Makes the rule a descriptor names.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="DomainValidationException">The name is unknown, or a parameter unknown or invalid.</exception>
    public IConsensusRule Create(RuleDescriptor descriptor)
    {
        Preconditions.NotNull(descriptor);
        if (!_factories.TryGetValue(descriptor.Name, out var factory))
        {
            throw new DomainValidationException("unknown-rule", $"no consensus rule is named '{descriptor.Name}'; known rules: {string.Join(", ", Names)}.", nameof(descriptor), "name");
        }

        try
        {
            return factory(descriptor, this);
        }
        catch (ArgumentException ex) when (ex.ParamName is { } parameter && descriptor.Parameters.ContainsKey(parameter))
        {
            // A rule's constructor names its own parameter; say which rule it belongs to.
            throw new DomainValidationException(
                ex is DomainValidationException d ? d.Rule : "invalid-parameter",
                $"parameter '{parameter}' of rule '{descriptor.Name}': {Internal.ExceptionText.WithoutParameter(ex)}",
                nameof(descriptor),
                "parameters." + parameter);
        }
    }

    /// <summary>Makes the rule a descriptor names, without throwing.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="rule">The rule, when the descriptor is valid.</param>
    /// <param name="error">Why not, otherwise: a sentence naming the rule and, for a bad parameter, the parameter and the reason.</param>
    /// <returns>Whether the rule was made.</returns>
    public bool TryCreate(RuleDescriptor descriptor, out IConsensusRule? rule, out string? error)
    {
        try
        {
            rule = Create(descriptor);
            error = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            rule = null;
            // A domain message says what and where itself; the runtime's "(Parameter 'x')" adds nothing.
            error = ex is DomainValidationException ? Internal.ExceptionText.WithoutParameter(ex) : ex.Message;
            return false;
        }
    }

    private static double Param(RuleDescriptor d, string name, double fallback, params string[] known)
    {
        var unknown = d.Parameters.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new DomainValidationException("unknown-parameter", $"rule '{d.Name}' has no parameter '{unknown}'; it takes: {string.Join(", ", known)}.", nameof(d), "parameters." + unknown);
        }

        if (!d.Children.IsEmpty)
        {
            throw new DomainValidationException("unexpected-children", $"rule '{d.Name}' takes no child rules.", nameof(d), "children");
        }

        return d.Get(name, fallback);
    }

    private static int WholeNumber(RuleDescriptor d, string name, int fallback)
    {
        var value = d.Get(name, fallback);
        if (value != Math.Floor(value) || value < 1 || value > int.MaxValue)
        {
            throw new DomainValidationException("out-of-range", $"parameter '{name}' of rule '{d.Name}' must be a whole number of at least 1.", nameof(d), "parameters." + name);
        }

        return (int)value;
    }

    private static bool Flag(RuleDescriptor d, string name)
    {
        var value = d.Get(name, 0);
        if (value is not (0 or 1))
        {
            throw new DomainValidationException("out-of-range", $"parameter '{name}' of rule '{d.Name}' is 0 (no) or 1 (yes).", nameof(d), "parameters." + name);
        }

        return value == 1;
    }

    private static List<IConsensusRule> Children(RuleDescriptor d, ConsensusRuleRegistry registry)
    {
        if (!d.Parameters.IsEmpty)
        {
            throw new DomainValidationException("unknown-parameter", $"rule '{d.Name}' takes no parameters.", nameof(d), "parameters");
        }

        if (d.Children.IsEmpty)
        {
            throw new DomainValidationException("required", $"rule '{d.Name}' needs at least one child rule.", nameof(d), "children");
        }

        return d.Children.Select(registry.Create).ToList();
    }
}

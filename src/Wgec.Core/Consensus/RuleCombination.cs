using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// What <see cref="AllOfRule"/> and <see cref="AnyOfRule"/> share: their children, their descriptor,
/// and how the children's outcomes combine into one (decided at once, explained when read).
/// </summary>
internal sealed class RuleCombination : IExplainsOutcome
{
    private readonly ConsensusOutcome[] _outcomes;
    private readonly bool _onlyNonBlocking;

    private RuleCombination(ConsensusOutcome[] outcomes, bool onlyNonBlocking)
    {
        _outcomes = outcomes;
        _onlyNonBlocking = onlyNonBlocking;
    }

    /// <summary>The child rules, checked: at least one, none null.</summary>
    internal static ImmutableArray<IConsensusRule> Children(IEnumerable<IConsensusRule> rules)
    {
        var children = Immutable.ToArrayChecked(rules, nameof(rules));
        Preconditions.NotEmpty(children.Length, nameof(rules));
        return children;
    }

    /// <summary>The descriptor of a combination: its name and its children's descriptors.</summary>
    internal static RuleDescriptor Describe(string name, ImmutableArray<IConsensusRule> children) =>
        new(name, children: children.Select(r => r.Descriptor));

    /// <summary>
    /// Evaluates every child. All-of is agreed when every child agrees, any-of when one does; the
    /// explanation joins the children's findings in order (reservations are added once, at the end),
    /// and an agreed any-of keeps only what was noted on the way (the non-blocking findings).
    /// </summary>
    internal static ConsensusOutcome Evaluate(string name, ImmutableArray<IConsensusRule> children, ConsensusContext context, bool any)
    {
        Preconditions.NotNull(context);
        var outcomes = new ConsensusOutcome[children.Length];
        var agreedCount = 0;
        double? score = null;
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = children[i].Evaluate(context);
            agreedCount += outcomes[i].IsAgreed ? 1 : 0;
            score ??= outcomes[i].Score;
        }

        var agreed = any ? agreedCount > 0 : agreedCount == outcomes.Length;
        return new ConsensusOutcome(context, name, !agreed, new RuleCombination(outcomes, any && agreed), score);
    }

    /// <inheritdoc/>
    public void Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings)
    {
        foreach (var outcome in _outcomes)
        {
            foreach (var finding in outcome.Findings)
            {
                if (finding.Kind != FindingKind.Reservation && !(_onlyNonBlocking && finding.Blocking))
                {
                    findings.Add(finding);
                }
            }
        }
    }
}

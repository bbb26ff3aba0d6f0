using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// Explains an outcome that a built-in rule decided from the counts of its context: the findings
/// are made only when someone reads them.
/// </summary>
internal interface IExplainsOutcome
{
    /// <summary>Adds the rule's findings (reservations excepted: the outcome adds them).</summary>
    /// <param name="context">The context the outcome was decided on.</param>
    /// <param name="findings">Where the findings go, in order.</param>
    void Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings);
}

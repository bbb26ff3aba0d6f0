namespace Wgec.Core.Consensus;

/// <summary>
/// A consensus rule: a pure function from a reading (with its roster and objection ledger) to an
/// explained outcome. Implement it for a custom rule and register it in a
/// <see cref="ConsensusRuleRegistry"/> to name it in JSON and on the command line.
/// </summary>
/// <remarks>
/// Implementations must be immutable, thread-safe and deterministic: the same context always
/// gives an equal outcome, and the order of positions never matters.
/// </remarks>
public interface IConsensusRule
{
    /// <summary>The registry name and parameters of the rule: what JSON stores.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Evaluates a reading.</summary>
    /// <param name="context">The reading, roster and ledger.</param>
    /// <returns>The outcome with its explanation.</returns>
    ConsensusOutcome Evaluate(ConsensusContext context);
}

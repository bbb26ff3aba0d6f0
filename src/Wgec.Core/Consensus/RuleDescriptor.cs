using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// A rule by name: its registry name (kebab-case, e.g. "un-consensus"), its numeric parameters and,
/// for composite rules, its child rules. A <see cref="ConsensusRuleRegistry"/> turns it into a rule.
/// </summary>
/// <remarks>Parameters are sorted by name. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class RuleDescriptor : IEquatable<RuleDescriptor>
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="name">The registry name: lower-case ASCII letters, digits and single hyphens.</param>
    /// <param name="parameters">The parameters by name; values finite. <see langword="null"/> for none.</param>
    /// <param name="children">The child rules of a composite rule. <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The name is not kebab-case, or a parameter name blank or value not finite.</exception>
    public RuleDescriptor(string name, IEnumerable<KeyValuePair<string, double>>? parameters = null, IEnumerable<RuleDescriptor>? children = null)
    {
        Preconditions.NotBlank(name);
        if (!IsKebab(name))
        {
            throw new DomainValidationException("invalid-rule-name", $"'{name}' is not a rule name: use lower-case letters, digits and single hyphens, e.g. 'un-consensus'.", nameof(name));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var pair in parameters ?? [])
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw new DomainValidationException("invalid-parameter", $"a parameter of rule '{name}' has a blank name.", nameof(parameters));
            }

            if (double.IsNaN(pair.Value) || double.IsInfinity(pair.Value))
            {
                throw new DomainValidationException("not-finite", $"parameter '{pair.Key}' of rule '{name}' must be a finite number.", nameof(parameters), "parameters." + pair.Key);
            }

            if (builder.ContainsKey(pair.Key))
            {
                throw new DomainValidationException("duplicate", $"parameter '{pair.Key}' of rule '{name}' is given twice.", nameof(parameters), "parameters." + pair.Key);
            }

            builder.Add(pair.Key, pair.Value);
        }

        Name = name;
        Parameters = builder.ToImmutable();
        Children = Immutable.ToArrayOrEmpty(children, nameof(children));
    }

    /// <summary>The registry name.</summary>
    public string Name { get; }

    /// <summary>The parameters, sorted by name.</summary>
    public ImmutableSortedDictionary<string, double> Parameters { get; }

    /// <summary>The child rules, in order.</summary>
    public ImmutableArray<RuleDescriptor> Children { get; }

    /// <summary>
    /// Parses the text form of a descriptor, e.g. "rough-consensus(maxSustainedShare=0.2)" or
    /// "any-of(un-consensus, qualified-majority(share=0.75))", without throwing.
    /// </summary>
    /// <param name="text">The text, e.g. a command-line argument.</param>
    /// <param name="result">The descriptor, when the text is valid.</param>
    /// <param name="error">Why the text is invalid, otherwise.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, out RuleDescriptor? result, out string? error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            result = null;
            error = "a rule is required.";
            return false;
        }

        result = RuleDescriptorParser.TryParse(text!, out error);
        return result is not null;
    }

    /// <summary>A parameter's value, or a default when it is not given.</summary>
    /// <param name="parameter">The parameter name.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <returns>The value.</returns>
    public double Get(string parameter, double defaultValue) => Parameters.TryGetValue(Preconditions.NotNull(parameter), out var v) ? v : defaultValue;

    /// <inheritdoc/>
    public bool Equals(RuleDescriptor? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Parameters.Count == other.Parameters.Count
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && v.Equals(p.Value))
        && Immutable.SequenceEqual(Children, other.Children);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Parameters.Count, Immutable.SequenceHash(Children));

    /// <summary>
    /// The descriptor as text that <see cref="TryParse"/> reads back exactly, e.g.
    /// "all-of(un-consensus(quorum=0.5), qualified-majority(share=0.75))": the form the command line takes.
    /// </summary>
    /// <returns>The descriptor as text.</returns>
    public override string ToString()
    {
        var parts = Parameters.Select(p => p.Key + "=" + p.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(Children.Select(c => c.ToString()));
        var inner = string.Join(", ", parts);
        return inner.Length == 0 ? Name : $"{Name}({inner})";
    }

    private static bool IsKebab(string name)
    {
        if (name.Length > 64 || name[0] == '-' || name[name.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && name[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

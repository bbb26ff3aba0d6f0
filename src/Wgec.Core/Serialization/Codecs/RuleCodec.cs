using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Consensus;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Codecs;

/// <summary>A consensus rule travels as its descriptor and is rebuilt through the default registry.</summary>
/// <typeparam name="TRule">The rule type expected.</typeparam>
internal static class RuleCodec<TRule>
    where TRule : class, IConsensusRule
{
    public static bool Read(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out TRule value)
    {
        value = null;
        if (!RuleDescriptorCodec.Read(ref r, c, out var descriptor))
        {
            return false;
        }

        IConsensusRule rule;
        try
        {
            rule = ConsensusRuleRegistry.Default.Create(descriptor);
        }
        catch (ArgumentException ex)
        {
            c.Invalid(ex);
            return false;
        }

        if (rule is not TRule typed)
        {
            c.ErrorAtMember("name", "unexpected-rule", $"'{descriptor.Name}' is not the kind of rule expected here.");
            return false;
        }

        value = typed;
        return true;
    }

    public static void Write(Utf8JsonWriter w, TRule value, JsonWriteContext c) => RuleDescriptorCodec.Write(w, value.Descriptor, c);

    public static JsonObject Schema(Func<string, JsonNode> shape) => new() { ["$ref"] = "#/$defs/" + nameof(RuleDescriptor) };

}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Consensus;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Codecs;

/// <summary>
/// A rule descriptor, <c>{ "name", "parameters": { name: number }, "children": [ … ] }</c>: its
/// parameters are a map, which no constructor parameter describes.
/// </summary>
internal static class RuleDescriptorCodec
{
    public static bool Read(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out RuleDescriptor value)
    {
        value = null;
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        string? name = null;
        var parameters = new List<KeyValuePair<string, double>>();
        var children = ImmutableArray<RuleDescriptor>.Empty;
        bool hasName = false, hasParameters = false, hasChildren = false;
        while (c.NextMember(ref r))
        {
            if (r.ValueTextEquals("name"u8))
            {
                if (hasName)
                {
                    ok &= c.Duplicate(ref r, "name");
                    continue;
                }

                hasName = true;
                c.Enter("name");
                r.Read();
                ok &= JsonRead.String(ref r, c, out var text);
                name = text;
                c.Exit();
            }
            else if (r.ValueTextEquals("parameters"u8))
            {
                if (hasParameters)
                {
                    ok &= c.Duplicate(ref r, "parameters");
                    continue;
                }

                hasParameters = true;
                c.Enter("parameters");
                r.Read();
                ok &= ReadParameters(ref r, c, parameters);
                c.Exit();
            }
            else if (r.ValueTextEquals("children"u8))
            {
                if (hasChildren)
                {
                    ok &= c.Duplicate(ref r, "children");
                    continue;
                }

                hasChildren = true;
                c.Enter("children");
                r.Read();
                ok &= JsonRead.Array<RuleDescriptor>(ref r, c, Read, out children);
                c.Exit();
            }
            else
            {
                ok &= c.Unknown(ref r);
            }
        }

        if (!hasName)
        {
            c.Missing("name");
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        try
        {
            value = new RuleDescriptor(name!, parameters, children);
            return true;
        }
        catch (ArgumentException ex)
        {
            c.Invalid(ex);
            return false;
        }
    }

    public static void Write(Utf8JsonWriter w, RuleDescriptor value, JsonWriteContext c)
    {
        w.WriteStartObject();
        w.WriteString("name"u8, value.Name);
        if (!value.Parameters.IsEmpty)
        {
            w.WritePropertyName("parameters"u8);
            w.WriteStartObject();
            foreach (var parameter in value.Parameters)
            {
                w.WriteNumber(parameter.Key, parameter.Value);
            }

            w.WriteEndObject();
        }

        if (!value.Children.IsEmpty)
        {
            w.WritePropertyName("children"u8);
            c.Enter("children");
            w.WriteStartArray();
            for (var i = 0; i < value.Children.Length; i++)
            {
                c.EnterIndex(i);
                Write(w, value.Children[i], c);
                c.Exit();
            }

            w.WriteEndArray();
            c.Exit();
        }

        c.WritePreserved(w);
        w.WriteEndObject();
    }

    public static JsonObject Schema(Func<string, JsonNode> shape) => new()
    {
        ["type"] = "object",
        ["description"] = "a consensus rule: its registered name, its parameters and, for all-of / any-of, the rules it combines",
        ["properties"] = new JsonObject
        {
            ["name"] = new JsonObject { ["type"] = "string" },
            ["parameters"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "number" } },
            ["children"] = new JsonObject { ["type"] = "array", ["items"] = shape(nameof(RuleDescriptor)) },
        },
        ["required"] = new JsonArray("name"),
        ["additionalProperties"] = false,
    };

    private static bool ReadParameters(ref Utf8JsonReader r, JsonReadContext c, List<KeyValuePair<string, double>> parameters)
    {
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        while (c.NextMember(ref r))
        {
            if (!JsonRead.TryGetText(ref r, out var name))
            {
                c.Error("invalid-text", "a parameter name is not valid text: " + JsonRead.TextFault(ref r) + ".");
                r.Read();
                r.Skip();
                ok = false;
                continue;
            }

            if (parameters.Any(p => p.Key == name))
            {
                ok &= c.Duplicate(ref r, name);
                continue;
            }

            c.Enter(name);
            r.Read();
            if (JsonRead.Double(ref r, c, out var number))
            {
                parameters.Add(new KeyValuePair<string, double>(name, number));
            }
            else
            {
                ok = false;
            }

            c.Exit();
        }

        return ok;
    }
}

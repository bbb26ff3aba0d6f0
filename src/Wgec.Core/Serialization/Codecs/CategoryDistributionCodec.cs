using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Codecs;

/// <summary>
/// A distribution by stakeholder group, <c>{ "total", "isDeclared", "shares": [ { "group", "count", "percentage" } ] }</c>:
/// it is built from counts, and each share's percentage is derived from them; a percentage that
/// does not follow from the counts is an error, never silently replaced.
/// </summary>
internal static class CategoryDistributionCodec
{
    public static bool Read(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out CategoryDistribution value)
    {
        value = null;
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        int total = 0;
        var isDeclared = false;
        var shares = new List<(StakeholderGroup Group, int Count, decimal Percentage)>();
        bool hasTotal = false, hasDeclared = false, hasShares = false;
        while (c.NextMember(ref r))
        {
            if (r.ValueTextEquals("total"u8))
            {
                if (hasTotal)
                {
                    ok &= c.Duplicate(ref r, "total");
                    continue;
                }

                hasTotal = true;
                c.Enter("total");
                r.Read();
                ok &= JsonRead.Int32(ref r, c, out total);
                c.Exit();
            }
            else if (r.ValueTextEquals("isDeclared"u8))
            {
                if (hasDeclared)
                {
                    ok &= c.Duplicate(ref r, "isDeclared");
                    continue;
                }

                hasDeclared = true;
                c.Enter("isDeclared");
                r.Read();
                ok &= JsonRead.Boolean(ref r, c, out isDeclared);
                c.Exit();
            }
            else if (r.ValueTextEquals("shares"u8))
            {
                if (hasShares)
                {
                    ok &= c.Duplicate(ref r, "shares");
                    continue;
                }

                hasShares = true;
                c.Enter("shares");
                r.Read();
                ok &= JsonRead.Array<(StakeholderGroup, int, decimal)>(ref r, c, ReadShare, out var read);
                shares.AddRange(read);
                c.Exit();
            }
            else
            {
                ok &= c.Unknown(ref r);
            }
        }

        foreach (var (has, name) in new[] { (hasTotal, "total"), (hasDeclared, "isDeclared"), (hasShares, "shares") })
        {
            if (!has)
            {
                c.Missing(name);
                ok = false;
            }
        }

        if (!ok)
        {
            return false;
        }

        var counts = new Dictionary<StakeholderGroup, int>();
        for (var i = 0; i < shares.Count; i++)
        {
            if (counts.ContainsKey(shares[i].Group))
            {
                c.Enter("shares");
                c.EnterIndex(i);
                c.Error("duplicate-group", $"the stakeholder group '{Words(shares[i].Group)}' is listed twice.");
                c.Exit();
                c.Exit();
                return false;
            }

            counts.Add(shares[i].Group, shares[i].Count);
        }

        try
        {
            value = new CategoryDistribution(total, counts, isDeclared);
        }
        catch (ArgumentException ex)
        {
            c.Invalid(ex);
            return false;
        }

        for (var i = 0; i < shares.Count; i++)
        {
            var derived = value.Shares.Length > i ? value.Shares[i] : null;
            if (derived is null || derived.Group != shares[i].Group || derived.Percentage != shares[i].Percentage)
            {
                c.Enter("shares");
                c.EnterIndex(i);
                c.ErrorAtMember("percentage", "inconsistent-share", $"the percentage {shares[i].Percentage.ToString(CultureInfo.InvariantCulture)} does not match the counts ({derived?.Percentage.ToString(CultureInfo.InvariantCulture) ?? "no such share"}).");
                c.Exit();
                c.Exit();
                value = null;
                return false;
            }
        }

        return true;
    }

    public static void Write(Utf8JsonWriter w, CategoryDistribution value, JsonWriteContext c)
    {
        w.WriteStartObject();
        w.WriteNumber("total"u8, value.Total);
        w.WriteBoolean("isDeclared"u8, value.IsDeclared);
        w.WritePropertyName("shares"u8);
        w.WriteStartArray();
        foreach (var share in value.Shares)
        {
            w.WriteStartObject();
            w.WritePropertyName("group"u8);
            WgecCodecs.WriteStakeholderGroup(w, share.Group, c);
            w.WriteNumber("count"u8, share.Count);
            w.WriteNumber("percentage"u8, share.Percentage);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static JsonObject Schema(Func<string, JsonNode> shape) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["total"] = new JsonObject { ["type"] = "integer" },
            ["isDeclared"] = new JsonObject { ["type"] = "boolean" },
            ["shares"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["group"] = shape(nameof(StakeholderGroup)),
                        ["count"] = new JsonObject { ["type"] = "integer" },
                        ["percentage"] = new JsonObject { ["type"] = "number" },
                    },
                    ["required"] = new JsonArray("group", "count", "percentage"),
                    ["additionalProperties"] = false,
                },
            },
        },
        ["required"] = new JsonArray("total", "isDeclared", "shares"),
        ["additionalProperties"] = false,
    };

    private static bool ReadShare(ref Utf8JsonReader r, JsonReadContext c, out (StakeholderGroup, int, decimal) share)
    {
        share = default;
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        StakeholderGroup group = default;
        int count = 0;
        decimal percentage = 0;
        bool hasGroup = false, hasCount = false, hasPercentage = false;
        while (c.NextMember(ref r))
        {
            if (r.ValueTextEquals("group"u8) && !hasGroup)
            {
                hasGroup = true;
                c.Enter("group");
                r.Read();
                ok &= WgecCodecs.ReadStakeholderGroup(ref r, c, out group);
                c.Exit();
            }
            else if (r.ValueTextEquals("count"u8) && !hasCount)
            {
                hasCount = true;
                c.Enter("count");
                r.Read();
                ok &= JsonRead.Int32(ref r, c, out count);
                c.Exit();
            }
            else if (r.ValueTextEquals("percentage"u8) && !hasPercentage)
            {
                hasPercentage = true;
                c.Enter("percentage");
                r.Read();
                ok &= JsonRead.Decimal(ref r, c, out percentage);
                c.Exit();
            }
            else if (r.ValueTextEquals("group"u8) || r.ValueTextEquals("count"u8) || r.ValueTextEquals("percentage"u8))
            {
                ok &= c.Duplicate(ref r, r.GetString()!);
            }
            else
            {
                ok &= c.Unknown(ref r);
            }
        }

        foreach (var (has, name) in new[] { (hasGroup, "group"), (hasCount, "count"), (hasPercentage, "percentage") })
        {
            if (!has)
            {
                c.Missing(name);
                ok = false;
            }
        }

        share = (group, count, percentage);
        return ok;
    }

    private static string Words(StakeholderGroup group) => group.ToString();
}

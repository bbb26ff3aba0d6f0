using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Process;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Codecs;

/// <summary>
/// A composition policy, <c>{ "seats": [ { "group", "seats" } ], "description" }</c>: its seats are a
/// map from stakeholder group to a number, written as a list so the groups keep their words.
/// </summary>
internal static class CompositionPolicyCodec
{
    public static bool Read(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out CompositionPolicy value)
    {
        value = null;
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        var seats = new List<KeyValuePair<StakeholderGroup, int>>();
        string? description = null;
        bool hasSeats = false, hasDescription = false;
        while (c.NextMember(ref r))
        {
            if (r.ValueTextEquals("seats"u8))
            {
                if (hasSeats)
                {
                    ok &= c.Duplicate(ref r, "seats");
                    continue;
                }

                hasSeats = true;
                c.Enter("seats");
                r.Read();
                ok &= JsonRead.Array<KeyValuePair<StakeholderGroup, int>>(ref r, c, ReadSeat, out var read);
                seats.AddRange(read);
                c.Exit();
            }
            else if (r.ValueTextEquals("description"u8))
            {
                if (hasDescription)
                {
                    ok &= c.Duplicate(ref r, "description");
                    continue;
                }

                hasDescription = true;
                c.Enter("description");
                r.Read();
                if (r.TokenType != JsonTokenType.Null)
                {
                    ok &= JsonRead.String(ref r, c, out var text);
                    description = text;
                }

                c.Exit();
            }
            else
            {
                ok &= c.Unknown(ref r);
            }
        }

        if (!hasSeats)
        {
            c.Missing("seats");
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        try
        {
            value = new CompositionPolicy(seats, description);
            return true;
        }
        catch (ArgumentException ex)
        {
            c.Invalid(ex);
            return false;
        }
    }

    public static void Write(Utf8JsonWriter w, CompositionPolicy value, JsonWriteContext c)
    {
        w.WriteStartObject();
        w.WritePropertyName("seats"u8);
        c.Enter("seats");
        w.WriteStartArray();
        var i = 0;
        foreach (var seat in value.Seats)
        {
            c.EnterIndex(i++);
            w.WriteStartObject();
            w.WritePropertyName("group"u8);
            WgecCodecs.WriteStakeholderGroup(w, seat.Key, c);
            w.WriteNumber("seats"u8, seat.Value);
            c.WritePreserved(w);
            w.WriteEndObject();
            c.Exit();
        }

        w.WriteEndArray();
        c.Exit();
        if (value.Description is { } description)
        {
            w.WriteString("description"u8, description);
        }

        c.WritePreserved(w);
        w.WriteEndObject();
    }

    public static JsonObject Schema(Func<string, JsonNode> shape) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["seats"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["group"] = shape(nameof(StakeholderGroup)), ["seats"] = new JsonObject { ["type"] = "integer" } },
                    ["required"] = new JsonArray("group", "seats"),
                    ["additionalProperties"] = false,
                },
            },
            ["description"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
        },
        ["required"] = new JsonArray("seats"),
        ["additionalProperties"] = false,
    };

    private static bool ReadSeat(ref Utf8JsonReader r, JsonReadContext c, out KeyValuePair<StakeholderGroup, int> seat)
    {
        seat = default;
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        StakeholderGroup group = default;
        var count = 0;
        bool hasGroup = false, hasSeats = false;
        while (c.NextMember(ref r))
        {
            var isGroup = r.ValueTextEquals("group"u8);
            if (isGroup || r.ValueTextEquals("seats"u8))
            {
                var name = isGroup ? "group" : "seats";
                if (isGroup ? hasGroup : hasSeats)
                {
                    ok &= c.Duplicate(ref r, name);
                    continue;
                }

                c.Enter(name);
                r.Read();
                if (isGroup)
                {
                    hasGroup = true;
                    ok &= WgecCodecs.ReadStakeholderGroup(ref r, c, out group);
                }
                else
                {
                    hasSeats = true;
                    ok &= JsonRead.Int32(ref r, c, out count);
                }

                c.Exit();
                continue;
            }

            ok &= c.Unknown(ref r);
        }

        if (!hasGroup)
        {
            c.Missing("group");
            ok = false;
        }

        if (!hasSeats)
        {
            c.Missing("seats");
            ok = false;
        }

        seat = new KeyValuePair<StakeholderGroup, int>(group, count);
        return ok;
    }
}

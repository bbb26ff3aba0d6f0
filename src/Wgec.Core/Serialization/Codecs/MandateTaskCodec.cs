using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Process;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Codecs;

/// <summary>
/// A mandate task, <c>{ "key", "description" }</c> since format 1.2. Formats 1.0 and 1.1 named one of
/// four fixed tasks by a string (<c>"seekInputs"</c>); such a name is read, in the same pass, as the
/// task of that key in <see cref="MandateTask.Wgec2013Tasks"/>, whose description is the wording
/// reports printed for it.
/// </summary>
internal static class MandateTaskCodec
{
    private static readonly string LegacyNames = string.Join(", ", MandateTask.Wgec2013Tasks.Select(t => t.Key));

    public static bool Read(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out MandateTask value) =>
        c.Version.Major == 1 && c.Version.Minor < 2 ? ReadLegacyName(ref r, c, out value) : ReadObject(ref r, c, out value);

    public static void Write(Utf8JsonWriter w, MandateTask value, JsonWriteContext c)
    {
        w.WriteStartObject();
        w.WriteString("key"u8, value.Key);
        w.WriteString("description"u8, value.Description);
        c.WritePreserved(w);
        w.WriteEndObject();
    }

    public static JsonObject Schema(Func<string, JsonNode> shape) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["key"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z][A-Za-z0-9-]{0,63}$" },
            ["description"] = new JsonObject { ["type"] = "string" },
        },
        ["required"] = new JsonArray("key", "description"),
        ["additionalProperties"] = false,
    };

    private static bool ReadLegacyName(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out MandateTask value)
    {
        value = null;
        if (!JsonRead.EnumName(ref r, c, LegacyNames, out var name))
        {
            return false;
        }

        foreach (var task in MandateTask.Wgec2013Tasks)
        {
            if (name.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(task.Key)))
            {
                value = task;
                return true;
            }
        }

        c.Error("invalid-value", JsonRead.NotOneOf(name, LegacyNames));
        return false;
    }

    private static bool ReadObject(ref Utf8JsonReader r, JsonReadContext c, [MaybeNullWhen(false)] out MandateTask value)
    {
        value = null;
        if (!c.BeginObject(ref r))
        {
            return false;
        }

        var ok = true;
        string? key = null, description = null;
        while (c.NextMember(ref r))
        {
            var isKey = r.ValueTextEquals("key"u8);
            if (isKey || r.ValueTextEquals("description"u8))
            {
                var member = isKey ? "key" : "description";
                if ((isKey ? key : description) is not null)
                {
                    ok &= c.Duplicate(ref r, member);
                    continue;
                }

                c.Enter(member);
                r.Read();
                if (JsonRead.String(ref r, c, out var text))
                {
                    if (isKey)
                    {
                        key = text;
                    }
                    else
                    {
                        description = text;
                    }
                }
                else
                {
                    ok = false;
                }

                c.Exit();
                continue;
            }

            ok &= c.Unknown(ref r);
        }

        if (key is null && ok)
        {
            c.Missing("key");
            ok = false;
        }

        if (description is null && ok)
        {
            c.Missing("description");
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        try
        {
            value = new MandateTask(key!, description!);
            return true;
        }
        catch (ArgumentException ex)
        {
            c.Invalid(ex);
            return false;
        }
    }
}

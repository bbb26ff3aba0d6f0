using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// Walks a JSON tree alongside the source-generated metadata of the DTO it should become, so that
/// migrations and unknown-member handling know the shape of every object without reflection.
/// </summary>
internal static class MemberWalk
{
    /// <summary>The metadata of the property named <paramref name="name"/> (its JSON name), or null.</summary>
    public static JsonPropertyInfo? Property(JsonTypeInfo info, string name)
    {
        foreach (var property in info.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// Visits every JSON object of <paramref name="node"/> whose metadata kind is Object, parents
    /// before children, giving the visitor the object, its metadata and its JSON path. The visitor
    /// may change the object's members; children are read after the visit.
    /// </summary>
    public static void VisitObjects(JsonNode? node, JsonTypeInfo info, string path, Action<JsonObject, JsonTypeInfo, string> visit)
    {
        switch (node)
        {
            case JsonObject obj when info.Kind == JsonTypeInfoKind.Object:
                visit(obj, info, path);
                foreach (var member in obj.ToList())
                {
                    if (member.Value is not null && Property(info, member.Key) is { } property)
                    {
                        VisitObjects(member.Value, info.Options.GetTypeInfo(property.PropertyType), ReadErrors.Member(path, member.Key), visit);
                    }
                }

                break;
            case JsonArray array when info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } elementType:
                var elementInfo = info.Options.GetTypeInfo(elementType);
                for (var i = 0; i < array.Count; i++)
                {
                    VisitObjects(array[i], elementInfo, ReadErrors.Index(path, i), visit);
                }

                break;
            case JsonObject map when info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType is { } valueType:
                var valueInfo = info.Options.GetTypeInfo(valueType);
                foreach (var entry in map.ToList())
                {
                    VisitObjects(entry.Value, valueInfo, ReadErrors.Member(path, entry.Key), visit);
                }

                break;
        }
    }

    /// <summary>
    /// Removes every member that the metadata does not define, and returns them as preserved
    /// members in document order.
    /// </summary>
    public static List<PreservedMember> StripUnknown(JsonNode? node, JsonTypeInfo info, string path)
    {
        var kept = new List<PreservedMember>();
        VisitObjects(node, info, path, (obj, objInfo, objPath) =>
        {
            foreach (var member in obj.ToList())
            {
                if (Property(objInfo, member.Key) is null)
                {
                    kept.Add(new PreservedMember(objPath, member.Key, member.Value?.ToJsonString() ?? "null"));
                    obj.Remove(member.Key);
                }
            }
        });
        return kept;
    }

    /// <summary>
    /// Puts preserved members back into a tree written from the model. Returns the members whose
    /// object no longer exists (the model changed since reading).
    /// </summary>
    public static List<PreservedMember> Restore(JsonNode root, string rootPath, IEnumerable<PreservedMember> members)
    {
        var orphans = new List<PreservedMember>();
        foreach (var member in members)
        {
            if (Resolve(root, rootPath, member.Path) is JsonObject target && !target.ContainsKey(member.Name))
            {
                target[member.Name] = JsonNode.Parse(member.Json);
            }
            else
            {
                orphans.Add(member);
            }
        }

        return orphans;
    }

    private static JsonNode? Resolve(JsonNode root, string rootPath, string path)
    {
        if (!path.StartsWith(rootPath, StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? current = root;
        var i = rootPath.Length;
        while (i < path.Length && current is not null)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                current = current is JsonObject obj && obj.TryGetPropertyValue(path.Substring(i + 1, end - i - 1), out var child) ? child : null;
                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.Substring(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                current = current is JsonArray array && index < array.Count ? array[index] : null;
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}

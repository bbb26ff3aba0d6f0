using System;
using System.Text.Json.Nodes;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// The description of one JSON shape, generated from the same declaration its reader and writer
/// come from; the schema is built from these.
/// </summary>
internal sealed class JsonShape
{
    public JsonShape(string id, Type type, JsonShapeKind kind, string? element, string[] enumNames, JsonMemberShape[] members, Func<Func<string, JsonNode>, JsonObject>? customSchema)
    {
        Id = id;
        Type = type;
        Kind = kind;
        Element = element;
        EnumNames = enumNames;
        Members = members;
        CustomSchema = customSchema;
    }

    /// <summary>The shape's id (unique in one set of codecs).</summary>
    public string Id { get; }

    /// <summary>The .NET type.</summary>
    public Type Type { get; }

    /// <summary>The kind of value.</summary>
    public JsonShapeKind Kind { get; }

    /// <summary>The element shape of a list.</summary>
    public string? Element { get; }

    /// <summary>The names of an enum.</summary>
    public string[] EnumNames { get; }

    /// <summary>The members of an object.</summary>
    public JsonMemberShape[] Members { get; }

    /// <summary>The schema of a hand-written shape, given a way to refer to other shapes.</summary>
    public Func<Func<string, JsonNode>, JsonObject>? CustomSchema { get; }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// 1.0 → 1.1. Format 1.0 cited at most one source per record, as a plain string member
/// <c>source</c>. Format 1.1 holds <c>sources</c>, a list of <c>{ citation, address }</c>, so a
/// fact can cite several documents and their addresses. Every object whose 1.1 type has
/// <c>sources</c> gets it: from <c>source</c> when present, else empty.
/// </summary>
internal sealed class SourcesListMigration : MigrationStep
{
    private const string OldName = "source";
    private const string NewName = "sources";

    /// <inheritdoc/>
    public override FormatVersion From => new(1, 0);

    /// <inheritdoc/>
    public override FormatVersion To => new(1, 1);

    /// <inheritdoc/>
    public override void Apply(JsonNode payload, JsonTypeInfo target, string path, ReadErrors errors) =>
        MemberWalk.VisitObjects(payload, target, path, (obj, info, objPath) =>
        {
            if (MemberWalk.Property(info, NewName) is null)
            {
                return;
            }

            if (obj.ContainsKey(NewName))
            {
                errors.Add(ReadErrors.Member(objPath, NewName), "unknown-member", "'sources' is not a member in format 1.0; a 1.0 record cites one 'source'.");
                return;
            }

            var sources = new JsonArray();
            if (obj.TryGetPropertyValue(OldName, out var old))
            {
                obj.Remove(OldName);
                if (old is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    sources.Add((JsonNode)new JsonObject { ["citation"] = value.GetValue<string>() });
                }
                else if (old is not null)
                {
                    errors.Add(ReadErrors.Member(objPath, OldName), "invalid-type", $"a 1.0 'source' must be a string, found {old.GetValueKind()}.");
                    return;
                }
            }

            obj[NewName] = sources;
        });
}

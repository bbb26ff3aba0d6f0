using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// One test per class of bad input named in issue 15 ("Bad input"), against the public read API only:
/// text that is not exact (lone surrogates, invalid UTF-8) anywhere, date ranges as strict as every other
/// object, nothing after a date or instant, preserve mode that always writes back, every structural
/// error collected, messages in the domain's words, and a byte-order mark accepted. Where today's
/// reader failed a case it carried a skip reason; the one-pass reader passes them all.
/// </summary>
public sealed class DossierBadInputTests
{
    private const string Marker = "@@BAD@@";
    private static readonly DossierReadOptions Preserve = new(unknownMembers: UnknownMembers.Preserve);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text with <see cref="Marker"/> replaced by raw bytes (which need not be valid UTF-8).</summary>
    private static byte[] Splice(string text, byte[] raw)
    {
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the document must hold the marker");
        return [.. Utf8(text.Substring(0, at)), .. raw, .. Utf8(text.Substring(at + Marker.Length))];
    }

    private static JsonObject At(JsonObject root, params object[] steps)
    {
        JsonNode node = root;
        foreach (var step in steps)
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }

        return node.AsObject();
    }

    private static string Newer(Action<JsonObject> edit)
    {
        var root = SampleDossiers.RichNode();
        root["formatVersion"] = "1.3";
        edit(root);
        return SampleDossiers.Text(root);
    }

    /// <summary>Reads bytes with TryRead, never letting an exception through unnoticed; returns the errors of a rejected read.</summary>
    private static ImmutableArray<ValidationError> Rejected(byte[] document, DossierReadOptions options)
    {
        ImmutableArray<ValidationError> errors = default;
        object? dossier = null;
        var act = () => DossierReads.TryRead(document, options, out dossier, out errors);
        act.Should().NotThrow("bad input is reported as errors, never as an exception").Which.Should().BeFalse("the document is not exact");
        dossier.Should().BeNull();
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => e.Path.StartsWith('$') && e.Rule.Length > 0 && e.Message.Length > 0);
        return errors;
    }

    private static bool HasLoneSurrogate(string text) =>
        text.Where((c, i) => char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))).Any();

    // Bad input class 1: a lone surrogate escape or invalid UTF-8, in a member name or a value, in the
    // envelope, in preserved members, in a known member read in preserve mode, and in a 1.0 document.
    [Theory]
    [InlineData("envelope", "name", "surrogate")]
    [InlineData("envelope", "name", "utf8")]
    [InlineData("envelope", "value", "surrogate")]
    [InlineData("envelope", "value", "utf8")]
    [InlineData("preserved", "name", "surrogate")]
    [InlineData("preserved", "name", "utf8")]
    [InlineData("preserved", "value", "surrogate")]
    [InlineData("preserved", "value", "utf8")]
    [InlineData("known-in-preserve-mode", "name", "surrogate")]
    [InlineData("known-in-preserve-mode", "name", "utf8")]
    [InlineData("known-in-preserve-mode", "value", "surrogate")]
    [InlineData("known-in-preserve-mode", "value", "utf8")]
    [InlineData("1.0", "name", "surrogate")]
    [InlineData("1.0", "name", "utf8")]
    [InlineData("1.0", "value", "surrogate")]
    [InlineData("1.0", "value", "utf8")]
    public void InexactText_IsAnErrorWithAPath_NeverAnExceptionNorU_FFFD(string place, string inWhat, string payload)
    {
        var raw = payload == "surrogate" ? Utf8("\\ud800") : [0x61, 0xFF, 0x62];
        var (text, options, path) = place switch
        {
            "envelope" => (inWhat == "name"
                ? SampleDossiers.RichJson().Replace("\"formatVersion\":", "\"format" + Marker + "Version\":", StringComparison.Ordinal)
                : SampleDossiers.RichJson().Replace("\"formatVersion\":\"1.2\"", "\"formatVersion\":\"1." + Marker + "1\"", StringComparison.Ordinal),
                DossierReadOptions.Default, "$"),
            "preserved" => (Newer(r => At(r, "dossier", "process", "meetings", 1)[inWhat == "name" ? "web" + Marker + "cast" : "webcast"] = inWhat == "name" ? 1 : "a" + Marker + "b"),
                Preserve, "$.dossier.process.meetings[1]"),
            "known-in-preserve-mode" => (inWhat == "name"
                ? Newer(_ => { }).Replace("\"sessionNumber\":", "\"session" + Marker + "Number\":", StringComparison.Ordinal)
                : Newer(r => At(r, "dossier", "process", "meetings", 1)["title"] = "Second " + Marker + " meeting"),
                Preserve, "$.dossier.process"),
            _ => (inWhat == "name"
                ? DossierMigrationTests.Forms(SampleDossiers.RichNode()).V10.Replace("\"sessionNumber\":", "\"session" + Marker + "Number\":", StringComparison.Ordinal)
                : DossierMigrationTests.Forms(SampleDossiers.RichNode()).V10.Replace("\"title\":\"A rich", "\"title\":\"A " + Marker + " rich", StringComparison.Ordinal),
                DossierReadOptions.Default, "$.dossier"),
        };

        var errors = Rejected(Splice(text, raw), options);
        errors.Should().Contain(e => e.Path.StartsWith(path, StringComparison.Ordinal), "the error is where the bad text is (under {0}): {1}", path, string.Join(" | ", errors));
        errors.Should().OnlyContain(e => !e.Message.Contains('\uFFFD') && !e.Path.Contains('\uFFFD') && !HasLoneSurrogate(e.Message) && !HasLoneSurrogate(e.Path));
    }

    // Bad input class 2: duplicate keys inside a date range were accepted, the last one winning.
    [Theory]
    [InlineData("start")]
    [InlineData("end")]
    public void DateRange_WithADuplicateMember_IsRejectedAtTheRange(string member)
    {
        var text = SampleDossiers.RichJson().Replace(
            "\"sessionDates\":{\"start\":\"2014-05-12\",\"end\":\"2014-05-16\"}",
            member == "start"
                ? "\"sessionDates\":{\"start\":\"2014-05-13\",\"start\":\"2014-05-12\",\"end\":\"2014-05-16\"}"
                : "\"sessionDates\":{\"start\":\"2014-05-12\",\"end\":\"2014-05-15\",\"end\":\"2014-05-16\"}",
            StringComparison.Ordinal);
        var errors = Rejected(Utf8(text), DossierReadOptions.Default);
        errors.Should().Contain(e => e.Path.StartsWith("$.dossier.process.mandate.reportingTarget.sessionDates", StringComparison.Ordinal) && e.Rule == "duplicate-member",
            string.Join(" | ", errors));
    }

    // Bad input class 3: unknown members inside a date range were dropped, even in preserve mode.
    [Fact]
    public void DateRange_WithAnUnknownMember_IsRejectedWithItsPath()
    {
        var text = SampleDossiers.RichJson().Replace("\"end\":\"2014-05-16\"}", "\"end\":\"2014-05-16\",\"timeZone\":\"Europe/Zurich\"}", StringComparison.Ordinal);
        var errors = Rejected(Utf8(text), DossierReadOptions.Default);
        errors.Should().Contain(e => e.Path == "$.dossier.process.mandate.reportingTarget.sessionDates.timeZone" && e.Rule == "unknown-member", string.Join(" | ", errors));
    }

    [Fact]
    public void DateRange_WithAnUnknownMember_IsKeptAndWrittenBack_InPreserveMode()
    {
        var text = Newer(_ => { }).Replace("\"end\":\"2014-05-16\"}", "\"end\":\"2014-05-16\",\"timeZone\":\"Europe/Zurich\"}", StringComparison.Ordinal);
        var written = DossierReads.ToJson(DossierReads.Read(text, Preserve));
        written.Should().Be(text.Replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.2\"", StringComparison.Ordinal));
        DossierReads.ToJson(DossierReads.Read(written, Preserve)).Should().Be(written);
    }

    // Bad input class 4: text after a NUL in a date or an instant was dropped ("2014-05-12\u0000 any text" read as 2014-05-12).
    [Theory]
    [InlineData("\"start\":\"2014-05-12\"", "\"start\":\"2014-05-12\\u0000 any text\"", "$.dossier.process.mandate.reportingTarget")]
    [InlineData("\"date\":\"2013-05-30\"", "\"date\":\"2013-05-30\\u0000\"", "$.dossier.process.meetings[0].sessions[0]")]
    [InlineData("\"submittedAt\":\"2013-08-01T09:00:00Z\"", "\"submittedAt\":\"2013-08-01T09:00:00Z\\u0000 any text\"", "$.dossier.consultation.submissions[0]")]
    [InlineData("\"start\":\"2014-05-12\"", "\"start\":\"2014-05-12 any text\"", "$.dossier.process.mandate.reportingTarget")]
    [InlineData("\"submittedAt\":\"2013-08-01T09:00:00Z\"", "\"submittedAt\":\"2013-08-01T09:00:00Z any text\"", "$.dossier.consultation.submissions[0]")]
    public void DateOrInstant_WithAnythingAfterIt_IsRejected(string valid, string bad, string path)
    {
        var json = SampleDossiers.RichJson();
        json.Should().Contain(valid);
        var at = json.IndexOf(valid, StringComparison.Ordinal);
        var errors = Rejected(Utf8(json.Substring(0, at) + bad + json.Substring(at + valid.Length)), DossierReadOptions.Default);
        errors.Should().Contain(e => e.Path.StartsWith(path, StringComparison.Ordinal), string.Join(" | ", errors));
    }

    // Bad input class 5: a preserve-mode read could produce a dossier that cannot be written back.
    // Every kind of preserved member, at every kind of place, must be written back unchanged.
    [Theory]
    [InlineData("scalar in the envelope")]
    [InlineData("scalar in the dossier")]
    [InlineData("object in a meeting")]
    [InlineData("array in a reading")]
    [InlineData("nested object and array in the process")]
    [InlineData("scalar in a list element: a participant")]
    [InlineData("object in a list element: a session")]
    [InlineData("scalar in a list element: a position")]
    [InlineData("array in a list element: a submission")]
    [InlineData("scalar in a list element: a source")]
    [InlineData("scalar in a list element: a raw item's provenance")]
    [InlineData("null in a list element: an objection record")]
    [InlineData("scalar in a list element: a recommendation version")]
    public void PreserveMode_WritesEveryKindOfPreservedMemberBack(string where)
    {
        var text = Newer(root =>
        {
            var nested = new JsonObject { ["a"] = new JsonArray(1, new JsonObject { ["b"] = new JsonArray() }, "x", null), ["c"] = false };
            switch (where)
            {
                case "scalar in the envelope": root["signedBy"] = "ed25519:abc"; break;
                case "scalar in the dossier": At(root, "dossier")["language"] = "en"; break;
                case "object in a meeting": At(root, "dossier", "process", "meetings", 1)["webcast"] = new JsonObject { ["url"] = "https://example.org" }; break;
                case "array in a reading": At(root, "dossier", "deliberation", "readings", 0)["pages"] = new JsonArray(17, 18); break;
                case "nested object and array in the process": At(root, "dossier", "process")["extra"] = nested; break;
                case "scalar in a list element: a participant": At(root, "dossier", "process", "composition", "participants", 2)["email"] = "x@example.org"; break;
                case "object in a list element: a session": At(root, "dossier", "process", "meetings", 0, "sessions", 1)["room"] = new JsonObject { ["name"] = "XVII" }; break;
                case "scalar in a list element: a position": At(root, "dossier", "deliberation", "readings", 0, "positions", 1)["seat"] = 4; break;
                case "array in a list element: a submission": At(root, "dossier", "consultation", "submissions", 0)["attachments"] = new JsonArray("a.pdf"); break;
                case "scalar in a list element: a source": At(root, "dossier", "process", "mandate", "sources", 0)["archived"] = true; break;
                case "scalar in a list element: a raw item's provenance": At(root, "dossier", "catalogue", "consolidation", "rawItems", 1, "provenance")["page"] = 3; break;
                case "null in a list element: an objection record": At(root, "dossier", "deliberation", "ledger", "records", 0)["minutes"] = null; break;
                default: At(root, "dossier", "deliberation", "recommendations", 1, "versions", 0)["draftedBy"] = "chair"; break;
            }
        });

        var expected = text.Replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.2\"", StringComparison.Ordinal);
        DossierReads.TryRead(text, Preserve, out var dossier, out var errors).Should().BeTrue(string.Join(" | ", errors));
        string? written = null;
        var write = () => written = DossierReads.ToJson(dossier!);
        write.Should().NotThrow("whatever preserve mode reads, it can write back");
        written.Should().Be(expected, "the preserved member is written back at its place, unchanged");
        DossierReads.ToJson(DossierReads.Read(written!, Preserve)).Should().Be(written);
    }

    // The domain orders some lists (respondents by id, positions by participant, answers by question): a
    // member preserved on an element must stay on that element, not move to whichever element took its index.
    [Theory]
    [InlineData("consultation.respondents", "id")]
    [InlineData("deliberation.readings[0].positions", "participant")]
    [InlineData("consultation.submissions[0].answers", "questionNumber")]
    public void PreserveMode_KeepsAPreservedMemberOnItsElement_WhenTheDomainOrdersTheList(string list, string key)
    {
        var root = SampleDossiers.RichNode();
        root["formatVersion"] = "1.3";
        var steps = list.Split('.').SelectMany(s => s.EndsWith(']') ? new object[] { s.Substring(0, s.IndexOf('[')), int.Parse(s.Substring(s.IndexOf('[') + 1, 1), System.Globalization.CultureInfo.InvariantCulture) } : [s]).ToArray();
        var owner = At(root, ["dossier", .. steps.Take(steps.Length - 1)]);
        var name = (string)steps[^1];
        var elements = owner[name]!.AsArray().Select(e => e!.DeepClone()).Reverse().ToList();
        elements.First().AsObject()["reviewedBy"] = "secretariat";
        var tagged = elements.First()[key]!.ToJsonString();
        owner[name] = new JsonArray([.. elements]);

        DossierReads.TryRead(SampleDossiers.Text(root), Preserve, out var dossier, out var errors).Should().BeTrue(string.Join(" | ", errors));
        var written = JsonNode.Parse(DossierReads.ToJson(dossier!))!.AsObject();
        var holder = At(written, ["dossier", .. steps.Take(steps.Length - 1)])[name]!.AsArray().Single(e => e!.AsObject().ContainsKey("reviewedBy"))!;
        holder[key]!.ToJsonString().Should().Be(tagged, "the preserved member belongs to the element it was read on");
    }

    // Bad input class 6: TryRead reported only the first structural error, although it promises all.
    [Fact]
    public void TryRead_ReportsEveryStructuralError_NotOnlyTheFirst()
    {
        var root = SampleDossiers.RichNode();
        At(root, "dossier", "process", "meetings", 2)["room"] = "XVII";
        At(root, "dossier", "deliberation", "readings", 0)["minutesPage"] = 17;
        At(root, "dossier", "process", "meetings", 0).Remove("number");
        var errors = Rejected(Utf8(SampleDossiers.Text(root)), DossierReadOptions.Default);
        errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.dossier.process.meetings[2].room", "$.dossier.deliberation.readings[0].minutesPage", "$.dossier.process.meetings[0].number");
    }

    // Bad input class 7: messages named internal types and kept the runtime's "(Parameter 'x')" suffix.
    [Theory]
    [InlineData("missing required member")]
    [InlineData("object where a text is required")]
    [InlineData("text where an object is required")]
    [InlineData("number where a list is required")]
    [InlineData("lone surrogate in a source citation")]
    [InlineData("unknown decision rule")]
    [InlineData("domain rule broken: blank title")]
    [InlineData("domain rule broken: session number zero")]
    public void ErrorMessages_NameNoInternalTypeNorParameterSuffix(string what)
    {
        var root = SampleDossiers.RichNode();
        var text = (string?)null;
        switch (what)
        {
            case "missing required member": At(root, "dossier", "process").Remove("mandate"); break;
            case "object where a text is required": At(root, "dossier", "process")["name"] = new JsonObject(); break;
            case "text where an object is required": At(root, "dossier", "process")["mandate"] = "A/RES/67/195"; break;
            case "number where a list is required": At(root, "dossier", "process")["meetings"] = 4; break;
            case "lone surrogate in a source citation":
                At(root, "dossier", "process", "mandate", "sources", 0)["citation"] = Marker;
                text = SampleDossiers.Text(root).Replace(Marker, "slide\\udfffs", StringComparison.Ordinal);
                break;
            case "unknown decision rule": At(root, "dossier", "process", "modalities")["decisionRule"] = "un-conselsus"; break;
            case "domain rule broken: blank title": At(root, "dossier")["title"] = " "; break;
            default: At(root, "dossier", "process", "mandate", "reportingTarget")["sessionNumber"] = 0; break;
        }

        var errors = Rejected(Utf8(text ?? SampleDossiers.Text(root)), DossierReadOptions.Default);
        errors.Should().OnlyContain(
            e => !e.Message.Contains("Wgec.Core.", StringComparison.Ordinal) && !e.Message.Contains("(Parameter '", StringComparison.Ordinal)
                && !e.Message.Contains("System.", StringComparison.Ordinal) && !e.Message.Contains("Dto", StringComparison.Ordinal),
            "messages speak the format's words: {0}", string.Join(" | ", errors));
    }

    // Bad input class 8: a leading UTF-8 byte-order mark was rejected.
    [Theory]
    [InlineData("bytes")]
    [InlineData("stream")]
    [InlineData("string")]
    public void LeadingByteOrderMark_IsAccepted(string shape)
    {
        var json = SampleDossiers.RichJson();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Utf8(json)];
        var dossier = shape switch
        {
            "bytes" => DossierSerializer.Read(bytes),
            "stream" => DossierSerializer.Read(new MemoryStream(bytes)),
            _ => DossierSerializer.Read("\uFEFF" + json),
        };
        dossier.Should().Be(SampleDossiers.Rich());
        DossierReads.TryRead(bytes, out _, out var errors).Should().BeTrue(string.Join(" | ", errors));
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// Hostile documents: each must end as a <see cref="JsonException"/> (the library's
/// <see cref="WgecFormatException"/>) carrying paths, quickly, never another exception type and
/// never a half-built object.
/// </summary>
public sealed class HostileInputCorpusTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>One hostile document: its bytes, the options to read it with, and the path an error must start with.</summary>
    private sealed class Case
    {
        public Case(Func<byte[]> bytes, string path, DossierReadOptions? options = null, string? skip = null)
        {
            Bytes = bytes;
            Path = path;
            Options = options ?? DossierReadOptions.Default;
            Skip = skip;
        }

        public Func<byte[]> Bytes { get; }

        public string Path { get; }

        public DossierReadOptions Options { get; }

        /// <summary>Why the case is skipped for now (today's reader fails it), or null.</summary>
        public string? Skip { get; }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Valid => SampleDossiers.RichJson();

    private static Case Edit(Action<JsonObject> edit, string path, string? skip = null)
    {
        return new Case(() =>
        {
            var root = SampleDossiers.RichNode();
            edit(root);
            return Utf8(SampleDossiers.Text(root));
        }, path, skip: skip);
    }

    /// <summary>Replaces a member's value by raw JSON text (for what JsonNode cannot hold, e.g. huge numbers).</summary>
    private static Case Raw(string marker, string rawValue, string path, DossierReadOptions? options = null) =>
        new(() =>
        {
            var root = SampleDossiers.RichNode();
            root["dossier"]!.AsObject()["title"] = marker;
            return Utf8(SampleDossiers.Text(root).Replace("\"" + marker + "\"", rawValue, StringComparison.Ordinal));
        }, path, options);

    private static JsonObject D(JsonObject root) => root["dossier"]!.AsObject();

    private static readonly DossierReadOptions Preserve = new(unknownMembers: UnknownMembers.Preserve);

    /// <summary>A document (from <paramref name="text"/>) whose <c>@@BAD@@</c> marker becomes raw bytes, which need not be valid UTF-8.</summary>
    private static Case Bytes(Func<string> text, byte[] raw, string path, DossierReadOptions? options = null, string? skip = null) => new(() =>
    {
        var json = text();
        var at = json.IndexOf("@@BAD@@", StringComparison.Ordinal);
        return [.. Utf8(json.Substring(0, at)), .. raw, .. Utf8(json.Substring(at + 7))];
    }, path, options, skip);

    /// <summary>The rich dossier as a newer minor version (1.3), edited: read in preserve mode, its unknown members are kept.</summary>
    private static string Newer(Action<JsonObject> edit)
    {
        var root = SampleDossiers.RichNode();
        root["formatVersion"] = "1.3";
        edit(root);
        return SampleDossiers.Text(root);
    }

    private static string V10() => DossierMigrationTests.Forms(SampleDossiers.RichNode()).V10;

    private static string Swap(string valid, string bad) => Valid.Replace(valid, bad, StringComparison.Ordinal);

    private static readonly byte[] LoneSurrogate = Utf8("\\ud800");
    private static readonly byte[] InvalidUtf8 = [0x61, 0xFF, 0x62];

    private static JsonObject At(JsonObject root, params object[] steps)
    {
        JsonNode node = D(root);
        foreach (var step in steps)
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }

        return node.AsObject();
    }

    private static Case InCondition(string raw, string path) => new(() =>
    {
        var root = SampleDossiers.RichNode();
        At(root, "deliberation", "agreements", "conditions", 0)["requiredShare"] = 0.123456;
        return Utf8(SampleDossiers.Text(root).Replace("0.123456", raw, StringComparison.Ordinal));
    }, path);

    private static Case InPlacement(string raw, string path) => new(() =>
    {
        var root = SampleDossiers.RichNode();
        At(root, "deliberation", "opinions", 0, "placements", 0)["value"] = 0.654321;
        return Utf8(SampleDossiers.Text(root).Replace("0.654321", raw, StringComparison.Ordinal));
    }, path);

    private static Case TitleBytes(byte[] inTitle) => new(() =>
    {
        var root = SampleDossiers.RichNode();
        D(root)["title"] = "@@TITLE@@";
        var text = SampleDossiers.Text(root);
        var at = text.IndexOf("@@TITLE@@", StringComparison.Ordinal);
        return [.. Utf8(text.Substring(0, at)), .. inTitle, .. Utf8(text.Substring(at + 9))];
    }, "$");

    private static readonly Dictionary<string, Case> Corpus = new(StringComparer.Ordinal)
    {
        ["nesting 100,000 arrays deep"] = Raw("@", new string('[', 100_000) + new string(']', 100_000), "$.dossier"),
        ["nesting 100,000 objects deep"] = Raw("@", string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000), "$.dossier"),
        ["nesting 100,000 deep at the root"] = new(() => Utf8(new string('[', 100_000) + new string(']', 100_000)), "$"),
        ["number with 1,000,000 digits"] = new(() =>
        {
            var root = SampleDossiers.RichNode();
            At(root, "deliberation")["declaredAgreedCount"] = 424242;
            return Utf8(SampleDossiers.Text(root).Replace("424242", new string('9', 1_000_000), StringComparison.Ordinal));
        }, "$.dossier.deliberation"),
        ["number with 1,000,000 digits in a double"] = InCondition("1" + new string('0', 999_999), "$.dossier.deliberation.agreements"),
        ["1e400 as a condition's required share"] = InCondition("1e400", "$.dossier.deliberation.agreements.conditions[0]"),
        ["1e400 as an axis placement"] = InPlacement("1e400", "$.dossier.deliberation.opinions[0].placements[0]"),
        ["-1e400 as an axis placement"] = InPlacement("-1e400", "$.dossier.deliberation.opinions[0].placements[0]"),
        ["NaN literal"] = InPlacement("NaN", "$.dossier"),
        ["NaN as a string"] = InPlacement("\"NaN\"", "$.dossier.deliberation.opinions[0].placements[0]"),
        ["Infinity as a string"] = InCondition("\"Infinity\"", "$.dossier.deliberation.agreements.conditions[0]"),
        ["number as a string"] = InCondition("\"0.5\"", "$.dossier.deliberation.agreements.conditions[0]"),
        ["duplicate key in the envelope"] = new(() => Utf8(Valid.Replace("{\"format\":\"wgec-dossier\",", "{\"format\":\"wgec-dossier\",\"format\":\"wgec-dossier\",", StringComparison.Ordinal)), "$.format"),
        ["duplicate key in the dossier"] = new(() => Utf8(Valid.Replace("\"dossier\":{\"title\":", "\"dossier\":{\"title\":\"first\",\"title\":", StringComparison.Ordinal)), "$.dossier"),
        ["duplicate key in a meeting"] = new(() => Utf8(Valid.Replace("\"meetings\":[{\"number\":1,", "\"meetings\":[{\"number\":1,\"number\":1,", StringComparison.Ordinal)), "$.dossier.process.meetings[0]"),
        ["unknown member in the envelope"] = Edit(r => r["comment"] = "hi", "$.comment"),
        ["unknown member in a meeting"] = Edit(r => At(r, "process", "meetings", 2)["room"] = "XVII", "$.dossier.process.meetings[2].room"),
        ["$type injection in the envelope"] = Edit(r => r["$type"] = "System.Diagnostics.Process, System", "$.$type"),
        ["$type injection in the dossier"] = Edit(r => D(r).Insert(0, "$type", "System.IO.FileInfo, System.IO"), "$.dossier"),
        ["$ref injection in a reading"] = Edit(r => At(r, "deliberation", "readings", 0).Insert(0, "$ref", "1"), "$.dossier.deliberation.readings[0]"),
        ["$id and $values in the participants"] = Edit(r => At(r, "process", "composition")["participants"] = new JsonObject { ["$id"] = "1", ["$values"] = new JsonArray() }, "$.dossier.process.composition"),
        ["title is a number"] = Edit(r => D(r)["title"] = 42, "$.dossier.title"),
        ["meetings is an object"] = Edit(r => At(r, "process")["meetings"] = new JsonObject(), "$.dossier.process.meetings"),
        ["dossier is a string"] = Edit(r => r["dossier"] = "dossier", "$.dossier"),
        ["boolean as a string"] = Edit(r => At(r, "deliberation", "readings", 0)["isFinal"] = "true", "$.dossier.deliberation.readings[0].isFinal"),
        ["count as a float"] = Edit(r => At(r, "deliberation")["declaredAgreedCount"] = 1.5, "$.dossier.deliberation.declaredAgreedCount"),
        ["missing title"] = Edit(r => D(r).Remove("title"), "$.dossier"),
        ["missing meeting number"] = Edit(r => At(r, "process", "meetings", 0).Remove("number"), "$.dossier.process.meetings[0]"),
        ["null title"] = Edit(r => D(r)["title"] = null, "$.dossier.title"),
        ["null meeting"] = Edit(r => At(r, "process")["meetings"]!.AsArray()[1] = null, "$.dossier.process.meetings[1]"),
        ["null in a list of texts"] = Edit(r => At(r, "deliberation")["conclusion"]!.AsArray().Insert(0, null), "$.dossier.deliberation.conclusion[0]"),
        ["null position"] = Edit(r => At(r, "deliberation", "readings", 0)["positions"]!.AsArray().Add(null), "$.dossier.deliberation.readings[0].positions[3]"),
        ["null in a list of ids"] = Edit(r => At(r, "deliberation", "opinions", 1)["holders"]!.AsArray().Add(null), "$.dossier.deliberation.opinions[1].holders"),
        ["lone high surrogate, escaped"] = Raw("@", "\"abc\\ud800def\"", "$.dossier"),
        ["lone low surrogate, escaped"] = Raw("@", "\"\\udc00\"", "$.dossier"),
        ["reversed surrogate pair, escaped"] = Raw("@", "\"\\udc00\\ud800\"", "$.dossier"),
        ["lone surrogate, raw in UTF-8 (CESU)"] = TitleBytes([0xED, 0xA0, 0x80]),
        ["invalid UTF-8 byte"] = TitleBytes([0x61, 0xFF, 0x62]),
        ["overlong UTF-8 encoding of '/'"] = TitleBytes([0xC0, 0xAF]),
        ["truncated UTF-8 sequence"] = TitleBytes([0xE2, 0x82]),
        ["two byte order marks"] = new(() => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(Valid)], "$"),
        ["UTF-16 encoded document"] = new(() => Encoding.Unicode.GetBytes(Valid), "$"),
        ["empty file"] = new(() => [], "$"),
        ["whitespace only"] = new(() => Utf8(" \r\n\t  \n"), "$"),
        ["array root"] = new(() => Utf8("[" + Valid + "]"), "$"),
        ["string root"] = new(() => Utf8("\"wgec-dossier\""), "$"),
        ["null root"] = new(() => Utf8("null"), "$"),
        ["trailing content"] = new(() => Utf8(Valid + "{}"), "$"),
        ["truncated document"] = new(() => Utf8(Valid.Substring(0, Valid.Length / 2)), "$"),
        ["comment in JSON"] = new(() => Utf8(Valid.Replace("\"dossier\":{", "\"dossier\":/* hi */{", StringComparison.Ordinal)), "$"),
        ["trailing comma"] = new(() => Utf8(Valid.Replace("]}}", "],}}", StringComparison.Ordinal)), "$"),
        ["single-quoted string"] = Raw("@", "'title'", "$.dossier"),
        ["unescaped control character"] = Raw("@", "\"a\u0001b\"", "$.dossier"),
        ["50 MB string under the default 32 MiB limit"] = Raw("@", "\"" + new string('x', FiftyMegabytes) + "\"", "$"),
        ["50 MB string as an identifier under a raised limit"] = new(() =>
        {
            var root = SampleDossiers.RichNode();
            At(root, "deliberation", "readings", 0, "positions", 0)["participant"] = "@@ID@@";
            return Utf8(SampleDossiers.Text(root).Replace("@@ID@@", new string('p', FiftyMegabytes), StringComparison.Ordinal));
        }, "$.dossier.deliberation.readings[0].positions[0]", new DossierReadOptions(maxInputBytes: 64L * 1024 * 1024)),
        ["a million-element array of numbers as texts"] = new(() =>
        {
            var root = SampleDossiers.RichNode();
            At(root, "deliberation")["conclusion"] = "@@LIST@@";
            return Utf8(SampleDossiers.Text(root).Replace("\"@@LIST@@\"", "[" + string.Join(",", Enumerable.Repeat("0", 1_000_000)) + "]", StringComparison.Ordinal));
        }, "$.dossier.deliberation.conclusion"),
        ["a million-element array in an unknown member"] = new(() => Utf8(Valid.Insert(1, "\"padding\":[" + string.Join(",", Enumerable.Repeat("[]", 1_000_000)) + "],")), "$.padding"),
        ["a million null positions"] = new(() =>
        {
            var root = SampleDossiers.RichNode();
            At(root, "deliberation", "readings", 0)["positions"] = "@@LIST@@";
            return Utf8(SampleDossiers.Text(root).Replace("\"@@LIST@@\"", "[" + string.Join(",", Enumerable.Repeat("null", 1_000_000)) + "]", StringComparison.Ordinal));
        }, "$.dossier.deliberation.readings[0].positions"),
        ["invalid date 2013-02-30"] = Edit(r => At(r, "process", "meetings", 0, "sessions", 0)["date"] = "2013-02-30", "$.dossier.process.meetings[0].sessions[0]"),
        ["invalid instant"] = Edit(r => At(r, "consultation", "submissions", 0)["submittedAt"] = "2013-13-01T25:00:00Z", "$.dossier.consultation.submissions[0]"),
        ["local date-time where an instant is required"] = Edit(r => At(r, "consultation", "submissions", 0)["submittedAt"] = "2013-08-01T09:00:00", "$.dossier.consultation.submissions[0]"),
        ["unknown time zone id"] = Edit(r => At(r, "process", "meetings", 0, "venue")["timeZoneId"] = "Mars/Olympus_Mons", "$.dossier.process.meetings[0].venue"),
        ["end before start"] = Edit(r => At(r, "process", "mandate", "reportingTarget", "sessionDates")["end"] = "2014-05-01", "$.dossier.process.mandate.reportingTarget"),
        ["unknown enum value"] = Edit(r => At(r, "process", "composition", "participants", 0)["standing"] = "emperor", "$.dossier.process.composition.participants[0]"),
        ["enum as a number"] = Edit(r => At(r, "process", "composition", "participants", 0)["standing"] = 2, "$.dossier.process.composition.participants[0]"),
        ["negative count"] = Edit(r => At(r, "consultation")["declared"] = new JsonObject { ["total"] = new JsonObject { ["count"] = -5, ["label"] = "total" }, ["byGroup"] = new JsonArray() }, "$.dossier.consultation.declared"),
        ["negative declared agreed count"] = Edit(r => At(r, "deliberation")["declaredAgreedCount"] = -1, "$.dossier.deliberation"),
        ["meeting number zero"] = Edit(r => At(r, "deliberation", "readings", 0)["meeting"] = 0, "$.dossier.deliberation.readings[0]"),
        ["count beyond int"] = Edit(r => At(r, "deliberation")["declaredAgreedCount"] = 3_000_000_000L, "$.dossier.deliberation.declaredAgreedCount"),
        ["reading at a meeting that was not held"] = Edit(r => At(r, "deliberation", "readings", 2)["meeting"] = 99, "$.dossier.deliberation.readings[2].meeting"),
        ["objection by nobody known"] = Edit(r => At(r, "deliberation", "ledger", "records", 0)["objector"] = "ghost", "$.dossier.deliberation.ledger.records[0].objector"),
        ["raw item from an unknown respondent"] = Edit(r => At(r, "catalogue")["consolidation"]!["rawItems"]![0]!["provenance"]!.AsObject()["respondent"] = "r99", "$.dossier.catalogue"),
        ["recommendation citing a missing catalogue issue"] = Edit(r => At(r, "deliberation", "recommendations", 2, "versions", 0)["catalogueIssues"] = new JsonArray(1, 777), "$.dossier.deliberation.recommendations[2].versions[0].catalogueIssues[1]"),
        ["objection ledger naming a missing recommendation"] = Edit(r => At(r, "deliberation", "ledger", "records", 0)["recommendation"] = "Z-9", "$.dossier.deliberation"),
        ["package naming a missing recommendation"] = Edit(r => At(r, "deliberation", "agreements", "packages", 0)["items"] = new JsonArray("D-1", "Z-9"), "$.dossier.deliberation"),
        ["opinion placed on a missing axis"] = Edit(r => At(r, "deliberation", "opinions", 0, "placements", 0)["axis"] = "nowhere", "$.dossier.deliberation.opinions[0].placements["),
        ["duplicate report group keys"] = Edit(r => At(r, "deliberation", "groups", 1)["key"] = "A", "$.dossier.deliberation"),
        ["duplicate participant ids"] = Edit(r => At(r, "process", "composition", "participants", 2)["id"] = "ms-switzerland", "$.dossier.process.composition"),
        ["duplicate respondent ids"] = Edit(r => At(r, "consultation", "respondents", 1)["id"] = "r01", "$.dossier.consultation"),
        ["duplicate recommendation ids"] = Edit(r => At(r, "deliberation", "recommendations", 1)["id"] = "A-1", "$.dossier.deliberation"),
        ["duplicate positions in a reading"] = Edit(r => At(r, "deliberation", "readings", 0, "positions", 1)["participant"] = "cs-01", "$.dossier.deliberation.readings[0]"),
        ["cycle in dependencies: a recommendation depending on itself"] = Edit(r => At(r, "deliberation", "recommendations", 0, "versions", 0)["dependsOn"] = new JsonArray("A-1"), "$.dossier.deliberation.recommendations[0]"),
        ["cycle in a condition"] = Edit(r => At(r, "deliberation", "agreements", "conditions", 0)["dependents"] = new JsonArray("A-1"), "$.dossier.deliberation.agreements.conditions[0]"),
        ["cycle across conditions"] = Edit(r => At(r, "deliberation", "agreements")["conditions"]!.AsArray().Add(new JsonObject
        {
            ["name"] = "C unlocks A",
            ["prerequisites"] = new JsonArray("C-1"),
            ["requiredShare"] = 1,
            ["dependents"] = new JsonArray("A-1"),
        }), "$.dossier.deliberation.agreements"),
        ["formatVersion from the future"] = Edit(r => r["formatVersion"] = "2.0", "$.formatVersion"),
        ["formatVersion far in the future"] = Edit(r => r["formatVersion"] = "999.999", "$.formatVersion"),
        ["formatVersion with leading zero"] = Edit(r => r["formatVersion"] = "01.1", "$.formatVersion"),
        ["formatVersion as a number"] = Edit(r => r["formatVersion"] = 1.1, "$.formatVersion"),
        ["unknown format name"] = Edit(r => r["format"] = "wgec-dossier-evil", "$.format"),
        ["blank title"] = Edit(r => D(r)["title"] = " \t ", "$.dossier.title"),
        ["identifier with forbidden characters"] = Edit(r => At(r, "process", "composition", "participants", 1)["id"] = "../../etc/passwd", "$.dossier.process.composition.participants[1]"),
        ["decision rule with a 1e400 parameter"] = Edit(r => At(r, "process", "modalities")["decisionRule"] = "qualified-majority(share=1e400)", "$.dossier.process.modalities.decisionRule"),
        ["decision rule with a NaN parameter"] = Edit(r => At(r, "process", "modalities")["decisionRule"] = "qualified-majority(share=NaN)", "$.dossier.process.modalities.decisionRule"),
        ["decision rule nested 10,000 deep"] = Edit(r => At(r, "process", "modalities")["decisionRule"] = string.Concat(Enumerable.Repeat("any-of(", 10_000)) + "un-consensus" + new string(')', 10_000), "$.dossier.process.modalities.decisionRule"),
        ["unknown decision rule"] = Edit(r => At(r, "process", "modalities")["decisionRule"] = "dictator", "$.dossier.process"),

        // One document for each class of bad input in issue 15 (the reader rebuilt in one pass).
        ["lone surrogate, escaped, in an envelope member name"] = Bytes(() => Valid.Replace("\"formatVersion\":", "\"format@@BAD@@Version\":", StringComparison.Ordinal), LoneSurrogate, "$"),
        ["invalid UTF-8 in an envelope member name"] = Bytes(() => Valid.Replace("\"formatVersion\":", "\"format@@BAD@@Version\":", StringComparison.Ordinal), InvalidUtf8, "$"),
        ["lone surrogate, escaped, in the envelope's formatVersion"] = Bytes(() => Valid.Replace("\"formatVersion\":\"1.2\"", "\"formatVersion\":\"1.@@BAD@@1\"", StringComparison.Ordinal), LoneSurrogate, "$.formatVersion"),
        ["lone surrogate, escaped, in a preserved member's name"] = Bytes(() => Newer(r => D(r)["lang@@BAD@@uage"] = "en"), LoneSurrogate, "$.dossier", Preserve),
        ["lone surrogate, escaped, in a preserved member's value"] = Bytes(() => Newer(r => D(r)["language"] = "e@@BAD@@n"), LoneSurrogate, "$.dossier", Preserve),
        ["invalid UTF-8 in a preserved member's name"] = Bytes(() => Newer(r => D(r)["lang@@BAD@@uage"] = "en"), InvalidUtf8, "$.dossier", Preserve),
        ["invalid UTF-8 in a preserved member's value, nested"] = Bytes(() => Newer(r => D(r)["webcast"] = new JsonObject { ["parts"] = new JsonArray("one", "t@@BAD@@wo") }), InvalidUtf8, "$.dossier", Preserve),
        ["invalid UTF-8 in a known text read in preserve mode"] = Bytes(() => Newer(r => D(r)["title"] = "A @@BAD@@ title"), InvalidUtf8, "$.dossier", Preserve),
        ["lone surrogate, escaped, in a member name of a 1.0 document"] = Bytes(() => V10().Replace("\"sessionNumber\":", "\"session@@BAD@@Number\":", StringComparison.Ordinal), LoneSurrogate, "$.dossier.process.mandate.reportingTarget"),
        ["invalid UTF-8 in a text of a 1.0 document"] = Bytes(() => V10().Replace("\"title\":\"A rich", "\"title\":\"A @@BAD@@ rich", StringComparison.Ordinal), InvalidUtf8, "$.dossier"),
        ["invalid UTF-8 in a member name of a 1.0 document"] = Bytes(() => V10().Replace("\"sessionNumber\":", "\"session@@BAD@@Number\":", StringComparison.Ordinal), InvalidUtf8, "$.dossier.process.mandate.reportingTarget"),
        ["duplicate key in a date range"] = new(() => Utf8(Swap("\"sessionDates\":{\"start\":\"2014-05-12\",", "\"sessionDates\":{\"start\":\"2014-05-13\",\"start\":\"2014-05-12\",")), "$.dossier.process.mandate.reportingTarget.sessionDates"),
        ["unknown member in a date range"] = new(() => Utf8(Swap("\"end\":\"2014-05-16\"}", "\"end\":\"2014-05-16\",\"timeZone\":\"Europe/Zurich\"}")), "$.dossier.process.mandate.reportingTarget.sessionDates.timeZone"),
        ["text after a NUL in a date"] = new(() => Utf8(Swap("\"start\":\"2014-05-12\"", "\"start\":\"2014-05-12\\u0000 any text\"")), "$.dossier.process.mandate.reportingTarget"),
        ["text after a NUL in an instant"] = new(() => Utf8(Swap("\"submittedAt\":\"2013-08-01T09:00:00Z\"", "\"submittedAt\":\"2013-08-01T09:00:00Z\\u0000 any text\"")), "$.dossier.consultation.submissions[0]"),
        ["text after a date"] = new(() => Utf8(Swap("\"date\":\"2013-05-30\"", "\"date\":\"2013-05-30 any text\"")), "$.dossier.process.meetings[0].sessions[0]"),
        ["three structural errors: the last must be reported too"] = Edit(r =>
        {
            At(r, "process", "meetings", 0).Remove("number");
            At(r, "process", "meetings", 2)["room"] = "XVII";
            At(r, "deliberation", "readings", 0)["minutesPage"] = 17;
        }, "$.dossier.deliberation.readings[0].minutesPage"),
    };

    /// <summary>Every document of the corpus that is not skipped, with the options it is read with (for the usable-by-every-verb property).</summary>
    internal static IEnumerable<(string Name, byte[] Bytes, DossierReadOptions Options)> Documents() =>
        Corpus.Where(c => c.Value.Skip is null).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.Bytes(), c.Value.Options));

    public static IEnumerable<TheoryDataRow<string>> Names() =>
        Corpus.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => new TheoryDataRow<string>(k) { Skip = Corpus[k].Skip });

    [Fact]
    public void Corpus_HasAtLeastFortyNamedDocuments()
    {
        Corpus.Count.Should().BeGreaterThanOrEqualTo(40);
        TestContext.Current.TestOutputHelper?.WriteLine($"Hostile-input corpus: {Corpus.Count} documents tried (each as bytes, text where valid UTF-16, stream and through TryRead).");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void HostileDocument_FailsCleanly_WithAPath(string name)
    {
        var hostile = Corpus[name];
        var bytes = hostile.Bytes();
        var timings = new List<string>();

        var errors = Timed("TryRead(bytes)", timings, () =>
        {
            DossierReads.TryRead(bytes, hostile.Options, out var dossier, out var found).Should().BeFalse(name);
            dossier.Should().BeNull("a failed read never yields a half-built object");
            return found;
        });
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => e.Path.StartsWith('$') && e.Rule.Length > 0 && e.Message.Length > 0);
        errors.Should().Contain(e => e.Path.StartsWith(hostile.Path, StringComparison.Ordinal),
            "an error must point at {0}; errors were: {1}", hostile.Path, string.Join(" | ", errors.Take(5)));

        var thrown = Timed("Read(stream)", timings, () => Catch(() => DossierReads.Read(new System.IO.MemoryStream(bytes), hostile.Options)));
        thrown.Should().BeOfType<WgecFormatException>().And.BeAssignableTo<JsonException>();
        ((WgecFormatException)thrown!).Path.Should().StartWith("$");
        ((WgecFormatException)thrown).Errors.Select(e => e.Path + " " + e.Rule).Should().Equal(errors.Select(e => e.Path + " " + e.Rule), "every shape reports the same faults");

        if (TryDecode(bytes) is { } text)
        {
            Timed("Read(string)", timings, () => Catch(() => DossierReads.Read(text, hostile.Options))).Should().BeOfType<WgecFormatException>();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {errors.Length} error(s), first {errors[0]}; {string.Join(", ", timings)}");
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void HostileDocument_ErrorMessages_NameNoInternalTypeNorParameterSuffix(string name)
    {
        var hostile = Corpus[name];
        DossierReads.TryRead(hostile.Bytes(), hostile.Options, out _, out var errors);
        errors.Should().OnlyContain(
            e => !e.Message.Contains("Wgec.Core.", StringComparison.Ordinal) && !e.Message.Contains("(Parameter '", StringComparison.Ordinal)
                && !e.Message.Contains("System.", StringComparison.Ordinal),
            "messages speak the format's words: {0}", string.Join(" | ", errors.Take(3)));
    }

    /// <summary>Every case, skipped ones included where today's reader throws: an exception is no message at all, and fails here too.</summary>
    public static IEnumerable<TheoryDataRow<string>> AllNames() =>
        Corpus.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => new TheoryDataRow<string>(k) { Skip = Corpus[k].Skip });

    private static T Timed<T>(string what, List<string> timings, Func<T> read)
    {
        var clock = Stopwatch.StartNew();
        var result = read();
        clock.Stop();
        timings.Add($"{what} {clock.ElapsedMilliseconds} ms");
        clock.Elapsed.Should().BeLessThan(Bound, "{0} of a hostile document must fail well under a second on a normal machine (the bound is generous for slow CI)", what);
        return result;
    }

    private static Exception? Catch(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    [Fact]
    public void RaisedLimit_ReadsA50MegabyteTitle_TheLimitIsTheOnlyBarrier()
    {
        var root = SampleDossiers.RichNode();
        var title = "T" + new string('x', FiftyMegabytes);
        root["dossier"]!.AsObject()["title"] = title;
        var bytes = Utf8(SampleDossiers.Text(root));
        DossierReads.TryRead(bytes, out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Rule.Should().Be("input-too-large");
        DossierSerializer.Read(bytes, new DossierReadOptions(maxInputBytes: 64L * 1024 * 1024)).Title.Should().HaveLength(title.Length);
    }

    private static string? TryDecode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

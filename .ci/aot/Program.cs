// A native-AOT consumer of the packed Wgec.Core: reads the embedded dataset, writes it, reads its own
// output, reads a newer-minor document in preserve mode and writes it back, collects the errors of a
// broken document, evaluates consensus and renders the Markdown report. Published with PublishAot, so
// every path it takes must be trim- and AOT-safe; .ci/aot/run fails on any IL2xxx/IL3xxx warning.
using System.Text;
using Wgec.Core;
using Wgec.Core.Datasets;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization;

var failures = new List<string>();
void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

Dossier embedded;
using (var stream = WgecDatasets.OpenWgec2013Json())
{
    embedded = DossierSerializer.Read(stream);
}

Check(embedded.Equals(WgecDatasets.Wgec2013()), "the embedded JSON and WgecDatasets.Wgec2013() differ");
Check(WgecDatasets.Find("wgec-2016").Load().Process.End is not null, "the second embedded dataset does not load with its end");
Check(embedded.Process.Mandate.Resolution.ToString() == "A/RES/67/195", "the mandate is not A/RES/67/195");

var written = DossierSerializer.ToUtf8Bytes(embedded);
var copy = DossierSerializer.Read(written);
Check(copy.Equals(embedded), "reading what was written gives a different dossier");
Check(DossierSerializer.ToUtf8Bytes(copy).AsSpan().SequenceEqual(written), "writing the copy gives different bytes");
var indented = DossierSerializer.ToJson(copy, indented: true);
Check(DossierSerializer.Read(indented).Equals(embedded), "the indented text reads back differently");

// A document from a newer minor version with a member this library does not know, kept and written back.
var newer = Encoding.UTF8.GetString(written)
    .Replace("\"formatVersion\":\"1.2\"", "\"formatVersion\":\"1.3\"", StringComparison.Ordinal)
    .Replace("\"dossier\":{", "\"dossier\":{\"webcast\":{\"url\":\"https://example.org\",\"hours\":[1,2]},", StringComparison.Ordinal);
var preserving = new DossierReadOptions(unknownMembers: UnknownMembers.Preserve);
var kept = DossierSerializer.ReadDocument(newer, preserving);
using var keptOut = new MemoryStream();
DossierSerializer.Write(kept, keptOut, indented: false);
Check(Encoding.UTF8.GetString(keptOut.ToArray()).Contains("\"webcast\":{\"url\":\"https://example.org\",\"hours\":[1,2]}", StringComparison.Ordinal),
    "the preserved member was not written back");

// A broken document: errors come back as values, with paths, never as an exception.
var broken = newer.Replace("\"title\":", "\"title\":42,\"ignored\":", StringComparison.Ordinal);
Check(!DossierSerializer.TryRead(broken, out var none, out var errors) && none is null, "a broken document was accepted");
Check(!errors.IsDefaultOrEmpty && errors.All(e => e.Path.StartsWith('$') && e.Message.Length > 0), "the errors lack a path or a message");

var outcomes = copy.Evaluate();
Check(outcomes.Count == copy.Deliberation.Recommendations.Count(r => copy.Deliberation.Readings.Any(x => x.Recommendation == r.Id)), "not every recommendation read has an outcome");
var markdown = MarkdownReportRenderer.Render(copy.Report());
Check(markdown.StartsWith("# Report of the ", StringComparison.Ordinal), "the report has no title");

if (failures.Count > 0)
{
    foreach (var failure in failures)
    {
        Console.Error.WriteLine("aot consumer: " + failure);
    }

    return 1;
}

Console.WriteLine($"read {written.Length:N0} bytes, {outcomes.Count} outcome(s), {errors.Length} error(s) in the broken document, report of {markdown.Length:N0} characters");
Console.WriteLine("aot ok");
return 0;

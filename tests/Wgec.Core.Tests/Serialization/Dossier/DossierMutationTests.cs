using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Fuzz;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// In-process mutation testing of the public read API, beside the libFuzzer harness: valid dossier
/// documents (the fuzz corpus's dossier seeds, and a newer-minor one with unknown members read in
/// preserve mode) are mutated with a fixed seed — byte flips, insertions and deletions, dictionary
/// tokens spliced in, members duplicated or moved into another object, values replaced, truncation — and
/// every mutant must end in a documented result: <c>TryRead</c> returns false with errors that each
/// have a path, a rule and a message in the domain's words, or it returns true and the dossier
/// round-trips (write → read → write gives identical bytes, and no text was silently replaced by U+FFFD).
/// </summary>
/// <remarks>
/// A few thousand mutants by default; set <c>WGEC_MUTATION_ITERATIONS</c> (e.g. 100000) for a long run and
/// <c>WGEC_MUTATION_SEED</c> for another sequence. Each finding prints its base document, the mutations and
/// the bytes around the first one, so it can be rebuilt; see tests/MUTATION.md § In-process mutation.
/// </remarks>
public sealed class DossierMutationTests
{
    private const int DefaultIterations = 3000;
    private const int DefaultSeed = 15;
    private static readonly DossierReadOptions Preserve = new(unknownMembers: UnknownMembers.Preserve);

    /// <summary>A valid document and the places in it that the structural mutations use.</summary>
    private sealed class Base
    {
        public Base(string name, byte[] bytes, DossierReadOptions options)
        {
            Name = name;
            Bytes = bytes;
            Options = options;
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
            var members = new List<(int Start, int End)>();
            var objects = new List<int>();
            var strings = new List<(int Start, int End)>();
            var names = new List<(int Start, int End)>();
            var open = new Stack<int>();
            while (reader.Read())
            {
                var at = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Add(at + 1);
                        break;
                    case JsonTokenType.PropertyName:
                        open.Push(at);
                        names.Add((at + 1, at + 1 + reader.ValueSpan.Length));
                        if (!reader.Read())
                        {
                            throw new InvalidDataException("truncated base document " + name);
                        }

                        if (reader.TokenType == JsonTokenType.String)
                        {
                            strings.Add(((int)reader.TokenStartIndex + 1, (int)reader.TokenStartIndex + 1 + reader.ValueSpan.Length));
                        }

                        reader.Skip();
                        members.Add((open.Pop(), (int)reader.BytesConsumed));
                        break;
                }
            }

            Members = [.. members];
            Objects = [.. objects];
            Strings = [.. strings];
            Names = [.. names];
        }

        public string Name { get; }

        public byte[] Bytes { get; }

        public DossierReadOptions Options { get; }

        /// <summary>Each member as the byte range from its name's opening quote to the end of its value.</summary>
        public (int Start, int End)[] Members { get; }

        /// <summary>The offset just after each object's opening brace.</summary>
        public int[] Objects { get; }

        /// <summary>The content (between the quotes) of each string member value.</summary>
        public (int Start, int End)[] Strings { get; }

        /// <summary>The content (between the quotes) of each member name.</summary>
        public (int Start, int End)[] Names { get; }
    }

    /// <summary>What one mutant did wrong, as a class (for counting) and an example (for rebuilding it).</summary>
    private sealed record Finding(string Kind, string Example);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static List<Base> Bases()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");
        var bases = Directory.GetFiles(corpus, "seed-Dossier-*").Order(StringComparer.Ordinal)
            .Select(f => new Base(Path.GetFileName(f), File.ReadAllBytes(f)[1..], DossierReadOptions.Default))
            .ToList();
        var newer = SampleDossiers.RichNode();
        newer["formatVersion"] = "1.3";
        newer["dossier"]!["process"]!["meetings"]![1]!.AsObject()["webcast"] = new System.Text.Json.Nodes.JsonObject
        {
            ["url"] = "https://example.org/webcast",
            ["parts"] = new System.Text.Json.Nodes.JsonArray(1, 2.5, "three", null, true, new System.Text.Json.Nodes.JsonObject { ["deep"] = new System.Text.Json.Nodes.JsonArray() }),
        };
        newer["dossier"]!["deliberation"]!["readings"]![0]!.AsObject()["minutesPage"] = 17;
        newer["signedBy"] = "ed25519:abc";
        bases.Add(new Base("rich-1.3-preserved", Encoding.UTF8.GetBytes(SampleDossiers.Text(newer)), Preserve));
        return bases;
    }

    [Fact]
    public void Mutants_EndInDocumentedResults_AndAcceptedOnesRoundTrip()
    {
        var iterations = Setting("WGEC_MUTATION_ITERATIONS", DefaultIterations);
        var seed = Setting("WGEC_MUTATION_SEED", DefaultSeed);
        var bases = Bases();
        foreach (var b in bases)
        {
            DossierReads.TryRead(b.Bytes, b.Options, out _, out var baseErrors).Should().BeTrue("base {0} must be valid: {1}", b.Name, string.Join(" | ", baseErrors.Take(3)));
        }

        var tokens = FuzzDictionary.Tokens();
        var random = new Random(seed);
        var findings = new Dictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        int accepted = 0, rejected = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var b = bases[random.Next(bases.Count)];
            var (mutant, steps, firstAt) = Mutate(b, tokens, random);
            var finding = Check(mutant, b.Options, ref accepted, ref rejected);
            if (finding is not null)
            {
                var example = $"#{i} {b.Name} [{string.Join("; ", steps)}] near {firstAt}: {Snippet(mutant, firstAt)} → {finding.Example}";
                var kind = System.Text.RegularExpressions.Regex.Replace(finding.Kind, "[0-9]+", "N");
                findings[kind] = findings.TryGetValue(kind, out var seen) ? (seen.Count + 1, seen.Example) : (1, example);
            }
        }

        clock.Stop();
        var rate = iterations / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var summary = $"{iterations:N0} mutants (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s, {rate:N0}/s: {accepted:N0} accepted, {rejected:N0} rejected, {findings.Values.Sum(f => f.Count):N0} findings in {findings.Count} classes";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        foreach (var (kind, (count, example)) in findings.OrderByDescending(f => f.Value.Count))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  {count,7:N0} × {kind}\n          e.g. {example}");
        }

        findings.Should().BeEmpty(summary + Environment.NewLine + string.Join(Environment.NewLine, findings.Select(f => $"{f.Value.Count} × {f.Key}: e.g. {f.Value.Example}")));
        rejected.Should().BeGreaterThan(iterations / 4, "most mutants break something");
        accepted.Should().BeGreaterThan(0, "some mutants (e.g. inside a text) are still valid dossiers");
    }

    /// <summary>Reads one mutant and says what, if anything, is outside the documented results.</summary>
    private static Finding? Check(byte[] mutant, DossierReadOptions options, ref int accepted, ref int rejected)
    {
        bool ok;
        object? dossier;
        System.Collections.Immutable.ImmutableArray<ValidationError> errors;
        try
        {
            ok = DossierReads.TryRead(mutant, options, out dossier, out errors);
        }
        catch (Exception ex)
        {
            return new Finding($"TryRead threw {ex.GetType().Name}: {FirstLine(ex.Message, 90)}", $"{ex.GetType().FullName}: {FirstLine(ex.Message, 300)}");
        }

        if (!ok)
        {
            rejected++;
            if (dossier is not null || errors.IsDefaultOrEmpty)
            {
                return new Finding("a failed read without errors, or with a dossier", "");
            }

            foreach (var error in errors)
            {
                if (!error.Path.StartsWith('$') || error.Rule.Length == 0 || error.Message.Length == 0)
                {
                    return new Finding("an error without a path, rule or message", $"{error.Path} [{error.Rule}] {error.Message}");
                }

                if (error.Message.Contains("(Parameter '", StringComparison.Ordinal) || error.Message.Contains("Wgec.Core.", StringComparison.Ordinal)
                    || error.Message.Contains("System.", StringComparison.Ordinal))
                {
                    return new Finding($"a message naming a .NET type or parameter ({error.Rule})", $"{error.Path} [{error.Rule}] {FirstLine(error.Message, 300)}");
                }
            }

            return null;
        }

        accepted++;
        byte[] written;
        try
        {
            written = DossierReads.ToUtf8Bytes(dossier!);
        }
        catch (Exception ex)
        {
            return new Finding($"an accepted dossier cannot be written: {ex.GetType().Name}", FirstLine(ex.Message, 300));
        }

        var replacement = "\uFFFD"u8;
        if (written.AsSpan().IndexOf(replacement) >= 0 && mutant.AsSpan().IndexOf(replacement) < 0
            && Encoding.Latin1.GetString(mutant).IndexOf("\\ufffd", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return new Finding("text silently replaced by U+FFFD", Snippet(written, written.AsSpan().IndexOf(replacement)));
        }

        if (!DossierReads.TryRead(written, options, out var copy, out var again))
        {
            return new Finding($"what was written does not read back ({again[0].Rule})", again[0].ToString());
        }

        return DossierReads.ToUtf8Bytes(copy!).AsSpan().SequenceEqual(written)
            ? null
            : new Finding("write → read → write is not byte-identical", "");
    }

    /// <summary>One to three mutations of a base document; returns the bytes, what was done, and where the first change is.</summary>
    private static (byte[] Bytes, List<string> Steps, int FirstAt) Mutate(Base b, IReadOnlyList<byte[]> tokens, Random random)
    {
        var bytes = new List<byte>(b.Bytes);
        var steps = new List<string>();
        var firstAt = -1;
        var count = 1 + (random.Next(4) == 0 ? random.Next(1, 3) : 0);
        for (var n = 0; n < count && bytes.Count > 0; n++)
        {
            // Structural offsets hold for the unchanged base only: later steps use raw positions.
            var structural = n == 0;
            var kind = random.Next(structural ? 11 : 6);
            var at = random.Next(bytes.Count);
            var token = tokens[random.Next(tokens.Count)];
            switch (kind)
            {
                case 0:
                    var bit = 1 << random.Next(8);
                    bytes[at] ^= (byte)bit;
                    steps.Add($"flip bit {bit} at {at}");
                    break;
                case 1:
                    var value = (byte)random.Next(256);
                    bytes[at] = value;
                    steps.Add($"byte {value:X2} at {at}");
                    break;
                case 2:
                    bytes.InsertRange(at, token);
                    steps.Add($"insert {Show(token)} at {at}");
                    break;
                case 3:
                    var length = Math.Min(1 + random.Next(16), bytes.Count - at);
                    bytes.RemoveRange(at, length);
                    steps.Add($"delete {length} at {at}");
                    break;
                case 4:
                    var replaced = Math.Min(1 + random.Next(8), bytes.Count - at);
                    bytes.RemoveRange(at, replaced);
                    bytes.InsertRange(at, token);
                    steps.Add($"replace {replaced} at {at} by {Show(token)}");
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    steps.Add($"truncate at {at}");
                    break;
                case 6:
                    var (start, end) = b.Members[random.Next(b.Members.Length)];
                    at = end;
                    bytes.InsertRange(end, [(byte)',', .. b.Bytes.AsSpan(start, end - start).ToArray()]);
                    steps.Add($"duplicate member {Show(b.Bytes.AsSpan(start, Math.Min(24, end - start)).ToArray())}… at {end}");
                    break;
                case 7:
                    var (from, to) = b.Members[random.Next(b.Members.Length)];
                    at = b.Objects[random.Next(b.Objects.Length)];
                    var moved = b.Bytes.AsSpan(from, to - from).ToArray();
                    bytes.InsertRange(at, [.. moved, (byte)',']);
                    steps.Add($"copy member {Show(moved.AsSpan(0, Math.Min(24, moved.Length)).ToArray())}… into the object at {at}");
                    break;
                case 8:
                case 9:
                    var spans = kind == 8 ? b.Strings : b.Names;
                    var (ss, se) = spans[random.Next(spans.Length)];
                    at = ss + random.Next(se - ss + 1);
                    bytes.InsertRange(at, token);
                    steps.Add($"insert {Show(token)} into a {(kind == 8 ? "string value" : "member name")} at {at}");
                    break;
                default:
                    var (ds, de) = b.Members[random.Next(b.Members.Length)];
                    at = ds;
                    var removed = Math.Min(de - ds + 1, bytes.Count - ds);
                    bytes.RemoveRange(ds, removed);
                    steps.Add($"remove member {Show(b.Bytes.AsSpan(ds, Math.Min(24, de - ds)).ToArray())}… at {ds}");
                    break;
            }

            firstAt = firstAt < 0 ? at : firstAt;
        }

        return ([.. bytes], steps, firstAt);
    }

    private static string Show(byte[] bytes) =>
        "\"" + string.Concat(bytes.Select(c => c is >= 0x20 and < 0x7F and not (byte)'"' ? ((char)c).ToString() : $"\\x{c:X2}")) + "\"";

    private static string Snippet(byte[] bytes, int at)
    {
        var start = Math.Max(0, at - 40);
        return Show(bytes.AsSpan(start, Math.Min(bytes.Length - start, 80)).ToArray());
    }

    private static string FirstLine(string text, int max)
    {
        var line = text.Split('\n')[0];
        return line.Length <= max ? line : line.Substring(0, max) + "…";
    }
}

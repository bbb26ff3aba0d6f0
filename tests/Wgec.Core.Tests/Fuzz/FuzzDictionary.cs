using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Wgec.Core.Tests.Fuzz;

/// <summary>The libFuzzer dictionary tests/Wgec.Core.Fuzz/wgec.dict, read the way libFuzzer reads it.</summary>
internal static class FuzzDictionary
{
    public static string FuzzFolder => Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "tests", "Wgec.Core.Fuzz");

    /// <summary>Each entry's bytes (\\ \" and \xNN escapes decoded).</summary>
    public static IReadOnlyList<byte[]> Tokens()
    {
        var tokens = new List<byte[]>();
        foreach (var line in File.ReadAllLines(Path.Combine(FuzzFolder, "wgec.dict")))
        {
            var start = line.IndexOf('"', StringComparison.Ordinal);
            if (line.StartsWith('#') || start < 0)
            {
                continue;
            }

            var raw = line.Substring(start + 1, line.LastIndexOf('"') - start - 1);
            var value = new List<byte>();
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\')
                {
                    value.Add((byte)raw[i]);
                }
                else if (raw[i + 1] == 'x')
                {
                    value.Add(Convert.ToByte(raw.Substring(i + 2, 2), 16));
                    i += 3;
                }
                else
                {
                    value.Add((byte)raw[++i]);
                }
            }

            tokens.Add([.. value]);
        }

        return tokens;
    }

    /// <summary>Each entry as a string of one char per byte (Latin-1), for readable assertions.</summary>
    public static HashSet<string> Entries() => new(Tokens().Select(t => Encoding.Latin1.GetString(t)), StringComparer.Ordinal);
}

using System;
using System.IO;
using SharpFuzz;

namespace Wgec.Core.Fuzz;

/// <summary>
/// The fuzzing harness. Modes (first argument):
/// <list type="bullet">
/// <item><c>libfuzzer</c> (default): SharpFuzz's libFuzzer mode, run under the libfuzzer-dotnet driver.</item>
/// <item><c>afl</c>: SharpFuzz's AFL mode (input on stdin/file), run under afl-fuzz.</item>
/// <item><c>replay PATH...</c>: runs each file (or each file of each folder) once, printing its verdict; exits 1 on the first crash.</item>
/// </list>
/// See tests/Wgec.Core.Fuzz/README.md for the commands.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var mode = args.Length == 0 ? "libfuzzer" : args[0];
        switch (mode)
        {
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(span => FuzzTarget.Run(span));
                return 0;
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    FuzzTarget.Run(buffer.ToArray());
                });
                return 0;
            case "replay":
                return Replay(args.AsSpan(1));
            default:
                Console.Error.WriteLine($"unknown mode '{mode}': use libfuzzer, afl or replay PATH...");
                return 2;
        }
    }

    private static int Replay(ReadOnlySpan<string> paths)
    {
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories) : [path];
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                try
                {
                    Console.WriteLine($"{FuzzTarget.Run(File.ReadAllBytes(file))} {file}");
                }
                catch (Exception e)
                {
                    Console.WriteLine($"CRASH {file}: {e}");
                    return 1;
                }
            }
        }

        return 0;
    }
}

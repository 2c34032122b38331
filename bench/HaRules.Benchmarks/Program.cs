using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace HaRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/HaRules.Benchmarks -- [sizes]</c>: measures the engine
/// on synthetic designs of the given component counts (default 10k, 100k, 1M), each size in a
/// fresh process, and prints Markdown tables (docs/performance.md). A size written
/// <c>wide:10k</c> uses the wide shape (<see cref="DesignGenerator"/>), where exact availability
/// needs decision diagrams: it is there to measure that path, not in the default run.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--one")
        {
            Console.WriteLine("RESULT " + Measurement.Run(ParseSize(args[1]), IsWide(args[1])));
            return 0;
        }

        var sizes = args.Length == 0 ? new[] { "10k", "100k", "1m" } : args;
        var rows = new List<Dictionary<string, string>>();
        foreach (var size in sizes)
        {
            var line = RunChild(size);
            if (line is null)
            {
                Console.Error.WriteLine($"size {size}: the measuring process failed");
                return 1;
            }

            rows.Add(line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]));
            Console.Error.WriteLine($"size {size}: {line}");
        }

        Report.Print(rows, Console.Out);
        return 0;
    }

    private static bool IsWide(string text) => text.Trim().StartsWith("wide:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Accepts 10000, 10k, 1m, optionally after <c>wide:</c>.</summary>
    private static int ParseSize(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        t = t.StartsWith("wide:", StringComparison.Ordinal) ? t.Substring("wide:".Length) : t;
        var factor = t.EndsWith("k", StringComparison.Ordinal) ? 1_000 : t.EndsWith("m", StringComparison.Ordinal) ? 1_000_000 : 1;
        var digits = factor == 1 ? t : t.Substring(0, t.Length - 1);
        return (int)(double.Parse(digits, CultureInfo.InvariantCulture) * factor);
    }

    private static string? RunChild(string size)
    {
        // The apphost when launched by `dotnet run`; `dotnet X.dll` otherwise.
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        info.ArgumentList.Add("--one");
        info.ArgumentList.Add(size);
        using var process = Process.Start(info)!;
        string? result = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("RESULT ", StringComparison.Ordinal))
            {
                result = line.Substring("RESULT ".Length);
            }
        }

        process.WaitForExit();
        return process.ExitCode == 0 ? result : null;
    }
}

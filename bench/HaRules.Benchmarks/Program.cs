using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using HaRules.Bench.Designs;

namespace HaRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/HaRules.Benchmarks -- [sizes]</c>: measures the engine
/// on synthetic designs of the given component counts (default 10k, 100k, 1M), each size in a
/// fresh process, and prints Markdown tables (docs/performance.md). A size written
/// <c>wide:10k</c> uses the wide shape, where exact availability needs decision diagrams, and
/// <c>fleet:100k</c> the fleet shape (many small services on shared power and core,
/// <see cref="DesignShape"/>); neither is in the default run.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--one")
        {
            Console.WriteLine("RESULT " + Measurement.Run(ParseSize(args[1]), ShapeOf(args[1])));
            return 0;
        }

        if (args.Length == 2 && args[0] == "--rules")
        {
            RuleTimes.Run(ParseSize(args[1]), ShapeOf(args[1]), Console.Out);
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

    private static DesignShape ShapeOf(string text)
    {
        var colon = text.IndexOf(':');
        return colon < 0 ? DesignShape.Standard : Enum.Parse<DesignShape>(text.Substring(0, colon).Trim(), ignoreCase: true);
    }

    /// <summary>Accepts 10000, 10k, 1m, optionally after a shape and a colon (<c>wide:10k</c>).</summary>
    public static int ParseSize(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        t = t.Substring(t.IndexOf(':') + 1);
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

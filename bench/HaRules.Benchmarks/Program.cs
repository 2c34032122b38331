using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.CommandLine;
using HaRules.Bench.Designs;
using HaRules.Benchmarks.Shared;

namespace HaRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/HaRules.Benchmarks -- [sizes]</c> (<c>--help</c> says more): measures the engine
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
        var sizes = new Argument<DesignCase[]>("sizes")
        {
            Description = "The designs to measure, each " + DesignCase.Syntax + "; default 10k, 100k and 1m.",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = DesignCaseArguments.Many,
        };
        // The two modes the benchmark starts itself in a fresh process; not for people.
        var one = new Option<DesignCase?>("--one") { Hidden = true, CustomParser = DesignCaseArguments.One };
        var rules = new Option<DesignCase?>("--rules") { Description = "Times each rule on one design (" + DesignCase.Syntax + ") instead of the engine.", CustomParser = DesignCaseArguments.One };
        var root = new RootCommand("Measures the engine (graph build and analyses) on synthetic designs, each size in a fresh process, and prints Markdown tables.")
        {
            sizes, one, rules,
        };
        root.SetAction(parse =>
        {
            if (parse.GetValue(one) is { } single)
            {
                Console.WriteLine("RESULT " + Measurement.Run(single.Size, single.Shape));
                return 0;
            }

            if (parse.GetValue(rules) is { } ruled)
            {
                RuleTimes.Run(ruled.Size, ruled.Shape, Console.Out);
                return 0;
            }

            return MeasureAll(parse.GetValue(sizes) is { Length: > 0 } asked ? asked : new[] { 10_000, 100_000, 1_000_000 }.Select(size => new DesignCase(DesignShape.Standard, size)).ToArray());
        });
        return root.Parse(args).Invoke();
    }

    private static int MeasureAll(IEnumerable<DesignCase> cases)
    {
        var rows = new List<Dictionary<string, string>>();
        foreach (var @case in cases)
        {
            var line = RunChild(@case.ToString());
            if (line is null)
            {
                Console.Error.WriteLine($"size {@case}: the measuring process failed");
                return 1;
            }

            rows.Add(line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]));
            Console.Error.WriteLine($"size {@case}: {line}");
        }

        Report.Print(rows, Console.Out);
        return 0;
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

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.CommandLine;
using HaRules.Bench.Designs;
using HaRules.Benchmarks.Shared;
using HaRules.Running;

namespace HaRules.EndToEnd.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/HaRules.EndToEnd.Benchmarks -- [--json-only] [shape:size …]</c>:
/// for each case (default: standard, wide and fleet at 10k, 100k and 1M declared components) runs,
/// one process at a time, the design alone (<c>Describe</c> and building the model), then
/// <c>harules check --format json</c>, then <c>harules check</c> with all four formats, and prints
/// Markdown tables: wall time, peak resident memory, bytes per declared component, the whole
/// path against the design alone, and where the check's time went (docs/performance.md).
/// </summary>
internal static class Program
{
    // Every shape at each size, the smaller sizes first.
    private static readonly DesignCase[] DefaultCases =
        new[] { 10_000, 100_000, 1_000_000 }.SelectMany(size => new[] { DesignShape.Standard, DesignShape.Wide, DesignShape.Fleet }.Select(shape => new DesignCase(shape, size))).ToArray();

    private static int Main(string[] args)
    {
        var cases = new Argument<DesignCase[]>("cases")
        {
            Description = "The designs to check, each " + DesignCase.Syntax + ", counted in declared components; default: every shape at 10k, 100k and 1m.",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = DesignCaseArguments.Many,
        };
        // The 1M cases are heavy: --json-only skips the run with all four formats.
        var jsonOnly = new Option<bool>("--json-only") { Description = "Only check with --format json (skip the run with all four formats)." };
        // The design alone, in a process of its own that the benchmark starts; not for people.
        var alone = new Option<DesignShape?>("--alone") { Hidden = true };
        var root = new RootCommand("Runs `harules check` on synthetic designs, one process at a time, beside the design alone, and prints Markdown tables: time, memory, the whole path against the design alone, and where the time went.")
        {
            cases, jsonOnly, alone,
        };
        root.SetAction(parse => parse.GetValue(alone) is { } shape
            ? DesignAlone.Run(shape)
            : Measure(parse.GetValue(cases) is { Length: > 0 } asked ? asked : DefaultCases, parse.GetValue(jsonOnly)));
        return root.Parse(args).Invoke();
    }

    private static int Measure(IReadOnlyList<DesignCase> cases, bool jsonOnly)
    {
        var rows = new List<Row>();
        foreach (var @case in cases)
        {
            var alone = Runner.Alone(@case);
            Console.Error.WriteLine($"{@case}: design alone {alone.WallSeconds:0.00} s, CPU {alone.CpuMilliseconds / 1000:0.00} s, {alone.PeakKb / 1024} MB");
            foreach (var formats in jsonOnly ? new[] { new[] { "json" } } : new[] { new[] { "json" }, new[] { "json", "markdown", "html", "sarif" } })
            {
                var check = Runner.Check(@case, formats);
                Console.Error.WriteLine($"{@case} {string.Join("+", formats)}: {check.WallSeconds:0.00} s, CPU {check.CpuMilliseconds / 1000:0.00} s, {check.PeakKb / 1024} MB, exit {check.ExitCode}");
                rows.Add(new Row(@case, alone, check, formats));
            }
        }

        Report.Print(rows, Console.Out);
        return rows.All(r => r.Check.ExitCode is 0 or 1) ? 0 : 1;
    }

}

/// <summary>
/// The cost no checker can skip, in a process of its own: load the design assembly, run
/// <c>Describe</c>, build the model. Prints the component counts.
/// </summary>
internal static class DesignAlone
{
    public static int Run(DesignShape shape)
    {
        IDesign design = shape switch
        {
            DesignShape.Wide => new WideDesign(),
            DesignShape.Fleet => new FleetDesign(),
            _ => new StandardDesign(),
        };
        var started = Stopwatch.StartNew();
        var model = DesignEvaluator.Evaluate(design.GetType().Name, design.Describe);
        var seconds = started.Elapsed.TotalSeconds;
        var declared = model.Components.Count(c => !c.IsPart);
        Console.WriteLine(FormattableString.Invariant($"RESULT declared={declared} model={model.Components.Count} describeAndBuild={seconds:0.####} problems={model.Problems.Count} peakKb={Runner.HighWaterMark(Environment.ProcessId)} cpuMs={Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:0} jitMs={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} gcPauseMs={GC.GetTotalPauseDuration().TotalMilliseconds:0} collections={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        GC.KeepAlive(model);
        return 0;
    }
}

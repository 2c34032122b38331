using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using HaRules.Bench.Designs;
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
    private static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--alone")
        {
            return DesignAlone.Run(Enum.Parse<DesignShape>(args[1], ignoreCase: true));
        }

        // The 1M cases are heavy: --json-only skips the run with all four formats.
        var jsonOnly = args.Contains("--json-only");
        args = args.Where(a => a != "--json-only").ToArray();
        var cases = (args.Length == 0
                ? new[] { "standard:10k", "wide:10k", "fleet:10k", "standard:100k", "wide:100k", "fleet:100k", "standard:1m", "wide:1m", "fleet:1m" }
                : args)
            .Select(Case.Parse)
            .ToList();
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

/// <summary>One benchmark case: a shape at a number of declared components.</summary>
internal sealed record Case(DesignShape Shape, int Declared)
{
    /// <summary>Parses <c>fleet:100k</c>, <c>standard:1m</c>, <c>wide:10000</c>.</summary>
    public static Case Parse(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split(':');
        var size = parts[parts.Length - 1];
        var factor = size.EndsWith('k') ? 1_000 : size.EndsWith('m') ? 1_000_000 : 1;
        var digits = factor == 1 ? size : size.Substring(0, size.Length - 1);
        var shape = parts.Length > 1 ? Enum.Parse<DesignShape>(parts[0], ignoreCase: true) : DesignShape.Standard;
        return new Case(shape, (int)(double.Parse(digits, CultureInfo.InvariantCulture) * factor));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Shape.ToString().ToLowerInvariant()}:{Declared}";
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

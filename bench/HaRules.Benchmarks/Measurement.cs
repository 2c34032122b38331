using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using HaRules.Bench.Designs;
using HaRules.Reliability;

namespace HaRules.Benchmarks;

/// <summary>
/// Measures one design size in a process of its own (so the peak working set is that size's):
/// each pass alone, then the full <see cref="ReliabilityAnalysis.Analyze"/>, then the reference
/// points. Every timing is the best of a few repetitions, and of at least a second of repeated
/// runs: the machine is shared, and the first runs of a method pay for its tiered compilation.
/// Prints one line of key=value pairs.
/// </summary>
internal static class Measurement
{
    /// <summary>Seconds the naive search may take before it is skipped (estimated from its first events).</summary>
    public const double NaiveBudgetSeconds = 60;

    /// <summary>Seconds each measured pass keeps being repeated (collections included), at least, before its best time is taken.</summary>
    public const double SteadySeconds = 1;

    /// <summary>Runs of one pass at most.</summary>
    public const int MaxRuns = 2000;

    public static string Run(int size, DesignShape shape)
    {
        var repetitions = size >= 500_000 ? 2 : 3;
        var values = new List<(string Key, string Value)>();
        var model = DesignGenerator.Generate(size, shape);
        values.Add(("shape", shape.ToString().ToLowerInvariant()));
        values.Add(("components", Count(model.Components.Count)));
        values.Add(("repetitions", Count(repetitions)));
        Collect();

        ModelGraph built = null!;
        values.Add(("build", Best(repetitions, () => built = GraphBuilder.Build(model))));
        var graph = built.Graph;
        var roots = built.Services.Select(s => built.RunNodes[s]).ToArray();
        values.Add(("nodes", Count(graph.NodeCount)));
        values.Add(("edges", Count(graph.ChildList.Length)));
        values.Add(("services", Count(roots.Length)));

        var visited = 0;
        values.Add(("dfs", Best(repetitions, () => visited = ReferencePoints.Traverse(graph, roots))));
        values.Add(("reached", Count(visited)));

        SpofAnalysis spof = null!;
        values.Add(("spof", Best(repetitions, () => spof = SpofAnalysis.Compute(graph))));
        var spofPairs = roots.Sum(r => (long)spof.Of(r).Count);

        var complete = true;
        values.Add(("cut2", Best(repetitions, () => complete = CutSetAnalysis.Compute(graph, roots, 2).Complete)));
        values.Add(("cut2complete", complete ? "yes" : "NO"));

        values.Add(("commonCauses", Best(repetitions, () => CommonCauseAnalysis.Find(built, spof))));

        var inexact = 0;
        values.Add(("avail", Best(repetitions, () =>
        {
            inexact = 0;
            var availability = AvailabilityAnalysis.For(graph);
            foreach (var root in roots)
            {
                inexact += availability.Evaluate(root).Exact ? 0 : 1;
            }
        })));
        values.Add(("inexact", Count(inexact)));
        built = null!;
        Collect();

        ReliabilityAnalysis analysis = null!;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        values.Add(("total", Best(repetitions, () => analysis = ReliabilityAnalysis.Analyze(model), out var runs)));
        values.Add(("allocatedMB", Megabytes((GC.GetTotalAllocatedBytes(precise: true) - before) / runs)));
        values.Add(("heapMB", Megabytes(GC.GetTotalMemory(forceFullCollection: true))));
        GC.KeepAlive(analysis);

        var clock = Stopwatch.StartNew();
        var naive = ReferencePoints.NaiveSpofs(graph, roots, NaiveBudgetSeconds, out var naiveSeconds);
        values.Add(("naive", naive is null ? "skipped" : Seconds(clock.Elapsed)));
        values.Add(("naiveEstimate", naiveSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
        values.Add(("naiveAgrees", naive is null ? "-" : naive == spofPairs ? "yes" : "NO"));
        values.Add(("peakMB", Megabytes(Process.GetCurrentProcess().PeakWorkingSet64)));
        GC.KeepAlive(model);
        return string.Join(" ", values.Select(v => v.Key + "=" + v.Value));
    }

    /// <summary>
    /// The best time of <paramref name="action"/> over at least <paramref name="repetitions"/> runs
    /// and at least <see cref="SteadySeconds"/> of repeating (at most <see cref="MaxRuns"/> runs,
    /// each after a forced collection):
    /// a pass of a few hundred microseconds would otherwise be timed in tier-0 code, its helpers
    /// not yet recompiled, against a single-method traversal that on-stack replacement optimises
    /// at once.
    /// </summary>
    private static string Best(int repetitions, Action action) => Best(repetitions, action, out _);

    private static string Best(int repetitions, Action action, out int runs)
    {
        var best = TimeSpan.MaxValue;
        var wall = Stopwatch.StartNew();
        runs = 0;
        while (runs < repetitions || (wall.Elapsed.TotalSeconds < SteadySeconds && runs < MaxRuns))
        {
            Collect();
            var clock = Stopwatch.StartNew();
            action();
            var elapsed = clock.Elapsed;
            runs++;
            best = elapsed < best ? elapsed : best;
        }

        return Seconds(best);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0000000", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture);
}

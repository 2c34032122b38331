using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HaRules.Bench.Designs;

namespace HaRules.EndToEnd.Benchmarks;

/// <summary>One case checked with one set of formats, beside the same design run alone.</summary>
internal sealed record Row(DesignCase Case, Run Alone, Run Check, IReadOnlyList<string> Formats)
{
    public int Declared => int.Parse(Alone.Result.GetValueOrDefault("declared", "0"), CultureInfo.InvariantCulture);

    public string FormatText => Formats.Count == 1 ? Formats[0] : "all four";
}

/// <summary>Prints the benchmark's Markdown tables.</summary>
internal static class Report
{
    /// <summary>The phases in the order of the path, with the names the command line records.</summary>
    private static readonly (string Title, string[] Keys)[] Split =
    {
        ("loading", new[] { "loading" }),
        ("Describe", new[] { "describe" }),
        ("model expansion", new[] { "model expansion" }),
        ("source columns", new[] { "source columns" }),
        ("validity rules", new[] { "validity rules" }),
        ("graph build", new[] { "graph build" }),
        ("analyses", new[] { "analyses" }),
        ("fix ranking", new[] { "fix ranking" }),
        ("other rules", new[] { "other rules" }),
        ("acceptances, order, severities", new[] { "acceptances and order", "severities" }),
        ("JSON", new[] { "write json" }),
        ("Markdown", new[] { "write markdown" }),
        ("HTML", new[] { "write html" }),
        ("SARIF", new[] { "write sarif" }),
        ("console", new[] { "console" }),
    };

    public static void Print(IReadOnlyList<Row> rows, TextWriter output)
    {
        output.WriteLine("| shape | declared | model components | formats | check wall | peak RSS | bytes / declared | design alone | whole / alone | check CPU (worker) | alone CPU | CPU whole / alone | alone peak RSS | exit |");
        output.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var bytes = r.Declared == 0 ? 0 : r.Check.PeakKb * 1024.0 / r.Declared;
            output.WriteLine(Invariant($"| {Shape(r)} | {r.Declared:N0} | {int.Parse(r.Alone.Result.GetValueOrDefault("model", "0"), CultureInfo.InvariantCulture):N0} | {r.FormatText} | {r.Check.WallSeconds:0.00} s | {r.Check.PeakKb / 1024:N0} MB | {bytes:N0} | {r.Alone.WallSeconds:0.00} s | {r.Check.WallSeconds / r.Alone.WallSeconds:0.0}× | {r.Check.CpuMilliseconds / 1000:0.00} s | {r.Alone.CpuMilliseconds / 1000:0.00} s | {(r.Alone.CpuMilliseconds > 0 ? r.Check.CpuMilliseconds / r.Alone.CpuMilliseconds : 0):0.0}× | {r.Alone.PeakKb / 1024:N0} MB | {r.Check.ExitCode} |"));
        }

        output.WriteLine();
        output.WriteLine("| shape | declared | formats | process start | " + string.Join(" | ", Split.Select(s => s.Title)) + " | rest |");
        output.WriteLine("|---|---:|---|" + string.Concat(Enumerable.Repeat("---:|", Split.Length + 2)));
        foreach (var r in rows)
        {
            var phases = r.Check.Phases.ToDictionary(p => p.Key, p => p.Value);
            var cells = Split.Select(s => s.Keys.Sum(k => phases.GetValueOrDefault(k))).ToList();
            var rest = (r.Check.WallSeconds * 1000) - r.Check.StartMilliseconds - phases.Values.Sum();
            output.WriteLine(Invariant($"| {Shape(r)} | {r.Declared:N0} | {r.FormatText} | {Ms(r.Check.StartMilliseconds)} | ") + string.Join(" | ", cells.Select(Ms)) + $" | {Ms(rest)} |");
        }

        output.WriteLine();
        // Compiling and collecting are inside the phases above; this says how much of the time they are.
        output.WriteLine("| shape | declared | formats | check CPU | of which compiling | GC pauses | collections gen0/1/2 | alone CPU | alone compiling | alone GC pauses | alone collections |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---|---:|---:|---:|---|");
        foreach (var r in rows)
        {
            output.WriteLine(Invariant($"| {Shape(r)} | {r.Declared:N0} | {r.FormatText} | {r.Check.CpuMilliseconds / 1000:0.00} s | {Ms(r.Check.JitMilliseconds)} | {Ms(r.Check.GcPauseMilliseconds)} | {r.Check.Collections} | {r.Alone.CpuMilliseconds / 1000:0.00} s | {Ms(r.Alone.JitMilliseconds)} | {Ms(r.Alone.GcPauseMilliseconds)} | {r.Alone.Collections} |"));
        }

        output.WriteLine();
        // Processor time is the exponent to read on a loaded machine; wall time is shown beside it.
        output.WriteLine("| shape | formats | declared from → to | wall from → to | growth exponent (wall) | check CPU from → to | growth exponent (CPU) |");
        output.WriteLine("|---|---|---|---|---:|---|---:|");
        foreach (var series in rows.GroupBy(r => (r.Case.Shape, r.FormatText)))
        {
            var sorted = series.OrderBy(r => r.Declared).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                var (a, b) = (sorted[i - 1], sorted[i]);
                var sizes = Math.Log(b.Declared / (double)a.Declared);
                var exponent = Math.Log(b.Check.WallSeconds / a.Check.WallSeconds) / sizes;
                var cpuExponent = Math.Log(b.Check.CpuMilliseconds / a.Check.CpuMilliseconds) / sizes;
                output.WriteLine(Invariant($"| {Shape(a)} | {a.FormatText} | {a.Declared:N0} → {b.Declared:N0} | {a.Check.WallSeconds:0.00} s → {b.Check.WallSeconds:0.00} s | {exponent:0.00} | {a.Check.CpuMilliseconds / 1000:0.00} s → {b.Check.CpuMilliseconds / 1000:0.00} s | {cpuExponent:0.00} |"));
            }
        }
    }

    private static string Shape(Row row) => row.Case.Shape.ToString().ToLowerInvariant();

    private static string Ms(double milliseconds) =>
        milliseconds >= 1000 ? Invariant($"{milliseconds / 1000:0.00} s") : Invariant($"{milliseconds:0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace HaRules.Benchmarks;

/// <summary>Renders the measured rows as the Markdown tables of docs/performance.md.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<Dictionary<string, string>> rows, TextWriter output)
    {
        output.WriteLine("| design | components | nodes / edges | services | graph build | SPOFs | order-2 cut sets | availability | full analysis | heap after | peak working set |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            output.WriteLine(
                $"| {r["shape"]} | {N(r["components"])} | {N(r["nodes"])} / {N(r["edges"])} | {N(r["services"])} | {S(r["build"])} | {S(r["spof"])} | " +
                $"{S(r["cut2"])}{(r["cut2complete"] == "yes" ? string.Empty : " (incomplete)")} | {S(r["avail"])}{(r["inexact"] == "0" ? string.Empty : $" ({r["inexact"]} inexact)")} | " +
                $"**{S(r["total"])}** | {r["heapMB"]} MB | {r["peakMB"]} MB |");
        }

        output.WriteLine();
        output.WriteLine("| design | components | plain traversal | SPOF pass | SPOF / traversal | naive SPOF search | naive / SPOF pass | naive agrees |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var dfs = D(r["dfs"]);
            var spof = D(r["spof"]);
            var naive = r["naive"] == "skipped"
                ? $"skipped (estimated {r["naiveEstimate"]} s)"
                : S(r["naive"]);
            var naiveRatio = r["naive"] == "skipped" ? $"~{Ratio(D(r["naiveEstimate"]), spof)}" : Ratio(D(r["naive"]), spof);
            output.WriteLine($"| {r["shape"]} | {N(r["components"])} | {S(r["dfs"])} | {S(r["spof"])} | {Ratio(spof, dfs)} | {naive} | {naiveRatio} | {r["naiveAgrees"]} |");
        }
    }

    private static double D(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static string N(string value) => long.Parse(value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

    private static string S(string value)
    {
        var seconds = D(value);
        return seconds < 0.001 ? (seconds * 1_000_000).ToString("0", CultureInfo.InvariantCulture) + " µs"
            : seconds < 1 ? (seconds * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " ms"
            : seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
    }

    private static string Ratio(double a, double b) => b <= 0 ? "-" : (a / b).ToString("0.0", CultureInfo.InvariantCulture) + "×";
}

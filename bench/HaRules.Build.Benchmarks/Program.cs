using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

// Builds samples/WebShop repeatedly and reads MSBuild's performance summary, so the task's own
// targets are timed by MSBuild itself, beside whole-build wall times with the task on and off.
// Usage: dotnet run -c Release --project bench/HaRules.Build.Benchmarks -- [iterations]
//        dotnet run -c Release --project bench/HaRules.Build.Benchmarks -- library <source folder> [iterations]
// The second form compiles a library without designs (every *.cs under the folder) twice per
// round, with and without a PackageReference to HaRules packed from this repository, alternating.
if (args.Length > 0 && args[0] == "library")
{
    LibraryBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, RepositoryRoot());
    return;
}

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var root = RepositoryRoot();
var project = Path.Combine(root, "samples", "WebShop", "WebShop.csproj");
var design = Path.Combine(root, "samples", "WebShop", "WebShopDesign.cs");
var artifacts = Path.Combine(Path.GetTempPath(), "harules-build-bench");

Run($"build \"{project}\" --artifacts-path \"{artifacts}\""); // warm-up: restore, build the tools

var rows = new List<(string Case, double Wall, double Task)>();
foreach (var enabled in new[] { true, false })
{
    foreach (var changed in new[] { true, false })
    {
        var walls = new List<double>();
        var tasks = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            if (changed)
            {
                File.SetLastWriteTimeUtc(design, DateTime.UtcNow); // forces a recompile, and so a new check
            }

            var clock = Stopwatch.StartNew();
            var output = Run($"build \"{project}\" --artifacts-path \"{artifacts}\" --no-restore -p:HaRulesEnabled={enabled.ToString().ToLowerInvariant()} -clp:PerformanceSummary");
            walls.Add(clock.Elapsed.TotalMilliseconds);
            tasks.Add(new[] { "HaRulesLeaveAnalyzerToTheIde", "HaRulesWriteSettings", "HaRulesCheckDesigns", "HaRulesLogFindings" }.Sum(t => TargetTime(output, t)));
        }

        rows.Add(($"{(changed ? "design changed" : "no change")}, task {(enabled ? "on" : "off")}", Median(walls), Median(tasks)));
    }
}

Console.WriteLine($"| case ({iterations} builds, median) | wall ms | HaRules targets ms |");
Console.WriteLine("|---|---:|---:|");
foreach (var (name, wall, task) in rows)
{
    Console.WriteLine(FormattableString.Invariant($"| {name} | {wall:0} | {task:0} |"));
}

double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[sorted.Count / 2];
}

// "      123 ms  HaRulesCheckDesigns                        1 calls"
double TargetTime(string output, string target)
{
    var match = Regex.Match(output, @"^\s*(\d+)\s+ms\s+" + target + @"\s+\d+ calls", RegexOptions.Multiline);
    return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
}

string Run(string arguments)
{
    var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"dotnet {arguments} failed:\n{stdout.Result}{stderr.Result}");
    }

    return stdout.Result;
}

static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

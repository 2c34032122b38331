using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

/// <summary>
/// What referencing HaRules costs a project that holds no design: the same sources compiled by
/// two projects, one with the package and one without, alternately, each forced to recompile.
/// </summary>
internal static class LibraryBenchmark
{
    public static void Run(string sources, int iterations, string repository)
    {
        sources = Path.GetFullPath(sources);
        var lines = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories).Sum(f => File.ReadLines(f).LongCount());
        var work = Path.Combine(Path.GetTempPath(), "harules-library-bench");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var feed = Path.Combine(work, "feed");
        var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") };
        Exec(repository, $"pack \"{Path.Combine(repository, "src", "HaRules.Package")}\" -c Release -o \"{feed}\" -p:Version={version}", environment);

        var with = Project(work, "WithHaRules", sources, feed, version);
        var without = Project(work, "WithoutHaRules", sources, feed, null);
        foreach (var project in new[] { with, without })
        {
            Exec(project, "build -c Release", environment); // restore and a first build
        }

        var rows = new Dictionary<string, List<(double Wall, double Compile, double HaRules)>> { [with] = new(), [without] = new() };
        var touched = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).First();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var project in new[] { with, without })
            {
                File.SetLastWriteTimeUtc(touched, DateTime.UtcNow); // forces CoreCompile
                var clock = Stopwatch.StartNew();
                var output = Exec(project, "build -c Release --no-restore -clp:PerformanceSummary", environment);
                var wall = clock.Elapsed.TotalMilliseconds;
                var haRules = new[] { "HaRulesLeaveAnalyzerToTheIde", "HaRulesWriteSettings", "HaRulesCheckDesigns", "HaRulesLogFindings" }.Sum(t => TargetTime(output, t));
                rows[project].Add((wall, TargetTime(output, "CoreCompile"), haRules));
            }
        }

        Console.WriteLine(FormattableString.Invariant($"Library: {lines:N0} lines of C# in {sources}; {iterations} rounds, median, each build recompiles."));
        Console.WriteLine("| project | wall ms | CoreCompile ms | HaRules targets ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (project, name) in new[] { (without, "without HaRules"), (with, "with HaRules") })
        {
            var r = rows[project];
            Console.WriteLine(FormattableString.Invariant($"| {name} | {Median(r.Select(x => x.Wall))} | {Median(r.Select(x => x.Compile))} | {Median(r.Select(x => x.HaRules))} |"));
        }
    }

    private static string Project(string work, string name, string sources, string feed, string? version)
    {
        var directory = Path.Combine(work, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="bench" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var reference = version is null ? string.Empty : $"<PackageReference Include=\"HaRules\" Version=\"{version}\" />";
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <Nullable>enable</Nullable>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <NoWarn>$(NoWarn);CS1591;SYSLIB0014</NoWarn>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{sources}/**/*.cs" />
                {reference}
              </ItemGroup>
            </Project>
            """);
        return directory;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return Math.Round(sorted[sorted.Count / 2]);
    }

    // "      123 ms  CoreCompile                        1 calls"
    private static double TargetTime(string output, string target)
    {
        var match = Regex.Match(output, @"^\s*(\d+)\s+ms\s+" + target + @"\s+\d+ calls", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static string Exec(string directory, string arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} in {directory} failed:\n{stdout.Result}{stderr.Result}");
        }

        return stdout.Result;
    }
}

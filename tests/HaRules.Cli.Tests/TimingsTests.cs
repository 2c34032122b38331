using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>
/// The end-to-end benchmark's diagnostic: with <c>HARULES_TIMINGS</c> set, <c>harules check</c>
/// writes each phase's time and allocations and the runtime's counters. Run as a process of its
/// own, because the variable would otherwise reach every check the other tests run.
/// </summary>
public sealed class TimingsTests
{
    [Fact]
    public async Task A_check_with_HARULES_TIMINGS_writes_phases_allocations_and_runtime_counters()
    {
        var output = CliRunner.TempDirectory();
        var timings = Path.Combine(output, "timings.json");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "HaRules.Cli.dll"), "check", CliRunner.Assembly("TestDesigns"), "--design", "SmallDesign", "--format", "json", "--fail-on", "never", "--output", output })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["HARULES_TIMINGS"] = timings;
        using (var process = Process.Start(info)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds), "the check did not finish within 5 minutes");
            Assert.True(process.ExitCode == 0, await stdout + await stderr);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(timings));
        var root = json.RootElement;
        var phases = root.GetProperty("phases").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var phase in new[] { "describe", "model expansion", "validity rules", "graph build", "analyses", "other rules", "write json" })
        {
            Assert.Contains(phase, phases);
        }

        // Every phase that ran has its allocations, none negative, and the check allocated something.
        var allocated = root.GetProperty("allocatedMb").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(phases.OrderBy(p => p, StringComparer.Ordinal), allocated.Keys.OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(allocated.Values, mb => Assert.True(mb >= 0, $"negative allocation {mb}"));
        Assert.True(allocated["describe"] + allocated["model expansion"] > 0);

        Assert.True(root.GetProperty("cpuMs").GetDouble() > 0);
        Assert.True(root.GetProperty("jitMs").GetDouble() > 0);
        Assert.True(root.GetProperty("jitMethods").GetInt32() > 0);
        Assert.True(root.GetProperty("gcPauseMs").GetDouble() >= 0);
        var collections = root.GetProperty("collections").EnumerateArray().Select(c => c.GetInt32()).ToList();
        Assert.Equal(3, collections.Count);

        // A collection of an older generation is also one of every younger generation.
        Assert.True(collections[0] >= collections[1] && collections[1] >= collections[2], string.Join("/", collections));
        Assert.True(root.GetProperty("peakRssKb").GetInt64() > 0);
    }
}

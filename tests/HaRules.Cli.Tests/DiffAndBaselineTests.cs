using System;
using System.IO;
using System.Linq;
using HaRules.Checking;
using HaRules.Reporting;
using HaRules.Reporting.Baseline;
using HaRules.Reporting.Json;
using Xunit;

namespace HaRules.Cli.Tests;

public sealed class DiffAndBaselineTests
{
    private static readonly ReportPaths Paths = new(CliRunner.RepositoryRoot());

    [Fact]
    public void Diff_of_a_fix_lists_fixed_findings_and_exits_0()
    {
        var (before, after) = (WriteReport(Flawed()), WriteReport(Fixed()));
        var output = Path.Combine(CliRunner.TempDirectory(), "diff.md");

        var (code, stdout, stderr) = CliRunner.Run("diff", before, after, "--output", output);

        Assert.True(code == ExitCodes.Success, stderr + stdout);
        Assert.Contains("## Fixed findings", stdout);
        Assert.Contains("HA201 (web", stdout);
        Assert.Contains("## New findings\n\nNone.", stdout);
        Assert.Equal(stdout, File.ReadAllText(output));
    }

    [Fact]
    public void Diff_that_brings_an_error_exits_1()
    {
        var (before, after) = (WriteReport(Fixed()), WriteReport(Flawed(withRaid0: true)));

        var (code, stdout, _) = CliRunner.Run("diff", before, after);

        Assert.Equal(ExitCodes.FindingsFailed, code);
        Assert.Contains("the change adds an error", stdout);
        Assert.Contains("**error** HA301", stdout);
    }

    [Theory]
    [InlineData("one.json")]
    [InlineData("missing.json", "missing.json")]
    [InlineData("bad", "bad")]
    [InlineData("--bogus", "a", "b")]
    public void Diff_with_bad_input_exits_2(params string[] args)
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "bad"), "{ not json");
        var (code, _, stderr) = CliRunner.Run(new[] { "diff" }.Concat(args.Select(a => a.StartsWith("-", StringComparison.Ordinal) ? a : Path.Combine(dir, a))).ToArray());

        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.StartsWith("harules: ", stderr);
    }

    [Fact]
    public void Baseline_counts_only_findings_that_are_new_since()
    {
        var baselineFile = Path.Combine(CliRunner.TempDirectory(), "baseline.json");
        AtomicFile.WriteAllText(baselineFile, FindingBaseline.From(new[] { Flawed() }).ToJson());

        var counted = BaselineFilter.Counted(new[] { Flawed(withRaid0: true) }, baselineFile, TextWriter.Null);

        Assert.Contains(counted, f => f.RuleId == "HA301");
        Assert.DoesNotContain(counted, f => f.RuleId == "HA201");
        Assert.Empty(BaselineFilter.Counted(new[] { Flawed() }, baselineFile, TextWriter.Null));
    }

    [Fact]
    public void Baseline_json_is_deterministic_and_sorted()
    {
        var first = FindingBaseline.From(new[] { Flawed(withRaid0: true) }).ToJson();
        var second = FindingBaseline.From(new[] { Flawed(withRaid0: true) }).ToJson();

        Assert.Equal(first, second);
        Assert.Equal(Flawed(withRaid0: true).Result.Active.Select(f => f.Key).Distinct().Count(), FindingBaseline.Parse(first).Count);
    }

    [Fact]
    public void Check_with_its_own_baseline_passes_even_on_warnings()
    {
        var baseline = Path.Combine(CliRunner.TempDirectory(), "harules-baseline.json");
        var (written, _, _) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--today", "2026-11-25", "--fail-on", "never", "--write-baseline", baseline);
        var (code, stdout, stderr) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--today", "2026-11-25", "--fail-on", "warning", "--baseline", baseline);

        Assert.Equal(ExitCodes.Success, written);
        Assert.True(code == ExitCodes.Success, stderr + stdout);
        Assert.Contains("0 new", stdout);
        Assert.Equal(ExitCodes.FindingsFailed, CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--today", "2026-11-25", "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void A_missing_or_malformed_baseline_exits_2()
    {
        var bad = Path.Combine(CliRunner.TempDirectory(), "bad.json");
        File.WriteAllText(bad, "[]");

        Assert.Equal(ExitCodes.CouldNotRun, CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--baseline", bad + ".missing").ExitCode);
        Assert.Equal(ExitCodes.CouldNotRun, CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--baseline", bad).ExitCode);
    }

    [Fact]
    public void Markdown_html_and_sarif_formats_are_written()
    {
        var dir = CliRunner.TempDirectory();
        var (code, _, stderr) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--format", "markdown", "--format", "html", "--format", "sarif", "--output", dir, "--today", "2026-11-25", "--fail-on", "never");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.StartsWith("# HaRules report", File.ReadAllText(Path.Combine(dir, "harules-report.md")));
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(Path.Combine(dir, "harules-report.sarif")));
        var html = File.ReadAllText(Path.Combine(dir, "harules-report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("data-component=\"ap-lb\" data-spof=\"true\"", html);
    }

    // A web server with one power supply; the fix gives it two on two UPSes. Optionally a RAID0 data volume (HA301, an error).
    private static DesignReport Flawed(bool withRaid0 = false)
    {
        var d = new DesignBuilder("Shop");
        var (a, b) = (d.AddUps("ups-a"), d.AddUps("ups-b"));
        d.AddServer("web").WithPowerSupplies(a);
        if (withRaid0)
        {
            var array = d.AddStorageArray("array").WithPowerSupplies(a, b).WithControllers(2);
            var volume = array.AddRaidGroup("rg", RaidLevel.Raid0, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 100).AddVolume("lu", DataSize.Terabytes(1));
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).SharedStorage(volume);
        }

        return Check(d);
    }

    private static DesignReport Fixed()
    {
        var d = new DesignBuilder("Shop");
        var (a, b) = (d.AddUps("ups-a"), d.AddUps("ups-b"));
        d.AddServer("web").WithPowerSupplies(a, b);
        return Check(d);
    }

    private static DesignReport Check(DesignBuilder d) =>
        new(DesignChecker.Check(d.Build(), new CheckOptions { Today = new DateTime(2026, 11, 25) }));

    private static string WriteReport(DesignReport report)
    {
        var file = Path.Combine(CliRunner.TempDirectory(), "report.json");
        File.WriteAllText(file, JsonReportWriter.Write(new[] { report }, Paths));
        return file;
    }
}

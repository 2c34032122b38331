using System;
using System.IO;
using HaRules.TestCoverage;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>HaRules that cannot run (a broken installation) says so in one line naming HA903, never with a stack trace.</summary>
public sealed class BrokenInstallationTests
{
    [Fact]
    [Fires("HA903")]
    public void An_assembly_missing_at_run_time_is_one_line_naming_HA903_and_exit_2()
    {
        var stderr = new StringWriter();

        var code = Program.Guarded(
            () => throw new FileNotFoundException("Could not load file or assembly 'HaRules, Version=0.1.0.0'.\nThe system cannot find the file specified."),
            stderr);

        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Equal(
            "harules: HaRules could not run (HA903): FileNotFoundException: Could not load file or assembly 'HaRules, Version=0.1.0.0'. The system cannot find the file specified.; reinstall the HaRules package"
                + Environment.NewLine,
            stderr.ToString());
    }

    [Fact]
    [Silent("HA903")]
    public void A_check_that_runs_passes_its_exit_status_through_and_says_nothing_more()
    {
        var stderr = new StringWriter();
        var stdout = new StringWriter();

        var code = Program.Guarded(() => CliApp.Run(new[] { "check", CliRunner.Assembly("WebShop"), "--today", "2026-11-25" }, stdout, stderr), stderr);

        Assert.Equal(0, code);
        Assert.DoesNotContain("HA903", stderr.ToString() + stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("WebShop", stdout.ToString(), StringComparison.Ordinal);
    }
}

using System.IO;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>`harules diff` on real reports: a change that loses a UPS's redundancy shows as new SPOFs and lost nines.</summary>
public sealed class DiffServicesTests
{
    [Fact]
    public void A_flawed_version_of_the_design_adds_spofs_and_lowers_availability()
    {
        var before = CliRunner.TempDirectory();
        var after = CliRunner.TempDirectory();
        Assert.Equal(ExitCodes.Success, CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--format", "json", "--output", before).ExitCode);
        CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--format", "json", "--output", after, "--fail-on", "never");

        // Compare the two as versions of one design.
        var afterFile = Path.Combine(after, "harules-report.json");
        File.WriteAllText(afterFile, File.ReadAllText(afterFile).Replace("\"FragileShopDesign\"", "\"WebShopDesign\""));
        var output = Path.Combine(CliRunner.TempDirectory(), "diff.md");
        var (code, stdout, _) = CliRunner.Run("diff", Path.Combine(before, "harules-report.json"), afterFile, "--output", output);

        Assert.Equal(ExitCodes.FindingsFailed, code);
        Assert.Contains("adds SPOF ups", stdout);
        Assert.Contains("adds SPOF sw-a", stdout);
        Assert.Matches(@"shop \d+\.\d+ % → 99\.\d+ %", stdout);
        Assert.Equal(stdout, File.ReadAllText(output));
    }
}

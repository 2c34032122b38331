using System;
using System.IO;
using System.Linq;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>The severity options the build task passes: they must change severities as the compiler would.</summary>
public sealed class SeverityOptionsTests
{
    private static (int Code, string Stdout) Fragile(params string[] extra)
    {
        var (code, stdout, stderr) = CliRunner.Run(new[] { "check", CliRunner.Assembly("FragileShop"), "--today", "2026-11-25", "--fail-on", "never" }.Concat(extra).ToArray());
        Assert.True(code == ExitCodes.Success, stderr);
        return (code, stdout);
    }

    [Fact]
    public void By_default_HA008_is_a_warning() => Assert.Contains("warning HA008:", Fragile().Stdout);

    [Fact]
    public void NoWarn_turns_a_warning_off() => Assert.DoesNotContain("HA008", Fragile("--nowarn", "HA001;HA008").Stdout);

    [Fact]
    public void WarningsAsErrors_makes_that_warning_an_error() => Assert.Contains("error HA008:", Fragile("--warnings-as-errors", "HA008").Stdout);

    [Fact]
    public void TreatWarningsAsErrors_spares_WarningsNotAsErrors()
    {
        var stdout = Fragile("--treat-warnings-as-errors", "--warnings-not-as-errors", "HA008").Stdout;
        Assert.Contains("warning HA008:", stdout);
        Assert.DoesNotContain(": warning HA2", stdout);
    }

    [Theory]
    [InlineData("error", "error HA008:")]
    [InlineData("suggestion", "info HA008:")]
    [InlineData("none", null)]
    [InlineData("silent", null)]
    public void A_global_config_severity_is_read_with_the_sdk_roslyn(string severity, string? expected)
    {
        var config = Path.Combine(CliRunner.TempDirectory(), "harules.globalconfig");
        File.WriteAllText(config, $"is_global = true\ndotnet_diagnostic.HA008.severity = {severity}\n");

        var stdout = Fragile("--editorconfig", config, "--roslyn-dir", SdkRoslyn()).Stdout;

        if (expected is null)
        {
            Assert.DoesNotContain("HA008", stdout);
        }
        else
        {
            Assert.Contains(expected, stdout);
        }
    }

    [Fact]
    public void Editorconfig_without_roslyn_dir_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--editorconfig", "x.editorconfig");
        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Contains("--roslyn-dir", stderr);
    }

    [Fact]
    public void Findings_the_compiler_already_reported_are_not_repeated()
    {
        var source = Path.Combine(CliRunner.RepositoryRoot(), "samples", "FragileShop", "FragileShopDesign.cs");
        var line = File.ReadAllLines(source).Select((l, i) => (l, i)).Single(x => x.l.Contains(".Accept(\"HA205\"", StringComparison.Ordinal)).i + 1;
        var log = Path.Combine(CliRunner.TempDirectory(), "compiler.sarif");
        var uri = new Uri(source).AbsoluteUri;
        File.WriteAllText(log, "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"ruleId\":\"HA008\",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"" + uri + "\"},\"region\":{\"startLine\":" + line + "}}}]}]}]}");

        Assert.Contains("HA008", Fragile().Stdout);
        Assert.DoesNotContain("HA008", Fragile("--skip-reported", log).Stdout);
    }

    [Fact]
    public void An_assembly_without_designs_is_fine_with_allow_no_designs()
    {
        var (code, stdout, _) = CliRunner.Run("check", CliRunner.Assembly("HaRules"), "--allow-no-designs");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void Absolute_paths_name_the_source_file_in_full() =>
        Assert.Contains(Path.Combine(CliRunner.RepositoryRoot(), "samples", "FragileShop", "FragileShopDesign.cs").Replace('\\', '/') + "(", Fragile("--absolute-paths").Stdout);

    /// <summary>The running SDK's Roslyn folder: shared/Microsoft.NETCore.App/x → sdk/*/Roslyn/bincore.</summary>
    public static string SdkRoslyn()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        return Directory.GetDirectories(Path.Combine(root, "sdk"))
            .Select(d => Path.Combine(d, "Roslyn", "bincore"))
            .Where(d => File.Exists(Path.Combine(d, "Microsoft.CodeAnalysis.dll")))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Last();
    }
}

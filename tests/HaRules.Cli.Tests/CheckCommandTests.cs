using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace HaRules.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly string FragileSource = Path.Combine(CliRunner.RepositoryRoot(), "samples", "FragileShop", "FragileShopDesign.cs");

    [Fact]
    public void WebShop_passes_with_exit_0_and_a_clean_summary()
    {
        var (code, stdout, _) = CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--today", "2026-11-25");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain(": error HA", stdout);
        Assert.DoesNotContain(": warning HA", stdout);
        Assert.Contains("WebShopDesign: 32 components; 0 errors, 0 warnings, 0 info; 0 accepted", stdout);
    }

    [Fact]
    public void FragileShop_prints_findings_in_msbuild_form_with_relative_paths()
    {
        var (code, stdout, _) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--today", "2026-11-25", "--fail-on", "warning");

        Assert.Equal(ExitCodes.FindingsFailed, code);
        var line = LineOf(FragileSource, ".Accept(\"HA205\"");
        var column = File.ReadAllLines(FragileSource)[line - 1].IndexOf("Accept", StringComparison.Ordinal) + 1;
        Assert.Contains($"samples/FragileShop/FragileShopDesign.cs({line},{column}): warning HA008: ", stdout);
        Assert.Contains("FragileShopDesign: 38 components;", stdout);
    }

    [Fact]
    public void Fail_on_never_always_exits_0()
    {
        var (code, _, _) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--fail-on", "never");
        Assert.Equal(ExitCodes.Success, code);
    }

    [Fact]
    public void Json_report_has_the_contract_fields_and_is_deterministic()
    {
        var first = CliRunner.TempDirectory();
        var second = CliRunner.TempDirectory();
        var (code, _, _) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--format", "json", "--output", first, "--today", "2026-11-25", "--fail-on", "never");
        CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--format", "json", "--output", second, "--today", "2026-11-25", "--fail-on", "never");

        Assert.Equal(ExitCodes.Success, code);
        var bytes = File.ReadAllBytes(Path.Combine(first, "harules-report.json"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, "harules-report.json")));

        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("HaRules", json.RootElement.GetProperty("tool").GetProperty("name").GetString());
        var design = json.RootElement.GetProperty("designs").EnumerateArray().Single();
        Assert.Equal("FragileShopDesign", design.GetProperty("name").GetString());
        Assert.Equal(38, design.GetProperty("componentCount").GetInt32());
        var expired = design.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "HA008");
        Assert.Equal("warning", expired.GetProperty("severity").GetString());
        Assert.Equal("web", expired.GetProperty("components")[0].GetString());
        Assert.Equal("samples/FragileShop/FragileShopDesign.cs", expired.GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(LineOf(FragileSource, ".Accept(\"HA205\""), expired.GetProperty("location").GetProperty("line").GetInt32());
        Assert.False(expired.GetProperty("accepted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, expired.GetProperty("justification").ValueKind);
    }

    [Fact]
    public void A_throwing_design_gives_HA006_with_its_message_and_line()
    {
        var (code, stdout, _) = CliRunner.Run("check", CliRunner.Assembly("TestDesigns"), "--design", "ThrowingDesign");

        Assert.Equal(ExitCodes.FindingsFailed, code);
        var source = Path.Combine(CliRunner.RepositoryRoot(), "tests", "TestDesigns", "MisbehavingDesigns.cs");
        var line = LineOf(source, "THROW-LINE");
        Assert.Contains($"tests/TestDesigns/MisbehavingDesigns.cs({line}", stdout);
        Assert.Contains("error HA006: design ThrowingDesign could not be evaluated: its code threw System.InvalidOperationException: inventory file missing", stdout);
    }

    [Fact]
    public void A_design_that_never_returns_is_stopped_with_HA006()
    {
        var (code, stdout, stderr) = CliRunner.Run("check", CliRunner.Assembly("TestDesigns"), "--design", "EndlessDesign", "--timeout", "0.5");

        // Once seen exiting 2 on a machine at load 20, not reproduced since: say what it printed if it does.
        Assert.True(code == ExitCodes.FindingsFailed, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains("error HA006: design EndlessDesign did not finish within 0.5 s", stdout);
    }

    [Fact]
    public void Checking_does_not_lock_the_design_assembly()
    {
        var copy = Path.Combine(CliRunner.TempDirectory(), "WebShop.dll");
        File.Copy(CliRunner.Assembly("WebShop"), copy);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("check", copy).ExitCode);
        File.Delete(copy);
        Assert.False(File.Exists(copy));
    }

    [Theory]
    [InlineData("no-such.dll")]
    [InlineData("--format", "pdf", "x.dll")]
    [InlineData("--today", "tomorrow", "x.dll")]
    [InlineData("--timeout", "-1", "x.dll")]
    [InlineData("--bogus", "x.dll")]
    public void Bad_arguments_and_missing_files_exit_2(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(new[] { "check" }.Concat(args).ToArray());
        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.StartsWith("harules: ", stderr);
    }

    [Fact]
    public void An_assembly_without_designs_exits_2()
    {
        var (code, _, stderr) = CliRunner.Run("check", CliRunner.Assembly("HaRules"));
        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Contains("not a design assembly", stderr);
    }

    [Fact]
    public void No_command_prints_usage_and_exits_2()
    {
        var (code, _, stderr) = CliRunner.Run();
        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Contains("harules [command] [options]", stderr);
        Assert.Contains("check <design>", stderr);
    }

    [Fact]
    public void A_project_folder_is_built_then_checked()
    {
        var (code, stdout, stderr) = CliRunner.Run("check", Path.Combine(CliRunner.RepositoryRoot(), "samples", "WebShop"));

        Assert.True(code == ExitCodes.Success, stderr + stdout);
        Assert.Contains("WebShopDesign: 32 components; 0 errors", stdout);
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((l, i) => (l, i)).Single(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}

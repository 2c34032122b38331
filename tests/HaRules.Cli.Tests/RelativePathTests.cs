using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>
/// Every report file carries paths relative to the root (the repository here): SARIF against
/// <c>%SRCROOT%</c>, Markdown and HTML as links to the line relative to the report's own folder.
/// </summary>
public sealed class RelativePathTests
{
    private const string Source = "samples/FragileShop/FragileShopDesign.cs";

    [Fact]
    public void Every_report_format_holds_only_paths_relative_to_the_repository()
    {
        // Four folders below the repository root: links climb four levels to reach it.
        var output = Path.Combine(CliRunner.RepositoryRoot(), "artifacts", "test-results", "cli-paths", Guid.NewGuid().ToString("N"));
        var (code, stdout, stderr) = Check(output);

        Assert.True(code == ExitCodes.Success, stderr + stdout);
        var root = CliRunner.RepositoryRoot().Replace('\\', '/');
        foreach (var file in Directory.GetFiles(output))
        {
            Assert.DoesNotContain(root, File.ReadAllText(file).Replace("\\\\", "/").Replace('\\', '/'));
        }

        var line = LineOf(".Accept(\"HA205\"");
        var markdown = File.ReadAllText(Path.Combine(output, "harules-report.md"));
        Assert.Contains($"]({Up(4)}{Source}#L{line})", markdown);
        Assert.Contains($"[{Source}:{line}:", markdown);
        var html = File.ReadAllText(Path.Combine(output, "harules-report.html"));
        Assert.Contains($"<a href=\"{Up(4)}{Source}#L{line}\">{Source}:{line}:", html);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "harules-report.json")));
        var files = json.RootElement.GetProperty("designs")[0].GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("location").GetProperty("file").GetString()).Distinct().ToList();
        Assert.Equal(new[] { Source }, files);

        AssertSarifRelativeTo(Path.Combine(output, "harules-report.sarif"), Source);
    }

    [Fact]
    public void A_report_written_outside_the_repository_shows_locations_without_links_to_this_machine()
    {
        var output = CliRunner.TempDirectory();
        var (code, _, stderr) = Check(output);

        Assert.True(code == ExitCodes.Success, stderr);
        var markdown = File.ReadAllText(Path.Combine(output, "harules-report.md"));
        var line = LineOf(".Accept(\"HA205\"");
        Assert.Contains($"({Source}:{line}:", markdown);
        Assert.DoesNotContain("#L", markdown);
        AssertSarifRelativeTo(Path.Combine(output, "harules-report.sarif"), Source);
    }

    [Fact]
    public void Root_makes_paths_relative_to_another_folder_and_absolute_paths_touch_only_the_console()
    {
        var output = CliRunner.TempDirectory();
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "samples", "FragileShop");
        var (code, stdout, stderr) = Check(output, "--root", sample, "--absolute-paths");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains(Path.Combine(sample, "FragileShopDesign.cs").Replace('\\', '/') + "(", stdout);
        AssertSarifRelativeTo(Path.Combine(output, "harules-report.sarif"), "FragileShopDesign.cs");
    }

    [Fact]
    public void Help_links_follow_the_given_base_and_bundled_pages_exist_offline()
    {
        var output = CliRunner.TempDirectory();
        Check(output, "--help-link-base", "https://docs.example.org/harules/rules");

        Assert.Contains("[HA101](https://docs.example.org/harules/rules/HA101.md)", File.ReadAllText(Path.Combine(output, "harules-report.md")));
        Assert.Contains("\"helpUri\": \"https://docs.example.org/harules/rules/HA101.md\"", File.ReadAllText(Path.Combine(output, "harules-report.sarif")));
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "harules-report.json"))))
        {
            var finding = json.RootElement.GetProperty("designs")[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("id").GetString() == "HA101");
            Assert.Equal("https://docs.example.org/harules/rules/HA101.md", finding.GetProperty("helpUri").GetString());
        }

        var bundled = CliRunner.TempDirectory();
        Check(bundled, "--help-link-base", "bundled");
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundled, "harules-report.sarif")));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot(), "docs", "rules"), "HA*.md").Length, rules.Count);
        foreach (var rule in rules)
        {
            var page = new Uri(rule.GetProperty("helpUri").GetString()!);
            Assert.True(page.IsFile, page.ToString());
            Assert.Equal(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "rules", rule.GetProperty("id").GetString() + ".md")), File.ReadAllText(page.LocalPath));
        }
    }

    [Fact]
    public void The_findings_summary_is_printed_when_only_report_files_are_asked_for()
    {
        var output = CliRunner.TempDirectory();
        var (code, stdout, stderr) = CliRunner.Run("check", CliRunner.Assembly("FragileShop"), "--format", "markdown", "--format", "sarif", "--output", output, "--today", "2026-11-25");

        Assert.True(code == ExitCodes.FindingsFailed, stderr);
        Assert.Contains($"{Source}(", stdout);
        Assert.Contains(": error HA101: ", stdout);
        Assert.Contains("FragileShopDesign: 38 components;", stdout);
        Assert.Contains("Wrote " + Path.Combine(output, "harules-report.md"), stdout);
        Assert.Contains("Wrote " + Path.Combine(output, "harules-report.sarif"), stdout);
    }

    private static (int ExitCode, string Stdout, string Stderr) Check(string output, params string[] extra) =>
        CliRunner.Run(new[] { "check", CliRunner.Assembly("FragileShop"), "--today", "2026-11-25", "--fail-on", "never", "--output", output,
            "--format", "markdown", "--format", "html", "--format", "json", "--format", "sarif" }.Concat(extra).ToArray());

    private static void AssertSarifRelativeTo(string sarifFile, string expectedUri)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifFile));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var baseIds = run.GetProperty("originalUriBaseIds");
        Assert.True(baseIds.TryGetProperty("%SRCROOT%", out var srcRoot));
        Assert.False(srcRoot.TryGetProperty("uri", out _), "a machine path would make the log unportable");
        var locations = run.GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("locations").EnumerateArray())
            .Select(l => l.GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, l =>
        {
            Assert.Equal(expectedUri, l.GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", l.GetProperty("uriBaseId").GetString());
        });
    }

    private static string Up(int levels) => string.Concat(Enumerable.Repeat("../", levels));

    private static int LineOf(string text) =>
        File.ReadAllLines(Path.Combine(CliRunner.RepositoryRoot(), Source)).Select((l, i) => (l, i)).Single(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}

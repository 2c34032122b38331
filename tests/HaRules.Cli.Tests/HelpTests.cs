using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary><c>--help</c> of every command, <c>--version</c>, and the option names other tools rely on.</summary>
public sealed class HelpTests
{
    // Every option the build task passes (src/HaRules.Build/CheckDesigns.cs): renaming one breaks builds.
    private static readonly string[] BuildTaskOptions =
    {
        "--no-build", "--allow-no-designs", "--absolute-paths", "--fail-on", "--format", "--output", "--timeout", "--memory-limit", "--today",
        "--nowarn", "--warnings-as-errors", "--warnings-not-as-errors", "--skip-reported", "--task-output", "--treat-warnings-as-errors",
        "--roslyn-dir", "--editorconfig", "--help-link-base",
    };

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_the_commands_and_exits_0(string help)
    {
        var (code, stdout, stderr) = CliRunner.Run(help);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("harules [command] [options]", stdout);
        Assert.Contains("check <design>", stdout);
        Assert.Contains("diff <before.json> <after.json>", stdout);
        Assert.Contains("--version", stdout);
    }

    [Fact]
    public void Check_help_describes_every_documented_option_and_every_format()
    {
        var (code, stdout, stderr) = CliRunner.Run("check", "--help");

        Assert.True(code == ExitCodes.Success, stderr);
        var documented = DocumentedOptions("harules check");
        Assert.Empty(documented.Except(HelpOptions(stdout)));
        Assert.Empty(HelpOptions(stdout).Except(documented).Except(new[] { "--help" }));
        Assert.Empty(BuildTaskOptions.Except(HelpOptions(stdout)));
        Assert.Contains("<text|json|markdown|html|sarif>", stdout);
        foreach (var file in new[] { "harules-report.json", "harules-report.md", "harules-report.html", "harules-report.sarif" })
        {
            Assert.Contains(file, stdout);
        }

        // Each option has a description on its line: the name is followed by text, not by the end of the line.
        foreach (var option in documented)
        {
            Assert.Matches(new Regex(Regex.Escape(option) + @"\b[^\n]*\s{2,}\S", RegexOptions.Multiline), stdout);
        }
    }

    [Fact]
    public void Diff_help_describes_its_arguments_and_output()
    {
        var (code, stdout, stderr) = CliRunner.Run("diff", "--help");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("<before.json>", stdout);
        Assert.Contains("<after.json>", stdout);
        Assert.Equal(DocumentedOptions("harules diff"), HelpOptions(stdout).Except(new[] { "--help" }).ToArray());
    }

    [Fact]
    public void Version_prints_the_name_and_version_of_the_reports()
    {
        var (code, stdout, _) = CliRunner.Run("--version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"HaRules {Reporting.ToolInfo.Version}", stdout.Trim());
        Assert.Matches(@"^HaRules \d+\.\d+\.\d+", stdout);
    }

    private static string[] HelpOptions(string help) =>
        Regex.Matches(help, @"(?<=\s|,)--[a-z][a-z-]*").Select(m => m.Value).Distinct().ToArray();

    // The options of a command's synopsis in docs/cli.md: its first line and the indented lines after it.
    private static string[] DocumentedOptions(string command)
    {
        var doc = File.ReadAllLines(Path.Combine(CliRunner.RepositoryRoot(), "docs", "cli.md"));
        var start = Array.FindIndex(doc, l => l.StartsWith(command + " ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/cli.md has no synopsis of {command}");
        var synopsis = new[] { doc[start] }.Concat(doc.Skip(start + 1).TakeWhile(l => l.StartsWith(" ", StringComparison.Ordinal)));
        return synopsis.SelectMany(l => Regex.Matches(l, "--[a-z][a-z-]*").Select(m => m.Value)).Distinct().ToArray();
    }
}

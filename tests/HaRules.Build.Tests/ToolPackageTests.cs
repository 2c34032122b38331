using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace HaRules.Build.Tests;

/// <summary>
/// The <c>harules</c> tool as a user gets it: installed from a folder feed with
/// <c>dotnet tool install</c> (tool path, global, local manifest), its help, and a check of a
/// design project outside the repository.
/// </summary>
[Collection("tool package")]
public sealed class ToolPackageTests
{
    // A web server alone behind the service: HA101, an error.
    private const string Flawed =
        "        var web = design.AddServer(\"web\");\n" +
        "        design.AddService(\"shop\").EntryPoint(web);";

    private readonly ToolPackageFixture _tool;

    public ToolPackageTests(ToolPackageFixture tool) => _tool = tool;

    [Fact]
    public void The_installed_command_prints_its_version_and_help_for_every_command_and_option()
    {
        var (versionCode, version) = _tool.Run(_tool.Harules, _tool.Root, "--version");
        Assert.True(versionCode == 0, version);
        Assert.Equal($"HaRules {_tool.Version}", version.Trim());

        var (rootCode, rootHelp) = _tool.Run(_tool.Harules, _tool.Root, "--help");
        Assert.True(rootCode == 0, rootHelp);
        Assert.Contains("harules [command] [options]", rootHelp);
        Assert.Contains("check <design>", rootHelp);
        Assert.Contains("diff <before.json> <after.json>", rootHelp);

        var (checkCode, checkHelp) = _tool.Run(_tool.Harules, _tool.Root, "check --help");
        Assert.True(checkCode == 0, checkHelp);
        foreach (var option in DocumentedOptions("harules check"))
        {
            Assert.Contains(option, checkHelp);
        }

        Assert.Contains("text|json|markdown|html|sarif", checkHelp);
        foreach (var file in new[] { "harules-report.json", "harules-report.md", "harules-report.html", "harules-report.sarif" })
        {
            Assert.Contains(file, checkHelp);
        }

        var (diffCode, diffHelp) = _tool.Run(_tool.Harules, _tool.Root, "diff --help");
        Assert.True(diffCode == 0, diffHelp);
        Assert.Contains("--output", diffHelp);
    }

    [Fact]
    public void Check_on_a_project_outside_the_repository_prints_the_findings_and_writes_relative_reports()
    {
        var consumer = _tool.NewConsumer(nameof(Check_on_a_project_outside_the_repository_prints_the_findings_and_writes_relative_reports));
        consumer.WriteDesign(Flawed);
        var line = consumer.LineOf("AddServer");
        var column = File.ReadAllLines(consumer.DesignFile)[line - 1].IndexOf("AddServer", StringComparison.Ordinal) + 1;

        var (code, output) = _tool.Run(_tool.Harules, consumer.Directory, "check . --format markdown --format sarif --format html --format json --output reports --help-link-base bundled");

        Assert.True(code == 1, output);
        Assert.Contains($"Design.cs({line},{column}): error HA101: web is a single point of failure of service shop", output);
        Assert.Matches(@"MyDesign: \d+ components; [1-9]\d* errors", output);

        // Paths are relative to the project (there is no repository above it): no path of this machine.
        var reports = Path.Combine(consumer.Directory, "reports");
        foreach (var file in new[] { "harules-report.md", "harules-report.html", "harules-report.json", "harules-report.sarif" })
        {
            Assert.DoesNotContain(consumer.Directory, File.ReadAllText(Path.Combine(reports, file)));
        }

        Assert.Contains($"](../Design.cs#L{line})", File.ReadAllText(Path.Combine(reports, "harules-report.md")));
        Assert.Contains($"href=\"../Design.cs#L{line}\"", File.ReadAllText(Path.Combine(reports, "harules-report.html")));

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "harules-report.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.True(run.GetProperty("originalUriBaseIds").TryGetProperty("%SRCROOT%", out _));
        var location = run.GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "HA101")
            .GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Design.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(line, location.GetProperty("region").GetProperty("startLine").GetInt32());

        // "bundled": the help links open the rule pages installed with the tool, offline.
        var help = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "HA101").GetProperty("helpUri").GetString()!;
        var page = new Uri(help);
        Assert.True(page.IsFile, help);
        Assert.StartsWith("# HA101", File.ReadAllText(page.LocalPath));
    }

    [Fact]
    public void The_tool_installs_globally_and_from_a_local_tool_manifest()
    {
        // Global: into this fixture's own CLI home, not the machine user's.
        var (globalCode, globalOutput) = _tool.RunDotnet(_tool.Root, $"tool install --global HaRules.Cli --version {_tool.Version} --add-source \"{_tool.Feed}\"");
        Assert.True(globalCode == 0, globalOutput);
        var global = Path.Combine(_tool.Environment["DOTNET_CLI_HOME"], ".dotnet", "tools", OperatingSystem.IsWindows() ? "harules.exe" : "harules");
        var (runCode, runOutput) = _tool.Run(global, _tool.Root, "--version");
        Assert.True(runCode == 0, runOutput);
        Assert.Equal($"HaRules {_tool.Version}", runOutput.Trim());

        var local = Path.Combine(_tool.Root, "local-manifest");
        Directory.CreateDirectory(local);
        var (manifestCode, manifestOutput) = _tool.RunDotnet(local, "new tool-manifest");
        Assert.True(manifestCode == 0, manifestOutput);
        var (localCode, localOutput) = _tool.RunDotnet(local, $"tool install HaRules.Cli --version {_tool.Version} --add-source \"{_tool.Feed}\"");
        Assert.True(localCode == 0, localOutput);
        var (toolRunCode, toolRunOutput) = _tool.RunDotnet(local, "tool run harules -- --version");
        Assert.True(toolRunCode == 0, toolRunOutput);
        Assert.Equal($"HaRules {_tool.Version}", toolRunOutput.Trim());
    }

    // The options of the command's synopsis in docs/cli.md: its first line and the indented lines after it.
    private static string[] DocumentedOptions(string command)
    {
        var doc = File.ReadAllLines(Path.Combine(Dotnet.RepositoryRoot(), "docs", "cli.md"));
        var start = Array.FindIndex(doc, l => l.StartsWith(command + " ", StringComparison.Ordinal));
        var synopsis = doc.Skip(start).Take(1).Concat(doc.Skip(start + 1).TakeWhile(l => l.StartsWith(" ", StringComparison.Ordinal)));
        var options = synopsis.SelectMany(l => Regex.Matches(l, "--[a-z][a-z-]*").Select(m => m.Value)).Distinct().ToArray();
        Assert.True(options.Length > 10, $"docs/cli.md shows no synopsis of {command}");
        return options;
    }
}

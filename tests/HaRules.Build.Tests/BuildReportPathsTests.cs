using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace HaRules.Build.Tests;

/// <summary>The build task's report files carry paths relative to the project and the configured help links.</summary>
[Collection("tool package")]
public sealed class BuildReportPathsTests
{
    // A load balancer without a health check: HA403, a warning, so the build goes on to the task.
    private const string WarningOnly =
        "        var web = design.AddServer(\"web\", replicas: 2);\n" +
        "        var lb = design.AddLoadBalancer(\"lb\").WithStandby().Targets(web);\n" +
        "        design.AddService(\"shop\").EntryPoint(lb);";

    private readonly ToolPackageFixture _package;

    public BuildReportPathsTests(ToolPackageFixture package) => _package = package;

    [Fact]
    public void Reports_written_by_the_build_hold_relative_paths_and_the_help_link_base_of_the_project()
    {
        var consumer = _package.NewConsumer(nameof(Reports_written_by_the_build_hold_relative_paths_and_the_help_link_base_of_the_project));
        consumer.WriteProject(_package.Version, """
            <HaRulesReportFormats>markdown;html;sarif;json</HaRulesReportFormats>
            <HaRulesReportDirectory>$(MSBuildProjectDirectory)/reports</HaRulesReportDirectory>
            <HaRulesHelpLinkBase>https://docs.example.org/harules/rules/</HaRulesHelpLinkBase>
            """);
        consumer.WriteDesign(WarningOnly);
        var line = consumer.LineOf("AddLoadBalancer");

        var (code, output) = _package.RunDotnet(consumer.Directory, "build -nologo");

        Assert.True(code == 0, output);
        Assert.Contains("warning HA403", output);
        Assert.Contains("(https://docs.example.org/harules/rules/HA403.md)", output);
        var reports = Path.Combine(consumer.Directory, "reports");
        foreach (var file in new[] { "harules-report.md", "harules-report.html", "harules-report.sarif", "harules-report.json" })
        {
            Assert.DoesNotContain(consumer.Directory, File.ReadAllText(Path.Combine(reports, file)));
        }

        Assert.Contains($"](../Design.cs#L{line})", File.ReadAllText(Path.Combine(reports, "harules-report.md")));
        Assert.Contains("[HA403](https://docs.example.org/harules/rules/HA403.md)", File.ReadAllText(Path.Combine(reports, "harules-report.md")));
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "harules-report.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.True(run.GetProperty("originalUriBaseIds").TryGetProperty("%SRCROOT%", out _));
        var artifact = run.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "HA403")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("Design.cs", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
    }
}

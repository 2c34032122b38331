using System;
using System.IO;
using System.Linq;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Build.Tests;

/// <summary>End to end: a design project outside the repository, referencing the packed package.</summary>
[Collection("package")]
public sealed class BuildIntegrationTests
{
    private const string Flawed =
        "        var web = design.AddServer(\"web\");\n" +
        "        design.AddService(\"shop\").EntryPoint(web);";

    private const string Fixed =
        "        var web = design.AddServer(\"web\", replicas: 2);\n" +
        "        var lb = design.AddLoadBalancer(\"lb\").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);\n" +
        "        design.AddService(\"shop\").EntryPoint(lb);";

    // Fixed but for the load balancer's health check: HA403, a warning.
    private const string NoHealthCheck =
        "        var web = design.AddServer(\"web\", replicas: 2);\n" +
        "        var lb = design.AddLoadBalancer(\"lb\").WithStandby().Targets(web);\n" +
        "        design.AddService(\"shop\").EntryPoint(lb);";

    private readonly PackageFixture _package;

    public BuildIntegrationTests(PackageFixture package) => _package = package;

    [Fact]
    public void A_flawed_design_fails_at_its_file_and_line_then_builds_clean_once_fixed()
    {
        var consumer = _package.NewConsumer(nameof(A_flawed_design_fails_at_its_file_and_line_then_builds_clean_once_fixed));
        consumer.WriteDesign(Flawed);
        var line = consumer.LineOf("AddServer");
        var column = File.ReadAllLines(consumer.DesignFile)[line - 1].IndexOf("AddServer", StringComparison.Ordinal) + 1;

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains($"Design.cs({line},{column}): error HA101: web is a single point of failure of service shop", output);

        // Edit and build again with the same (reused) build nodes: the new state, not a stale assembly.
        consumer.WriteDesign(Fixed);
        var (fixedCode, fixedOutput) = consumer.Build();
        Assert.True(fixedCode == 0, fixedOutput);
        Assert.DoesNotContain(": error HA", fixedOutput);
        Assert.DoesNotContain(": warning HA", fixedOutput);
    }

    [Fact]
    public void A_second_build_without_changes_skips_the_check()
    {
        var consumer = _package.NewConsumer(nameof(A_second_build_without_changes_skips_the_check));
        consumer.WriteDesign(NoHealthCheck);
        var (first, firstOutput) = consumer.Build();
        Assert.True(first == 0, firstOutput);
        Assert.Contains("warning HA403", firstOutput);

        var (second, secondOutput) = consumer.Build("-v:d");
        Assert.Equal(0, second);
        Assert.Contains("Skipping target \"HaRulesCheckDesigns\" because all output files are up-to-date", secondOutput);
    }

    [Fact]
    public void Editorconfig_severity_and_NoWarn_are_honoured()
    {
        var consumer = _package.NewConsumer(nameof(Editorconfig_severity_and_NoWarn_are_honoured));
        consumer.WriteDesign(NoHealthCheck);
        File.WriteAllText(Path.Combine(consumer.Directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.HA403.severity = error\n");

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("error HA403", output);

        consumer.WriteProject(_package.Version, "<NoWarn>$(NoWarn);HA403</NoWarn>");
        File.Delete(Path.Combine(consumer.Directory, ".editorconfig"));
        var (quiet, quietOutput) = consumer.Build();
        Assert.True(quiet == 0, quietOutput);
        Assert.DoesNotContain("warning HA403", quietOutput);
        Assert.DoesNotContain("error HA403", quietOutput);
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_build_on_a_warning()
    {
        var consumer = _package.NewConsumer(nameof(TreatWarningsAsErrors_fails_the_build_on_a_warning));
        consumer.WriteDesign(NoHealthCheck);
        consumer.WriteProject(_package.Version, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("error HA403", output);
    }

    [Fact]
    public void Requested_reports_are_written()
    {
        var consumer = _package.NewConsumer(nameof(Requested_reports_are_written));
        consumer.WriteDesign(NoHealthCheck);
        consumer.WriteProject(_package.Version, "<HaRulesReportFormats>json;sarif;markdown</HaRulesReportFormats><HaRulesReportDirectory>$(MSBuildProjectDirectory)/reports</HaRulesReportDirectory>");

        var (code, output) = consumer.Build();
        Assert.True(code == 0, output);
        foreach (var file in new[] { "harules-report.json", "harules-report.sarif", "harules-report.md" })
        {
            Assert.True(File.Exists(Path.Combine(consumer.Directory, "reports", file)), file + "\n" + output);
        }

        Assert.Contains("HA403", File.ReadAllText(Path.Combine(consumer.Directory, "reports", "harules-report.json")));
    }

    [Fact]
    public void A_design_that_throws_gives_HA006_with_its_message()
    {
        var consumer = _package.NewConsumer(nameof(A_design_that_throws_gives_HA006_with_its_message));
        consumer.WriteDesign("        design.AddServer(\"web\");\n        throw new InvalidOperationException(\"inventory missing\");");
        var line = consumer.LineOf("throw new");

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains($"Design.cs({line}", output);
        Assert.Contains("error HA006: design MyDesign could not be evaluated: its code threw System.InvalidOperationException: inventory missing", output);
    }

    [Fact]
    [Fires("HA903")]
    public void A_missing_command_line_fails_the_build_with_HA903_at_the_project()
    {
        var consumer = _package.NewConsumer(nameof(A_missing_command_line_fails_the_build_with_HA903_at_the_project));
        consumer.WriteDesign("        design.AddServer(\"web\");");
        consumer.WriteProject(_package.Version, "<HaRulesCliPath>$(MSBuildProjectDirectory)/missing/HaRules.Cli.dll</HaRulesCliPath>");

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("error HA903: the harules command line was not found at", output);
        Assert.Contains("missing", output);
        Assert.DoesNotContain("HA006", output);
    }

    [Fact]
    public void A_design_that_never_returns_is_stopped_after_HaRulesTimeout()
    {
        var consumer = _package.NewConsumer(nameof(A_design_that_never_returns_is_stopped_after_HaRulesTimeout));
        consumer.WriteDesign("        while (true) { System.Threading.Thread.Sleep(10); }");
        consumer.WriteProject(_package.Version, "<HaRulesTimeout>2</HaRulesTimeout>");

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("error HA006: design MyDesign did not finish within 2 s", output);
    }

    [Fact]
    public void HaRulesEnabled_false_turns_the_task_off()
    {
        // Only the task sees this design throw: the analyzer does not read files, so it cannot know the inventory is missing.
        var consumer = _package.NewConsumer(nameof(HaRulesEnabled_false_turns_the_task_off));
        consumer.WriteDesign("        design.AddServer(System.IO.File.ReadAllText(\"missing-inventory.txt\"));");
        consumer.WriteProject(_package.Version, "<HaRulesEnabled>false</HaRulesEnabled>");

        var (code, output) = consumer.Build();
        Assert.True(code == 0, output);
        Assert.DoesNotContain("HA006", output);
    }

    [Fact]
    public void The_analyzer_reports_while_compiling_and_the_task_does_not_repeat_it()
    {
        var consumer = _package.NewConsumer(nameof(The_analyzer_reports_while_compiling_and_the_task_does_not_repeat_it));
        consumer.WriteDesign(NoHealthCheck);
        var line = consumer.LineOf("AddLoadBalancer");

        var (code, output) = consumer.Build();
        Assert.True(code == 0, output);
        var lines = output.Split('\n').Where(l => l.Contains($"Design.cs({line},", StringComparison.Ordinal) && l.Contains("warning HA403", StringComparison.Ordinal)).ToList();

        // MSBuild prints a warning once where it happens and once in the closing summary.
        Assert.Equal(2, lines.Count);
        Assert.Contains("harules/blob/main/docs/rules/HA403.md", lines[0]);

        // With the analyzer off, the task alone reports it: the same finding, once more a warning.
        consumer.WriteProject(_package.Version, "<RunAnalyzers>false</RunAnalyzers>");
        var (taskOnly, taskOutput) = consumer.Build();
        Assert.True(taskOnly == 0, taskOutput);
        Assert.Contains($"Design.cs({line},", taskOutput);
        Assert.Contains("warning HA403", taskOutput);
    }
}

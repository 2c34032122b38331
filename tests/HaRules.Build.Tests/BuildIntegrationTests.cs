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
    public void A_design_with_errors_fails_the_build_prints_each_finding_once_and_still_writes_every_report()
    {
        var consumer = _package.NewConsumer(nameof(A_design_with_errors_fails_the_build_prints_each_finding_once_and_still_writes_every_report));
        consumer.WriteDesign(Flawed);
        consumer.WriteProject(_package.Version, "<HaRulesReportFormats>markdown;html;json;sarif</HaRulesReportFormats><HaRulesReportDirectory>$(MSBuildProjectDirectory)/reports</HaRulesReportDirectory>");
        var line = consumer.LineOf("AddServer");

        // At dotnet build's default (minimal) verbosity, as a user sees it.
        var (code, output) = consumer.Build("-v:m");

        Assert.NotEqual(0, code);
        // The design's summary and what to fix first close the check's output.
        Assert.Matches(@": \d+ components; [1-9]\d* errors, ", output);
        Assert.Contains(": fix first (downtime a year removed if it could not fail):", output);
        // MSBuild prints an error once where it is logged and once in the closing summary.
        var printed = output.Split('\n').Where(l => l.Contains($"Design.cs({line},", StringComparison.Ordinal) && l.Contains("error HA101", StringComparison.Ordinal)).ToList();
        Assert.True(printed.Count == 2, output);
        var reports = Path.Combine(consumer.Directory, "reports");
        foreach (var file in new[] { "harules-report.md", "harules-report.html", "harules-report.json", "harules-report.sarif" })
        {
            var text = File.ReadAllText(Path.Combine(reports, file));
            Assert.Contains("HA101", text);
            Assert.DoesNotContain(consumer.Directory, text);
        }
    }

    [Fact]
    public void A_second_build_without_changes_skips_the_check_but_reports_as_the_first_and_warnaserror_applies()
    {
        var consumer = _package.NewConsumer(nameof(A_second_build_without_changes_skips_the_check_but_reports_as_the_first_and_warnaserror_applies));
        consumer.WriteDesign(NoHealthCheck);
        var (first, firstOutput) = consumer.Build();
        Assert.True(first == 0, firstOutput);
        Assert.Contains("warning HA403", firstOutput);

        // The design's summary closes the first build once (the console's copy of it stays low).
        var summary = Assert.Single(firstOutput.Split('\n').Select(l => l.Trim()), l => l.StartsWith("MyDesign: ", StringComparison.Ordinal) && l.Contains(" components; 0 errors, ", StringComparison.Ordinal));

        var (second, secondOutput) = consumer.Build("-v:d");
        Assert.Equal(0, second);
        Assert.Contains("Skipping target \"HaRulesCheckDesigns\" because all output files are up-to-date", secondOutput);
        Assert.Contains("warning HA403", secondOutput);

        // The build that skipped the check ends with the same summary, from the check's output file.
        Assert.Contains(summary, secondOutput);

        // Nothing changed but the command line's -warnaserror: the build fails on the warning.
        var (strict, strictOutput) = consumer.Build("-warnaserror");
        Assert.NotEqual(0, strict);
        Assert.Contains("error HA403", strictOutput);

        // A property that changes the outcome runs the check again.
        var (property, propertyOutput) = consumer.Build("-v:d -p:HaRulesToday=2030-01-01");
        Assert.Equal(0, property);
        Assert.DoesNotContain("Skipping target \"HaRulesCheckDesigns\"", propertyOutput);
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
        Assert.Contains("error HA903: HaRules could not run: the harules command line was not found at", output);
        Assert.Contains("missing", output);
        Assert.DoesNotContain("HA006", output);
    }

    [Fact]
    public void A_design_that_overflows_the_stack_is_HA006_at_its_Describe_not_a_crashed_check()
    {
        var consumer = _package.NewConsumer(nameof(A_design_that_overflows_the_stack_is_HA006_at_its_Describe_not_a_crashed_check));
        consumer.WriteDesign("        design.AddServer(\"web\");\n        Nest(0);\n        static int Nest(int depth) => Nest(depth + 1) + depth;");
        var describe = consumer.LineOf("public void Describe") + 1;

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains($"Design.cs({describe},", output);
        Assert.Contains("error HA006: design MyDesign could not be evaluated: its code overflowed the stack", output);
        Assert.DoesNotContain("HA903", output);
        Assert.DoesNotContain("Stack overflow.", output);
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
    public void A_design_that_allocates_without_end_is_HA006_within_HaRulesMemoryLimit()
    {
        var consumer = _package.NewConsumer(nameof(A_design_that_allocates_without_end_is_HA006_within_HaRulesMemoryLimit));
        consumer.WriteDesign("        var hoard = new System.Collections.Generic.List<byte[]>();\n        while (true) { hoard.Add(new byte[1 << 20]); }");
        consumer.WriteProject(_package.Version, "<HaRulesMemoryLimit>256MB</HaRulesMemoryLimit>");

        var (code, output) = consumer.Build();
        Assert.NotEqual(0, code);
        Assert.Contains("error HA006: design MyDesign could not be evaluated:", output);
        Assert.Contains("ran out of memory", output);
        Assert.DoesNotContain("HA903", output);
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
    public void The_command_line_build_leaves_the_analyzer_to_the_IDE_so_each_finding_is_printed_once()
    {
        var consumer = _package.NewConsumer(nameof(The_command_line_build_leaves_the_analyzer_to_the_IDE_so_each_finding_is_printed_once));
        consumer.WriteDesign(NoHealthCheck);
        var line = consumer.LineOf("AddLoadBalancer");

        var (code, output) = consumer.Build();
        Assert.True(code == 0, output);
        var lines = Lines(output, $"Design.cs({line},", "warning HA403");

        // MSBuild prints a warning once where it happens and once in the closing summary.
        Assert.True(lines.Count == 2, output);
        Assert.Contains("harules/blob/main/docs/rules/HA403.md", lines[0]);

        // Kept in the build on request, the analyzer reports it too: the task alone is what prints it once.
        consumer.WriteProject(_package.Version, "<HaRulesAnalyzerInBuild>true</HaRulesAnalyzerInBuild>");
        var (both, bothOutput) = consumer.Build();
        Assert.True(both == 0, bothOutput);
        Assert.True(Lines(bothOutput, $"Design.cs({line},", "warning HA403").Count == 4, bothOutput);
    }

    [Fact]
    public void Pragma_SuppressMessage_and_editorconfig_none_leave_the_finding_out_of_the_log_and_the_reports()
    {
        var consumer = _package.NewConsumer(nameof(Pragma_SuppressMessage_and_editorconfig_none_leave_the_finding_out_of_the_log_and_the_reports));
        consumer.WriteProject(_package.Version, "<HaRulesReportFormats>sarif;json</HaRulesReportFormats><HaRulesReportDirectory>$(MSBuildProjectDirectory)/reports</HaRulesReportDirectory>");
        var sarif = Path.Combine(consumer.Directory, "reports", "harules-report.sarif");

        // #pragma around the declaring line.
        consumer.WriteDesign(
            "        var web = design.AddServer(\"web\", replicas: 2);\n" +
            "#pragma warning disable HA403\n" +
            "        var lb = design.AddLoadBalancer(\"lb\").WithStandby().Targets(web);\n" +
            "#pragma warning restore HA403\n" +
            "        design.AddService(\"shop\").EntryPoint(lb);");
        AssertSuppressed(consumer, sarif);

        // [SuppressMessage] on the design's method.
        File.WriteAllText(consumer.DesignFile, File.ReadAllText(consumer.DesignFile)
            .Replace("#pragma warning disable HA403\n", string.Empty, StringComparison.Ordinal)
            .Replace("#pragma warning restore HA403\n", string.Empty, StringComparison.Ordinal)
            .Replace("    public void Describe(", "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"HaRules\", \"HA403:Load balancer without a health check\")]\n    public void Describe(", StringComparison.Ordinal));
        AssertSuppressed(consumer, sarif);

        // At assembly level, in another file.
        consumer.WriteDesign(NoHealthCheck);
        File.WriteAllText(Path.Combine(consumer.Directory, "GlobalSuppressions.cs"), "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"HaRules\", \"HA403\", Scope = \"type\", Target = \"~T:MyDesign\")]\n");
        AssertSuppressed(consumer, sarif);

        // .editorconfig none.
        File.Delete(Path.Combine(consumer.Directory, "GlobalSuppressions.cs"));
        File.WriteAllText(Path.Combine(consumer.Directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.HA403.severity = none\n");
        AssertSuppressed(consumer, sarif);

        // And without any of them, it is back everywhere.
        File.Delete(Path.Combine(consumer.Directory, ".editorconfig"));
        var (code, output) = consumer.Build();
        Assert.True(code == 0, output);
        Assert.Contains("warning HA403", output);
        Assert.Contains("HA403", SarifResultRules(sarif));
    }

    [Fact]
    public void A_bundled_help_link_base_links_each_logged_finding_to_its_installed_page()
    {
        var consumer = _package.NewConsumer(nameof(A_bundled_help_link_base_links_each_logged_finding_to_its_installed_page));
        consumer.WriteDesign(NoHealthCheck);
        consumer.WriteProject(_package.Version, "<HaRulesHelpLinkBase>bundled</HaRulesHelpLinkBase>");

        var (code, output) = consumer.Build();

        Assert.True(code == 0, output);
        var link = System.Text.RegularExpressions.Regex.Match(output, @"warning HA403: .*\((file:///[^)]*/rules/HA403\.md)\)");
        Assert.True(link.Success, output);
        Assert.StartsWith("# HA403", File.ReadAllText(new Uri(link.Groups[1].Value).LocalPath));
    }

    private static void AssertSuppressed(ConsumerProject consumer, string sarif)
    {
        var (code, output) = consumer.Build();
        Assert.True(code == 0, output);
        Assert.DoesNotContain("HA403", output);
        Assert.DoesNotContain("HA403", SarifResultRules(sarif));
        Assert.DoesNotContain("HA403", JsonFindingRules(Path.Combine(Path.GetDirectoryName(sarif)!, "harules-report.json")));
    }

    private static string[] SarifResultRules(string sarif)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString()!).ToArray();
    }

    private static string[] JsonFindingRules(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        return document.RootElement.GetProperty("designs").EnumerateArray()
            .SelectMany(d => d.GetProperty("findings").EnumerateArray())
            .Select(f => f.GetProperty("id").GetString()!).ToArray();
    }

    private static System.Collections.Generic.List<string> Lines(string output, string where, string what) =>
        output.Split('\n').Where(l => l.Contains(where, StringComparison.Ordinal) && l.Contains(what, StringComparison.Ordinal)).ToList();
}

using System;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Text.RegularExpressions;
using HaRules.Build.Protocol;
using HaRules.Checking;
using HaRules.Cli.BuildTask;
using HaRules.Findings;
using HaRules.Reporting;
using Xunit;
using HaRules.Rules;

namespace HaRules.Build.Tests;

public sealed class TaskUnitTests
{
    [Fact]
    public void The_command_writes_findings_the_task_reads_back_field_by_field()
    {
        var design = new DesignBuilder("Two");
        design.AddService("shop").EntryPoint(design.AddServer("web"));
        var result = DesignChecker.Check(design.Build());
        var active = result.Active.ToList();
        Assert.NotEmpty(active);

        var file = Path.Combine(Path.GetTempPath(), "harules-task-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, TaskOutputWriter.Write(new[] { new DesignReport(result) }, new ReportPaths(null, null, "https://docs.example.org/r/")));
            var read = TaskFindings.Read(file);

            Assert.Equal(TaskFindings.SupportedVersion, read.Version);
            Assert.Equal(active.Count, read.Findings.Count);
            for (var i = 0; i < active.Count; i++)
            {
                var expected = active[i];
                var got = read.Findings[i];
                Assert.Equal("Two", got.Design);
                Assert.Equal(expected.RuleId, got.Id);
                Assert.Equal(expected.Severity == Severity.Error ? "error" : expected.Severity == Severity.Warning ? "warning" : "info", got.Severity);
                Assert.Equal(expected.Message, got.Message);
                Assert.Equal(expected.Location.Line, got.Line);
                Assert.Equal(expected.Location.Column, got.Column);
                Assert.Equal(Path.GetFullPath(expected.Location.File), got.File);
                Assert.Equal("https://docs.example.org/r/" + expected.RuleId + ".md", got.HelpUri);
            }

            // Then the summary the task logs in every build: the counts, then what to fix first.
            var summary = read.Summary!;
            var counts = $"Two: {result.Model.DeclaredComponents.Count()} components; {active.Count(f => f.Severity == Severity.Error)} errors, "
                + $"{active.Count(f => f.Severity == Severity.Warning)} warnings, {active.Count(f => f.Severity == Severity.Info)} info; 0 accepted";
            Assert.Equal(counts, summary[0]);
            Assert.Equal("Two: fix first (downtime a year removed if it could not fail):", summary[1]);
            Assert.StartsWith("  1. web — ", summary[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_message_with_quotes_line_breaks_and_non_ascii_text_survives_the_channel()
    {
        // A component name is the user's text: nothing in it may break or forge a finding.
        var name = "web \"eu\"\nline two \\ ü";
        var design = new DesignBuilder("Names");
        design.AddService("shop").EntryPoint(design.AddServer(name));
        var result = DesignChecker.Check(design.Build());

        var file = Path.Combine(Path.GetTempPath(), "harules-task-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, TaskOutputWriter.Write(new[] { new DesignReport(result) }, new ReportPaths(null)));
            var read = TaskFindings.Read(file);
            Assert.Equal(result.Active.Count(), read.Findings.Count);
            Assert.Contains(read.Findings, f => f.Message.Contains(name, StringComparison.Ordinal));

            // A summary line is one line whatever the names in it.
            Assert.NotEmpty(read.Summary!);
            Assert.All(read.Summary!, l => Assert.DoesNotContain('\n', l));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_empty_findings_file_of_an_assembly_without_designs_reads_as_no_findings()
    {
        var file = Path.Combine(Path.GetTempPath(), "harules-task-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, TaskFindings.Empty);
            var read = TaskFindings.Read(file);
            Assert.Equal(TaskFindings.SupportedVersion, read.Version);
            Assert.Empty(read.Findings);
            Assert.Null(read.Summary);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Console_text_is_not_a_findings_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "harules-task-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, "/src/D.cs(12,19): error HA101: web is a SPOF\n");
            Assert.ThrowsAny<SerializationException>(() => TaskFindings.Read(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_assembly_without_a_reference_to_HaRules_cannot_hold_a_design_and_one_with_it_can()
    {
        // This test assembly references HaRules; the xunit assembly does not.
        Assert.True(DesignAssemblyProbe.MayHoldDesigns(typeof(TaskUnitTests).Assembly.Location));
        Assert.True(DesignAssemblyProbe.MayHoldDesigns(typeof(DesignBuilder).Assembly.Location));
        Assert.False(DesignAssemblyProbe.MayHoldDesigns(typeof(FactAttribute).Assembly.Location));
    }

    [Fact]
    public void The_targets_help_links_match_the_rule_catalog()
    {
        var targets = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "src", "HaRules.Build", "build", "HaRules.targets"));
        var declared = Regex.Match(targets, "<HaRulesHelpLinkBase[^>]*>(.*?)</HaRulesHelpLinkBase>").Groups[1].Value;
        Assert.Equal(RuleCatalog.HelpLinkBase, declared);
    }
}

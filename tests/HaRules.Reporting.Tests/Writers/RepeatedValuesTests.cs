using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Reporting.Json;
using HaRules.Reporting.Sarif;
using HaRules.Reporting.Text;
using HaRules.Rules;
using Xunit;

namespace HaRules.Reporting.Tests.Writers;

/// <summary>
/// The JSON and SARIF writers encode a file's path, a rule's ID and help link once per report and
/// reuse them for every finding: each finding must still get its own file and rule when findings
/// alternate between files and rules, and the console must count past its limit only the active
/// findings, wherever accepted ones stand.
/// </summary>
public sealed class RepeatedValuesTests
{
    private static readonly string Root = Reports.RepositoryRoot();
    private static readonly string Spaced = Path.Combine(Root, "docs", "a b#1.cs");
    private static readonly string Plain = Path.Combine(Root, "src", "B.cs");
    private const string Outside = "/elsewhere/C.cs";

    // Findings alternating between three files and between known and unknown rules, some with
    // other locations (known and unknown), one with an empty message.
    private static readonly Finding[] Alternating =
    {
        new("HA101", Severity.Error, "first", new[] { "a" }, new SourceLocation(Spaced, 3, 5), additionalLocations: new[] { new SourceLocation(Plain, 7, 1), SourceLocation.None, new SourceLocation(Outside, 9) }),
        new("HA999", Severity.Warning, "second", new[] { "b", "c" }, new SourceLocation(Plain, 4, 2)),
        new("HA101", Severity.Info, string.Empty, new[] { "d" }, new SourceLocation(Outside, 5)),
        new("HA203", Severity.Warning, "fourth", new[] { "e" }, new SourceLocation(Spaced, 6, 1), additionalLocations: new[] { SourceLocation.None, new SourceLocation(Spaced, 8, 3) }),
        new("HA999", Severity.Error, "fifth", Array.Empty<string>(), new SourceLocation(Plain, 10, 4)),
    };

    // The paths and URIs as written out by hand.
    private static readonly Dictionary<string, (string Json, string Uri, bool UnderRoot)> Expected = new()
    {
        [Spaced] = ("docs/a b#1.cs", "docs/a%20b%231.cs", true),
        [Plain] = ("src/B.cs", "src/B.cs", true),
        [Outside] = ("/elsewhere/C.cs", "file:///elsewhere/C.cs", false),
    };

    [Fact]
    public void Each_json_finding_has_its_own_file_help_link_and_severity()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(new[] { Report() }, Reports.Paths));
        var findings = json.RootElement.GetProperty("designs")[0].GetProperty("findings").EnumerateArray().ToList();

        Assert.Equal(Alternating.Length, findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = Alternating[i];
            Assert.Equal(finding.RuleId, findings[i].GetProperty("id").GetString());
            Assert.Equal(Expected[finding.Location.File].Json, findings[i].GetProperty("location").GetProperty("file").GetString());
            Assert.Equal(finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" }, findings[i].GetProperty("severity").GetString());
            Assert.Equal(finding.Components, findings[i].GetProperty("components").EnumerateArray().Select(c => c.GetString()));
            if (finding.RuleId == "HA999")
            {
                Assert.False(findings[i].TryGetProperty("helpUri", out _));
            }
            else
            {
                Assert.Equal("https://github.com/harules/harules/blob/main/docs/rules/" + finding.RuleId + ".md", findings[i].GetProperty("helpUri").GetString());
            }
        }
    }

    [Fact]
    public void Each_sarif_result_has_its_own_locations_rule_index_and_fingerprint()
    {
        using var log = JsonDocument.Parse(SarifReportWriter.Write(new[] { Report() }, Reports.Paths));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(Alternating.Length, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var finding = Alternating[i];
            var result = results[i];
            Assert.Equal(finding.RuleId, result.GetProperty("ruleId").GetString());
            Assert.Equal(finding.RuleId == "HA999" ? -1 : ids.IndexOf(finding.RuleId), result.TryGetProperty("ruleIndex", out var index) ? index.GetInt32() : -1);
            Assert.Equal(finding.Message.Length > 0 ? finding.Message : finding.RuleId, result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(Report().Result.Model.Name + "/" + finding.RuleId + ":" + string.Join(",", finding.Components), result.GetProperty("partialFingerprints").GetProperty("haRulesFindingKey/v1").GetString());
            AssertLocation(finding.Location, result.GetProperty("locations")[0].GetProperty("physicalLocation"));

            // The known other locations only, numbered from 1 in their order.
            var known = finding.AdditionalLocations.Where(l => l.IsKnown).ToList();
            if (known.Count == 0)
            {
                Assert.False(result.TryGetProperty("relatedLocations", out _));
                continue;
            }

            var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, known.Count), related.Select(r => r.GetProperty("id").GetInt32()));
            for (var r = 0; r < known.Count; r++)
            {
                AssertLocation(known[r], related[r].GetProperty("physicalLocation"));
            }
        }
    }

    [Fact]
    public void Past_the_limit_the_console_prints_and_counts_only_active_findings_wherever_the_accepted_ones_stand()
    {
        var large = Reports.Check(Scale.GeneratedDesigns.Stacks(200));
        var findings = large.Result.Findings.Select((f, i) => i % 3 == 1 && !f.Accepted ? f.AsAccepted("accepted here") : f).ToList();
        var report = new DesignReport(large.Result.WithFindings(findings));
        var active = findings.Where(f => !f.Accepted).ToList();
        const int limit = 20;
        Assert.True(active.Count > limit + 10, $"the generated design should have many findings, has {active.Count}");

        var lines = TextReportWriter.Write(report, Reports.Paths, "G.dll", limit).Split('\n');

        Assert.Equal(active.Take(limit).Select(f => TextReportWriter.Line(f, Reports.Paths, "G.dll")), lines.Take(limit));
        Assert.Contains($"{active.Count - limit:N0} more findings not shown here", lines[limit], StringComparison.Ordinal);
        Assert.Contains($"; {findings.Count - active.Count} accepted", string.Join("\n", lines), StringComparison.Ordinal);
    }

    private static DesignReport Report() => new(Reports.Sample("WebShop").Result.WithFindings(Alternating));

    private static void AssertLocation(SourceLocation location, JsonElement physical)
    {
        var (_, uri, underRoot) = Expected[location.File];
        var artifact = physical.GetProperty("artifactLocation");
        Assert.Equal(uri, artifact.GetProperty("uri").GetString());
        Assert.Equal(underRoot, artifact.TryGetProperty("uriBaseId", out _));
        Assert.Equal(location.Line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(location.Column > 0 ? location.Column : -1, physical.GetProperty("region").TryGetProperty("startColumn", out var column) ? column.GetInt32() : -1);
    }
}

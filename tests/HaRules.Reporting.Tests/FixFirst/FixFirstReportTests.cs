using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using HaRules.Reliability;
using HaRules.Reporting.Html;
using HaRules.Reporting.Json;
using HaRules.Reporting.Markdown;
using HaRules.Reporting.Text;
using Xunit;

namespace HaRules.Reporting.Tests.FixFirst;

/// <summary>Every report opens with (or carries) the engine's fix-first ranking.</summary>
public sealed class FixFirstReportTests
{
    [Fact]
    public void The_markdown_report_opens_with_at_most_ten_fixes_in_the_engines_order()
    {
        var report = Reports.Sample("FragileShop");
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);

        var section = markdown.IndexOf("### Fix first\n", StringComparison.Ordinal);
        Assert.True(section > 0);
        Assert.True(section < markdown.IndexOf("### Services", StringComparison.Ordinal), "the fixes come before everything else");
        var end = markdown.IndexOf("\n### ", section + 5, StringComparison.Ordinal);
        var rows = Regex.Matches(markdown.Substring(section, end - section), @"^\| (\d+) \| \*\*([^*]+)\*\* \|", RegexOptions.Multiline);
        Assert.Equal(10, rows.Count);

        var fixes = report.Result.Reliability.FixFirst.Fixes;
        Assert.True(fixes.Count > 10);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i].Groups[1].Value);
            Assert.Equal(fixes[i].IsGroup ? fixes[i].Target + " (replica group)" : fixes[i].Target, rows[i].Groups[2].Value);
        }

        // FragileShop's worst: the one power panel both services hang on. What a user makes
        // redundant is listed, never a part: san-a and array-1 rather than their power supplies.
        Assert.Equal("panel", fixes[0].Target);
        Assert.Contains("| 1 | **panel** | ", markdown);
        Assert.All(rows, row => Assert.DoesNotContain("/", row.Groups[2].Value, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Groups[2].Value == "san-a");
        Assert.Contains(rows, row => row.Groups[2].Value == "array-1");
        // One HA101 on ups (both services in it); HA202 on the db cluster's nodes and on web's replicas,
        // HA606 on the two clusters behind it: what ups' redundancy would resolve, one finding per root cause.
        Assert.Contains(" | **ups** | 1 h 24 m | reporting (42 m), shop (42 m) | HA101 error, HA202 warning ×2, HA606 warning ×2 |", markdown);
    }

    [Fact]
    public void The_html_report_opens_with_the_same_fixes()
    {
        var html = HtmlReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        var section = html.IndexOf("<h3>Fix first</h3>", StringComparison.Ordinal);
        Assert.True(section > 0);
        Assert.True(section < html.IndexOf("<h3>Services</h3>", StringComparison.Ordinal));
        Assert.Contains("<strong>panel</strong>", html.Substring(section, 4000));
    }

    [Fact]
    public void The_json_report_carries_the_whole_ranking()
    {
        var report = Reports.Sample("FragileShop");
        using var json = JsonDocument.Parse(JsonReportWriter.Write(new[] { report }, Reports.Paths));
        var design = json.RootElement.GetProperty("designs")[0];
        var fixes = design.GetProperty("fixFirst");
        var ranking = report.Result.Reliability.FixFirst;
        Assert.Equal(ranking.Fixes.Count, fixes.GetArrayLength());
        Assert.Equal(ranking.Complete, design.GetProperty("fixFirstComplete").GetBoolean());

        var first = fixes[0];
        Assert.Equal("panel", first.GetProperty("target").GetString());
        Assert.False(first.GetProperty("replicaGroup").GetBoolean());
        Assert.Equal(new[] { "panel" }, first.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(ranking.Fixes[0].DowntimeRemovedMinutesPerYear, first.GetProperty("downtimeMinutesPerYearRemoved").GetDouble(), 9);
        var services = first.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(new[] { "reporting", "shop" }, services.Select(s => s.GetProperty("name").GetString()).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(
            first.GetProperty("downtimeMinutesPerYearRemoved").GetDouble(),
            services.Sum(s => s.GetProperty("downtimeMinutesPerYearRemoved").GetDouble()),
            9);
        Assert.Contains("HA101", first.GetProperty("resolves").EnumerateArray().Select(r => r.GetString()));

        var group = fixes.EnumerateArray().First(f => f.GetProperty("replicaGroup").GetBoolean());
        Assert.True(group.GetProperty("components").GetArrayLength() >= 2);

        // A component is made perfect with its parts: san-a with the power supply HA101 folds into it.
        var sanA = fixes.EnumerateArray().Single(f => f.GetProperty("target").GetString() == "san-a");
        Assert.Contains("san-a/psu-1", sanA.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("HA101", sanA.GetProperty("resolves").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain(fixes.EnumerateArray(), f => f.GetProperty("target").GetString()!.Contains('/', StringComparison.Ordinal));

        // Each service's availability with the fix: its downtime removed is the service's unavailability minus it.
        var shop = report.Result.Reliability.FindService("shop")!;
        var onShop = services.Single(s => s.GetProperty("name").GetString() == "shop");
        Assert.Equal(
            (shop.Unavailability - onShop.GetProperty("unavailabilityIfPerfect").GetDouble()) * FailureData.HoursPerYear * 60,
            onShop.GetProperty("downtimeMinutesPerYearRemoved").GetDouble(),
            6);
    }

    [Fact]
    public void Every_fix_in_the_json_resolves_the_rules_of_the_findings_that_name_it()
    {
        // The JSON finds them through an index by component: held here to the definition, a scan
        // of every active finding per fix (the rules worst first, then by ID).
        var report = Reports.Sample("FragileShop");
        using var json = JsonDocument.Parse(JsonReportWriter.Write(new[] { report }, Reports.Paths));
        var fixes = json.RootElement.GetProperty("designs")[0].GetProperty("fixFirst");
        var ranking = report.Result.Reliability.FixFirst.Fixes;
        var active = report.Result.Active.ToList();
        Assert.Equal(ranking.Count, fixes.GetArrayLength());
        var resolving = 0;
        for (var i = 0; i < ranking.Count; i++)
        {
            var names = ranking[i].Components.Append(ranking[i].Target).ToHashSet(StringComparer.Ordinal);
            var expected = active
                .Where(f => f.Components.Any(names.Contains))
                .GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .OrderByDescending(g => g.Max(f => f.Severity))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .ToList();
            Assert.Equal(expected, fixes[i].GetProperty("resolves").EnumerateArray().Select(r => r.GetString()));
            resolving += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(resolving > 1);
    }

    [Fact]
    public void The_console_summary_goes_on_with_the_top_fixes_and_none_reads_as_a_finding()
    {
        var text = TextReportWriter.Write(Reports.Sample("FragileShop"), Reports.Paths, "FragileShop.dll");
        var lines = text.Split('\n');
        var summary = Array.FindIndex(lines, l => l.StartsWith("FragileShopDesign: ", StringComparison.Ordinal) && l.Contains(" components; ", StringComparison.Ordinal));
        Assert.True(summary > 0);
        Assert.Equal("FragileShopDesign: fix first (downtime a year removed if it could not fail):", lines[summary + 1]);
        Assert.StartsWith("  1. panel — 4 h 0 m (", lines[summary + 2], StringComparison.Ordinal);
        Assert.Contains("; resolves HA101", lines[summary + 2], StringComparison.Ordinal);
        Assert.StartsWith("  10. ", lines[summary + 11], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[summary + 12]);
        Assert.DoesNotMatch(@": (error|warning|info) HA\d{3}: ", string.Join("\n", lines.Skip(summary)));
    }

    [Fact]
    public void A_name_that_looks_like_a_finding_is_defused_on_the_fix_lines()
    {
        var d = new DesignBuilder("Sneaky");
        var box = d.AddServer("x: error HA101: boom").Availability(0.99);
        d.AddService("svc").EntryPoint(box);
        var text = TextReportWriter.Write(Reports.Check(d), Reports.Paths, "Sneaky.dll");
        var fixes = text.Substring(text.IndexOf("fix first", StringComparison.Ordinal));
        Assert.Contains("x:\u00A0error HA101:\u00A0boom", fixes, StringComparison.Ordinal);
        Assert.DoesNotMatch(@": (error|warning|info) HA\d{3}: ", fixes);
    }

    [Fact]
    public void A_design_without_services_has_no_fix_section()
    {
        var d = new DesignBuilder("NoService");
        d.AddServer("lonely");
        var report = Reports.Check(d);
        Assert.Empty(report.Result.Reliability.FixFirst.Fixes);
        Assert.DoesNotContain("### Fix first", MarkdownReportWriter.Write(new[] { report }, Reports.Paths));
        Assert.DoesNotContain("fix first", TextReportWriter.Write(report, Reports.Paths, "x.dll"));
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using HaRules.Findings;
using HaRules.Reporting.Html;
using HaRules.Reporting.Markdown;
using Xunit;

namespace HaRules.Reporting.Tests.Markdown;

/// <summary>
/// The Markdown and HTML reports share one content step: built once per report and paths, it
/// must still follow the paths it is given, and its capped lists keep the rows a full sort gives.
/// </summary>
public sealed class SharedContentTests
{
    [Fact]
    public void The_same_report_written_with_other_paths_links_through_the_new_paths()
    {
        var report = Reports.Sample("FragileShop");
        var usual = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);
        var elsewhere = new ReportPaths(Reports.RepositoryRoot(), null, "https://rules.example/");

        var markdown = MarkdownReportWriter.Write(new[] { report }, elsewhere);
        var html = HtmlReportWriter.Write(new[] { report }, elsewhere);

        Assert.DoesNotContain("https://rules.example/", usual);
        Assert.Contains("(https://rules.example/HA101.md)", markdown);
        Assert.Contains("href=\"https://rules.example/HA101.md\"", html);
        Assert.Equal(usual, MarkdownReportWriter.Write(new[] { report }, Reports.Paths));
    }

    [Fact]
    public void Past_200_components_with_findings_the_first_200_by_name_are_listed_worst_first()
    {
        // 205 servers on a single power supply each, declared in reverse name order.
        var d = new DesignBuilder("Findings");
        var feed = d.AddPowerFeed("feed");
        var ups = d.AddUps("ups").FedBy(feed);
        foreach (var i in Enumerable.Range(0, 205).Reverse())
        {
            d.AddServer("s" + i).WithPowerSupplies(ups);
        }

        var report = Reports.Check(d);
        var html = HtmlReportWriter.Write(new[] { report }, Reports.Paths);
        var start = html.IndexOf("<h3>Findings</h3>", StringComparison.Ordinal);
        var section = html.Substring(start, html.IndexOf("</section>", start, StringComparison.Ordinal) - start);
        var listed = Regex.Matches(section, "<h5>([^<]+)</h5>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        // The same list from a plain sort of every group: per severity, worst first, by name, the design last.
        var active = report.Result.Findings.Where(f => !f.Accepted).ToList();
        var groups = new[] { Severity.Error, Severity.Warning, Severity.Info }
            .SelectMany(s => active.Where(f => f.Severity == s)
                .GroupBy(f => f.Group ?? f.Components.FirstOrDefault() ?? string.Empty)
                .OrderBy(g => g.Key.Length == 0)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key.Length == 0 ? "The design" : g.Key))
            .ToList();
        Assert.True(groups.Count > 205, "every server has a finding of its own");
        Assert.Equal(groups.Take(200), listed);
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"<p>{N(groups.Count - 200)} more components with findings are left out here (the report shows 200 of {N(groups.Count)}); the JSON report has them all.</p>", section);
    }
}

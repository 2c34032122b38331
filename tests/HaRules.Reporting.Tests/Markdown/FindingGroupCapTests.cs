using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using HaRules.Model;
using HaRules.Reporting.Html;
using HaRules.Reporting.Markdown;
using Xunit;

namespace HaRules.Reporting.Tests.Markdown;

/// <summary>
/// One component can be the root cause of a finding per service; past 200 its list in the
/// Markdown and HTML reports keeps the first 200 findings and says how many it left out, as
/// every other list does. Fewer are all listed, as before the cap.
/// </summary>
public sealed class FindingGroupCapTests
{
    [Fact]
    public void Past_200_findings_of_one_component_the_first_200_are_listed_and_the_rest_counted()
    {
        var report = Reports.Check(OneComponentWith(230));
        var (listed, section) = Group(report, "r");

        // The same findings from the check itself: those on r, in their order.
        var expected = report.Result.Findings
            .Where(f => !f.Accepted && f.RuleId == "HA002" && (f.Group ?? f.Components.FirstOrDefault()) == "r")
            .Select(f => f.Message)
            .ToList();
        Assert.Equal(230, expected.Count);
        Assert.All(report.Result.Findings.Where(f => (f.Group ?? f.Components.FirstOrDefault()) == "r"), f => Assert.Equal("HA002", f.RuleId));
        Assert.Equal(200, listed.Count);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains(expected[i], listed[i], StringComparison.Ordinal));
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"<p>{N(expected.Count - 200)} more findings of r are left out here (the report shows 200 of {N(expected.Count)}); the JSON report has them all.</p>", section);

        // The Markdown report is made from the same content.
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);
        Assert.Equal(200, Regex.Matches(markdown, "^- \\*\\*error\\*\\* .*HA002", RegexOptions.Multiline).Count);
        Assert.Contains("30 more findings of r are left out here (the report shows 200 of 230); the JSON report has them all.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_to_200_findings_of_one_component_are_all_listed()
    {
        var report = Reports.Check(OneComponentWith(150));
        var (listed, section) = Group(report, "r");

        var expected = report.Result.Findings.Count(f => !f.Accepted && f.RuleId == "HA002" && (f.Group ?? f.Components.FirstOrDefault()) == "r");
        Assert.Equal(150, expected);
        Assert.Equal(expected, listed.Count);
        Assert.DoesNotContain("more findings of", section, StringComparison.Ordinal);
        Assert.DoesNotContain("more findings of", MarkdownReportWriter.Write(new[] { report }, Reports.Paths), StringComparison.Ordinal);
    }

    // A hand-made model whose one component references that many undeclared names: a finding
    // (HA002) per reference, every one about the component "r".
    private static DesignModel OneComponentWith(int references)
    {
        var at = SourceLocation.None;
        var missing = Enumerable.Range(0, references).Select(i => "missing-" + i.ToString("D3", CultureInfo.InvariantCulture));
        return new DesignModel(
            "OneComponent",
            new[] { new Component("r", ComponentKind.Server, at) },
            Array.Empty<ComponentGroup>(),
            missing.Select(name => new Relation(RelationKind.DependsOn, "r", new[] { name }, at)),
            Array.Empty<Acceptance>());
    }

    // The items listed under a component's heading in the HTML findings, and the section after that heading.
    private static (System.Collections.Generic.List<string> Listed, string Section) Group(DesignReport report, string component)
    {
        var html = HtmlReportWriter.Write(new[] { report }, Reports.Paths);
        var start = html.IndexOf("<h3>Findings</h3>", StringComparison.Ordinal);
        var heading = html.IndexOf("<h5>" + component + "</h5>", start, StringComparison.Ordinal);
        Assert.True(heading > 0, "no heading for " + component);
        var next = html.IndexOf("<h5>", heading + 1, StringComparison.Ordinal);
        var end = html.IndexOf("</section>", heading, StringComparison.Ordinal);
        var section = html.Substring(heading, (next > 0 && next < end ? next : end) - heading);
        var list = section.Substring(0, section.IndexOf("</ul>", StringComparison.Ordinal));
        var listed = Regex.Matches(list, "<li>(.*?)</li>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty))).ToList();
        return (listed, section);
    }
}

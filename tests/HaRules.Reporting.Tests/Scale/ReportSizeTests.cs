using System;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Reporting.Html;
using HaRules.Reporting.Markdown;
using Xunit;

namespace HaRules.Reporting.Tests.Scale;

/// <summary>
/// The Markdown report fits a GitHub comment (under 65,536 characters) and every Mermaid block
/// renders (at most 500 edges) at any design size; what is cut is said.
/// </summary>
public sealed class ReportSizeTests
{
    private const int CommentLimit = 65_536;

    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    [InlineData(2_000)]
    [InlineData(20_000)]
    public void A_generated_design_fits_a_comment_and_every_diagram_renders(int components)
    {
        var report = Reports.Check(GeneratedDesigns.Stacks(components));
        var declared = report.Result.Model.DeclaredComponents.Count();
        Assert.InRange(declared, components - 5, components + 5);

        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);

        Assert.True(markdown.Length < CommentLimit, $"{components} components: {markdown.Length:N0} characters");
        foreach (var block in MermaidBlocks(markdown))
        {
            var edges = Regex.Matches(block, "-->").Count;
            Assert.InRange(edges, 0, 500);
        }

        Assert.Contains("### Fix first", markdown);
        Assert.Contains("### Topology", markdown);
        if (components >= 200)
        {
            // Past the first sizes something had to go, and the report says what.
            Assert.Contains("This report is cut to stay under GitHub's limit of 65,536 characters.** Left out: ", markdown);
        }
    }

    [Fact]
    public void A_mid_sized_design_gets_a_summary_of_its_tiers_and_the_details_folded()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Check(GeneratedDesigns.Stacks(200)) }, Reports.Paths);
        var topology = markdown.Substring(markdown.IndexOf("### Topology", StringComparison.Ordinal));
        var blocks = MermaidBlocks(topology).ToList();
        Assert.Equal(2, blocks.Count);

        // The summary: one node per tier, the servers' tier counting every server (39 stacks × 3 + 0 groups).
        Assert.Contains("Servers<br/>117 components, 39 with a single point of failure", blocks[0]);
        Assert.True(Regex.Matches(blocks[0], "-->").Count < 50);
        Assert.Contains("<details><summary>Detailed diagram</summary>", topology);
        var details = topology.Substring(topology.IndexOf("<details>", StringComparison.Ordinal));
        Assert.Contains("```mermaid", details.Substring(0, details.IndexOf("</details>", StringComparison.Ordinal)));
    }

    [Fact]
    public void FragileShops_markdown_fits_a_comment_uncut_with_replica_groups_folded()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        Assert.True(markdown.Length < CommentLimit, $"{markdown.Length:N0} characters");
        Assert.DoesNotContain("This report is cut", markdown);
        var diagram = Assert.Single(MermaidBlocks(markdown));
        Assert.Contains("[\"web #215;2<br/>Server\"]", diagram);
        Assert.DoesNotContain("web-1", diagram);
        Assert.DoesNotContain("psu-1", diagram);
    }

    [Fact]
    public void The_html_diagram_of_200_components_stays_within_a_page_width_and_draws_each_once()
    {
        var report = Reports.Check(GeneratedDesigns.Stacks(200));
        var html = HtmlReportWriter.Write(new[] { report }, Reports.Paths);
        var svg = Regex.Match(html, "<svg [^>]*viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
        Assert.True(svg.Success);
        var width = double.Parse(svg.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width <= 128 + 1080 + 16, $"width {width}"); // the layout's gutter, row width and margin

        var drawn = Regex.Matches(html, "data-component=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(drawn.Count, drawn.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(report.Result.Model.DeclaredComponents.Select(c => c.Name).Distinct().Count(), drawn.Count);

        // Readable: at most one line per pair of boxes on average, so the boxes are not buried in lines.
        var lines = Regex.Matches(html, "<path d=\"M").Count;
        Assert.True(lines <= 2 * drawn.Count, $"{lines} lines for {drawn.Count} boxes");
    }

    [Fact]
    public void A_replica_group_wider_than_a_row_wraps_in_the_html_diagram()
    {
        var d = new DesignBuilder("Wide");
        var web = d.AddServer("web", replicas: 40);
        var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        d.AddService("shop").EntryPoint(lb);
        var html = HtmlReportWriter.Write(new[] { Reports.Check(d) }, Reports.Paths);

        var svg = Regex.Match(html, "<svg [^>]*viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
        Assert.True(double.Parse(svg.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= 128 + 1080 + 16);
        Assert.Equal(40, Regex.Matches(html, "data-component=\"web-\\d+\"").Count);
        Assert.Contains(">web \u00d740 (continued)</text>", html);
    }

    private static System.Collections.Generic.IEnumerable<string> MermaidBlocks(string markdown)
    {
        var at = 0;
        while ((at = markdown.IndexOf("```mermaid\n", at, StringComparison.Ordinal)) >= 0)
        {
            var end = markdown.IndexOf("```\n", at + 10, StringComparison.Ordinal);
            yield return markdown.Substring(at, end - at);
            at = end + 4;
        }
    }
}

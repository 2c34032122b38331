using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HaRules.Reporting.Html;
using Xunit;

namespace HaRules.Reporting.Tests.Html;

public sealed class HtmlReportWriterTests
{
    public static TheoryData<string> Samples => new() { "WebShop", "FragileShop" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_report_matches_the_verified_one(string sample) =>
        Approval.Verify(HtmlReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths), sample, "html");

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_same_design_gives_the_same_bytes(string sample) =>
        Assert.Equal(
            HtmlReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths),
            HtmlReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths));

    [Fact]
    public void The_page_fetches_nothing()
    {
        var html = HtmlReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("src=", html);
        Assert.Empty(Regex.Matches(html, "url\\((?!#arrow\\))"));
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Every_declared_component_is_drawn_and_the_engines_spofs_are_marked()
    {
        var report = Reports.Sample("FragileShop");
        var svg = Svg(HtmlReportWriter.Write(new[] { report }, Reports.Paths));
        var drawn = svg.Descendants().Where(e => e.Attribute("data-component") is not null).ToList();
        var declared = report.Result.Model.DeclaredComponents.Select(c => c.Name).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(declared, drawn.Select(e => e.Attribute("data-component")!.Value).OrderBy(n => n, System.StringComparer.Ordinal));

        var spofs = report.Result.Reliability.Services.SelectMany(s => s.SinglePointsOfFailure)
            .Select(n => report.Result.Model.FindComponent(n)?.Owner ?? n).Distinct().OrderBy(n => n, System.StringComparer.Ordinal);
        var marked = drawn.Where(e => e.Attribute("data-spof")?.Value == "true").ToList();
        Assert.Equal(spofs, marked.Select(e => e.Attribute("data-component")!.Value).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.All(marked, e => Assert.Contains(e.Descendants(), t => t.Name.LocalName == "text" && t.Value == "SPOF"));
        Assert.Contains("ap-lb", marked.Select(e => e.Attribute("data-component")!.Value));
    }

    [Fact]
    public void Tiers_run_from_entry_points_down_to_power()
    {
        var svg = Svg(HtmlReportWriter.Write(new[] { Reports.Sample("WebShop") }, Reports.Paths));
        double Top(string name) => double.Parse(
            svg.Descendants().Single(e => e.Attribute("data-component")?.Value == name).Elements().First(e => e.Name.LocalName == "rect").Attribute("y")!.Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Top("shop") < Top("lb"));
        Assert.True(Top("lb") < Top("web-1"));
        Assert.Equal(Top("web-1"), Top("web-2"));
        Assert.True(Top("web-1") < Top("sw-a"));
        Assert.True(Top("sw-a") < Top("ups-a"));
    }

    public static XElement Svg(string html)
    {
        var start = html.IndexOf("<svg", System.StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", start, System.StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html.Substring(start, end - start));
    }
}

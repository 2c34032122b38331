using System.Linq;
using HaRules.Reporting.Markdown;
using Xunit;

namespace HaRules.Reporting.Tests.Markdown;

public sealed class MarkdownReportWriterTests
{
    public static TheoryData<string> Samples => new() { "WebShop", "FragileShop" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_report_matches_the_verified_one(string sample) =>
        Approval.Verify(MarkdownReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths), sample, "md");

    [Fact]
    public void Accepted_findings_show_their_reason_and_expiry()
    {
        var report = HostileDesign.Report();
        var accepted = report.Result.Findings.First(f => f.Accepted);
        var acceptance = report.Result.Model.Acceptances.First(a => a.RuleId == accepted.RuleId && a.Reason == accepted.Justification);
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);

        Assert.Contains("### Accepted findings", markdown);
        Assert.Contains(MarkdownText.Escape(accepted.Justification), markdown);
        Assert.Equal("2030-01-01", acceptance.Expires);
        Assert.Contains("| 2030-01-01 |", markdown);
    }

    [Fact]
    public void Findings_are_grouped_under_their_component()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        var heading = markdown.IndexOf("#### sw-a\n", System.StringComparison.Ordinal);
        Assert.True(heading > 0);
        Assert.Contains("HA201", markdown.Substring(heading, markdown.IndexOf("####", heading + 4, System.StringComparison.Ordinal) - heading));
    }

    [Fact]
    public void Findings_fall_under_the_services_whose_dependency_cone_holds_their_component()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        var shop = markdown.IndexOf("#### Service **shop**\n", System.StringComparison.Ordinal);
        var reporting = markdown.IndexOf("#### Service **reporting**\n", System.StringComparison.Ordinal);
        var other = markdown.IndexOf("#### Other", System.StringComparison.Ordinal);
        Assert.True(shop > 0 && reporting > shop && other > reporting, markdown);
        Assert.Contains("##### rep-1\n", markdown.Substring(reporting, other - reporting));
        Assert.DoesNotContain("##### rep-1\n", markdown.Substring(shop, reporting - shop));
        Assert.Contains("##### nightly-db\n", markdown.Substring(other));
        Assert.Contains("##### ups\n", markdown.Substring(shop, reporting - shop));
        Assert.Contains("##### ups\n", markdown.Substring(reporting, other - reporting));
    }

    [Fact]
    public void Engine_sections_show_availability_spofs_cut_sets_blast_radius_and_gaps()
    {
        var report = Reports.Sample("FragileShop");
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);
        var shop = report.Result.Reliability.FindService("shop")!;
        Assert.Contains("| **shop** | " + HaRules.Reliability.AvailabilityText.WithDowntime(shop.Availability, shop.Unavailability) + " | 99.999 % (5.3 m down per year) | **below its target** |", markdown);
        Assert.Contains("| shop | **ups** | shop → shop.example.com → web-1 → web-1/psu-1 → ups |", markdown);
        Assert.Contains("56 minimal cut sets of up to 2 failures; the first 50 are listed.", markdown);
        Assert.Contains("- ap-1 + ap-2\n", markdown);
        Assert.Contains("| **panel** | reporting, shop |", markdown);
        Assert.Contains("| **rep-1** | **not declared** | **not declared** | declared | **not declared** | – |", markdown);
    }

    [Fact]
    public void The_diagram_highlights_the_engines_single_points_of_failure()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        // rg-data/disk-1 is a single point of failure of shop: its owner, rg-data (n29), is highlighted; so is ap-lb (n2).
        Assert.Contains("  class n2,n3,n13,n14,n15,n16,n23,n24,n29,n31,n36,n38,n39,n40 spof\n", markdown);
    }
}

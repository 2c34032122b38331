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
    public void Findings_are_grouped_by_severity_then_by_their_component()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        var errors = markdown.IndexOf("#### Errors (", System.StringComparison.Ordinal);
        var warnings = markdown.IndexOf("#### Warnings (", System.StringComparison.Ordinal);
        var info = markdown.IndexOf("#### Info (", System.StringComparison.Ordinal);
        var end = markdown.IndexOf("### Single points of failure", System.StringComparison.Ordinal);
        Assert.True(errors > 0 && warnings > errors && info > warnings && end > info);

        // ap-lb is a root cause of an error (HA101) and of a warning (HA405): one heading under each.
        var lbError = markdown.IndexOf("##### ap-lb\n", errors, System.StringComparison.Ordinal);
        var lbWarning = markdown.IndexOf("##### ap-lb\n", warnings, System.StringComparison.Ordinal);
        Assert.True(lbError > errors && lbError < warnings);
        Assert.True(lbWarning > warnings && lbWarning < info);
        Assert.Contains("**error** [HA101]", Under(markdown, lbError));
        Assert.DoesNotContain("HA405", Under(markdown, lbError));
        Assert.Contains("**warning** [HA405]", Under(markdown, lbWarning));

        // A finding on every replica of a group is listed once, under the group's name.
        var apWarning = markdown.IndexOf("##### ap\n", warnings, System.StringComparison.Ordinal);
        Assert.True(apWarning > warnings && apWarning < info);
        Assert.Contains("every replica of ap (ap-1 and ap-2)", Under(markdown, apWarning));
        Assert.DoesNotContain("##### ap-1\n", markdown);
    }

    [Fact]
    public void Every_active_finding_is_listed_once_under_its_severity()
    {
        var report = Reports.Sample("FragileShop");
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);
        var findings = markdown.Substring(markdown.IndexOf("### Findings", System.StringComparison.Ordinal));
        findings = findings.Substring(0, findings.IndexOf("### Single points of failure", System.StringComparison.Ordinal));
        var active = report.Result.Active.ToList();
        foreach (var (severity, word, title) in new[] { (Findings.Severity.Error, "error", "Errors"), (Findings.Severity.Warning, "warning", "Warnings"), (Findings.Severity.Info, "info", "Info") })
        {
            var count = active.Count(f => f.Severity == severity);
            Assert.Contains("#### " + title + " (" + count + ")\n", findings);
            Assert.Equal(count, System.Text.RegularExpressions.Regex.Matches(findings, "^- \\*\\*" + word + "\\*\\* ", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        }
    }

    private static string Under(string markdown, int heading)
    {
        var next = markdown.IndexOf("\n#", heading + 6, System.StringComparison.Ordinal);
        return markdown.Substring(heading, next - heading);
    }

    [Fact]
    public void Engine_sections_show_availability_spofs_cut_sets_blast_radius_and_gaps()
    {
        var report = Reports.Sample("FragileShop");
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);
        var shop = report.Result.Reliability.FindService("shop")!;
        Assert.Contains("| **shop** | " + HaRules.Reliability.AvailabilityText.WithDowntime(shop.Availability, shop.Unavailability) + " | 99.999 % (5.3 m down per year) | **below its target** |", markdown);
        Assert.Contains("| shop | **ups** | shop → shop.example.com → web-1 → web-1/psu-1 → ups |", markdown);
        // 46, the batch-lb pair, and five pairs from batch's single fans: batch-1/fan-1 with batch-2,
        // batch-2/psu-1 or batch-2/fan-1, and batch-2/fan-1 with batch-1 or batch-1/psu-1.
        Assert.Contains("52 minimal cut sets of up to 2 failures; the first 50 are listed.", markdown);
        Assert.Contains("- ap-1 + ap-2\n", markdown);
        Assert.Contains("| **panel** | reporting, shop |", markdown);
        Assert.Contains("| **rep-1** | **not declared** | declared | declared | **not declared** | – |", markdown); // its NICs (the LACP bond of HA206)
    }

    [Fact]
    public void The_diagram_highlights_the_engines_single_points_of_failure()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths);
        // Replica groups are one node each and parts count as their owner: rg-data/disk-1 is a single
        // point of failure of shop, so its owner rg-data (n23) is highlighted; kv-1 is one, so the
        // group kv (n10) is; so is ap-lb (n1).
        Assert.Contains("  n23[\"rg-data<br/>RaidGroup\"]\n", markdown);
        Assert.Contains("  n10[\"kv #215;2<br/>Server\"]\n", markdown);
        Assert.Contains("  class n1,n2,n8,n9,n10,n17,n18,n23,n25,n30,n32,n33 spof\n", markdown);
    }
}

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
}

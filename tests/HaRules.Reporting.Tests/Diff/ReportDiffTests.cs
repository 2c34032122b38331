using System;
using HaRules.Reporting.Diff;
using Xunit;

namespace HaRules.Reporting.Tests.Diff;

public sealed class ReportDiffTests
{
    private const string Before = """
        { "tool": { "name": "HaRules", "version": "0.1.0" }, "designs": [ { "name": "Shop", "componentCount": 3,
          "findings": [
            { "id": "HA201", "severity": "warning", "message": "one PSU", "components": ["web"], "accepted": false, "justification": null },
            { "id": "HA205", "severity": "info", "message": "one fan", "components": ["web"], "accepted": true, "justification": "ok" } ],
          "services": [ { "name": "shop", "availability": 0.9995, "singlePointsOfFailure": [] } ] } ] }
        """;

    private const string After = """
        { "tool": { "name": "HaRules", "version": "0.1.0" }, "designs": [ { "name": "Shop", "componentCount": 4,
          "findings": [
            { "id": "HA101", "severity": "error", "message": "lb is a SPOF", "components": ["lb", "shop"], "accepted": false, "justification": null },
            { "id": "HA205", "severity": "info", "message": "one fan", "components": ["web"], "accepted": true, "justification": "ok" } ],
          "services": [ { "name": "shop", "availability": 0.999, "singlePointsOfFailure": [ { "component": "lb", "path": ["shop", "lb"] } ] } ] } ] }
        """;

    [Fact]
    public void New_fixed_and_unchanged_findings_are_matched_by_key_and_accepted_ones_ignored()
    {
        var diff = ReportDiff.Compare(ReportSnapshot.Parse(Before), ReportSnapshot.Parse(After));

        Assert.Equal("HA101", Assert.Single(diff.New).Id);
        Assert.Equal("HA201", Assert.Single(diff.Fixed).Id);
        Assert.Empty(diff.Unchanged);
        Assert.True(diff.AddsError);
    }

    [Fact]
    public void Services_show_new_spofs_and_the_availability_change()
    {
        var diff = ReportDiff.Compare(ReportSnapshot.Parse(Before), ReportSnapshot.Parse(After));

        var change = Assert.Single(diff.Services!);
        Assert.Equal("adds SPOF lb; shop 99.95 % → 99.90 %", DiffMarkdownWriter.Describe(change));
        Assert.Contains("- adds SPOF lb; shop 99.95 % → 99.90 %\n", DiffMarkdownWriter.Write(diff));
    }

    [Fact]
    public void Reports_without_services_have_no_services_section()
    {
        var plain = Before.Replace("\"services\"", "\"other\"", StringComparison.Ordinal);
        var diff = ReportDiff.Compare(ReportSnapshot.Parse(plain), ReportSnapshot.Parse(After));

        Assert.Null(diff.Services);
        Assert.DoesNotContain("## Services", DiffMarkdownWriter.Write(diff));
    }

    [Fact]
    public void The_same_report_twice_changes_nothing()
    {
        var diff = ReportDiff.Compare(ReportSnapshot.Parse(After), ReportSnapshot.Parse(After));

        Assert.Empty(diff.New);
        Assert.Empty(diff.Fixed);
        Assert.Single(diff.Unchanged);
        Assert.False(diff.AddsError);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"designs\": [ { \"name\": 3 } ]}")]
    [InlineData("[1, 2]")]
    public void Text_that_is_not_a_report_is_a_format_error(string json) =>
        Assert.Throws<FormatException>(() => ReportSnapshot.Parse(json));
}

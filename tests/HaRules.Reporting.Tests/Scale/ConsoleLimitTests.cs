using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Findings;
using HaRules.Reporting.Text;
using Xunit;

namespace HaRules.Reporting.Tests.Scale;

/// <summary>
/// The console stays bounded on a large design: at most a number of finding lines, the rest
/// counted per rule on one line that MSBuild cannot read as a finding; the summary and the fixes
/// still count every finding. Below the limit nothing changes.
/// </summary>
public sealed class ConsoleLimitTests
{
    // MSBuild's canonical finding form, as the build reads it.
    private static readonly Regex FindingLine = new(@"\(\d+,\d+\): (error|warning|info) HA\d{3}: ", RegexOptions.CultureInvariant);

    private static readonly DesignReport Large = Reports.Check(GeneratedDesigns.Stacks(500));

    [Fact]
    public void Past_the_limit_the_rest_is_counted_per_rule_and_no_finding_is_lost_from_the_counts()
    {
        var active = Large.Result.Active.ToList();
        Assert.True(active.Count > 40, $"the generated design should have many findings, has {active.Count}");
        const int limit = 25;

        var text = TextReportWriter.Write(Large, Reports.Paths, "G.dll", limit);
        var lines = text.Split('\n');

        Assert.Equal(limit, lines.Count(l => FindingLine.IsMatch(l)));
        var leftOut = Assert.Single(lines, l => l.Contains("not shown here", StringComparison.Ordinal));
        Assert.DoesNotMatch(FindingLine, leftOut);
        Assert.Contains($"{active.Count - limit:N0} more findings", leftOut, StringComparison.Ordinal);

        // Each rule of the findings left out, with its count, counted here from the findings themselves.
        foreach (var rule in active.Skip(limit).GroupBy(f => f.RuleId))
        {
            Assert.Contains($"{rule.Key} \u00D7{rule.Count().ToString("N0", CultureInfo.InvariantCulture)} (", leftOut, StringComparison.Ordinal);
        }

        // The summary still counts every finding.
        var errors = active.Count(f => f.Severity == Severity.Error);
        var warnings = active.Count(f => f.Severity == Severity.Warning);
        Assert.Contains($"; {errors} errors, {warnings} warnings, ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_limit_every_finding_is_printed_and_nothing_is_counted_instead()
    {
        var active = Large.Result.Active.Count();
        var all = TextReportWriter.Write(Large, Reports.Paths, "G.dll", active);
        var unlimited = TextReportWriter.Write(Large, Reports.Paths, "G.dll", int.MaxValue);

        Assert.Equal(unlimited, all);
        Assert.Equal(active, all.Split('\n').Count(l => FindingLine.IsMatch(l)));
        Assert.DoesNotContain("not shown here", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_fix_line_names_the_rules_of_the_findings_that_name_the_fix_or_its_components()
    {
        var fixes = Large.Result.Reliability.FixFirst.Fixes;
        Assert.NotEmpty(fixes);
        var fixLines = TextReportWriter.Write(Large, Reports.Paths, "G.dll").Split('\n')
            .Where(l => Regex.IsMatch(l, @"^  \d+\. ")).ToList();
        Assert.Equal(Math.Min(10, fixes.Count), fixLines.Count);

        for (var i = 0; i < fixLines.Count; i++)
        {
            // A plain scan of every active finding per fix.
            var names = new HashSet<string>(fixes[i].Components) { fixes[i].Target };
            var resolved = Large.Result.Active.Where(f => f.Components.Any(names.Contains)).ToList();
            var rules = resolved.GroupBy(f => f.RuleId)
                .OrderByDescending(g => g.Max(f => f.Severity)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key);
            var expected = resolved.Count > 0 ? "; resolves " + string.Join(", ", rules) : ")";
            Assert.EndsWith(expected, fixLines[i], StringComparison.Ordinal);
        }
    }
}

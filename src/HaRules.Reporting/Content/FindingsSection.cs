using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// The active findings, each once, grouped by severity (errors, then warnings, then info), then by
/// root cause — the component a finding is about (its first component), by name; the findings of
/// the design as a whole come last in each severity. The first <see cref="ReportLimits.Rows"/>
/// components are shown, each with its first <see cref="ReportLimits.Rows"/> findings.
/// </summary>
internal static class FindingsSection
{
    private static readonly (Severity Severity, string Title)[] Severities =
    {
        (Severity.Error, "Errors"), (Severity.Warning, "Warnings"), (Severity.Info, "Info"),
    };

    public static void Write(BlockList blocks, CheckResult result, ReportPaths paths)
    {
        blocks.Heading(3, "Findings");
        var active = result.Active.ToList();
        if (active.Count == 0)
        {
            blocks.Paragraph("No findings.");
            return;
        }

        if (active.Count > ReportLimits.Rows)
        {
            ByRule(blocks, active, paths);
        }

        // Components are capped over all severities together: errors keep their place first.
        var left = ReportLimits.Rows;
        var total = 0;
        var shown = 0;
        foreach (var (severity, title) in Severities)
        {
            var (groups, count) = Groups(active, severity);
            if (count == 0)
            {
                continue;
            }

            total += groups.Count;
            if (left == 0)
            {
                continue;
            }

            blocks.Heading(4, title + " (" + ReportLimits.Number(count) + ")");
            foreach (var group in FirstRows.Of(groups, left, ByKey))
            {
                blocks.Heading(5, group.Key.Length == 0 ? "The design" : group.Key);

                // One component can be the root cause of a finding per service (a shared switch or
                // UPS in front of thousands): its list is capped like every other.
                var findings = group.Value;
                blocks.List(findings.Take(ReportLimits.Rows).Select(f => FindingText.Line(f, paths)));
                ReportLimits.LeftOut(blocks, findings.Count, Math.Min(findings.Count, ReportLimits.Rows), "findings of " + (group.Key.Length == 0 ? "the design" : group.Key));
                shown++;
                left--;
            }
        }

        ReportLimits.LeftOut(blocks, total, shown, "components with findings");
    }

    // The findings of one severity by root cause, each group's in their order, and how many there are.
    // A finding on a redundancy group (one per root cause) is listed under the group's name.
    private static (Dictionary<string, List<Finding>> Groups, int Count) Groups(List<Finding> active, Severity severity)
    {
        var groups = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var finding in active)
        {
            if (finding.Severity != severity)
            {
                continue;
            }

            count++;
            var key = finding.Group ?? finding.Components.FirstOrDefault() ?? string.Empty;
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = new List<Finding>());
            }

            list.Add(finding);
        }

        return (groups, count);
    }

    // By component name, the design as a whole last; names are distinct, so the order is total.
    private static int ByKey(KeyValuePair<string, List<Finding>> a, KeyValuePair<string, List<Finding>> b)
    {
        var designLast = (a.Key.Length == 0).CompareTo(b.Key.Length == 0);
        return designLast != 0 ? designLast : string.CompareOrdinal(a.Key, b.Key);
    }

    // What to fix first in a large design: each rule's count, the most frequent first, with its first finding as the example.
    private static void ByRule(BlockList blocks, List<Finding> active, ReportPaths paths)
    {
        blocks.Paragraph(ReportLimits.Number(active.Count) + " findings; by rule, the most frequent first:");
        var table = blocks.Table("rule", "findings:", "first of them");
        foreach (var rule in active.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = rule.First();
            table.Row(
                new[] { FindingText.RuleLink(rule.Key, paths) },
                new[] { Inline.Plain(ReportLimits.Number(rule.Count())) },
                new[] { Inline.Plain(first.Message) });
        }
    }
}

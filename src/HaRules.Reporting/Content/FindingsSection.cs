using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// The active findings, grouped by service (a finding belongs to every service whose dependency
/// cone holds its first component; the rest fall in "Other"), then by component: the components
/// with an error first, then those with a warning, then the rest, each by name; within a component
/// the worst findings first.
/// </summary>
internal static class FindingsSection
{
    public static void Write(BlockList blocks, CheckResult result, ServiceCones cones, ReportPaths paths)
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

        // Each finding's services are looked up once; the findings of each service keep their order.
        var byService = new List<Finding>?[cones.Services.Count];
        var other = new List<Finding>();
        foreach (var finding in active)
        {
            var services = cones.IndicesOf(finding.Components.FirstOrDefault());
            if (services.Count == 0)
            {
                other.Add(finding);
            }

            foreach (var service in services)
            {
                (byService[service] ??= new List<Finding>()).Add(finding);
            }
        }

        // A large design shows the findings of the services the summary shows.
        var shown = new HashSet<string>(ReportLimits.Services(result.Reliability).Select(s => s.Name), StringComparer.Ordinal);
        for (var service = 0; service < byService.Length; service++)
        {
            if (byService[service] is { } findings && shown.Contains(cones.Services[service]))
            {
                blocks.Heading(4, Inline.Plain("Service "), Inline.Strong(cones.Services[service]));
                WriteByComponent(blocks, findings, paths);
            }
        }

        if (other.Count > 0)
        {
            blocks.Heading(4, cones.Services.Count == 0 ? "All findings" : "Other (no service depends on these)");
            WriteByComponent(blocks, other, paths);
        }
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

    private static void WriteByComponent(BlockList blocks, IEnumerable<Finding> findings, ReportPaths paths)
    {
        // By severity (a component's worst finding), then by the component the findings are about.
        var groups = findings.GroupBy(f => f.Components.FirstOrDefault() ?? string.Empty)
            .OrderByDescending(g => g.Max(f => f.Severity))
            .ThenBy(g => g.Key.Length == 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var group in groups.Take(ReportLimits.Rows))
        {
            blocks.Heading(5, group.Key.Length == 0 ? "The design" : group.Key);
            blocks.List(group.OrderByDescending(f => f.Severity).Select(f => FindingText.Line(f, paths)));
        }

        ReportLimits.LeftOut(blocks, groups.Count, Math.Min(groups.Count, ReportLimits.Rows), "components with findings");
    }
}

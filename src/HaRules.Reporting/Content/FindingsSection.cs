using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// The active findings, grouped by service (a finding belongs to every service whose dependency
/// cone holds its first component; the rest fall in "Other"), then by component.
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

        for (var service = 0; service < byService.Length; service++)
        {
            if (byService[service] is { } findings)
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

    private static void WriteByComponent(BlockList blocks, IEnumerable<Finding> findings, ReportPaths paths)
    {
        foreach (var group in findings.GroupBy(f => f.Components.FirstOrDefault() ?? string.Empty).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            blocks.Heading(5, group.Key.Length == 0 ? "The design" : group.Key);
            blocks.List(group.Select(f => FindingText.Line(f, paths)));
        }
    }
}

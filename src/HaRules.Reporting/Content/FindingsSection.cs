using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
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
        var bySeverity = Counts(active);
        foreach (var (severity, title) in Severities)
        {
            var (groups, count) = bySeverity[(int)severity];
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
            var first = FirstRows.Of(groups, left, ByKey);
            var findingsOf = FirstFindings(active, severity, first);
            foreach (var group in first)
            {
                blocks.Heading(5, group.Key.Length == 0 ? "The design" : group.Key);

                // One component can be the root cause of a finding per service (a shared switch or
                // UPS in front of thousands): its list is capped like every other.
                var findings = findingsOf[group.Key];
                blocks.List(findings.Select(f => FindingText.Line(f, paths)));
                ReportLimits.LeftOut(blocks, group.Value, findings.Count, "findings of " + (group.Key.Length == 0 ? "the design" : group.Key));
                shown++;
                left--;
            }
        }

        ReportLimits.LeftOut(blocks, total, shown, "components with findings");
    }

    // The root cause a finding is listed under: its redundancy group (one finding per root cause),
    // else the component it is about, else the design as a whole.
    private static string KeyOf(Finding finding) =>
        finding.Group ?? (finding.Components.Count > 0 ? finding.Components[0] : string.Empty);

    // Per severity (by its value), how many findings each root cause has and how many there are, in
    // one pass over the findings: counts, not a list of findings per root cause, since the report
    // shows the findings of its first rows only.
    private static (Dictionary<string, int> Groups, int Count)[] Counts(List<Finding> active)
    {
        var bySeverity = new (Dictionary<string, int> Groups, int Count)[Severities.Length];
        for (var s = 0; s < bySeverity.Length; s++)
        {
            bySeverity[s] = (new Dictionary<string, int>(StringComparer.Ordinal), 0);
        }

        foreach (var finding in active)
        {
            if ((uint)finding.Severity >= (uint)bySeverity.Length)
            {
                continue;
            }

            ref var severity = ref bySeverity[(int)finding.Severity];
            severity.Count++;
            CollectionsMarshal.GetValueRefOrAddDefault(severity.Groups, KeyOf(finding), out _)++;
        }

        return bySeverity;
    }

    // The first findings (at most a list's rows) of each root cause shown, in their order.
    private static Dictionary<string, List<Finding>> FirstFindings(List<Finding> active, Severity severity, List<KeyValuePair<string, int>> shown)
    {
        var findings = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var group in shown)
        {
            findings.Add(group.Key, new List<Finding>());
        }

        foreach (var finding in active)
        {
            if (finding.Severity == severity && findings.TryGetValue(KeyOf(finding), out var list) && list.Count < ReportLimits.Rows)
            {
                list.Add(finding);
            }
        }

        return findings;
    }

    // By component name, the design as a whole last; names are distinct, so the order is total.
    private static int ByKey(KeyValuePair<string, int> a, KeyValuePair<string, int> b)
    {
        var designLast = (a.Key.Length == 0).CompareTo(b.Key.Length == 0);
        return designLast != 0 ? designLast : string.CompareOrdinal(a.Key, b.Key);
    }

    // What to fix first in a large design: each rule's count, the most frequent first, with its first finding as the example.
    private static void ByRule(BlockList blocks, List<Finding> active, ReportPaths paths)
    {
        blocks.Paragraph(ReportLimits.Number(active.Count) + " findings; by rule, the most frequent first:");
        var table = blocks.Table("rule", "findings:", "first of them");

        // Counted in one pass, keeping each rule's first finding: a grouping kept every finding.
        var byRule = new Dictionary<string, (Finding First, int Count)>(StringComparer.Ordinal);
        foreach (var finding in active)
        {
            ref var rule = ref CollectionsMarshal.GetValueRefOrAddDefault(byRule, finding.RuleId, out var exists);
            rule = (exists ? rule.First : finding, rule.Count + 1);
        }

        var rules = byRule.ToList();
        rules.Sort((a, b) => a.Value.Count != b.Value.Count ? b.Value.Count.CompareTo(a.Value.Count) : string.CompareOrdinal(a.Key, b.Key));
        foreach (var (id, (first, count)) in rules)
        {
            table.Row(
                new[] { FindingText.RuleLink(id, paths) },
                new[] { Inline.Plain(ReportLimits.Number(count)) },
                new[] { Inline.Plain(first.Message) });
        }
    }
}

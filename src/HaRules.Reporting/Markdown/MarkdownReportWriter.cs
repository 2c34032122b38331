using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Findings;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// Writes the Markdown report of reports.md: per design a summary (counts by severity), the active
/// findings grouped by component with their fix and rule page, the accepted findings with their
/// reasons and expiry dates, the RAID groups and a Mermaid diagram of the topology. Every name and
/// message from the design is escaped; the same design always gives the same bytes.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The report of the given designs.</summary>
    public static string Write(IEnumerable<DesignReport> designs, ReportPaths paths)
    {
        var md = new StringBuilder();
        md.Append("# HaRules report\n\n");
        md.Append(Invariant($"{ToolInfo.Name} {ToolInfo.Version}\n"));
        foreach (var design in designs)
        {
            WriteDesign(md, design, paths);
        }

        return md.ToString();
    }

    private static void WriteDesign(StringBuilder md, DesignReport design, ReportPaths paths)
    {
        var result = design.Result;
        var active = result.Active.ToList();
        var accepted = result.Findings.Where(f => f.Accepted).ToList();
        md.Append("\n## ").Append(MarkdownText.Escape(result.Model.Name)).Append("\n\n");
        md.Append("| components | errors | warnings | info | accepted |\n|---:|---:|---:|---:|---:|\n");
        md.Append(Invariant($"| {result.Model.DeclaredComponents.Count()} | {Count(active, Severity.Error)} | {Count(active, Severity.Warning)} | {Count(active, Severity.Info)} | {accepted.Count} |\n"));

        md.Append("\n### Findings\n\n");
        if (active.Count == 0)
        {
            md.Append("No findings.\n");
        }

        foreach (var group in active.GroupBy(f => f.Components.FirstOrDefault() ?? string.Empty).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            md.Append("#### ").Append(group.Key.Length == 0 ? "The design" : MarkdownText.Escape(group.Key)).Append("\n\n");
            foreach (var finding in group)
            {
                md.Append("- **").Append(SeverityNames.Of(finding.Severity)).Append("** ").Append(RuleLink(finding.RuleId))
                    .Append(": ").Append(MarkdownText.Escape(finding.Message)).Append(Where(finding, paths)).Append('\n');
            }

            md.Append('\n');
        }

        WriteAccepted(md, design, paths, accepted);
        RaidTable.Write(md, result.Model);
        // Until the reliability engine's results reach the report, single points of failure are the subjects of HA101.
        var spofs = active.Where(f => f.RuleId == "HA101" && f.Components.Count > 0).Select(f => f.Components[0]).ToList();
        MermaidDiagram.Write(md, result.Model, spofs);
    }

    private static void WriteAccepted(StringBuilder md, DesignReport design, ReportPaths paths, IReadOnlyList<Finding> accepted)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        md.Append("\n### Accepted findings\n\n");
        md.Append("| rule | component | reason | expires | where |\n|---|---|---|---|---|\n");
        foreach (var finding in accepted)
        {
            var acceptance = AcceptedFindings.AcceptanceOf(design.Result.Model, finding);
            md.Append("| ").Append(RuleLink(finding.RuleId))
                .Append(" | ").Append(MarkdownText.Escape(string.Join(", ", finding.Components)))
                .Append(" | ").Append(MarkdownText.Escape(finding.Justification))
                .Append(" | ").Append(acceptance?.Expires is { } expires ? MarkdownText.Escape(expires) : "never")
                .Append(" | ").Append(Location(finding, paths))
                .Append(" |\n");
        }
    }

    private static string RuleLink(string ruleId) =>
        RuleCatalog.Find(ruleId) is { } rule
            ? $"[{rule.Id}]({rule.HelpLink.AbsoluteUri})"
            : MarkdownText.Escape(ruleId);

    private static string Where(Finding finding, ReportPaths paths) =>
        finding.Location.IsKnown ? " (" + Location(finding, paths) + ")" : string.Empty;

    private static string Location(Finding finding, ReportPaths paths)
    {
        var location = finding.Location;
        if (!location.IsKnown)
        {
            return string.Empty;
        }

        var text = location.Column > 0
            ? Invariant($"{paths.Format(location.File)}:{location.Line}:{location.Column}")
            : Invariant($"{paths.Format(location.File)}:{location.Line}");
        return MarkdownText.Escape(text);
    }

    private static int Count(IEnumerable<Finding> findings, Severity severity) => findings.Count(f => f.Severity == severity);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

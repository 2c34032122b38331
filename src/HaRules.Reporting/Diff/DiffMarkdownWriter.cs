using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Reporting.Markdown;

namespace HaRules.Reporting.Diff;

/// <summary>Writes a <see cref="ReportDiff"/> as Markdown (names and messages escaped).</summary>
public static class DiffMarkdownWriter
{
    /// <summary>The diff as Markdown.</summary>
    public static string Write(ReportDiff diff)
    {
        var md = new StringBuilder();
        md.Append("# HaRules diff\n\n");
        md.Append(string.Format(
            CultureInfo.InvariantCulture,
            "{0} new, {1} fixed, {2} unchanged findings{3}.\n",
            diff.New.Count,
            diff.Fixed.Count,
            diff.Unchanged.Count,
            diff.AddsError ? "; the change adds an error" : string.Empty));
        Section(md, "New findings", diff.New);
        Section(md, "Fixed findings", diff.Fixed);
        Section(md, "Unchanged findings", diff.Unchanged);
        if (diff.Services is { } services)
        {
            md.Append("\n## Services\n\n");
            if (services.Count == 0)
            {
                md.Append("No services.\n");
            }

            foreach (var change in services)
            {
                md.Append("- ").Append(MarkdownText.Escape(Describe(change))).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>One line per service: "adds SPOF lb; shop 99.95 % → 99.90 %".</summary>
    public static string Describe(ServiceChange change)
    {
        var parts = new List<string>();
        if (change.Before is null)
        {
            parts.Add("new service");
        }
        else if (change.After is null)
        {
            parts.Add("removed service");
        }

        parts.AddRange(change.AddedSpofs.Select(s => "adds SPOF " + s));
        parts.AddRange(change.RemovedSpofs.Select(s => "removes SPOF " + s));
        parts.Add(change.Name + " " + Percent(change.Before?.Availability) + " → " + Percent(change.After?.Availability));
        return string.Join("; ", parts);
    }

    private static void Section(StringBuilder md, string title, IReadOnlyList<SnapshotFinding> findings)
    {
        md.Append("\n## ").Append(title).Append("\n\n");
        if (findings.Count == 0)
        {
            md.Append("None.\n");
            return;
        }

        foreach (var f in findings)
        {
            md.Append("- **").Append(MarkdownText.Escape(f.Severity)).Append("** ").Append(MarkdownText.Escape(f.Id))
                .Append(" (").Append(MarkdownText.Escape(string.Join(", ", f.Components))).Append(", ").Append(MarkdownText.Escape(f.Design))
                .Append("): ").Append(MarkdownText.Escape(f.Message)).Append('\n');
        }
    }

    private static string Percent(double? availability) =>
        availability is { } a && double.IsFinite(a)
            ? (a * 100).ToString("0.00##", CultureInfo.InvariantCulture) + " %"
            : "–";
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reporting.Diff;

/// <summary>
/// The difference between two JSON reports: new, fixed and unchanged active findings (matched by
/// design, rule ID and component names) and, when both reports list services, the change of each
/// service's single points of failure and availability.
/// </summary>
public sealed class ReportDiff
{
    private ReportDiff(
        IReadOnlyList<SnapshotFinding> added,
        IReadOnlyList<SnapshotFinding> fixedFindings,
        IReadOnlyList<SnapshotFinding> unchanged,
        IReadOnlyList<ServiceChange>? services)
    {
        New = added;
        Fixed = fixedFindings;
        Unchanged = unchanged;
        Services = services;
    }

    /// <summary>Active findings of the later report that the earlier one does not have.</summary>
    public IReadOnlyList<SnapshotFinding> New { get; }

    /// <summary>Active findings of the earlier report that the later one no longer has.</summary>
    public IReadOnlyList<SnapshotFinding> Fixed { get; }

    /// <summary>Active findings in both reports (as the later one words them).</summary>
    public IReadOnlyList<SnapshotFinding> Unchanged { get; }

    /// <summary>The services' changes, or null when a report has no services section.</summary>
    public IReadOnlyList<ServiceChange>? Services { get; }

    /// <summary>True when the change brings a new error.</summary>
    public bool AddsError => New.Any(f => string.Equals(f.Severity, "error", StringComparison.Ordinal));

    /// <summary>Compares two reports.</summary>
    public static ReportDiff Compare(ReportSnapshot before, ReportSnapshot after)
    {
        var was = Active(before);
        var now = Active(after);
        var wasKeys = new HashSet<string>(was.Select(f => f.Key), StringComparer.Ordinal);
        var nowKeys = new HashSet<string>(now.Select(f => f.Key), StringComparer.Ordinal);
        var services = before.Services is null || after.Services is null ? null : CompareServices(before.Services, after.Services);
        return new ReportDiff(
            now.Where(f => !wasKeys.Contains(f.Key)).ToList(),
            was.Where(f => !nowKeys.Contains(f.Key)).ToList(),
            now.Where(f => wasKeys.Contains(f.Key)).ToList(),
            services);
    }

    // Report order is kept: the first active finding of each key, in the order the report lists them.
    private static List<SnapshotFinding> Active(ReportSnapshot report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return report.Findings.Where(f => !f.Accepted && seen.Add(f.Key)).ToList();
    }

    private static List<ServiceChange> CompareServices(IReadOnlyList<SnapshotService> before, IReadOnlyList<SnapshotService> after)
    {
        static string Key(SnapshotService s) => s.Design + "\u0001" + s.Name;
        var was = before.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return was.Keys.Union(now.Keys)
            .OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => new ServiceChange(was.TryGetValue(k, out var b) ? b : null, now.TryGetValue(k, out var a) ? a : null))
            .ToList();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Reliability;

namespace HaRules.Reporting.Content;

/// <summary>
/// The engine's fix-first ranking as the reports show it: the candidates that remove downtime, the
/// most first, each with the active findings it resolves (those naming the candidate or one of the
/// components it makes perfect: its parts, or a group's members and their parts).
/// </summary>
internal static class TopFixes
{
    /// <summary>The most fixes the summaries open with.</summary>
    public const int Shown = 10;

    public static IReadOnlyList<(Fix Fix, IReadOnlyList<Finding> Findings)> Of(CheckResult result, int count = Shown)
    {
        var fixes = result.Reliability.FixFirst.Fixes;
        if (fixes.Count == 0)
        {
            return Array.Empty<(Fix, IReadOnlyList<Finding>)>();
        }

        // Through the findings indexed by component (as the JSON's fix-first section does), not a
        // scan of every finding per fix; only the names of the fixes shown are indexed.
        var top = fixes.Take(count).ToList();
        var findings = FindingsByComponent.For(result.Active, top);
        return top.Select(f => (f, findings.Resolved(f))).ToList();
    }

    /// <summary>The rules of the findings, worst first then by ID, with a count when a rule fires more than once.</summary>
    public static IReadOnlyList<(string RuleId, Severity Severity, int Count)> Rules(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Max(f => f.Severity), g.Count()))
            .OrderByDescending(r => r.Item2)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>"ups-a" or "web (replica group)".</summary>
    public static string Name(Fix fix) => fix.IsGroup ? fix.Target + " (replica group)" : fix.Target;

    /// <summary>"4 h 10 m", with ", approximate" when an evaluation was not exact.</summary>
    public static string Downtime(double minutes, bool exact) =>
        AvailabilityText.DowntimePerYear(minutes / (FailureData.HoursPerYear * 60)) + (exact ? string.Empty : ", approximate");
}

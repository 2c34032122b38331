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

        // One pass over the findings with the shown fixes' names in a table (a name can belong to
        // several fixes), instead of a pass per fix: the same findings, in their order.
        var shown = Math.Min(Math.Max(count, 0), fixes.Count);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var resolved = new List<Finding>[shown];
        var last = new Finding?[shown];
        for (var i = 0; i < shown; i++)
        {
            resolved[i] = new List<Finding>();
            AddName(byName, fixes[i].Target, i);
            foreach (var component in fixes[i].Components)
            {
                AddName(byName, component, i);
            }
        }

        foreach (var finding in result.Active)
        {
            foreach (var name in finding.Components)
            {
                if (!byName.TryGetValue(name, out var ranks))
                {
                    continue;
                }

                foreach (var rank in ranks)
                {
                    if (!ReferenceEquals(last[rank], finding))
                    {
                        last[rank] = finding;
                        resolved[rank].Add(finding);
                    }
                }
            }
        }

        var top = new List<(Fix, IReadOnlyList<Finding>)>(shown);
        for (var i = 0; i < shown; i++)
        {
            top.Add((fixes[i], resolved[i]));
        }

        return top;
    }

    private static void AddName(Dictionary<string, List<int>> byName, string name, int rank)
    {
        if (!byName.TryGetValue(name, out var ranks))
        {
            byName.Add(name, ranks = new List<int>(1));
        }

        if (ranks.Count == 0 || ranks[ranks.Count - 1] != rank)
        {
            ranks.Add(rank);
        }
    }

    /// <summary>The findings that name the fix's target or one of its components.</summary>
    public static IReadOnlyList<Finding> Resolved(Fix fix, IEnumerable<Finding> findings)
    {
        var names = new HashSet<string>(fix.Components, StringComparer.Ordinal) { fix.Target };
        return findings.Where(f => f.Components.Any(names.Contains)).ToList();
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

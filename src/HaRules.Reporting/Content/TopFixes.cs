using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
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

        // Through the findings indexed by the fixes' names (shared with the JSON's fix-first
        // section and the other summaries of the same result), not a scan of every finding per fix.
        var top = fixes.Take(count).ToList();
        var findings = ResultFacts.FixFindingsOf(result);
        return top.Select(f => (f, findings.Resolved(f))).ToList();
    }

    /// <summary>The rules of the findings, worst first then by ID, with a count when a rule fires more than once.</summary>
    public static IReadOnlyList<(string RuleId, Severity Severity, int Count)> Rules(IEnumerable<Finding> findings)
    {
        // Counted per rule in one pass: the console counts the findings past its limit this way,
        // hundreds of thousands at data-centre scale, and a grouping would keep each one.
        var byRule = new Dictionary<string, (Severity Severity, int Count)>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            ref var rule = ref CollectionsMarshal.GetValueRefOrAddDefault(byRule, finding.RuleId, out _);
            rule = (rule.Count == 0 || finding.Severity > rule.Severity ? finding.Severity : rule.Severity, rule.Count + 1);
        }

        var rules = new List<(string RuleId, Severity Severity, int Count)>(byRule.Count);
        foreach (var (id, (severity, count)) in byRule)
        {
            rules.Add((id, severity, count));
        }

        rules.Sort((a, b) => a.Severity != b.Severity ? b.Severity.CompareTo(a.Severity) : string.CompareOrdinal(a.RuleId, b.RuleId));
        return rules;
    }

    /// <summary>"ups-a" or "web (replica group)".</summary>
    public static string Name(Fix fix) => fix.IsGroup ? fix.Target + " (replica group)" : fix.Target;

    /// <summary>"4 h 10 m", with ", approximate" when an evaluation was not exact.</summary>
    public static string Downtime(double minutes, bool exact) =>
        AvailabilityText.DowntimePerYear(minutes / (FailureData.HoursPerYear * 60)) + (exact ? string.Empty : ", approximate");
}

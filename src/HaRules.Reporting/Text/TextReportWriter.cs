using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Findings;
using HaRules.Reporting.Content;

namespace HaRules.Reporting.Text;

/// <summary>
/// The console form of a check: one line per finding in MSBuild's canonical form
/// (<c>file(line,col): severity HAxxx: message</c>; past <see cref="FindingLines"/> the rest counted per rule), then a summary line per design and the top fixes of the engine's ranking (what to make
/// redundant first, with the downtime a year each removes and the rules of the findings it resolves). Accepted
/// findings are counted, not printed as warnings.
/// </summary>
public static class TextReportWriter
{
    /// <summary>
    /// The most finding lines the console shows per design: beyond it the rest are counted per
    /// rule on one line, so that a data-centre-sized design's console stays readable and bounded
    /// (the report files hold every finding). Below it the console shows every finding, as always.
    /// </summary>
    public const int FindingLines = 1_000;

    /// <summary>The lines of one design's findings and its summary.</summary>
    /// <param name="design">The checked design.</param>
    /// <param name="paths">How paths are printed.</param>
    /// <param name="origin">What stands in place of a file for a finding without one (e.g. the assembly).</param>
    public static string Write(DesignReport design, ReportPaths paths, string origin) => Write(design, paths, origin, FindingLines);

    /// <summary>The lines of one design's findings (at most <paramref name="findingLines"/> of them, the rest counted per rule) and its summary.</summary>
    /// <param name="design">The checked design.</param>
    /// <param name="paths">How paths are printed.</param>
    /// <param name="origin">What stands in place of a file for a finding without one (e.g. the assembly).</param>
    /// <param name="findingLines">The most finding lines to print.</param>
    public static string Write(DesignReport design, ReportPaths paths, string origin, int findingLines)
    {
        var text = new StringBuilder();
        var findings = design.Result.Findings;
        var limit = Math.Max(findingLines, 0);
        var shown = 0;
        var next = 0;
        for (; next < findings.Count && shown < limit; next++)
        {
            if (!findings[next].Accepted)
            {
                text.Append(Line(findings[next], paths, origin)).Append('\n');
                shown++;
            }
        }

        // The active findings past the limit are counted where they stand, not copied first.
        WriteLeftOut(text, design, findings.Skip(next).Where(f => !f.Accepted));
        return text.Append(Summary(design)).ToString();
    }

    /// <summary>
    /// The lines that close a design's findings: its counts (one line), then what to fix first.
    /// The build task logs them from its output file in every build, also one that skipped the check.
    /// </summary>
    /// <param name="design">The checked design.</param>
    public static string Summary(DesignReport design)
    {
        var text = new StringBuilder();
        int errors = 0, warnings = 0, info = 0, accepted = 0;
        foreach (var finding in design.Result.Findings)
        {
            accepted += finding.Accepted ? 1 : 0;
            var active = finding.Accepted ? 0 : 1;
            errors += finding.Severity == Severity.Error ? active : 0;
            warnings += finding.Severity == Severity.Warning ? active : 0;
            info += finding.Severity == Severity.Info ? active : 0;
        }

        text.Append(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} components; {2} errors, {3} warnings, {4} info; {5} accepted\n",
            OneLine(design.Result.Model.Name),
            design.Result.Model.DeclaredCount,
            errors,
            warnings,
            info,
            accepted));
        WriteFixes(text, design);
        return text.ToString();
    }

    // The findings past the limit, counted per rule on one line (worst first). Severities are in
    // parentheses after a count, never "error HA101:", so MSBuild cannot read the line as a finding.
    private static void WriteLeftOut(StringBuilder text, DesignReport design, IEnumerable<Finding> rest)
    {
        var rules = TopFixes.Rules(rest);
        var count = rules.Sum(r => r.Count);
        if (count == 0)
        {
            return;
        }

        text.Append(Safe(design.Result.Model.Name))
            .Append(": ")
            .Append(count.ToString("N0", CultureInfo.InvariantCulture))
            .Append(count == 1 ? " more finding" : " more findings")
            .Append(" not shown here, by rule: ")
            .Append(string.Join(", ", rules.Select(r => r.RuleId + " \u00D7" + r.Count.ToString("N0", CultureInfo.InvariantCulture) + " (" + SeverityNames.Of(r.Severity) + ")")))
            .Append("; the report files (--format json, sarif, markdown or html) hold every finding\n");
    }

    // The summary goes on with what to fix first: the top fixes of the engine's ranking, one line each.
    private static void WriteFixes(StringBuilder text, DesignReport design)
    {
        var top = TopFixes.Of(design.Result);
        if (top.Count == 0)
        {
            return;
        }

        text.Append(Safe(design.Result.Model.Name)).Append(": fix first (downtime a year removed if it could not fail):\n");
        var rank = 0;
        foreach (var (fix, findings) in top)
        {
            var services = fix.Effects.Take(3).Select(e => Safe(e.Service));
            var more = fix.Effects.Count > 3 ? " and " + (fix.Effects.Count - 3).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty;
            var rules = TopFixes.Rules(findings).Select(r => r.RuleId);
            text.Append("  ")
                .Append((++rank).ToString(CultureInfo.InvariantCulture))
                .Append(". ")
                .Append(Safe(TopFixes.Name(fix)))
                .Append(" — ")
                .Append(TopFixes.Downtime(fix.DowntimeRemovedMinutesPerYear, fix.Exact))
                .Append(" (")
                .Append(string.Join(", ", services))
                .Append(more)
                .Append(')')
                .Append(findings.Count > 0 ? "; resolves " + string.Join(", ", rules) : string.Empty)
                .Append('\n');
        }
    }

    // A design's name on a summary line must never read as a finding to MSBuild (": error HA101: ").
    private static string Safe(string name) => OneLine(name).Replace(": ", ":\u00A0");

    /// <summary>One finding in MSBuild's canonical error format.</summary>
    public static string Line(Finding finding, ReportPaths paths, string origin)
    {
        var location = finding.Location;
        var where = !location.IsKnown
            ? origin
            : location.Column > 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", paths.Format(location.File), location.Line, location.Column)
                : string.Format(CultureInfo.InvariantCulture, "{0}({1})", paths.Format(location.File), location.Line);
        return $"{where}: {SeverityNames.Of(finding.Severity)} {finding.RuleId}: {OneLine(finding.Message)}";
    }

    // A name with a line break must not start a line of its own (which MSBuild would read as another finding).
    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        return new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }
}

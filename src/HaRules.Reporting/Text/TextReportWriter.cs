using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Findings;

namespace HaRules.Reporting.Text;

/// <summary>
/// The console form of a check: one line per finding in MSBuild's canonical form
/// (<c>file(line,col): severity HAxxx: message</c>), then a summary line per design. Accepted
/// findings are counted, not printed as warnings.
/// </summary>
public static class TextReportWriter
{
    /// <summary>The lines of one design's findings and its summary.</summary>
    /// <param name="design">The checked design.</param>
    /// <param name="paths">How paths are printed.</param>
    /// <param name="origin">What stands in place of a file for a finding without one (e.g. the assembly).</param>
    public static string Write(DesignReport design, ReportPaths paths, string origin)
    {
        var text = new StringBuilder();
        foreach (var finding in design.Result.Active)
        {
            text.Append(Line(finding, paths, origin)).Append('\n');
        }

        var active = design.Result.Active.ToList();
        var accepted = design.Result.Findings.Count(f => f.Accepted);
        text.Append(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} components; {2} errors, {3} warnings, {4} info; {5} accepted\n",
            OneLine(design.Result.Model.Name),
            design.Result.Model.DeclaredComponents.Count(),
            active.Count(f => f.Severity == Severity.Error),
            active.Count(f => f.Severity == Severity.Warning),
            active.Count(f => f.Severity == Severity.Info),
            accepted));
        return text.ToString();
    }

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

using System;
using System.Collections.Generic;
using System.Globalization;
using HaRules.Findings;
using HaRules.Reporting.Document;
using HaRules.Rules;

namespace HaRules.Reporting.Content;

/// <summary>How a finding reads in the Markdown and HTML reports: severity, rule link, message, place.</summary>
internal static class FindingText
{
    public static IReadOnlyList<Inline> Line(Finding finding, ReportPaths paths)
    {
        var line = new List<Inline> { Inline.Strong(SeverityNames.Of(finding.Severity)), Inline.Plain(" "), RuleLink(finding.RuleId, paths), Inline.Plain(": " + finding.Message) };
        if (finding.Location.IsKnown)
        {
            line.Add(Inline.Plain(" ("));
            line.Add(LocationLink(finding, paths));
            line.Add(Inline.Plain(")"));
        }

        return line;
    }

    public static Inline RuleLink(string ruleId, ReportPaths paths) =>
        RuleCatalog.Find(ruleId) is { } rule ? Inline.Link(rule.Id, paths.HelpLink(rule.Id)) : Inline.Plain(ruleId);

    /// <summary>The finding's place (<c>file:line:column</c>), linked to the line when the report can reach the file.</summary>
    public static Inline LocationLink(Finding finding, ReportPaths paths)
    {
        var text = Location(finding, paths);
        return paths.SourceLink(finding.Location) is { } link ? Inline.Link(text, link) : Inline.Plain(text);
    }

    public static string Location(Finding finding, ReportPaths paths)
    {
        var location = finding.Location;
        if (!location.IsKnown)
        {
            return string.Empty;
        }

        return location.Column > 0
            ? Invariant($"{paths.Format(location.File)}:{location.Line}:{location.Column}")
            : Invariant($"{paths.Format(location.File)}:{location.Line}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

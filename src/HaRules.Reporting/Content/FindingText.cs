using System;
using System.Collections.Generic;
using System.Globalization;
using HaRules.Findings;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>How a finding reads in the Markdown and HTML reports: severity, rule link, message, place.</summary>
internal static class FindingText
{
    public static IReadOnlyList<Inline> Line(Finding finding, ReportPaths paths)
    {
        var line = new List<Inline> { Inline.Strong(SeverityNames.Of(finding.Severity)), Inline.Plain(" "), RuleLink(finding.RuleId), Inline.Plain(": " + finding.Message) };
        if (finding.Location.IsKnown)
        {
            line.Add(Inline.Plain(" (" + Location(finding, paths) + ")"));
        }

        return line;
    }

    public static Inline RuleLink(string ruleId) =>
        RuleCatalog.Find(ruleId) is { } rule ? Inline.Link(rule.Id, rule.HelpLink.AbsoluteUri) : Inline.Plain(ruleId);

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

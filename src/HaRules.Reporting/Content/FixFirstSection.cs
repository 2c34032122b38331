using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// The section the Markdown and HTML reports open with: the top fixes of the engine's ranking (a
/// component with its parts, or a replica group with its members), each with the downtime a year it
/// removes, the services it helps and the findings it resolves.
/// </summary>
internal static class FixFirstSection
{
    private const int ServicesPerFix = 3;

    public static void Write(BlockList blocks, CheckResult result)
    {
        var ranking = result.Reliability.FixFirst;
        var top = TopFixes.Of(result);
        if (top.Count == 0)
        {
            return;
        }

        blocks.Heading(3, "Fix first");
        blocks.Paragraph(
            "What each change buys: the downtime a year the services would no longer have if the component and its parts (or every member of the replica group and its parts) could not fail, "
            + "computed by the availability engine; make the first ones redundant first. "
            + (ranking.Fixes.Count > top.Count ? "The top " + ReportLimits.Number(top.Count) + " of " + ReportLimits.Number(ranking.Fixes.Count) + " ranked." : string.Empty));
        var table = blocks.Table("#:", "make redundant", "downtime removed a year:", "services it helps", "findings it resolves");
        var rank = 0;
        foreach (var (fix, findings) in top)
        {
            table.Row(
                new[] { Inline.Plain(ReportLimits.Number(++rank)) },
                new[] { Inline.Strong(TopFixes.Name(fix)) },
                new[] { Inline.Plain(TopFixes.Downtime(fix.DowntimeRemovedMinutesPerYear, fix.Exact)) },
                new[] { Inline.Plain(Services(fix)) },
                Rules(findings));
        }

        if (!ranking.Complete)
        {
            blocks.Paragraph(
                "Candidates are the components and replica groups of each service's single points of failure and members of its minimal cut sets, at most "
                + ReportLimits.Number(Reliability.FixRanking.MaxCandidatesPerService) + " components and "
                + ReportLimits.Number(Reliability.FixRanking.MaxGroupsPerService) + " replica groups per service and "
                + ReportLimits.Number(Reliability.FixRanking.MaxEvaluations) + " evaluations per design; this design has more, and those left out are not ranked.");
        }
    }

    private static string Services(Reliability.Fix fix)
    {
        var shown = fix.Effects.Take(ServicesPerFix).Select(e => e.Service + " (" + TopFixes.Downtime(e.DowntimeRemovedMinutesPerYear, exact: true) + ")");
        var text = string.Join(", ", shown);
        return fix.Effects.Count > ServicesPerFix ? text + " and " + ReportLimits.Number(fix.Effects.Count - ServicesPerFix) + " more" : text;
    }

    private static IReadOnlyList<Inline> Rules(IReadOnlyList<Findings.Finding> findings)
    {
        var rules = TopFixes.Rules(findings);
        if (rules.Count == 0)
        {
            return new[] { Inline.Plain("none (no finding names it)") };
        }

        var runs = new List<Inline>();
        foreach (var (id, severity, count) in rules)
        {
            if (runs.Count > 0)
            {
                runs.Add(Inline.Plain(", "));
            }

            // Plain IDs: the findings below link every rule page, and the table stays short.
            runs.Add(Inline.Plain(id + " " + SeverityNames.Of(severity) + (count > 1 ? " ×" + ReportLimits.Number(count) : string.Empty)));
        }

        return runs;
    }
}

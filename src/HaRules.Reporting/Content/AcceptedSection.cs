using System;
using System.Linq;
using HaRules.Checking;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>The accepted findings, with the reason, the expiry date and the place of each acceptance.</summary>
internal static class AcceptedSection
{
    public static void Write(BlockList blocks, CheckResult result, ReportPaths paths)
    {
        var accepted = result.Findings.Where(f => f.Accepted).ToList();
        if (accepted.Count == 0)
        {
            return;
        }

        blocks.Heading(3, "Accepted findings");
        var table = blocks.Table("rule", "component", "reason", "expires", "where");
        foreach (var finding in accepted.Take(ReportLimits.Rows))
        {
            table.Row(
                FindingText.RuleLink(finding.RuleId, paths),
                Inline.Plain(string.Join(", ", finding.Components)),
                Inline.Plain(finding.Justification ?? string.Empty),
                Inline.Plain(finding.Acceptance?.Expires ?? "never"),
                FindingText.LocationLink(finding, paths));
        }

        ReportLimits.LeftOut(blocks, accepted.Count, Math.Min(accepted.Count, ReportLimits.Rows), "accepted findings");
    }
}

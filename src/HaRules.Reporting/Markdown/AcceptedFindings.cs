using System;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Model;

namespace HaRules.Reporting.Markdown;

/// <summary>Finds the <c>Accept(...)</c> call that accepted a finding, to show its expiry date.</summary>
internal static class AcceptedFindings
{
    public static Acceptance? AcceptanceOf(DesignModel model, Finding finding)
    {
        var candidates = model.Acceptances
            .Where(a => string.Equals(a.RuleId, finding.RuleId, StringComparison.Ordinal)
                && string.Equals(a.Reason, finding.Justification, StringComparison.Ordinal))
            .ToList();
        if (finding.Components.Count == 0)
        {
            return candidates.FirstOrDefault();
        }

        return candidates.FirstOrDefault(a => AcceptanceApplier.Covers(model, a, finding)) ?? candidates.FirstOrDefault();
    }
}

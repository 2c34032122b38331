using System;
using System.Linq;
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

        var subject = model.FindComponent(finding.Components[0]);
        var owner = subject?.Owner is { } o ? model.FindComponent(o) ?? subject : subject;
        return candidates.FirstOrDefault(a => a.Target == finding.Components[0])
            ?? candidates.FirstOrDefault(a => owner is not null && (a.Target == owner.Name || a.Target == owner.Group))
            ?? candidates.FirstOrDefault();
    }
}

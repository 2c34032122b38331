using System;
using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;

namespace HaRules.Checking;

/// <summary>
/// The valid acceptances of a check by rule and target, so that a finding finds the first
/// acceptance that covers it (<see cref="AcceptanceApplier.Covers"/>, in declaration order) by
/// looking up the few names that can cover it, instead of trying every acceptance on every finding
/// (a design with thousands of acceptances and findings made that quadratic).
/// </summary>
internal sealed class AcceptanceIndex
{
    // Per rule, per target, the first acceptance of that rule on that target and its place among the valid ones.
    private readonly Dictionary<string, Dictionary<string, (Acceptance Acceptance, int Position)>> _byRule = new(StringComparer.Ordinal);

    public AcceptanceIndex(IReadOnlyList<Acceptance> valid)
    {
        for (var i = 0; i < valid.Count; i++)
        {
            var acceptance = valid[i];
            if (!_byRule.TryGetValue(acceptance.RuleId, out var byTarget))
            {
                _byRule.Add(acceptance.RuleId, byTarget = new Dictionary<string, (Acceptance, int)>(StringComparer.Ordinal));
            }

            if (!byTarget.ContainsKey(acceptance.Target))
            {
                byTarget.Add(acceptance.Target, (acceptance, i));
            }
        }
    }

    /// <summary>
    /// The first valid acceptance that covers <paramref name="finding"/>: on its group for a grouped
    /// finding; otherwise on its first component, that component's top-level owner or the owner's group.
    /// </summary>
    public Acceptance? FirstCovering(DesignModel model, Finding finding)
    {
        if (finding.Components.Count == 0 || !_byRule.TryGetValue(finding.RuleId, out var byTarget))
        {
            return null;
        }

        if (finding.Group is not null)
        {
            return byTarget.TryGetValue(finding.Group, out var onGroup) ? onGroup.Acceptance : null;
        }

        var subject = finding.Components[0];
        var first = Earlier(byTarget, subject, null);
        if (model.FindComponent(model.TopLevelOwner(subject)) is { } owner)
        {
            first = Earlier(byTarget, owner.Name, first);
            first = owner.Group is { } group ? Earlier(byTarget, group, first) : first;
        }

        return first?.Acceptance;
    }

    /// <summary>The first acceptance of <paramref name="ruleId"/> on each target; null when the rule has none.</summary>
    public IReadOnlyDictionary<string, (Acceptance Acceptance, int Position)>? OfRule(string ruleId) =>
        _byRule.TryGetValue(ruleId, out var byTarget) ? byTarget : null;

    private static (Acceptance Acceptance, int Position)? Earlier(Dictionary<string, (Acceptance Acceptance, int Position)> byTarget, string target, (Acceptance Acceptance, int Position)? sofar) =>
        byTarget.TryGetValue(target, out var found) && (sofar is null || found.Position < sofar.Value.Position) ? found : sofar;
}

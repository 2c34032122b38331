using System;
using System.Collections.Generic;
using HaRules.Reliability;

namespace HaRules.Rules.Common;

/// <summary>
/// The components whose failure alone stops some service, as the engine found them. HA101 folds
/// such a part into its finding on the part's owner, with the part's fix, so the rule aimed at the
/// part (HA201 for a single power supply, HA205 for a single fan) leaves it to that finding: one
/// finding per root cause, never two naming the same flaw.
/// </summary>
internal static class FoldedParts
{
    private static readonly object Key = new();

    /// <summary>The names of every single point of failure of every service, gathered once per check (HA201 and HA205 read them).</summary>
    public static HashSet<string> Of(RuleContext context) => context.Shared(Key, c => Of(c.Reliability));

    /// <summary>The names of every single point of failure of every service.</summary>
    public static HashSet<string> Of(ReliabilityAnalysis analysis)
    {
        var spofs = analysis.SinglePointsOfFailure;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < spofs.Count; i++)
        {
            names.Add(spofs[i].Component);
        }

        return names;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <summary>The names of every single point of failure of every service.</summary>
    public static HashSet<string> Of(ReliabilityAnalysis analysis) =>
        new(analysis.SinglePointsOfFailure.Select(s => s.Component), StringComparer.Ordinal);
}

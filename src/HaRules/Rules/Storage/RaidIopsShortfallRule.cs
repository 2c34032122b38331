using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;
using HaRules.Storage;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA311: a RAID group's random IOPS for its declared read/write mix (N·I / (R + W·P), raid.md,
/// computed by <see cref="RaidAnalysis"/>) is below the IOPS its workload declares (7.3.1). Silent
/// without a declared workload, read ratio or disk IOPS.
/// </summary>
public sealed class RaidIopsShortfallRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA311" };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var group in ModelLookups.Declared(context.Model, ComponentKind.RaidGroup))
        {
            if (RaidAnalysis.Compute(group) is not { } figures
                || figures.MixedIops is not { } offered
                || figures.WorkloadIops is not { } needed
                || figures.ReadRatio is not { } reads
                || !(offered < needed))
            {
                continue;
            }

            yield return context.Create(
                "HA311",
                $"RAID group {group.Name} serves {Units.Iops(offered)} at {Units.Percent(reads)} reads ({Units.Count(figures.Disks)} disks, {Units.Level(figures.Level)} write penalty {Units.Count(figures.WritePenalty)}), but its workload needs {Units.Iops(needed)}; add disks, use faster disks, or a level with a lower write penalty",
                group.Name);
        }
    }
}

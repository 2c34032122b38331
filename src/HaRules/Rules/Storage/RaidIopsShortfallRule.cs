using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;
using HaRules.Raid;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA311: a RAID group's random IOPS for its declared read/write mix (N·I / (R + W·P), docs/storage.md,
/// computed by <see cref="RaidAnalysis"/>) is below the IOPS its workload declares (7.3.1). Silent
/// without a declared workload, read ratio or disk IOPS.
/// </summary>
public sealed class RaidIopsShortfallRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA311";

    /// <summary>Creates the rule.</summary>
    public RaidIopsShortfallRule()
        : base(new RuleDescriptor(Id, "RAID group too slow for its workload", RuleCategory.Storage, Severity.Warning, "7.3.1", judges: new[] { JudgedFacts.RaidWorkload }))
    {
    }

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
                Id,
                $"RAID group {group.Name} serves {Units.Iops(offered)} at {Units.Percent(reads)} reads ({Units.Count(figures.Disks)} disks, {Units.Level(figures.Level)} write penalty {Units.Count(figures.WritePenalty)}), but its workload needs {Units.Iops(needed)}; add disks, use faster disks, or a level with a lower write penalty",
                group.Name);
        }
    }
}

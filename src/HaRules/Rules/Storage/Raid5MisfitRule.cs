using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;
using HaRules.Raid;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA305: RAID5 (or RAID50) chosen where RAID10 or RAID6 fits better (7.3.1): the declared workload
/// writes more than 30 % (read share below 0.7; each write costs four back-end I/Os), or rebuilding
/// one disk risks an unrecoverable read error with a probability above 10 % (docs/storage.md). The figures
/// come from <see cref="RaidAnalysis"/>.
/// </summary>
public sealed class Raid5MisfitRule : DesignRule
{
    /// <summary>Read shares below this make a workload write-heavy for parity RAID.</summary>
    public const double MinimumReadRatio = 0.7;

    /// <summary>Rebuild read-error probabilities above this make single parity too fragile.</summary>
    public const double MaximumUreProbability = 0.10;

    /// <summary>The rule's ID.</summary>
    public const string Id = "HA305";

    /// <summary>Creates the rule.</summary>
    public Raid5MisfitRule()
        : base(new RuleDescriptor(Id, "RAID5 where RAID10 or RAID6 fits better", RuleCategory.Storage, Severity.Warning, "7.3.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var group in ModelLookups.Declared(context.Model, ComponentKind.RaidGroup))
        {
            if (RaidAnalysis.Compute(group) is not { Level: RaidLevel.Raid5 or RaidLevel.Raid50 } figures)
            {
                continue;
            }

            var reasons = new List<string>();
            var advice = "RAID6";
            if (figures.ReadRatio is { } reads && reads < MinimumReadRatio)
            {
                reasons.Add($"its workload writes {Units.Percent(1 - reads)} (more than 30 %) and every {Units.Level(figures.Level)} write costs {Units.Count(figures.WritePenalty)} back-end I/Os");
                advice = "RAID10";
            }

            if (figures.UreProbability is { } ure && ure > MaximumUreProbability)
            {
                var read = figures.DisksReadDuringRebuild is { } disks ? $" (reading {Units.Count(disks)} disks of {Units.Size(figures.DiskSizeBytes ?? 0)})" : string.Empty;
                reasons.Add($"rebuilding one disk{read} hits an unrecoverable read error with probability {Units.Percent(ure)} (more than 10 %), and single parity cannot correct it");
            }

            if (reasons.Count == 0)
            {
                continue;
            }

            var better = advice == "RAID10" ? "RAID10 (write penalty 2)" : "RAID6 (survives a read error during rebuild)";
            yield return context.Create(
                Id,
                $"RAID group {group.Name} is {Units.Level(figures.Level)}, but {string.Join("; and ", reasons)}; use {better} instead",
                group.Name);
        }
    }
}

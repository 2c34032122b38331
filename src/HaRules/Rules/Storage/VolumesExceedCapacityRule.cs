using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;
using HaRules.Raid;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA310: the volumes carved from a RAID group need more bytes than the group offers (usable
/// capacity from <see cref="RaidAnalysis"/>, docs/storage.md). Silent when the disk size is undeclared or
/// the geometry is invalid (HA004).
/// </summary>
public sealed class VolumesExceedCapacityRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA310";

    /// <summary>Creates the rule.</summary>
    public VolumesExceedCapacityRule()
        : base(new RuleDescriptor(Id, "Volumes exceed the RAID group's capacity", RuleCategory.Storage, Severity.Error, "7.3.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var volumesByGroup = StorageLookups.VolumesByGroup(model);
        foreach (var group in ModelLookups.Declared(model, ComponentKind.RaidGroup))
        {
            if (RaidAnalysis.Compute(group)?.UsableBytes is not { } usable)
            {
                continue;
            }

            // decimal: a sum of many long sizes must neither overflow nor round. The volumes are
            // only listed for a finding (a loop: no iterator or tuple list per group).
            var all = StorageLookups.Of(volumesByGroup, group.Name);
            var needed = 0m;
            for (var i = 0; i < all.Count; i++)
            {
                needed += Math.Max(0, SizeOf(all[i]));
            }

            if (needed <= usable)
            {
                continue;
            }

            var volumes = new List<Component>();
            for (var i = 0; i < all.Count; i++)
            {
                if (SizeOf(all[i]) > 0)
                {
                    volumes.Add(all[i]);
                }
            }

            var (need, offer) = Units.Sizes((double)needed, usable);
            yield return context.Create(
                Id,
                $"volumes need {need}, {group.Name} offers {offer} usable ({GeometryOf(group)}); shrink or move volumes ({Units.List(volumes.Select(v => v.Name), 6)}), or add disks",
                new[] { group.Name }.Concat(volumes.Select(v => v.Name)));
        }
    }

    private static long SizeOf(Component volume) => volume.Properties.GetInteger(PropertyNames.SizeBytes) ?? 0;

    private static string GeometryOf(Component group)
    {
        var p = group.Properties;
        var level = p.GetEnum<RaidLevel>(PropertyNames.RaidLevel) is { } known ? Units.Level(known) : "RAID";
        var disks = p.GetInteger(PropertyNames.Disks) ?? 0;
        var size = p.GetInteger(PropertyNames.DiskSizeBytes) ?? 0;
        return $"{level} of {Units.Count(disks)} × {Units.Size(size)}";
    }
}

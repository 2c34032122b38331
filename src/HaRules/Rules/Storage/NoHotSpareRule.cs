using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;
using HaRules.Raid;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA302: a redundant RAID group (any level but RAID0) declares no hot spare, so its redundancy
/// stays lost until someone replaces the failed disk (7.3.1). Negative counts and impossible
/// geometries are HA004.
/// </summary>
public sealed class NoHotSpareRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA302";

    /// <summary>Creates the rule.</summary>
    public NoHotSpareRule()
        : base(new RuleDescriptor(Id, "No hot spare", RuleCategory.Storage, Severity.Warning, "7.3.1", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var group in ModelLookups.Declared(context.Model, ComponentKind.RaidGroup))
        {
            var level = group.Properties.GetEnum<RaidLevel>(PropertyNames.RaidLevel);
            // A group that cannot be built is HA004's; it has no redundancy to restore.
            if (level is null
                || level == RaidLevel.Raid0
                || (group.Properties.GetInteger(PropertyNames.HotSpares) ?? 0) != 0
                || !RaidGeometry.IsValid(level.Value, group.Properties.GetInteger(PropertyNames.Disks) ?? 0, group.Properties.GetInteger(PropertyNames.Legs)))
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"RAID group {group.Name} ({Units.Level(level.Value)}) has no hot spare: after a disk failure it runs without redundancy until the disk is replaced by hand; add one (WithHotSpares(1))",
                group.Name);
        }
    }
}

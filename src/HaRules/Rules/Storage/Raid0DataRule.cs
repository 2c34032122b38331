using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA301: a RAID0 group holds a volume that holds data (a cluster's shared storage or a backup's
/// source): any one disk failure loses it (7.3.1). One finding per group, naming its data volumes.
/// </summary>
public sealed class Raid0DataRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA301";

    /// <summary>Creates the rule.</summary>
    public Raid0DataRule()
        : base(new RuleDescriptor(Id, "RAID0 holds data", RuleCategory.Storage, Severity.Error, "7.3.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        // What volumes hold and which group each is carved from is only gathered once a RAID0
        // group is found: most designs have none, and both walk the whole model.
        var model = context.Model;
        IReadOnlyDictionary<string, List<(string User, string Phrase)>>? uses = null;
        IReadOnlyDictionary<string, List<Component>>? volumesByGroup = null;
        var groups = ModelLookups.Declared(model, ComponentKind.RaidGroup);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Properties.GetEnum<RaidLevel>(PropertyNames.RaidLevel) != RaidLevel.Raid0)
            {
                continue;
            }

            uses ??= StorageLookups.DataUses(model);
            volumesByGroup ??= StorageLookups.VolumesByGroup(model);

            var data = StorageLookups.Of(volumesByGroup, group.Name)
                .Where(v => uses.ContainsKey(v.Name))
                .ToList();
            if (data.Count == 0)
            {
                continue;
            }

            var what = Units.List(data.Select(v => $"{v.Name} ({Units.List(uses[v.Name].Select(u => u.Phrase))})"));
            yield return context.Create(
                Id,
                $"RAID group {group.Name} is RAID0, which loses everything when any one disk fails, but holds {what}; for data use " + RaidAdvice.RedundantLevel,
                new[] { group.Name }.Concat(data.Select(v => v.Name)));
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;
using HaRules.Raid;

namespace HaRules.Rules.Validity;

/// <summary>HA004: a RAID group whose level cannot be built from its disks and legs, or negative hot spares.</summary>
public sealed class RaidGeometryRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA004";

    /// <summary>Creates the rule.</summary>
    public RaidGeometryRule()
        : base(new RuleDescriptor(Id, "Impossible RAID geometry", RuleCategory.Validity, Severity.Error, "7.3.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var group in context.Model.Components)
        {
            if (group.Kind != ComponentKind.RaidGroup)
            {
                continue;
            }

            var level = group.Properties.GetEnum<RaidLevel>(PropertyNames.RaidLevel);
            var disks = group.Properties.GetInteger(PropertyNames.Disks);

            // Zero or negative disks are HA003; the geometry is judged for real counts only.
            if (level is not null && disks is > 0 && RaidGeometry.Problem(level.Value, disks.Value, group.Properties.GetInteger(PropertyNames.Legs)) is { } problem)
            {
                yield return context.Create(Id, $"RAID group '{group.Name}': {problem}; change the level or the disk count", group.Name);
            }

            if (group.Properties.GetInteger(PropertyNames.HotSpares) is < 0 and var spares)
            {
                yield return context.Create(
                    Id,
                    $"RAID group '{group.Name}' declares {spares.ToString(CultureInfo.InvariantCulture)} hot spares; give it 0 or more",
                    group.Name);
            }
        }
    }
}

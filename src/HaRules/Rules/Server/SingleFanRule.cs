using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Server;

/// <summary>
/// HA205: a server (each replica) declares a single fan, so cooling is not redundant (7.2.1). A fan
/// whose failure alone stops a service is left to HA101 on its owner, which names it and gives
/// this fix, as HA201 does with a single power supply.
/// </summary>
public sealed class SingleFanRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA205";

    /// <summary>Creates the rule.</summary>
    public SingleFanRule()
        : base(new RuleDescriptor(Id, "Fans not redundant", RuleCategory.Server, Severity.Info, "7.2.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;

        // A fan that is itself a single point of failure of a service is reported, with this
        // rule's fix, by HA101 on its owner: one finding per root cause.
        // Each unit's parts by position (UnitParts), with no list per unit.
        var spofs = FoldedParts.Of(context);
        var parts = UnitParts.Of(context);
        var components = model.Components;
        var units = ModelLookups.UnitPositions(model);
        for (var u = 0; u < units.Count; u++)
        {
            var single = RedundantLinks.SinglePartAt(parts, components, units[u], ComponentKind.Fan);
            if (single < 0 || spofs.Contains(components[single].Name))
            {
                continue;
            }

            var unit = components[units[u]].Name;
            var fan = components[single].Name;
            yield return context.Create(
                Id,
                $"{unit} has a single fan, {fan}: when it stops, the server overheats and stops; declare redundant fans (WithFans(2) or more)",
                new[] { unit, fan });
        }
    }
}

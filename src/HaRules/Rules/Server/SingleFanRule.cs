using System.Collections.Generic;
using System.Linq;
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
        var spofs = FoldedParts.Of(context.Reliability);
        foreach (var unit in ModelLookups.Units(model))
        {
            var fans = model.PartsOf(unit.Name, ComponentKind.Fan).ToList();
            if (fans.Count != 1 || spofs.Contains(fans[0].Name))
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"{unit.Name} has a single fan, {fans[0].Name}: when it stops, the server overheats and stops; declare redundant fans (WithFans(2) or more)",
                new[] { unit.Name, fans[0].Name });
        }
    }
}

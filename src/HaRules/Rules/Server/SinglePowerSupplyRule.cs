using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Server;

/// <summary>
/// HA201: a server or appliance (each unit of a pair, each replica) declares a single power supply
/// (7.2.1). Feeds and UPSes are sources, not PSU holders; a component that declares no PSUs is not
/// judged. A PSU whose failure alone stops a service is left to HA101 on its owner, which names it
/// and gives this fix.
/// </summary>
public sealed class SinglePowerSupplyRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA201";

    /// <summary>Creates the rule.</summary>
    public SinglePowerSupplyRule()
        : base(new RuleDescriptor(Id, "Single power supply", RuleCategory.Server, Severity.Warning, "7.2.1", judges: new[] { JudgedFacts.PowerSupplies }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;

        // A power supply that is itself a single point of failure of a service is reported, with
        // this rule's fix, by HA101 on its owner: one finding per root cause.
        var spofs = FoldedParts.Of(context);
        foreach (var (unit, psu, source) in RedundantLinks.SinglePart(context, ModelLookups.UnitPositions(model), ComponentKind.PowerSupply, RelationKind.PoweredBy))
        {
            if (spofs.Contains(psu.Name))
            {
                continue;
            }

            var on = source is null ? string.Empty : $" (on {source})";
            yield return context.Create(
                Id,
                $"{unit.Name} has a single power supply, {psu.Name}{on}: one PSU or source failure stops it; add a second PSU on another source (WithPowerSupplies(upsA, upsB))",
                new[] { unit.Name, psu.Name });
        }
    }
}

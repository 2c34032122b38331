using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Server;

/// <summary>
/// HA202: a component with two or more power supplies has them all on the same source (UPS, feed
/// or panel), so one source failure stops it (7.2.1). Silent when a PSU's source is unknown.
/// </summary>
public sealed class SharedPowerSourceRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA202";

    /// <summary>Creates the rule.</summary>
    public SharedPowerSourceRule()
        : base(new RuleDescriptor(Id, "All power supplies on one source", RuleCategory.Server, Severity.Warning, "7.2.1", judges: new[] { JudgedFacts.PowerSupplies }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (unit, names, source) in RedundantLinks.AllOnOneTarget(context, ModelLookups.UnitPositions(model), ComponentKind.PowerSupply, RelationKind.PoweredBy))
        {
            yield return context.Create(
                Id,
                $"{unit.Name} has {Units.Count(names.Count)} power supplies ({Units.List(names)}), all on {source}: when {source} fails, {unit.Name} stops; put them on different sources (e.g. one UPS per PSU)",
                new[] { unit.Name }.Concat(names).Concat(new[] { source }));
        }
    }
}

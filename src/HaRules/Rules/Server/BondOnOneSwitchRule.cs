using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Server;

/// <summary>
/// HA204: a server's bond of two or more NIC ports has every port on the same switch, so the
/// switch is a single point of failure for the server (7.2.2).
/// </summary>
public sealed class BondOnOneSwitchRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA204";

    /// <summary>Creates the rule.</summary>
    public BondOnOneSwitchRule()
        : base(new RuleDescriptor(Id, "Bonded ports on one switch", RuleCategory.Server, Severity.Warning, "7.2.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (server, names, target) in RedundantLinks.AllOnOneTarget(context, ModelLookups.DeclaredPositions(model, ComponentKind.Server), ComponentKind.Nic, RelationKind.CabledTo))
        {
            // LACP across two independent switches is HA206's flaw: the advice keeps LACP only on a stack.
            var how = server.Properties.GetEnum<BondMode>(PropertyNames.BondMode) == BondMode.Lacp
                ? "cable the ports to two switches that form one stack or MLAG pair (InStack), or bond them active-backup to two switches (WithNics(BondMode.ActiveBackup, swA, swB))"
                : "cable the ports to different switches";
            yield return context.Create(
                Id,
                $"{server.Name} bonds {Units.Count(names.Count)} NIC ports ({Units.List(names)}), all to switch {target}: when {target} fails, {server.Name} is cut off; {how}",
                new[] { server.Name }.Concat(names).Concat(new[] { target }));
        }
    }
}

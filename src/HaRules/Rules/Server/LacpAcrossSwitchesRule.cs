using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Server;

/// <summary>
/// HA206: a server bonds its NIC ports with LACP (IEEE 802.3ad) across two or more switches that
/// are not one stack or MLAG pair. LACP aggregates links that end on one logical switch; across
/// independent switches the aggregate does not form as intended (only the ports to one switch join
/// it, or traffic is lost), so the redundancy the second switch was meant to give is not there
/// (7.2.2). Active-backup needs no switch support and is not judged.
/// </summary>
public sealed class LacpAcrossSwitchesRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA206";

    /// <summary>Creates the rule.</summary>
    public LacpAcrossSwitchesRule()
        : base(new RuleDescriptor(Id, "LACP bond across independent switches", RuleCategory.Server, Severity.Warning, "7.2.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            if (server.Properties.GetEnum<BondMode>(PropertyNames.BondMode) != BondMode.Lacp)
            {
                continue;
            }

            var switches = ModelLookups.LinkedParts(model, server.Name, ComponentKind.Nic, RelationKind.CabledTo)
                .Select(p => p.Target)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (switches.Count < 2)
            {
                continue;
            }

            var stacks = switches
                .Select(s => model.FindComponent(s)?.Properties.GetText(PropertyNames.SwitchStack))
                .ToList();
            if (stacks[0] is { Length: > 0 } stack && stacks.All(s => string.Equals(s, stack, StringComparison.Ordinal)))
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"{server.Name} bonds with LACP across {Units.List(switches)}, which are not one stack or MLAG pair: an LACP aggregate cannot span independent switches; bond active-backup (WithNics(BondMode.ActiveBackup, …)) or stack them (InStack(\"{switches[0]}-stack\") on {Units.List(switches)})",
                new[] { server.Name }.Concat(switches));
        }
    }
}

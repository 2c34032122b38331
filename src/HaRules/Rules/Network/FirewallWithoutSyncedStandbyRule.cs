using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Network;

/// <summary>
/// HA702: a firewall has no standby, or its pair does not synchronise connection state
/// (<c>stateSync</c> defaults to false), so every open session drops at failover.
/// </summary>
public sealed class FirewallWithoutSyncedStandbyRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA702";

    /// <summary>Creates the rule.</summary>
    public FirewallWithoutSyncedStandbyRule()
        : base(new RuleDescriptor(Id, "Firewall without a state-synchronising standby", RuleCategory.Network, Severity.Warning, "beyond", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var firewall in ModelLookups.Declared(context.Model, ComponentKind.Firewall))
        {
            if (firewall.Properties.GetBoolean(PropertyNames.HasStandby) != true)
            {
                yield return context.Create(
                    Id,
                    $"firewall {firewall.Name} has no standby: when it fails, everything behind it is cut off; make it a pair that synchronises state ({Standbys.Synchronised})",
                    firewall.Name);
            }
            else if (firewall.Properties.GetBoolean(PropertyNames.StateSync) != true)
            {
                yield return context.Create(
                    Id,
                    $"firewall pair {firewall.Name} does not synchronise connection state: every open session (pooled database connections included) drops at failover; enable it ({Standbys.Synchronised})",
                    firewall.Name);
            }
        }
    }
}

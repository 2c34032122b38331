using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA603: an active-standby cluster of two or more nodes declares no fencing, so a node that was
/// failed over cannot be stopped from writing to the shared data (7.6.1).
/// </summary>
public sealed class NoFencingRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA603";

    /// <summary>Creates the rule.</summary>
    public NoFencingRule()
        : base(new RuleDescriptor(Id, "No fencing", RuleCategory.Database, Severity.Warning, "7.6.1", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (cluster, mode, nodes) in Clusters.All(context.Model))
        {
            if (mode != ClusterMode.ActiveStandby || nodes.Count < 2 || cluster.Properties.GetBoolean(PropertyNames.Fencing) == true)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"active-standby cluster {cluster.Name} has no fencing: a node that looks dead but still runs can keep writing after the standby takes over and corrupt the data; add fencing (Fencing())",
                cluster.Name);
        }
    }
}

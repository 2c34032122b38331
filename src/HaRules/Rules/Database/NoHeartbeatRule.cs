using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA607: an active-standby or shared-everything cluster declares no heartbeat at all: the nodes
/// cannot tell a dead peer from a slow one, so they either never fail over or both take over
/// (split brain, 7.6.1). HA601 judges a heartbeat that is declared.
/// </summary>
public sealed class NoHeartbeatRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA607";

    /// <summary>Creates the rule.</summary>
    public NoHeartbeatRule()
        : base(new RuleDescriptor(Id, "Cluster without a heartbeat", RuleCategory.Database, Severity.Error, "7.6.1", judges: new[] { JudgedFacts.Heartbeat }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (cluster, mode, _) in Clusters.SplitBrainCapable(model))
        {
            if (model.RelationsFrom(cluster.Name, RelationKind.Heartbeat).Any(r => r.Targets.Count > 0))
            {
                continue;
            }

            var kind = mode == ClusterMode.ActiveStandby ? "active-standby" : "shared-everything";
            yield return context.Create(
                Id,
                $"{kind} cluster {cluster.Name} declares no heartbeat: its nodes cannot tell a dead peer from a slow one, so they may both take over (split brain) or never fail over; run the heartbeat over two switches (Heartbeat(swA, swB))",
                cluster.Name);
        }
    }
}

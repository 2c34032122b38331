using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA601: an active-standby or shared-everything cluster runs its heartbeat over a single switch:
/// when that switch fails, each node thinks the other is dead and both may take over (split
/// brain, 7.6.1). Silent when no heartbeat is declared.
/// </summary>
public sealed class SingleHeartbeatRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA601";

    /// <summary>Creates the rule.</summary>
    public SingleHeartbeatRule()
        : base(new RuleDescriptor(Id, "Heartbeat over a single switch", RuleCategory.Database, Severity.Error, "7.6.1", judges: new[] { JudgedFacts.Heartbeat }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (cluster, _, _) in Clusters.SplitBrainCapable(model))
        {
            var switches = model.RelationsFrom(cluster.Name, RelationKind.Heartbeat)
                .SelectMany(r => r.Targets)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (switches.Count != 1)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"cluster {cluster.Name} runs its heartbeat over switch {switches[0]} alone: when it fails the nodes cannot see each other and may both take over (split brain); run the heartbeat over two switches (Heartbeat(swA, swB))",
                new[] { cluster.Name, switches[0] });
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA602: an active-standby or shared-everything cluster with an even number of nodes has no
/// quorum device or witness: when the nodes split in halves, neither half has a majority and the
/// cluster cannot decide who runs (split brain, 7.6.1).
/// </summary>
public sealed class NoQuorumDeviceRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA602";

    /// <summary>Creates the rule.</summary>
    public NoQuorumDeviceRule()
        : base(new RuleDescriptor(Id, "Even number of voters without a quorum device", RuleCategory.Database, Severity.Error, "7.6.1", judges: new[] { JudgedFacts.Quorum }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (cluster, _, nodes) in Clusters.SplitBrainCapable(model))
        {
            if (nodes.Count < 2
                || nodes.Count % 2 != 0
                || model.RelationsFrom(cluster.Name, RelationKind.QuorumDevice).Any()
                || model.RelationsFrom(cluster.Name, RelationKind.Witness).Any())
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"cluster {cluster.Name} has {Units.Count(nodes.Count)} nodes ({Units.List(nodes.Select(n => n.Name), 6)}) and no quorum device or witness: split in halves, neither side has a majority (split brain); add a quorum disk (QuorumDevice(volume)) or a witness",
                new[] { cluster.Name }.Concat(nodes.Select(n => n.Name)));
        }
    }
}

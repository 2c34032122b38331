using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA605: a shared-nothing cluster keeps each partition in one copy, so a node's data is
/// unavailable while the node is down (7.6.2).
/// </summary>
public sealed class SingleCopyPartitionsRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA605";

    /// <summary>Creates the rule.</summary>
    public SingleCopyPartitionsRule()
        : base(new RuleDescriptor(Id, "Shared-nothing partitions kept in one copy", RuleCategory.Database, Severity.Error, "7.6.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (cluster, mode, _) in Clusters.All(context.Model))
        {
            if (mode != ClusterMode.SharedNothing || cluster.Properties.GetInteger(PropertyNames.PartitionReplicas) != 1)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"shared-nothing cluster {cluster.Name} keeps each partition in one copy: while a node is down, its partitions are unavailable; keep at least two copies on distinct nodes (Partitions(count, replicas: 2))",
                cluster.Name);
        }
    }
}

using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>What rules read of a database cluster (7.6): its mode and its nodes.</summary>
internal static class Clusters
{
    /// <summary>The declared clusters with their mode (null when unreadable) and node servers.</summary>
    public static IEnumerable<(Component Cluster, ClusterMode? Mode, IReadOnlyList<Component> Nodes)> All(DesignModel model)
    {
        foreach (var cluster in ModelLookups.Declared(model, ComponentKind.DatabaseCluster))
        {
            yield return (
                cluster,
                cluster.Properties.GetEnum<ClusterMode>(PropertyNames.ClusterMode),
                ModelLookups.Targets(model, cluster.Name, RelationKind.ClusterNodes));
        }
    }

    /// <summary>The declared clusters whose mode can split-brain (<see cref="CanSplitBrain"/>), as <see cref="All"/> gives them.</summary>
    public static IEnumerable<(Component Cluster, ClusterMode? Mode, IReadOnlyList<Component> Nodes)> SplitBrainCapable(DesignModel model)
    {
        foreach (var cluster in All(model))
        {
            if (CanSplitBrain(cluster.Mode))
            {
                yield return cluster;
            }
        }
    }

    /// <summary>True for the modes that fail over between nodes on shared data and so can split-brain.</summary>
    public static bool CanSplitBrain(ClusterMode? mode) => mode is ClusterMode.ActiveStandby or ClusterMode.SharedEverything;
}

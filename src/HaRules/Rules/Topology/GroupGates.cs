using System;
using System.Collections.Generic;
using HaRules.Model;
using HaRules.Reliability;
using HaRules.Rules.Common;

namespace HaRules.Rules.Topology;

/// <summary>
/// What HA101 asks of every group whose replicas are each single: the first capacity shortfall
/// (HA105) naming any of the replicas, the first shared-nothing cluster keeping one copy of each
/// partition among whose nodes any replica is, and the first common cause (HA102) on the group.
/// Each is indexed once per check by name (the earliest in its list wins, as a scan of the list
/// would find), so asking per group costs the group's size rather than a pass over every
/// shortfall, cluster and common cause of the design.
/// </summary>
internal sealed class GroupGates
{
    private static readonly object Key = new();

    private readonly IReadOnlyList<CapacityShortfall> _shortfalls;
    private readonly Dictionary<string, int> _shortfallOf = new(StringComparer.Ordinal);
    private readonly List<(Component Cluster, int Nodes)> _clusters = new();
    private readonly Dictionary<string, int> _clusterOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommonCause> _causeOf = new(StringComparer.Ordinal);

    private GroupGates(DesignModel model, ReliabilityAnalysis analysis)
    {
        _shortfalls = analysis.CapacityShortfalls;
        for (var i = 0; i < _shortfalls.Count; i++)
        {
            foreach (var member in _shortfalls[i].Members)
            {
                if (!_shortfallOf.ContainsKey(member))
                {
                    _shortfallOf.Add(member, i);
                }
            }
        }

        foreach (var (cluster, mode, nodes) in Clusters.All(model))
        {
            if (mode == ClusterMode.SharedNothing && cluster.Properties.GetInteger(PropertyNames.PartitionReplicas) == 1)
            {
                foreach (var node in nodes)
                {
                    if (!_clusterOf.ContainsKey(node.Name))
                    {
                        _clusterOf.Add(node.Name, _clusters.Count);
                    }
                }

                _clusters.Add((cluster, nodes.Count));
            }
        }

        foreach (var cause in analysis.CommonCauses)
        {
            if (!_causeOf.ContainsKey(cause.Owner))
            {
                _causeOf.Add(cause.Owner, cause);
            }
        }
    }

    /// <summary>The gates of the check's design, indexed on first use.</summary>
    public static GroupGates Of(RuleContext context) => context.Shared(Key, c => new GroupGates(c.Model, c.Reliability));

    /// <summary>The first shortfall (in the analysis' order) that names any of <paramref name="names"/>, or null.</summary>
    public CapacityShortfall? ShortfallOf(IEnumerable<string> names) =>
        Earliest(_shortfallOf, names) is var i and >= 0 ? _shortfalls[i] : null;

    /// <summary>The first single-copy shared-nothing cluster (in model order) with any of <paramref name="names"/> among its nodes, with its node count.</summary>
    public (Component Cluster, int Nodes)? SingleCopyClusterOf(IEnumerable<string> names) =>
        Earliest(_clusterOf, names) is var i and >= 0 ? _clusters[i] : null;

    /// <summary>The first common cause found on the group or component named <paramref name="owner"/>, or null.</summary>
    public CommonCause? CommonCauseOf(string owner) => _causeOf.TryGetValue(owner, out var cause) ? cause : null;

    private static int Earliest(Dictionary<string, int> index, IEnumerable<string> names)
    {
        var earliest = -1;
        foreach (var name in names)
        {
            if (index.TryGetValue(name, out var i) && (earliest < 0 || i < earliest))
            {
                earliest = i;
            }
        }

        return earliest;
    }
}

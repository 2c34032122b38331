using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Reliability;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA606: the nodes of a cluster (two or more) all stand in one rack, or all depend on one common
/// basic failure event outside their own parts (a UPS, a switch, a controller), so that one
/// failure stops every node and the cluster's redundancy is defeated (7.6). Nodes in no rack never
/// share one. One finding per cluster, naming the cluster, then the rack or the shared event
/// nearest the nodes (from the reliability graph's common-cause analysis).
/// </summary>
public sealed class ClusterSharedDomainRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA606";

    /// <summary>Creates the rule.</summary>
    public ClusterSharedDomainRule()
        : base(new RuleDescriptor(Id, "Cluster nodes share one failure domain", RuleCategory.Database, Severity.Warning, "7.6"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        SharedEvents? shared = null;
        foreach (var (cluster, _, nodes) in Clusters.All(model))
        {
            if (nodes.Count < 2)
            {
                continue;
            }

            var names = nodes.Select(n => n.Name).ToList();
            if (SharedRack(model, nodes) is { } rack)
            {
                yield return context.Create(
                    Id,
                    $"every node of cluster {cluster.Name} ({Units.List(names, 6)}) stands in rack {rack}: one rack failure (power, top-of-rack switch, fire) stops the whole cluster; put the nodes in different racks",
                    new[] { cluster.Name, rack });
                continue;
            }

            if ((shared ??= new SharedEvents(context.Reliability)).Of(cluster.Name, names) is { } cause)
            {
                var others = cause.OtherSharedEvents.Count == 0 ? string.Empty : $" (as does {Units.List(cause.OtherSharedEvents, 4)})";
                yield return context.Create(
                    Id,
                    $"every node of cluster {cluster.Name} ({Units.List(names, 6)}) depends on {cause.SharedEvent}{others}: its failure alone stops the whole cluster; give the nodes independent {What(model, cause.SharedEvent)}",
                    new[] { cluster.Name, cause.SharedEvent });
            }
        }
    }

    private static string? SharedRack(DesignModel model, IReadOnlyList<Component> nodes)
    {
        // The first node's rack, when every node names it (a loop: no list of racks per cluster).
        var rack = ModelLookups.RackOf(model, nodes[0].Name);
        for (var i = 1; i < nodes.Count && rack is not null; i++)
        {
            if (!string.Equals(ModelLookups.RackOf(model, nodes[i].Name), rack, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return rack;
    }

    // The cluster's own group, or a replica group made of exactly its nodes (the analysis reports
    // a set of members once, under whichever group it met first). Indexed once per check: looking
    // through every common cause for every cluster would cost clusters × causes. A set of members
    // is indexed by its ordinal-least name, and compared as a set only with the causes sharing that
    // name: no key string per cause (most clusters match none).
    private sealed class SharedEvents
    {
        private readonly Dictionary<string, CommonCause> _byCluster = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<CommonCause>> _byLeast = new(StringComparer.Ordinal);

        public SharedEvents(ReliabilityAnalysis analysis)
        {
            foreach (var cause in analysis.CommonCauses)
            {
                if (cause.Kind == RedundancyKind.ClusterNodes && !_byCluster.ContainsKey(cause.Owner))
                {
                    _byCluster.Add(cause.Owner, cause);
                }

                if (cause.Kind is RedundancyKind.ClusterNodes or RedundancyKind.Replicas && Least(cause.Members) is { } least)
                {
                    if (!_byLeast.TryGetValue(least, out var causes))
                    {
                        _byLeast.Add(least, causes = new List<CommonCause>());
                    }

                    causes.Add(cause);
                }
            }
        }

        public CommonCause? Of(string cluster, IReadOnlyList<string> nodes) =>
            _byCluster.TryGetValue(cluster, out var own) ? own : SameMembers(nodes);

        // The first cause (in the analysis' order) whose members are the nodes, as sets.
        private CommonCause? SameMembers(IReadOnlyList<string> nodes)
        {
            if (Least(nodes) is not { } least || !_byLeast.TryGetValue(least, out var causes))
            {
                return null;
            }

            var set = new HashSet<string>(nodes, StringComparer.Ordinal);
            foreach (var cause in causes)
            {
                if (set.SetEquals(cause.Members))
                {
                    return cause;
                }
            }

            return null;
        }

        // The ordinal-least name: equal sets have the same one. Null for no names.
        private static string? Least(IReadOnlyList<string> names)
        {
            string? least = null;
            for (var i = 0; i < names.Count; i++)
            {
                if (least is null || string.CompareOrdinal(names[i], least) < 0)
                {
                    least = names[i];
                }
            }

            return least;
        }
    }

    private static string What(DesignModel model, string name) => model.FindComponent(name)?.Kind switch
    {
        ComponentKind.Ups or ComponentKind.PowerFeed or ComponentKind.PowerSupply => "power sources",
        ComponentKind.Switch or ComponentKind.Nic => "switches",
        ComponentKind.SanSwitch or ComponentKind.Hba => "SAN fabrics",
        ComponentKind.StorageArray or ComponentKind.Controller or ComponentKind.Disk => "storage paths (a dual-controller array, a redundant RAID level)",
        _ => "dependencies",
    };
}

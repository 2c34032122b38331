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
        var racks = nodes.Select(n => ModelLookups.RackOf(model, n.Name)).ToList();
        return racks[0] is { } rack && racks.All(r => string.Equals(r, rack, StringComparison.Ordinal)) ? rack : null;
    }

    // The cluster's own group, or a replica group made of exactly its nodes (the analysis reports
    // a set of members once, under whichever group it met first). Indexed once per check: looking
    // through every common cause for every cluster would cost clusters × causes.
    private sealed class SharedEvents
    {
        private readonly Dictionary<string, CommonCause> _byCluster = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CommonCause> _byMembers = new(StringComparer.Ordinal);

        public SharedEvents(ReliabilityAnalysis analysis)
        {
            foreach (var cause in analysis.CommonCauses)
            {
                if (cause.Kind == RedundancyKind.ClusterNodes && !_byCluster.ContainsKey(cause.Owner))
                {
                    _byCluster.Add(cause.Owner, cause);
                }

                if (cause.Kind is RedundancyKind.ClusterNodes or RedundancyKind.Replicas && !_byMembers.ContainsKey(Key(cause.Members)))
                {
                    _byMembers.Add(Key(cause.Members), cause);
                }
            }
        }

        public CommonCause? Of(string cluster, IReadOnlyList<string> nodes) =>
            _byCluster.TryGetValue(cluster, out var own) ? own : _byMembers.TryGetValue(Key(nodes), out var same) ? same : null;

        // Equal sets have equal keys: the distinct names, sorted.
        private static string Key(IEnumerable<string> members) =>
            string.Join("\u0001", members.Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal));
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

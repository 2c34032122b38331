using System;
using System.Collections.Generic;
using HaRules.Model;
using HaRules.Raid;

namespace HaRules.Reliability;

/// <summary>What RAID groups and database clusters need: disks by layout, nodes by mode, storage paths.</summary>
internal sealed partial class GraphBuilder
{
    /// <summary>
    /// A RAID group runs by its layout (docs/analysis.md, "What each kind needs"): RAID0 needs every disk, RAID1 one of two, RAID5
    /// n−1 of n, RAID6 n−2 of n, RAID10 one disk of each mirror pair (1–2, 3–4, …), RAID50/60 every
    /// leg as RAID5/6 (consecutive disks per leg). Hot spares are not events. An impossible
    /// geometry (HA004) is read as closely as it can be, never rejected.
    /// </summary>
    private void AddRaidLayout(int index, List<int> needs)
    {
        var group = _components[index];
        var disks = Rent();
        PartRuns(PartsOf(index), ComponentKind.Disk, disks);
        if (disks.Count > 0)
        {
            AddRaidGates(group, disks, needs);
        }

        Return(disks);
    }

    private void AddRaidGates(Component group, List<int> disks, List<int> needs)
    {

        var level = group.Properties.GetEnum<RaidLevel>(PropertyNames.RaidLevel) ?? RaidLevel.Raid0;
        switch (level)
        {
            case RaidLevel.Raid0:
                needs.AddRange(disks);
                break;
            case RaidLevel.Raid1:
                needs.Add(_graph.Gate(GateKind.Or, 1, disks, -1));
                break;
            case RaidLevel.Raid5:
                needs.Add(Tolerating(disks, 0, disks.Count, 1));
                break;
            case RaidLevel.Raid6:
                needs.Add(Tolerating(disks, 0, disks.Count, 2));
                break;
            case RaidLevel.Raid10:
                for (var i = 0; i < disks.Count; i += 2)
                {
                    needs.Add(Tolerating(disks, i, Math.Min(2, disks.Count - i), 1));
                }

                break;
            default:
                var perLeg = (int)RaidGeometry.DisksPerLeg(disks.Count, group.Properties.GetInteger(PropertyNames.Legs));
                perLeg = perLeg <= 0 ? disks.Count : perLeg;
                var parity = level == RaidLevel.Raid60 ? 2 : 1;
                for (var i = 0; i < disks.Count; i += perLeg)
                {
                    needs.Add(Tolerating(disks, i, Math.Min(perLeg, disks.Count - i), parity));
                }

                break;
        }
    }

    /// <summary>A gate over <paramref name="count"/> disks from <paramref name="start"/> that survives <paramref name="failures"/> of them failing.</summary>
    private int Tolerating(List<int> disks, int start, int count, int failures)
    {
        var needed = count - failures;
        if (needed <= 1)
        {
            return count == 1 ? disks[start] : _graph.Gate(GateKind.Or, 1, disks, start, count, -1);
        }

        return needed >= count
            ? _graph.Gate(GateKind.And, 0, disks, start, count, -1)
            : _graph.Gate(GateKind.AtLeast, needed, disks, start, count, -1);
    }

    /// <summary>
    /// Active-standby and shared-everything clusters run while one node runs with its path to the
    /// shared storage (and the storage runs); shared nothing runs while every partition has a live
    /// copy, copy c of partition p on node ((p + c) mod n) + 1. Partitions beyond n repeat the
    /// placement of earlier ones, so only the first n are built. Without declared partitions each
    /// node holds its own data in one copy.
    /// </summary>
    private void AddClusterNeeds(int index, List<int> needs)
    {
        var cluster = _components[index];
        var nodes = new List<int>();
        var storage = -1;
        var relations = RelationsOf(index);
        foreach (var relation in relations)
        {
            if (relation.Kind == RelationKind.ClusterNodes)
            {
                for (var t = 0; t < relation.Targets.Count; t++)
                {
                    var target = relation.Targets[t];
                    AddMembers(target, nodes);
                }
            }
            else if (relation.Kind == RelationKind.SharedStorage && storage < 0 && relation.Targets.Count > 0)
            {
                storage = TargetNode(relation.Targets[0]);
            }
        }

        if (nodes.Count > 0)
        {
            var nodeGates = new int[nodes.Count];
            for (var i = 0; i < nodes.Count; i++)
            {
                nodeGates[i] = storage >= 0 ? WithStoragePath(nodes[i]) : _run[nodes[i]];
            }

            if (nodes.Count > 1)
            {
                _groups.Add(RedundancyKind.ClusterNodes, cluster.Name, nodeGates, nodes);
            }

            var mode = cluster.Properties.GetEnum<ClusterMode>(PropertyNames.ClusterMode) ?? ClusterMode.ActiveStandby;
            needs.Add(mode == ClusterMode.SharedNothing ? Partitioned(cluster, nodeGates) : _graph.Gate(GateKind.Or, 1, nodeGates, -1));
        }

        if (storage >= 0)
        {
            needs.Add(storage);
        }
    }

    private int Partitioned(Component cluster, int[] nodeGates)
    {
        var n = nodeGates.Length;
        var partitions = (int)Math.Min(Math.Max(1, cluster.Properties.GetInteger(PropertyNames.Partitions) ?? n), n);
        var copies = (int)Math.Min(Math.Max(1, cluster.Properties.GetInteger(PropertyNames.PartitionReplicas) ?? 1), n);
        var gates = new List<int>(partitions);
        for (var p = 0; p < partitions; p++)
        {
            var holders = new List<int>(copies);
            for (var c = 0; c < copies; c++)
            {
                holders.Add(nodeGates[(p + c) % n]);
            }

            gates.Add(holders.Count == 1 ? holders[0] : _graph.Gate(GateKind.Or, 1, holders, -1));
        }

        return _graph.Gate(GateKind.And, 0, gates, -1);
    }

    /// <summary>
    /// A node with its path to shared storage: with multipath any HBA (each needing its SAN switch),
    /// without it only the first HBA's path. A node that declares no HBA is not judged on its path.
    /// </summary>
    private int WithStoragePath(int node)
    {
        var server = _components[node];
        var parts = PartsOf(node);
        var hbas = new List<int>();
        PartRuns(parts, ComponentKind.Hba, hbas);
        if (hbas.Count == 0)
        {
            return _run[node];
        }

        var multipath = server.Properties.GetEnum<Multipath>(PropertyNames.Multipath) ?? Multipath.Enabled;
        int path;
        if (multipath == Multipath.Disabled || hbas.Count == 1)
        {
            path = hbas[0];
        }
        else
        {
            path = _graph.Gate(GateKind.Or, 1, hbas, -1);
            var indices = Rent();
            PartIndices(parts, ComponentKind.Hba, indices);
            _groups.Add(RedundancyKind.MultipathHbas, server.Name, hbas, indices);
            Return(indices);
        }

        return _graph.Gate(GateKind.And, 0, new[] { _run[node], path }, node);
    }
}

using HaRules.Model;

namespace HaRules;

/// <summary>
/// A database cluster (7.6): active-standby, shared-everything or shared-nothing, with its nodes,
/// storage, heartbeat, quorum and fencing.
/// </summary>
public sealed class DatabaseClusterBuilder : ComponentBuilder<DatabaseClusterBuilder>
{
    internal DatabaseClusterBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>The servers (or replica groups) that are the cluster's nodes.</summary>
    public DatabaseClusterBuilder Nodes(params ServerBuilder[] servers)
    {
        AddRelation(RelationKind.ClusterNodes, Resolve(servers, "node"));
        return this;
    }

    /// <summary>The volume holding the cluster's data, shared by its nodes.</summary>
    public DatabaseClusterBuilder SharedStorage(VolumeBuilder volume) => Single(RelationKind.SharedStorage, volume, "shared storage");

    /// <summary>The switches the nodes' heartbeat runs over; one alone risks split brain (HA601).</summary>
    public DatabaseClusterBuilder Heartbeat(params SwitchBuilder[] switches)
    {
        AddRelation(RelationKind.Heartbeat, Resolve(switches, "heartbeat switch"));
        return this;
    }

    /// <summary>A quorum (voting) disk that breaks ties between the nodes (7.6.1).</summary>
    public DatabaseClusterBuilder QuorumDevice(VolumeBuilder volume) => Single(RelationKind.QuorumDevice, volume, "quorum device");

    /// <summary>A witness component that breaks ties between the nodes.</summary>
    public DatabaseClusterBuilder Witness(ComponentBuilder witness) => Single(RelationKind.Witness, witness, "witness");

    /// <summary>Fences (powers off or cuts off) a failed node so it cannot keep writing after failover.</summary>
    public DatabaseClusterBuilder Fencing()
    {
        Declaration.SetFlag(PropertyNames.Fencing, true);
        return this;
    }

    /// <summary>The most connections the database accepts (pools are checked against it, HA505).</summary>
    public DatabaseClusterBuilder MaxConnections(int connections) => SetCount(PropertyNames.MaxConnections, connections);

    /// <summary>The share of reads in the cluster's workload (0 to 1).</summary>
    public DatabaseClusterBuilder Workload(double readRatio)
    {
        Declaration.SetNumber(PropertyNames.ReadRatio, readRatio);
        return this;
    }

    /// <summary>
    /// Shared nothing: the data is split into <paramref name="count"/> partitions, each kept in
    /// <paramref name="replicas"/> copies on distinct nodes (copy c of partition p on node ((p + c) mod n) + 1).
    /// </summary>
    public DatabaseClusterBuilder Partitions(int count, int replicas)
    {
        Declaration.SetInteger(PropertyNames.Partitions, count);
        return SetCount(PropertyNames.PartitionReplicas, replicas);
    }

    private DatabaseClusterBuilder Single(RelationKind kind, ComponentBuilder target, string what)
    {
        if (ResolveOne(target, what) is { } declaration)
        {
            AddRelation(kind, new[] { declaration });
        }

        return this;
    }
}

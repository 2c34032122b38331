using System;

namespace HaRules.Reliability;

/// <summary>What kind of redundancy a group of members provides.</summary>
public enum RedundancyKind
{
    /// <summary>The power supplies of one component.</summary>
    PowerSupplies,

    /// <summary>The bonded NIC ports of one server.</summary>
    BondedNics,

    /// <summary>The HBAs of one server, with multipath.</summary>
    MultipathHbas,

    /// <summary>The two units of a load balancer, firewall or router pair.</summary>
    Pair,

    /// <summary>The nodes of a database cluster.</summary>
    ClusterNodes,

    /// <summary>The replicas of a server group.</summary>
    Replicas,
}

/// <summary>
/// Members that stand in for each other (PSUs, bonded NICs, multipath HBAs, a pair, cluster
/// nodes, replicas): HA102 checks that no single event outside them stops them all. A view of one
/// entry of <see cref="RedundancyGroupStore"/>, made when read.
/// </summary>
internal readonly struct RedundancyGroup
{
    public RedundancyGroup(RedundancyKind kind, string owner, ArraySegment<int> memberNodes, ArraySegment<int> memberComponents)
    {
        Kind = kind;
        Owner = owner;
        MemberNodes = memberNodes;
        MemberComponents = memberComponents;
    }

    public RedundancyKind Kind { get; }

    /// <summary>The component (or replica group, or cluster) the members belong to.</summary>
    public string Owner { get; }

    /// <summary>The node saying "this member runs", per member.</summary>
    public ArraySegment<int> MemberNodes { get; }

    /// <summary>The component index of each member (in the order of <see cref="MemberNodes"/>).</summary>
    public ArraySegment<int> MemberComponents { get; }
}

/// <summary>
/// A k-of-n gate whose k follows from capacity: a load balancer's targets or a DNS round robin.
/// </summary>
internal sealed class CapacityGate
{
    public CapacityGate(int node, int distributor, int[] members)
    {
        Node = node;
        Distributor = distributor;
        Members = members;
    }

    public int Node { get; }

    /// <summary>The load balancer or DNS name (component index).</summary>
    public int Distributor { get; }

    /// <summary>The targets (component indices), replicas expanded.</summary>
    public int[] Members { get; }

    /// <summary>Each member's worker limit, or null when any member declares none.</summary>
    public long[]? Workers { get; set; }

    /// <summary>The largest declared peak of the services that reach the gate (0 when none).</summary>
    public long Peak { get; set; }

    /// <summary>The service that declares <see cref="Peak"/>, or -1.</summary>
    public int PeakService { get; set; } = -1;

    /// <summary>How many members must run.</summary>
    public int Needed { get; set; } = 1;
}

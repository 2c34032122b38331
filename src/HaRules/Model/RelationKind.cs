namespace HaRules.Model;

/// <summary>How one component relates to others. Each relation reads "From [kind] Targets".</summary>
public enum RelationKind
{
    /// <summary>A UPS is fed by power feeds; it runs while any one of them is live.</summary>
    FedBy,

    /// <summary>A power supply draws from one power source.</summary>
    PoweredBy,

    /// <summary>A component stands in a rack.</summary>
    InRack,

    /// <summary>An appliance or array is connected to switches; it needs any one of them.</summary>
    ConnectedTo,

    /// <summary>A NIC port or HBA is cabled to one switch or SAN switch.</summary>
    CabledTo,

    /// <summary>A RAID group is carved from an array, a volume from a RAID group.</summary>
    CarvedFrom,

    /// <summary>A backup copies a volume or a database cluster.</summary>
    BackupOf,

    /// <summary>A backup writes to a volume.</summary>
    BackupTo,

    /// <summary>A component needs <see cref="Relation.Count"/> of its targets (all, any one, or k).</summary>
    DependsOn,

    /// <summary>A load balancer spreads traffic over its targets.</summary>
    Targets,

    /// <summary>A DNS name resolves to one component (usually a load balancer).</summary>
    Resolves,

    /// <summary>A DNS name returns the addresses of its targets in turn (DNS round robin).</summary>
    RoundRobin,

    /// <summary>A service is reached through its entry point.</summary>
    EntryPoint,

    /// <summary>A database cluster is made of server nodes.</summary>
    ClusterNodes,

    /// <summary>A database cluster keeps its data on a shared volume.</summary>
    SharedStorage,

    /// <summary>A database cluster's heartbeat runs over switches.</summary>
    Heartbeat,

    /// <summary>A database cluster votes with a quorum volume.</summary>
    QuorumDevice,

    /// <summary>A database cluster votes with a witness component.</summary>
    Witness,

    /// <summary>A server pools connections to a database, through the firewalls in <see cref="Relation.Via"/>.</summary>
    ConnectionPool,

    /// <summary>An application server's sessions are copied to another replica.</summary>
    ReplicatesTo,
}

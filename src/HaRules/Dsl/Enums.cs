namespace HaRules;

/// <summary>A RAID level: how a group of disks is combined into one logical disk (7.3.1).</summary>
public enum RaidLevel
{
    /// <summary>Striping without redundancy: any disk failure loses the group.</summary>
    Raid0,

    /// <summary>A mirror of two disks, typical for OS disks.</summary>
    Raid1,

    /// <summary>Striping with distributed parity: survives one disk failure; writes cost four I/Os.</summary>
    Raid5,

    /// <summary>Striping with double parity: survives two disk failures; writes cost six I/Os.</summary>
    Raid6,

    /// <summary>Striped mirror pairs: half the raw capacity, fast writes, survives one failure per pair.</summary>
    Raid10,

    /// <summary>RAID5 legs striped together (declare the number of legs).</summary>
    Raid50,

    /// <summary>RAID6 legs striped together (declare the number of legs).</summary>
    Raid60,
}

/// <summary>How a server's NIC ports are bonded (teamed) by the OS or hardware (7.2.2).</summary>
public enum BondMode
{
    /// <summary>One port is active, the others stand by and take over on failure (the usual choice).</summary>
    ActiveBackup,

    /// <summary>Ports take packets in turn (balance-rr).</summary>
    RoundRobin,

    /// <summary>IEEE 802.3ad link aggregation with LACP.</summary>
    Lacp,

    /// <summary>Transmit load balancing by hash (balance-xor).</summary>
    BalanceXor,
}

/// <summary>Whether a server's HBAs fail over between storage paths (DM-Multipath, 7.3.2).</summary>
public enum Multipath
{
    /// <summary>No path failover: only the first HBA's path is used.</summary>
    Disabled,

    /// <summary>I/O fails over to another HBA and fabric when a path fails.</summary>
    Enabled,
}

/// <summary>How a database cluster shares its work and data (7.6).</summary>
public enum ClusterMode
{
    /// <summary>One node serves, another takes over on failure (cluster software, heartbeat, quorum).</summary>
    ActiveStandby,

    /// <summary>Every node serves and all share the same disks and data.</summary>
    SharedEverything,

    /// <summary>Every node serves its own partitions on its own disks.</summary>
    SharedNothing,
}

/// <summary>Where an application server keeps a copy of its users' sessions (7.5.1).</summary>
public enum SessionReplication
{
    /// <summary>Sessions live only in the server's own memory: lost when it fails.</summary>
    None,

    /// <summary>Each server's sessions are copied to another replica (the secondary).</summary>
    PrimaryBackup,

    /// <summary>Sessions live in a shared session store.</summary>
    SharedStore,
}

/// <summary>How a load balancer picks a server for a new session (7.4.2).</summary>
public enum LoadBalancing
{
    /// <summary>Servers in turn.</summary>
    RoundRobin,

    /// <summary>The server with the fewest active sessions.</summary>
    LeastConnections,

    /// <summary>The server with the best response time or lowest CPU use.</summary>
    ResponseTime,
}

/// <summary>How a load balancer keeps a client on the server it was first assigned (7.4.2).</summary>
public enum SessionPersistence
{
    /// <summary>No affinity: every request may go to another server.</summary>
    None,

    /// <summary>A cookie remembers the assigned server.</summary>
    Cookie,

    /// <summary>The load balancer's session table remembers the assigned server.</summary>
    SessionTable,
}

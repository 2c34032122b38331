namespace HaRules.Model;

/// <summary>What a component of a design is.</summary>
public enum ComponentKind
{
    /// <summary>A distribution panel or utility feed: a power source.</summary>
    PowerFeed,

    /// <summary>An uninterruptible power supply fed by power feeds: a power source.</summary>
    Ups,

    /// <summary>A rack: a failure domain that takes down what stands in it.</summary>
    Rack,

    /// <summary>A network (LAN) switch.</summary>
    Switch,

    /// <summary>A SAN switch: one storage fabric.</summary>
    SanSwitch,

    /// <summary>A router or default gateway.</summary>
    Router,

    /// <summary>A firewall (one unit; a pair's standby is a part named <c>name/standby</c>).</summary>
    Firewall,

    /// <summary>A load balancer (one unit; a pair's standby is a part named <c>name/standby</c>).</summary>
    LoadBalancer,

    /// <summary>A server (one replica of a replica group, or a single server).</summary>
    Server,

    /// <summary>A storage array: controllers and disks in one chassis.</summary>
    StorageArray,

    /// <summary>A RAID group of disks inside a storage array.</summary>
    RaidGroup,

    /// <summary>A logical unit (LU) carved from a RAID group.</summary>
    Volume,

    /// <summary>A backup job: what it copies, where to and how often.</summary>
    Backup,

    /// <summary>A database cluster of server nodes.</summary>
    DatabaseCluster,

    /// <summary>A DNS name that resolves to a load balancer or round-robins over servers.</summary>
    DnsName,

    /// <summary>A service users reach through its entry point: the root of the analysis.</summary>
    Service,

    /// <summary>A generic component: an external service, a licence server, a cloud dependency.</summary>
    Generic,

    /// <summary>A power supply unit of a server or appliance (a part).</summary>
    PowerSupply,

    /// <summary>A fan of a server (a part).</summary>
    Fan,

    /// <summary>A NIC port of a server (a part).</summary>
    Nic,

    /// <summary>A host bus adapter of a server (a part).</summary>
    Hba,

    /// <summary>A controller of a storage array (a part).</summary>
    Controller,

    /// <summary>A data disk of a RAID group (a part).</summary>
    Disk,

    /// <summary>A hot spare disk of a RAID group (a part; adds no capacity).</summary>
    HotSpare,
}

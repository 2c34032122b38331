namespace HaRules.Model;

/// <summary>
/// The names of the properties the design language records. Durations are in seconds, sizes in
/// bytes; a property is present only when the design declared it (absent facts are not judged).
/// </summary>
public static class PropertyNames
{
    /// <summary>Declared availability of a component (0..1).</summary>
    public const string Availability = "availability";

    /// <summary>Mean time between failures, in seconds.</summary>
    public const string MtbfSeconds = "mtbfSeconds";

    /// <summary>Mean time to repair, in seconds.</summary>
    public const string MttrSeconds = "mttrSeconds";

    /// <summary>Declared replica count of a server group (kept even when it is invalid).</summary>
    public const string Replicas = "replicas";

    /// <summary>1-based index of a replica within its group.</summary>
    public const string ReplicaIndex = "replicaIndex";

    /// <summary>Number of power supplies declared with <c>WithPowerSupplies</c>.</summary>
    public const string PowerSupplies = "powerSupplies";

    /// <summary>Number of fans declared with <c>WithFans</c>.</summary>
    public const string Fans = "fans";

    /// <summary>Number of NIC ports declared with <c>WithNics</c>.</summary>
    public const string Nics = "nics";

    /// <summary>The stack or MLAG domain a switch belongs to (switches naming the same one aggregate as one).</summary>
    public const string SwitchStack = "stack";

    /// <summary>Bonding mode of the NIC ports (a <see cref="BondMode"/> name).</summary>
    public const string BondMode = "bondMode";

    /// <summary>Number of HBAs declared with <c>WithHbas</c>.</summary>
    public const string Hbas = "hbas";

    /// <summary>Multipath setting of the HBAs (the name of a multipath setting of the design language: Enabled or Disabled).</summary>
    public const string Multipath = "multipath";

    /// <summary>Number of controllers of a storage array.</summary>
    public const string Controllers = "controllers";

    /// <summary>Role of a unit of a pair: <c>standby</c> for the standby unit.</summary>
    public const string Role = "role";

    /// <summary>Whether a component is declared as an active-standby pair.</summary>
    public const string HasStandby = "hasStandby";

    /// <summary>Whether a firewall pair synchronises connection state, or a load balancer pair its session table.</summary>
    public const string StateSync = "stateSync";

    /// <summary>Idle timeout of a firewall or a connection pool, in seconds.</summary>
    public const string IdleTimeoutSeconds = "idleTimeoutSeconds";

    /// <summary>Keep-alive interval of a connection pool, in seconds.</summary>
    public const string KeepAliveSeconds = "keepAliveSeconds";

    /// <summary>Maximum concurrent requests one web server serves.</summary>
    public const string MaxWorkers = "maxWorkers";

    /// <summary>Whether a server runs a web server.</summary>
    public const string WebServer = "webServer";

    /// <summary>Session replication of an application server (the name of a session replication setting of the design language).</summary>
    public const string SessionReplication = "sessionReplication";

    /// <summary>Load-balancing algorithm (the name of a load-balancing algorithm of the design language).</summary>
    public const string Algorithm = "algorithm";

    /// <summary>Health-check interval of a load balancer, in seconds.</summary>
    public const string HealthCheckSeconds = "healthCheckSeconds";

    /// <summary>Session persistence of a load balancer (the name of a session persistence setting of the design language).</summary>
    public const string Persistence = "persistence";

    /// <summary>RAID level (the name of a RAID level of the design language, e.g. Raid10).</summary>
    public const string RaidLevel = "raidLevel";

    /// <summary>Number of data disks of a RAID group (hot spares excluded).</summary>
    public const string Disks = "disks";

    /// <summary>Size of one disk, in bytes.</summary>
    public const string DiskSizeBytes = "diskSizeBytes";

    /// <summary>Random IOPS of one disk.</summary>
    public const string DiskIops = "diskIops";

    /// <summary>Number of legs of a RAID50/60 group.</summary>
    public const string Legs = "legs";

    /// <summary>Number of hot spare disks.</summary>
    public const string HotSpares = "hotSpares";

    /// <summary>Stripe size, in bytes.</summary>
    public const string StripeSizeBytes = "stripeSizeBytes";

    /// <summary>Declared front-end IOPS of a workload.</summary>
    public const string WorkloadIops = "workloadIops";

    /// <summary>Read share of a workload (0..1).</summary>
    public const string ReadRatio = "readRatio";

    /// <summary>Mean time to failure of one disk, in seconds.</summary>
    public const string DiskMttfSeconds = "diskMttfSeconds";

    /// <summary>Rebuild rate, in bytes per second.</summary>
    public const string RebuildBytesPerSecond = "rebuildBytesPerSecond";

    /// <summary>Time to replace a failed disk when no hot spare is there, in seconds.</summary>
    public const string ReplacementSeconds = "replacementSeconds";

    /// <summary>Declared time to repair a failed disk (overrides the derived one), in seconds.</summary>
    public const string RepairSeconds = "repairSeconds";

    /// <summary>Unrecoverable read error rate, per bit read.</summary>
    public const string ReadErrorRate = "readErrorRate";

    /// <summary>Size of a volume, in bytes.</summary>
    public const string SizeBytes = "sizeBytes";

    /// <summary>Interval of a backup, in seconds.</summary>
    public const string IntervalSeconds = "intervalSeconds";

    /// <summary>Database cluster mode (the name of a cluster mode of the design language: SharedEverything or SharedNothing).</summary>
    public const string ClusterMode = "clusterMode";

    /// <summary>Whether a database cluster fences failed nodes.</summary>
    public const string Fencing = "fencing";

    /// <summary>Connection limit of a database.</summary>
    public const string MaxConnections = "maxConnections";

    /// <summary>Number of partitions of a shared-nothing cluster.</summary>
    public const string Partitions = "partitions";

    /// <summary>Copies of each partition of a shared-nothing cluster.</summary>
    public const string PartitionReplicas = "partitionReplicas";

    /// <summary>Minimum size of a connection pool.</summary>
    public const string PoolMin = "min";

    /// <summary>Maximum size of a connection pool.</summary>
    public const string PoolMax = "max";

    /// <summary>Whether a service keeps user state (needs session affinity).</summary>
    public const string Stateful = "stateful";

    /// <summary>Peak concurrent requests a service must carry.</summary>
    public const string PeakConcurrentRequests = "peakConcurrentRequests";

    /// <summary>Peak requests per second a service receives (how many a stopped server's share loses, HA408).</summary>
    public const string PeakRequestsPerSecond = "peakRequestsPerSecond";

    /// <summary>Availability target of a service (0..1).</summary>
    public const string AvailabilityTarget = "availabilityTarget";

    /// <summary>Number of simultaneous failures a service must survive.</summary>
    public const string TolerateFailures = "tolerateFailures";
}

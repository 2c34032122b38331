using System;
using HaRules;

namespace Samples.FragileShop;

/// <summary>
/// The web shop of the reference design, built badly: every flaw the source notes warn about, one
/// commented line per flaw. HaRules should flag each of them.
/// </summary>
public sealed class FragileShopDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        // Power: one panel, one UPS behind everything
        var panel = design.AddPowerFeed("panel");
        var ups = design.AddUps("ups").FedBy(panel);                      // HA101: the only UPS stops everything

        var rack1 = design.AddRack("rack-1");

        // Network
        var swA = design.AddSwitch("sw-a").WithPowerSupplies(ups);        // HA101: the only switch (its single PSU told there)
        var swB = design.AddSwitch("sw-b");
        var fw = design.AddFirewall("fw")                                 // HA702: no standby firewall
            .WithPowerSupplies(ups)
            .ConnectedTo(swA)
            .IdleTimeout(TimeSpan.FromMinutes(15));                       // HA504: drops idle pooled connections
        var gateway = design.AddRouter("gw").WithPowerSupplies(ups);      // HA703: no VRRP standby

        // Storage
        var sanA = design.AddSanSwitch("san-a").WithPowerSupplies(ups);
        var sanB = design.AddSanSwitch("san-b").WithPowerSupplies(ups);   // HA201: a single power supply
        var array = design.AddStorageArray("array-1")
            .WithPowerSupplies(ups)
            .WithControllers(1)                                           // HA309: a single controller
            .ConnectedTo(sanA);
        var fast = array.AddRaidGroup("rg-data", RaidLevel.Raid0, disks: 4,   // HA301: RAID0 holds the database
            diskSize: DataSize.Terabytes(1.2), diskIops: 180);
        var dbVolume = fast.AddVolume("lu-db", DataSize.Terabytes(2));
        var logs = array.AddRaidGroup("rg-logs", RaidLevel.Raid5, disks: 4,   // HA302: no hot spare
                diskSize: DataSize.Gigabytes(600), diskIops: 150)
            .Workload(iops: 2000, readRatio: 0.5);                        // HA305 + HA311: write-heavy, too slow
        var reportsVolume = logs.AddVolume("lu-reports", DataSize.Terabytes(1));
        logs.AddVolume("lu-archive", DataSize.Terabytes(1));                // HA310: volumes exceed usable space
        var backupVolume = logs.AddVolume("lu-backup", DataSize.Terabytes(1));
        design.AddBackup("nightly-db").Of(dbVolume).To(backupVolume)     // HA304: backup on the same array
            .Every(TimeSpan.FromDays(1));
        design.AddBackup("nightly-reports").Of(reportsVolume).To(backupVolume).Every(TimeSpan.FromDays(1));

        // DB tier
        var db1 = design.AddServer("db-1")
            .WithPowerSupplies(ups, ups)                                  // HA202: both PSUs on one UPS
            .WithNics(BondMode.ActiveBackup, swA, swA)                    // HA204: both ports on one switch
            .WithHbas(Multipath.Disabled, sanA, sanB)                     // HA307: two HBAs, no multipath
            .InRack(rack1);
        var db2 = design.AddServer("db-2")
            .WithPowerSupplies(ups, ups)
            .WithNics(BondMode.ActiveBackup, swA, swA)
            .WithHbas(Multipath.Enabled, sanA, sanA)                      // HA308: both paths through one fabric
            .InRack(rack1);                                               // HA606: both nodes in one rack
        var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby)
            .Nodes(db1, db2)
            .SharedStorage(dbVolume)
            .Heartbeat(swA)                                               // HA601: heartbeat over one switch
            .MaxConnections(60);                                          // HA602, HA603: no quorum, no fencing

        var rep1 = design.AddServer("rep-1").WithHbas(Multipath.Enabled, sanA) // HA306: a single HBA
            .WithNics(BondMode.Lacp, swA, swB);                           // HA206: LACP across two independent switches
        var rep2 = design.AddServer("rep-2").WithHbas(Multipath.Enabled, sanB);
        var reportsDb = design.AddDatabaseCluster("reports-db", ClusterMode.SharedEverything) // HA607: no heartbeat
            .Nodes(rep1, rep2)
            .SharedStorage(reportsVolume)
            .QuorumDevice(backupVolume)
            .Workload(readRatio: 0.3);                                    // HA604: write-heavy shared everything

        var kv = design.AddServer("kv", replicas: 2).WithPowerSupplies(ups);
        var sessions = design.AddDatabaseCluster("sessions", ClusterMode.SharedNothing)
            .Nodes(kv)
            .Partitions(4, replicas: 1);                                  // HA605 + HA303: one copy, no backup

        // AP tier
        var ap = design.AddServer("ap", replicas: 2)
            .WithPowerSupplies(ups)
            .WithNics(BondMode.ActiveBackup, swA)                         // HA203 + HA701: one port, one switch
            .RunsAppServer(SessionReplication.None);                      // HA501: sessions only in memory
        ap.ConnectsTo(db, pool => pool
            .Min(5)                                                       // HA503: min differs from max
            .Max(50)                                                      // HA505: 2 x 50 > the database's 60
            .IdleTimeout(TimeSpan.FromMinutes(30))
            .Through(fw));
        ap.ConnectsTo(sessions, pool => pool.Min(10).Max(10));
        var batch = design.AddServer("batch", replicas: 2)
            .WithPowerSupplies(ups)
            .WithFans(1)                                                  // HA205: a single fan on each replica
            .InRack(rack1)                                                // HA102: rack-1 holds both replicas
            .RunsAppServer(SessionReplication.PrimaryBackup);             // HA502: replica in the same rack
        var apLb = design.AddLoadBalancer("ap-lb")                        // HA405: no standby
            .WithPowerSupplies(ups)
            .ConnectedTo(swA)
            .Persistence(SessionPersistence.Cookie)                       // HA404: pinned, unreplicated sessions
            .Targets(ap);                                                 // HA403: no health check
        var batchLb = design.AddLoadBalancer("batch-lb")
            .WithStandby()                                                // HA407: session table not synchronised
            .HealthCheck(TimeSpan.FromMinutes(2))                         // HA408: a stopped server gets requests for 2 min
            .Persistence(SessionPersistence.SessionTable)
            .Targets(batch);

        // Web tier: two servers for a peak of 1,000 requests
        var web = design.AddServer("web", replicas: 2)
            .WithPowerSupplies(ups, ups)                                  // HA202: redundant PSUs share one UPS
            .WithFans(1)                                                  // HA205: a single fan (told by web's single-point-of-failure finding)
            .WithNics(BondMode.ActiveBackup, swA, swA)
            .RunsWebServer(maxWorkers: 256)                               // HA105: 256 workers cannot carry 1,000
            .DependsOn(apLb, batchLb, gateway)
            .Accept("HA205", "fans are monitored", expires: "2020-01-01"); // HA008: an expired acceptance
        var dns = design.AddDnsName("shop.example.com").RoundRobin(web);  // HA401 + HA402: DNS round robin

        design.AddService("shop")
            .EntryPoint(dns)
            .Stateful()
            .PeakConcurrentRequests(1000)
            .PeakRequestsPerSecond(500)                                   // HA408: 500 x 120 s / 2 = 30,000 requests
            .AvailabilityTarget(0.99999)                                  // HA104: far above what this reaches
            .TolerateFailures(1);                                         // HA103: one failure stops it
        design.AddService("reporting").EntryPoint(reportsDb);
    }
}

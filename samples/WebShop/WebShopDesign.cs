using System;
using HaRules;

namespace Samples.WebShop;

public sealed class WebShopDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        // Power: two distribution panels, each through its own UPS (7.2.1)
        var panelA = design.AddPowerFeed("panel-a");
        var panelB = design.AddPowerFeed("panel-b");
        var upsA = design.AddUps("ups-a").FedBy(panelA);
        var upsB = design.AddUps("ups-b").FedBy(panelB);

        // Failure domains
        var rack1 = design.AddRack("rack-1");
        var rack2 = design.AddRack("rack-2");

        // Network: two switches on separate power; a firewall pair that syncs state
        var swA = design.AddSwitch("sw-a").WithPowerSupplies(upsA, upsB).InRack(rack1);
        var swB = design.AddSwitch("sw-b").WithPowerSupplies(upsA, upsB).InRack(rack2);
        var fw = design.AddFirewall("fw")
            .WithPowerSupplies(upsA, upsB)
            .ConnectedTo(swA, swB)
            .WithStandby(stateSync: true)
            .IdleTimeout(TimeSpan.FromMinutes(60));

        // Storage: two SAN fabrics, a dual-controller array, RAID10 with a hot spare (7.3)
        var sanA = design.AddSanSwitch("san-a").WithPowerSupplies(upsA, upsB);
        var sanB = design.AddSanSwitch("san-b").WithPowerSupplies(upsA, upsB);
        var array = design.AddStorageArray("array-1")
            .WithPowerSupplies(upsA, upsB)
            .WithControllers(2)
            .ConnectedTo(sanA, sanB);
        var data = array.AddRaidGroup("rg-data", RaidLevel.Raid10, disks: 8,
                diskSize: DataSize.Terabytes(1.2), diskIops: 180)
            .WithHotSpares(1)
            .StripeSize(DataSize.Kilobytes(256))
            .Workload(iops: 900, readRatio: 0.7);
        var dbVolume = data.AddVolume("lu-db", DataSize.Terabytes(2));
        var quorumDisk = data.AddVolume("lu-quorum", DataSize.Gigabytes(1));

        var vault = design.AddStorageArray("backup-array")
            .WithPowerSupplies(upsA, upsB)
            .WithControllers(2)
            .ConnectedTo(sanA, sanB)
            .InRack(rack2);
        var vaultGroup = vault.AddRaidGroup("rg-backup", RaidLevel.Raid6, disks: 6,
                diskSize: DataSize.Terabytes(4), diskIops: 150)
            .WithHotSpares(1);
        var backupVolume = vaultGroup.AddVolume("lu-backup", DataSize.Terabytes(8));
        design.AddBackup("nightly-db").Of(dbVolume).To(backupVolume).Every(TimeSpan.FromDays(1));

        // DB tier: active-standby cluster on shared storage, two heartbeat paths,
        // a quorum disk and fencing (7.6.1)
        var db1 = design.AddServer("db-1")
            .WithPowerSupplies(upsA, upsB)
            .WithFans(4)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .WithHbas(Multipath.Enabled, sanA, sanB)
            .InRack(rack1);
        var db2 = design.AddServer("db-2")
            .WithPowerSupplies(upsA, upsB)
            .WithFans(4)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .WithHbas(Multipath.Enabled, sanA, sanB)
            .InRack(rack2);
        var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby)
            .Nodes(db1, db2)
            .SharedStorage(dbVolume)
            .Heartbeat(swA, swB)
            .QuorumDevice(quorumDisk)
            .Fencing()
            .MaxConnections(200);

        // AP tier: application servers that replicate sessions, pooled DB connections
        // through the firewall (7.5)
        var ap = design.AddServer("ap", replicas: 2)
            .WithPowerSupplies(upsA, upsB)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .SpreadAcross(rack1, rack2)
            .RunsAppServer(SessionReplication.PrimaryBackup);
        ap.ConnectsTo(db, pool => pool
            .Min(20)
            .Max(20)
            .IdleTimeout(TimeSpan.FromMinutes(30))
            .KeepAlive(TimeSpan.FromMinutes(5))                           // Min = Max never retires a connection
            .Through(fw));
        var apLb = design.AddLoadBalancer("ap-lb")
            .WithStandby()
            .WithPowerSupplies(upsA, upsB)
            .ConnectedTo(swA, swB)
            .Algorithm(LoadBalancing.LeastConnections)
            .HealthCheck(TimeSpan.FromSeconds(5))
            .Persistence(SessionPersistence.Cookie)
            .Targets(ap);

        // Web tier: Apache servers behind an active-standby load balancer pair (7.4)
        var web = design.AddServer("web", replicas: 4)
            .WithPowerSupplies(upsA, upsB)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .SpreadAcross(rack1, rack2)
            .RunsWebServer(maxWorkers: 256)
            .DependsOn(apLb);
        var lb = design.AddLoadBalancer("lb")
            .WithStandby()
            .WithPowerSupplies(upsA, upsB)
            .ConnectedTo(swA, swB)
            .Algorithm(LoadBalancing.RoundRobin)
            .HealthCheck(TimeSpan.FromSeconds(5))
            .Targets(web);
        var dns = design.AddDnsName("shop.example.com").Resolves(lb);

        design.AddService("shop")
            .EntryPoint(dns)
            .Stateful()
            .PeakConcurrentRequests(500)
            .AvailabilityTarget(0.9995)
            .TolerateFailures(1);
    }
}

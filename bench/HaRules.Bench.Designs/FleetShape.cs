using System;
using HaRules;

namespace HaRules.Bench.Designs;

/// <summary>
/// The fleet shape: thousands of independent three-tier services in one data centre. The data
/// centre has two feeds, two UPSes, two core switches, two SAN fabrics and one backup vault; every
/// service has two racks, two top-of-rack switches (uplinked to both core switches), a
/// dual-controller array with a RAID10 group, an active-standby database pair with a quorum volume
/// and fencing, 6 application and 12 web replicas behind load-balancer pairs, a backup of its
/// database to the vault, a DNS name and a service that tolerates one failure. Every component's
/// power supplies sit on the same two UPSes, so every service's sub-graph reaches the same shared
/// nodes. 34 declared components per service, 11 shared.
/// </summary>
public static class FleetShape
{
    /// <summary>Declares the data centre and <paramref name="services"/> services.</summary>
    public static void Declare(DesignBuilder design, int services)
    {
        var upsA = design.AddUps("dc-ups-a").FedBy(design.AddPowerFeed("dc-feed-a"));
        var upsB = design.AddUps("dc-ups-b").FedBy(design.AddPowerFeed("dc-feed-b"));
        var coreA = design.AddSwitch("dc-core-a").WithPowerSupplies(upsA, upsB);
        var coreB = design.AddSwitch("dc-core-b").WithPowerSupplies(upsA, upsB);
        var sanA = design.AddSanSwitch("dc-san-a").WithPowerSupplies(upsA, upsB);
        var sanB = design.AddSanSwitch("dc-san-b").WithPowerSupplies(upsA, upsB);
        var vault = design.AddStorageArray("dc-vault").WithPowerSupplies(upsA, upsB).WithControllers(2).ConnectedTo(sanA, sanB);
        var vaultVolume = vault
            .AddRaidGroup("dc-vault-rg", RaidLevel.Raid6, disks: 12, diskSize: DataSize.Terabytes(16), diskIops: 120)
            .AddVolume("dc-vault-lu", DataSize.Terabytes(120));
        var shared = new Shared(upsA, upsB, coreA, coreB, sanA, sanB, vaultVolume);
        for (var s = 0; s < services; s++)
        {
            AddService(design, "s" + s + "-", shared);
        }
    }

    private static void AddService(DesignBuilder design, string prefix, Shared dc)
    {
        var rack1 = design.AddRack(prefix + "rack-1");
        var rack2 = design.AddRack(prefix + "rack-2");
        var torA = design.AddSwitch(prefix + "tor-a").WithPowerSupplies(dc.UpsA, dc.UpsB).InRack(rack1).DependsOnAnyOf(dc.CoreA, dc.CoreB);
        var torB = design.AddSwitch(prefix + "tor-b").WithPowerSupplies(dc.UpsA, dc.UpsB).InRack(rack2).DependsOnAnyOf(dc.CoreA, dc.CoreB);

        var array = design.AddStorageArray(prefix + "array")
            .WithPowerSupplies(dc.UpsA, dc.UpsB)
            .WithControllers(2)
            .ConnectedTo(dc.SanA, dc.SanB)
            .InRack(rack1);
        var group = array.AddRaidGroup(prefix + "rg", RaidLevel.Raid10, disks: 8, diskSize: DataSize.Terabytes(1.2), diskIops: 180);
        var data = group.AddVolume(prefix + "lu-db", DataSize.Terabytes(2));
        var quorum = group.AddVolume(prefix + "lu-quorum", DataSize.Gigabytes(1));

        var db1 = DbNode(design, prefix + "db-1", dc, torA, torB, rack1);
        var db2 = DbNode(design, prefix + "db-2", dc, torA, torB, rack2);
        var db = design.AddDatabaseCluster(prefix + "db", ClusterMode.ActiveStandby)
            .Nodes(db1, db2)
            .SharedStorage(data)
            .Heartbeat(torA, torB)
            .QuorumDevice(quorum)
            .Fencing();
        design.AddBackup(prefix + "backup").Of(db).To(dc.Vault).Every(TimeSpan.FromHours(24));

        var app = design.AddServer(prefix + "app", replicas: 6)
            .WithPowerSupplies(dc.UpsA, dc.UpsB)
            .WithNics(BondMode.ActiveBackup, torA, torB)
            .SpreadAcross(rack1, rack2)
            .RunsAppServer(SessionReplication.PrimaryBackup);
        app.ConnectsTo(db, pool => pool.Min(10).Max(10));
        var appLb = design.AddLoadBalancer(prefix + "app-lb")
            .WithStandby()
            .WithPowerSupplies(dc.UpsA, dc.UpsB)
            .ConnectedTo(torA, torB)
            .HealthCheck(TimeSpan.FromSeconds(5))
            .Targets(app);

        var web = design.AddServer(prefix + "web", replicas: 12)
            .WithPowerSupplies(dc.UpsA, dc.UpsB)
            .WithNics(BondMode.ActiveBackup, torA, torB)
            .SpreadAcross(rack1, rack2)
            .RunsWebServer(maxWorkers: 256)
            .DependsOn(appLb);
        var lb = design.AddLoadBalancer(prefix + "lb")
            .WithStandby()
            .WithPowerSupplies(dc.UpsA, dc.UpsB)
            .ConnectedTo(torA, torB)
            .HealthCheck(TimeSpan.FromSeconds(5))
            .Targets(web);
        var dns = design.AddDnsName(prefix + "www").Resolves(lb);
        design.AddService(prefix + "shop").EntryPoint(dns).PeakConcurrentRequests(256 * 6).TolerateFailures(1);
    }

    private static ServerBuilder DbNode(DesignBuilder design, string name, Shared dc, SwitchBuilder torA, SwitchBuilder torB, RackBuilder rack) =>
        design.AddServer(name)
            .WithPowerSupplies(dc.UpsA, dc.UpsB)
            .WithFans(2)
            .WithNics(BondMode.ActiveBackup, torA, torB)
            .WithHbas(Multipath.Enabled, dc.SanA, dc.SanB)
            .InRack(rack);

    private sealed record Shared(
        UpsBuilder UpsA,
        UpsBuilder UpsB,
        SwitchBuilder CoreA,
        SwitchBuilder CoreB,
        SanSwitchBuilder SanA,
        SanSwitchBuilder SanB,
        VolumeBuilder Vault);
}

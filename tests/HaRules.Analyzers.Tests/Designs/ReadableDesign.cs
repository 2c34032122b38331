using System;
using HaRules;

namespace HaRules.Analyzers.Tests.Designs;

/// <summary>
/// A design written with everything the reader must follow: consts, enums, named and optional
/// arguments, params, every TimeSpan.FromX shape, DataSize, fluent chains spread over lines,
/// lambdas, helper methods that take builders, a local function, a loop with a constant bound,
/// string interpolation and acceptances. The equivalence test holds its read model equal to the
/// model it builds at run time.
/// </summary>
public sealed class ReadableDesign : IDesign
{
    private const int Workers = 128;
    private const string Prefix = "tier";

    public void Describe(DesignBuilder design)
    {
        var feedA = design.AddPowerFeed("feed-a");
        var feedB = design
            .AddPowerFeed("feed-b");
        var upsA = design.AddUps("ups-a").FedBy(feedA);
        var upsB = design.AddUps("ups-b").FedBy(feedA, feedB);
        var racks = new[] { design.AddRack("rack-1"), design.AddRack("rack-2") };
        var swA = Switch(design, "sw-a", upsA, upsB);
        var swB = Switch(design, "sw-b", upsA, upsB);

        var fw = design.AddFirewall("fw")
            .WithPowerSupplies(upsA, upsB)
            .ConnectedTo(swA, swB)
            .WithStandby(stateSync: true)
            .IdleTimeout(TimeSpan.FromHours(1.5))
            .Mtbf(TimeSpan.FromDays(365, 12))
            .Mttr(TimeSpan.FromMinutes(90L));

        var array = design.AddStorageArray("array")
            .WithPowerSupplies(upsA, upsB)
            .WithControllers(2);
        var group = array.AddRaidGroup(
                "rg",
                RaidLevel.Raid6,
                diskIops: 150,
                diskSize: DataSize.Terabytes(2.4),
                disks: 6)
            .WithHotSpares(1)
            .RebuildRate(DataSize.Megabytes(50))
            .ReplacementTime(TimeSpan.FromSeconds(3600))
            .DiskMttf(TimeSpan.FromHours(1_200_000));
        var volume = group.AddVolume("lu-db", DataSize.Gibibytes(512));
        var quorum = group.AddVolume("lu-q", DataSize.Gigabytes(1));
        var backupTarget = design.AddStorageArray("vault").WithPowerSupplies(upsB, upsA).WithControllers(2)
            .AddRaidGroup("rg-vault", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(4), diskIops: 120, legs: null)
            .WithHotSpares(1)
            .AddVolume("lu-vault", DataSize.Terabytes(6));

        ServerBuilder Node(string name, RackBuilder rack) => Server(design, name, null, upsA, upsB, swA, swB).InRack(rack);

        var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby)
            .Nodes(Node("db-1", racks[0]), Node("db-2", racks[1]))
            .SharedStorage(volume)
            .Heartbeat(swA, swB)
            .QuorumDevice(quorum)
            .Fencing()
            .MaxConnections(2 * 100);
        design.AddBackup("db-backup").Of(db).To(backupTarget).Every(TimeSpan.FromHours(24));

        var ap = Server(design, "ap", 3, upsA, upsB, swA, swB)
            .SpreadAcross(racks)
            .RunsAppServer(SessionReplication.PrimaryBackup);
        ap.ConnectsTo(db, pool =>
        {
            var size = 20;
            pool.Min(size).Max(size)
                .IdleTimeout(TimeSpan.FromMinutes(30))
                .KeepAlive(TimeSpan.FromMilliseconds(60_000.0))
                .Through(fw);
        });

        var lb = design.AddLoadBalancer("lb").WithStandby().WithPowerSupplies(upsA, upsB).ConnectedTo(swA, swB)
            .HealthCheck(TimeSpan.FromSeconds(5, 500))
            .Targets(ap);
        for (var i = 1; i <= 2; i++)
        {
            design.AddComponent($"{Prefix}-licence-{i}").Availability(0.999 + i / 10000.0);
        }

        var web = Server(design, "web", 2, upsA, upsB, swA, swB)
            .RunsWebServer(maxWorkers: Workers * 2)
            .WithFans(1)
            .DependsOn(lb)
            .Accept("HA205", "fans are monitored", expires: "2099-12-31");
        design.AddService("shop")
            .EntryPoint(design.AddDnsName("shop.example.com").RoundRobin(web))
            .AvailabilityTarget(0.999)
            .TolerateFailures(failures: 1);
    }

    private static SwitchBuilder Switch(DesignBuilder design, string name, params IPowerSource[] power) =>
        design.AddSwitch(name).WithPowerSupplies(power);

    private static ServerBuilder Server(DesignBuilder design, string name, int? replicas, UpsBuilder a, UpsBuilder b, SwitchBuilder left, SwitchBuilder right)
    {
        var server = design.AddServer(name, replicas)
            .WithPowerSupplies(a, b)
            .WithNics(BondMode.ActiveBackup, left, right);
        return server;
    }
}

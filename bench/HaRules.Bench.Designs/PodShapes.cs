using HaRules;

namespace HaRules.Bench.Designs;

/// <summary>
/// The standard and wide shapes: large designs written with the real design language, pod by pod. A pod is what one
/// service needs in one data hall: two feeds through two UPSes, four racks, two switches, two SAN
/// fabrics, a dual-controller array with a RAID10 and a RAID6 group and their volumes, an
/// active-standby database cluster on shared storage, an application tier and a web tier of
/// replicas behind load-balancer pairs, a DNS name and the service. Every pod reaches one
/// firewall pair shared by the whole design (connection pools go through it), so services are not
/// disjoint. Replica counts vary from pod to pod so k-of-n gates of several widths appear; the
/// web tier declares worker limits and the service a peak, so its gate needs more than one replica.
/// One flaw is deliberate, as in real designs: each pod has one storage array, so its rack is a
/// single point of failure of the pod's service and a common cause of its replica groups.
/// <para>
/// The wide shape spreads each pod over 16 racks, with 64 web and 16 application replicas: the
/// load balancer's gate then shares about 20 nodes (racks, UPSes, switches) among its targets,
/// more than can be enumerated together (2^20 states), and the racks are shared by both tiers, so
/// the sharing does not stay inside one gate: conditioning gives up there and availability is
/// compiled to a decision diagram (docs/analysis.md, docs/performance.md).
/// </para>
/// </summary>
public static class PodShapes
{
    /// <summary>Declares <paramref name="pods"/> pods and what they share.</summary>
    public static void Declare(DesignBuilder design, int pods, bool wide)
    {
        var coreUpsA = design.AddUps("core-ups-a").FedBy(design.AddPowerFeed("core-feed-a"));
        var coreUpsB = design.AddUps("core-ups-b").FedBy(design.AddPowerFeed("core-feed-b"));
        var coreSwA = design.AddSwitch("core-sw-a").WithPowerSupplies(coreUpsA, coreUpsB);
        var coreSwB = design.AddSwitch("core-sw-b").WithPowerSupplies(coreUpsA, coreUpsB);
        var firewall = design.AddFirewall("fw")
            .WithPowerSupplies(coreUpsA, coreUpsB)
            .ConnectedTo(coreSwA, coreSwB)
            .WithStandby(stateSync: true);
        for (var p = 0; p < pods; p++)
        {
            AddPod(design, "p" + p + "-", p, firewall, wide);
        }
    }

    private static void AddPod(DesignBuilder design, string pod, int index, FirewallBuilder firewall, bool wide)
    {
        var feedA = design.AddPowerFeed(pod + "feed-a");
        var feedB = design.AddPowerFeed(pod + "feed-b");
        var upsA = design.AddUps(pod + "ups-a").FedBy(feedA);
        var upsB = design.AddUps(pod + "ups-b").FedBy(feedB);
        var racks = new RackBuilder[wide ? 16 : 4];
        for (var r = 0; r < racks.Length; r++)
        {
            racks[r] = design.AddRack(pod + "rack-" + (r + 1));
        }

        var swA = design.AddSwitch(pod + "sw-a").WithPowerSupplies(upsA, upsB).InRack(racks[0]);
        var swB = design.AddSwitch(pod + "sw-b").WithPowerSupplies(upsA, upsB).InRack(racks[1]);
        var sanA = design.AddSanSwitch(pod + "san-a").WithPowerSupplies(upsA, upsB).InRack(racks[0]);
        var sanB = design.AddSanSwitch(pod + "san-b").WithPowerSupplies(upsA, upsB).InRack(racks[1]);

        var array = design.AddStorageArray(pod + "array")
            .WithPowerSupplies(upsA, upsB)
            .WithControllers(2)
            .ConnectedTo(sanA, sanB)
            .InRack(racks[2]);
        var data = array.AddRaidGroup(pod + "rg-data", RaidLevel.Raid10, disks: 8, diskSize: DataSize.Terabytes(1.2), diskIops: 180);
        var dbVolume = data.AddVolume(pod + "lu-db", DataSize.Terabytes(2));
        var quorum = data.AddVolume(pod + "lu-quorum", DataSize.Gigabytes(1));
        var logs = array.AddRaidGroup(pod + "rg-log", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(4), diskIops: 150);
        logs.AddVolume(pod + "lu-log", DataSize.Terabytes(8));

        var db1 = DbNode(design, pod + "db-1", upsA, upsB, swA, swB, sanA, sanB, racks[0]);
        var db2 = DbNode(design, pod + "db-2", upsA, upsB, swA, swB, sanA, sanB, racks[1]);
        var db = design.AddDatabaseCluster(pod + "db", ClusterMode.ActiveStandby)
            .Nodes(db1, db2)
            .SharedStorage(dbVolume)
            .Heartbeat(swA, swB)
            .QuorumDevice(quorum)
            .Fencing();

        var ap = design.AddServer(pod + "ap", replicas: wide ? 16 : 2 + (2 * (index % 3)))
            .WithPowerSupplies(upsA, upsB)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .SpreadAcross(racks)
            .RunsAppServer(SessionReplication.PrimaryBackup);
        ap.ConnectsTo(db, pool => pool.Min(10).Max(20).Through(firewall));
        var apLb = design.AddLoadBalancer(pod + "ap-lb")
            .WithStandby()
            .WithPowerSupplies(upsA, upsB)
            .ConnectedTo(swA, swB)
            .Targets(ap);

        var webReplicas = wide ? 64 : 4 + (4 * (index % 4));
        var web = design.AddServer(pod + "web", replicas: webReplicas)
            .WithPowerSupplies(upsA, upsB)
            .WithFans(2)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .SpreadAcross(racks)
            .RunsWebServer(maxWorkers: 256)
            .DependsOn(apLb);
        var lb = design.AddLoadBalancer(pod + "lb")
            .WithStandby()
            .WithPowerSupplies(upsA, upsB)
            .ConnectedTo(swA, swB)
            .Targets(web);
        var dns = design.AddDnsName(pod + "www").Resolves(lb);
        design.AddService(pod + "shop")
            .EntryPoint(dns)
            .PeakConcurrentRequests(256 * webReplicas / 2)
            .TolerateFailures(1);
    }

    private static ServerBuilder DbNode(
        DesignBuilder design,
        string name,
        UpsBuilder upsA,
        UpsBuilder upsB,
        SwitchBuilder swA,
        SwitchBuilder swB,
        SanSwitchBuilder sanA,
        SanSwitchBuilder sanB,
        RackBuilder rack) =>
        design.AddServer(name)
            .WithPowerSupplies(upsA, upsB)
            .WithFans(4)
            .WithNics(BondMode.ActiveBackup, swA, swB)
            .WithHbas(Multipath.Enabled, sanA, sanB)
            .InRack(rack);
}

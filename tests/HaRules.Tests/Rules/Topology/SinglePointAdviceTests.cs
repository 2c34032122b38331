using System;
using System.Linq;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Rules.Topology;

/// <summary>
/// HA101's advice, for each kind of component it advises on, applied as written to a small design:
/// HA101 goes away and no rule raises a finding the flawed design did not raise already.
/// </summary>
public sealed class SinglePointAdviceTests
{
    // Web replicas behind a load balancer pair that health-checks them: redundant on their own, so
    // only what a test adds is single.
    private static ServerBuilder Web(DesignBuilder d)
    {
        var web = d.AddServer("web", replicas: 2);
        var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        d.AddService("shop").EntryPoint(lb);
        return web;
    }

    private static string AdviceOn(string component, Action<DesignBuilder> describe) =>
        Assert.Single(Check.Design(describe).Findings("HA101"), f => f.Components[0] == component).Message;

    [Fact]
    public void A_load_balancer_is_advised_a_standby()
    {
        static Action<DesignBuilder> Shop(bool standby) => d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
            if (standby)
            {
                lb.WithStandby();
            }

            d.AddService("shop").EntryPoint(lb);
        };

        Assert.EndsWith(". Add a standby unit (WithStandby())", AdviceOn("lb", Shop(standby: false)));
        RuleAssert.FixWorks("HA101", Shop(standby: false), Shop(standby: true));
    }

    [Fact]
    public void A_load_balancer_that_pins_with_its_session_table_is_advised_a_standby_that_copies_it_as_HA405_is()
    {
        static Action<DesignBuilder> Shop(bool? stateSync) => d =>
        {
            var app = d.AddServer("app", replicas: 2).RunsAppServer(SessionReplication.None);
            var lb = d.AddLoadBalancer("lb").HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.SessionTable).Targets(app);
            if (stateSync is { } sync)
            {
                lb.WithStandby(stateSync: sync);
            }

            d.AddService("shop").EntryPoint(lb).Stateful();
        };

        var flawed = Check.Design(Shop(stateSync: null));
        Assert.EndsWith(". Add a standby unit that synchronises its session table (WithStandby(stateSync: true))", Assert.Single(flawed.Findings("HA101")).Message);
        Assert.EndsWith("make it a pair that synchronises its session table (WithStandby(stateSync: true))", Assert.Single(flawed.Findings("HA405")).Message);
        RuleAssert.FixWorks("HA101", Shop(stateSync: null), Shop(stateSync: true));

        // What the advice was before: a pair that does not copy the table raises HA407.
        Assert.Single(Check.Design(Shop(stateSync: false)).Findings("HA407"));
    }

    [Fact]
    public void A_firewall_is_advised_the_pair_HA702_wants()
    {
        static Action<DesignBuilder> Shop(bool? stateSync) => d =>
        {
            var fw = d.AddFirewall("fw");
            if (stateSync is { } sync)
            {
                fw.WithStandby(stateSync: sync);
            }

            Web(d).DependsOn(fw);
        };

        Assert.EndsWith(". Make it a pair that synchronises state (WithStandby(stateSync: true))", AdviceOn("fw", Shop(stateSync: null)));
        RuleAssert.FixWorks("HA101", Shop(stateSync: null), Shop(stateSync: true));
        Assert.Single(Check.Design(Shop(stateSync: false)).Findings("HA702"));
    }

    [Fact]
    public void A_router_is_advised_a_standby()
    {
        static Action<DesignBuilder> Shop(bool standby) => d =>
        {
            var gw = d.AddRouter("gw");
            if (standby)
            {
                gw.WithStandby();
            }

            Web(d).DependsOn(gw);
        };

        Assert.EndsWith(". Add a standby unit (WithStandby())", AdviceOn("gw", Shop(standby: false)));
        RuleAssert.FixWorks("HA101", Shop(standby: false), Shop(standby: true));
    }

    [Fact]
    public void A_switch_is_advised_a_second_one()
    {
        static Action<DesignBuilder> Shop(bool second) => d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            Web(d).WithNics(BondMode.ActiveBackup, second ? new[] { swA, swB } : new[] { swA });
        };

        Assert.EndsWith(". Bond a second NIC port, or connect the appliance, to a second switch", AdviceOn("sw-a", Shop(second: false)));
        RuleAssert.FixWorks("HA101", Shop(second: false), Shop(second: true));
    }

    [Fact]
    public void A_ups_is_advised_second_power_supplies_on_another()
    {
        static Action<DesignBuilder> Shop(bool second) => d =>
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            Web(d).WithPowerSupplies(second ? new[] { upsA, upsB } : new[] { upsA });
        };

        Assert.EndsWith(". Give the components behind it a second power supply on another UPS (WithPowerSupplies(upsA, upsB))", AdviceOn("ups-a", Shop(second: false)));
        RuleAssert.FixWorks("HA101", Shop(second: false), Shop(second: true));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_feed_is_advised_a_second_independent_one_either_way_it_names(bool upsOnTwoPanels)
    {
        static Action<DesignBuilder> Shop(bool second, bool upsOnTwoPanels) => d =>
        {
            var panelA = d.AddPowerFeed("panel-a");
            var panelB = d.AddPowerFeed("panel-b");
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            if (!second)
            {
                upsA.FedBy(panelA);
                upsB.FedBy(panelA);
            }
            else if (upsOnTwoPanels)
            {
                upsA.FedBy(panelA, panelB);
                upsB.FedBy(panelA, panelB);
            }
            else
            {
                upsA.FedBy(panelA);
                upsB.FedBy(panelB);
            }

            Web(d).WithPowerSupplies(upsA, upsB);
        };

        Assert.EndsWith(". Feed what depends on it from a second, independent feed (a UPS FedBy two panels, or PSUs on UPSes behind different panels)", AdviceOn("panel-a", Shop(false, upsOnTwoPanels)));
        RuleAssert.FixWorks("HA101", Shop(false, upsOnTwoPanels), Shop(true, upsOnTwoPanels));
    }

    [Fact]
    public void A_rack_is_advised_spreading_across_racks()
    {
        static Action<DesignBuilder> Shop(bool spread) => d =>
        {
            var rackA = d.AddRack("rack-a");
            var rackB = d.AddRack("rack-b");
            var web = Web(d);
            if (spread)
            {
                web.SpreadAcross(rackA, rackB);
            }
            else
            {
                web.InRack(rackA);
            }
        };

        Assert.EndsWith(". Spread the components in it across racks (SpreadAcross, InRack) so a redundant peer stands elsewhere", AdviceOn("rack-a", Shop(spread: false)));
        RuleAssert.FixWorks("HA101", Shop(spread: false), Shop(spread: true));
    }

    [Fact]
    public void A_server_is_advised_replicas_behind_a_checked_load_balancer_pair()
    {
        static void Single(DesignBuilder d) => d.AddService("shop").EntryPoint(d.AddServer("app"));
        static void Replicas(DesignBuilder d)
        {
            var app = d.AddServer("app", replicas: 2);
            d.AddService("shop").EntryPoint(d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(app));
        }

        Assert.EndsWith(". Run it as replicas behind a load balancer pair that health-checks them (replicas: 2, WithStandby(), HealthCheck(TimeSpan.FromSeconds(5)))", AdviceOn("app", Single));
        RuleAssert.FixWorks("HA101", Single, Replicas);
    }

    [Fact]
    public void A_group_of_one_replica_is_advised_more_replicas()
    {
        static Action<DesignBuilder> Shop(int replicas) => d =>
        {
            var app = d.AddServer("app", replicas: replicas);
            d.AddService("shop").EntryPoint(d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(app));
        };

        Assert.EndsWith(". Add replicas (and enough capacity) so the group survives the loss of one", AdviceOn("app-1", Shop(1)));
        RuleAssert.FixWorks("HA101", Shop(1), Shop(2));
    }

    [Fact]
    public void A_server_with_a_single_power_supply_fan_and_nic_is_advised_each_fix_and_all_of_them_applied_clear_it()
    {
        static void Flawed(DesignBuilder d)
        {
            var upsA = d.AddUps("ups-a");
            d.AddUps("ups-b");
            var swA = d.AddSwitch("sw-a");
            d.AddSwitch("sw-b");
            d.AddService("shop").EntryPoint(d.AddServer("app").WithPowerSupplies(upsA).WithFans(1).WithNics(BondMode.ActiveBackup, swA));
        }

        static void Fixed(DesignBuilder d)
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            var app = d.AddServer("app", replicas: 2).WithPowerSupplies(upsA, upsB).WithFans(2).WithNics(BondMode.ActiveBackup, swA, swB);
            d.AddService("shop").EntryPoint(d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(app));
        }

        Assert.EndsWith(
            "; for app/fan-1, declare redundant fans (WithFans(2) or more)"
            + "; for app/nic-1, bond a second NIC port to another switch (WithNics(mode, swA, swB))"
            + "; for app/psu-1, give app a second power supply on another source (WithPowerSupplies(upsA, upsB))",
            AdviceOn("app", Flawed));
        RuleAssert.FixWorks("HA101", Flawed, Fixed);
    }

    // A one-node cluster on one fabric, its data on RAID0 in an array with one controller and one PSU.
    private static Action<DesignBuilder> Storage(bool redundant) => d =>
    {
        var upsA = d.AddUps("ups-a");
        var upsB = d.AddUps("ups-b");
        var sanA = d.AddSanSwitch("san-a");
        var sanB = d.AddSanSwitch("san-b");
        var fabrics = redundant ? new[] { sanA, sanB } : new[] { sanA };
        var array = d.AddStorageArray("array")
            .WithPowerSupplies(redundant ? new[] { upsA, upsB } : new[] { upsA })
            .WithControllers(redundant ? 2 : 1)
            .ConnectedTo(fabrics);
        var rg = redundant
            ? array.AddRaidGroup("rg", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100).WithHotSpares(1)
            : array.AddRaidGroup("rg", RaidLevel.Raid0, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 100);
        var volume = rg.AddVolume("lu-db", DataSize.Gigabytes(500));
        var quorum = rg.AddVolume("lu-quorum", DataSize.Gigabytes(1));
        var n1 = d.AddServer("n1").WithHbas(Multipath.Enabled, fabrics);
        var db = d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).SharedStorage(volume);
        if (redundant)
        {
            db.Nodes(n1, d.AddServer("n2").WithHbas(Multipath.Enabled, fabrics)).QuorumDevice(quorum).Fencing();
        }
        else
        {
            db.Nodes(n1);
        }

        d.AddService("orders").EntryPoint(db);
    };

    [Fact]
    public void Storage_parts_and_fabrics_are_each_advised_their_fix_and_all_of_them_applied_clear_it()
    {
        var flawed = Check.Design(Storage(redundant: false)).Findings("HA101");
        string On(string component) => Assert.Single(flawed, f => f.Components[0] == component).Message;

        Assert.EndsWith(". Give the array a second controller (WithControllers(2)); give array a second power supply on another source (WithPowerSupplies(upsA, upsB))", On("array"));
        Assert.EndsWith(". Use a RAID level that survives a disk failure (RAID1 for two disks, RAID10 or RAID6 for more) with a hot spare (WithHotSpares(1))", On("rg"));
        Assert.EndsWith(". Add a second fabric: an HBA on it with multipath enabled, and the array connected to both", On("san-a"));
        Assert.StartsWith("n1 is a single point of failure of service orders: orders → db → n1; its failure alone stops the service; so does the failure of its HBA n1/hba-1, which stops it. "
            + "Add a second node to cluster db (Nodes(n1, another)), with a quorum device and fencing (QuorumDevice(volume), Fencing())", On("n1"));
        Assert.EndsWith("; for n1/hba-1, add a second HBA on another fabric with multipath enabled (WithHbas(Multipath.Enabled, sanA, sanB))", On("n1"));
        RuleAssert.FixWorks("HA101", Storage(redundant: false), Storage(redundant: true));
    }

    [Fact]
    public void Another_component_is_advised_alternatives()
    {
        static Action<DesignBuilder> Shop(bool alternatives) => d =>
        {
            var a = d.AddComponent("dns-provider-a");
            var b = d.AddComponent("dns-provider-b");
            var web = Web(d);
            if (alternatives)
            {
                web.DependsOnAnyOf(a, b);
            }
            else
            {
                web.DependsOn(a);
            }
        };

        Assert.EndsWith(". Make it redundant, or depend on alternatives (DependsOnAnyOf)", AdviceOn("dns-provider-a", Shop(alternatives: false)));
        RuleAssert.FixWorks("HA101", Shop(alternatives: false), Shop(alternatives: true));
    }
}

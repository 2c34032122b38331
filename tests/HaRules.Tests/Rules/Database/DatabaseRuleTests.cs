using System;
using System.Linq;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Database;

public sealed class DatabaseRuleTests
{
    [Fact]
    [Fires("HA601")]
    public void HA601_fires_on_a_heartbeat_over_one_switch()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA601", d =>
        {
            var sw = d.AddSwitch("sw-a");
            var (n1, n2) = Nodes(d);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Heartbeat(sw);
        }, () => at, "db", "sw-a");
    }

    [Fact]
    [Silent("HA601")]
    public void HA601_is_silent_with_two_heartbeat_switches_undeclared_or_shared_nothing()
    {
        RuleAssert.Silent("HA601", d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            var (n1, n2) = Nodes(d);
            d.AddDatabaseCluster("db", ClusterMode.SharedEverything).Nodes(n1, n2).Heartbeat(swA, swB);
            d.AddDatabaseCluster("db2", ClusterMode.ActiveStandby).Nodes(n1, n2);
            d.AddDatabaseCluster("sn", ClusterMode.SharedNothing).Nodes(n1, n2).Heartbeat(swA);
        });
    }

    [Fact]
    [Fires("HA602")]
    public void HA602_fires_on_an_even_cluster_without_quorum()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA602", d =>
        {
            var (n1, n2) = Nodes(d);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Fencing();
        }, () => at, "db", "n1", "n2");
    }

    [Fact]
    [Silent("HA602")]
    public void HA602_is_silent_with_a_quorum_device_a_witness_or_an_odd_node_count() =>
        RuleAssert.Silent("HA602", d =>
        {
            var (n1, n2) = Nodes(d);
            var n3 = d.AddServer("n3");
            var quorum = d.AddStorageArray("array")
                .AddRaidGroup("rg", RaidLevel.Raid1, disks: 2, diskSize: DataSize.Gigabytes(100), diskIops: 100)
                .AddVolume("lu-quorum", DataSize.Gigabytes(1));
            var witness = d.AddComponent("witness");
            d.AddDatabaseCluster("a", ClusterMode.ActiveStandby).Nodes(n1, n2).QuorumDevice(quorum);
            d.AddDatabaseCluster("b", ClusterMode.SharedEverything).Nodes(n1, n2).Witness(witness);
            d.AddDatabaseCluster("c", ClusterMode.ActiveStandby).Nodes(n1, n2, n3);
        });

    [Fact]
    [Fires("HA603")]
    public void HA603_fires_on_an_active_standby_cluster_without_fencing()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA603", d =>
        {
            var (n1, n2) = Nodes(d);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
        }, () => at, "db");
    }

    [Fact]
    [Silent("HA603")]
    public void HA603_is_silent_with_fencing() =>
        RuleAssert.Silent("HA603", d =>
        {
            var (n1, n2) = Nodes(d);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Fencing();
        });

    [Fact]
    [Fires("HA604")]
    public void HA604_fires_on_a_write_heavy_shared_everything_cluster()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA604", d =>
        {
            var (n1, n2) = Nodes(d);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.SharedEverything).Nodes(n1, n2).Workload(readRatio: 0.3);
        }, () => at, "db");
        Assert.Contains("70 % writes", finding.Message);
    }

    [Fact]
    [Silent("HA604")]
    public void HA604_is_silent_for_a_read_mostly_workload() =>
        RuleAssert.Silent("HA604", d =>
        {
            var (n1, n2) = Nodes(d);
            d.AddDatabaseCluster("db", ClusterMode.SharedEverything).Nodes(n1, n2).Workload(readRatio: 0.5);
        });

    [Fact]
    [Fires("HA605")]
    public void HA605_fires_on_single_copy_partitions()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA605", d =>
        {
            var (n1, n2) = Nodes(d);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("sn", ClusterMode.SharedNothing).Nodes(n1, n2).Partitions(8, replicas: 1);
        }, () => at, "sn");
    }

    [Fact]
    [Silent("HA605")]
    public void HA605_is_silent_with_two_copies() =>
        RuleAssert.Silent("HA605", d =>
        {
            var (n1, n2) = Nodes(d);
            d.AddDatabaseCluster("sn", ClusterMode.SharedNothing).Nodes(n1, n2).Partitions(8, replicas: 2);
        });

    [Fact]
    [Fires("HA606")]
    public void HA606_fires_when_every_node_stands_in_one_rack()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA606", d =>
        {
            var rack = d.AddRack("rack-1");
            var n1 = d.AddServer("n1").InRack(rack);
            var n2 = d.AddServer("n2").InRack(rack);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
        }, () => at, "db", "rack-1");
    }

    [Fact]
    [Silent("HA606")]
    public void HA606_is_silent_when_the_nodes_are_in_different_racks_or_in_none() =>
        RuleAssert.Silent("HA606", d =>
        {
            var rack1 = d.AddRack("rack-1");
            var rack2 = d.AddRack("rack-2");
            var n1 = d.AddServer("n1").InRack(rack1);
            var n2 = d.AddServer("n2").InRack(rack2);
            var m1 = d.AddServer("m1");
            var m2 = d.AddServer("m2");
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
            d.AddDatabaseCluster("other", ClusterMode.ActiveStandby).Nodes(m1, m2);
        });

    [Fact]
    [Fires("HA606")]
    public void HA606_fires_when_every_node_depends_on_one_common_event()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA606", d =>
        {
            var ups = d.AddUps("ups-a");
            var n1 = d.AddServer("n1").WithPowerSupplies(ups, ups);
            var n2 = d.AddServer("n2").WithPowerSupplies(ups, ups);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
        }, () => at, "db", "ups-a");
        Assert.Contains("power sources", finding.Message);
    }

    [Fact]
    public void HA606_fires_on_every_cluster_of_the_same_nodes_on_one_common_event()
    {
        // The analysis reports the shared UPS once for the set {n1, n2}, under the first cluster:
        // the second is found by the same set of members, not by its own name.
        var findings = RuleAssert.All("HA606", d =>
        {
            var ups = d.AddUps("ups-a");
            var n1 = d.AddServer("n1").WithPowerSupplies(ups, ups);
            var n2 = d.AddServer("n2").WithPowerSupplies(ups, ups);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
            d.AddDatabaseCluster("db2", ClusterMode.ActiveStandby).Nodes(n2, n1);
        });
        Assert.Equal(new[] { "db2|ups-a", "db|ups-a" }, findings.Select(f => string.Join("|", f.Components)).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    [Silent("HA606")]
    public void HA606_is_silent_when_the_nodes_have_independent_power() =>
        RuleAssert.Silent("HA606", d =>
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            var n1 = d.AddServer("n1").WithPowerSupplies(upsA, upsB);
            var n2 = d.AddServer("n2").WithPowerSupplies(upsA, upsB);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
        });

    [Fact]
    public void HA606_names_the_rack_rather_than_the_events_in_it()
    {
        var findings = RuleAssert.All("HA606", d =>
        {
            var rack = d.AddRack("rack-1");
            var ups = d.AddUps("ups-a");
            var n1 = d.AddServer("n1").InRack(rack).WithPowerSupplies(ups);
            var n2 = d.AddServer("n2").InRack(rack).WithPowerSupplies(ups);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
        });
        Assert.Equal(new[] { "db", "rack-1" }, Assert.Single(findings).Components);
    }

    [Fact]
    [Fires("HA607")]
    public void HA607_fires_on_an_active_standby_cluster_without_a_heartbeat()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA607", d =>
        {
            var (n1, n2) = Nodes(d);
            at = Here.Line() + 1;
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Fencing().Witness(d.AddComponent("w"));
        }, () => at, "db");
        Assert.Contains("Heartbeat(swA, swB)", finding.Message);
    }

    [Fact]
    [Fires("HA607")]
    public void HA607_fires_on_a_shared_everything_cluster_without_a_heartbeat()
    {
        var findings = RuleAssert.All("HA607", d =>
        {
            var (n1, n2) = Nodes(d);
            d.AddDatabaseCluster("rac", ClusterMode.SharedEverything).Nodes(n1, n2);
        });
        Assert.StartsWith("shared-everything cluster rac declares no heartbeat", Assert.Single(findings).Message);
    }

    [Fact]
    [Silent("HA607")]
    public void HA607_is_silent_with_a_heartbeat_declared_or_shared_nothing() =>
        RuleAssert.Silent("HA607", d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            var (n1, n2) = Nodes(d);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Heartbeat(swA, swB);
            d.AddDatabaseCluster("one", ClusterMode.SharedEverything).Nodes(n1, n2).Heartbeat(swA);
            d.AddDatabaseCluster("sn", ClusterMode.SharedNothing).Nodes(n1, n2);
        });

    [Fact]
    public void HA607_advice_applied_as_written_clears_it_without_raising_HA601() =>
        RuleAssert.FixWorks(
            "HA607",
            d =>
            {
                d.AddSwitch("sw-a");
                d.AddSwitch("sw-b");
                var (n1, n2) = Nodes(d);
                d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Fencing();
            },
            d =>
            {
                var swA = d.AddSwitch("sw-a");
                var swB = d.AddSwitch("sw-b");
                var (n1, n2) = Nodes(d);
                d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).Fencing().Heartbeat(swA, swB);
            });

    private static (ServerBuilder, ServerBuilder) Nodes(DesignBuilder d) => (d.AddServer("n1"), d.AddServer("n2"));
}

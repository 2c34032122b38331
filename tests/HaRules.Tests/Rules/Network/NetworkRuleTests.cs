using System;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Network;

public sealed class NetworkRuleTests
{
    [Fact]
    [Fires("HA701")]
    public void HA701_fires_when_a_replica_group_reaches_one_switch()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA701", d =>
        {
            var sw = d.AddSwitch("sw-a");
            at = Here.Line() + 1;
            d.AddServer("web", replicas: 2).WithNics(BondMode.ActiveBackup, sw);
        }, () => at, "web-1", "web-2", "sw-a");
    }

    [Fact]
    [Fires("HA701")]
    public void HA701_fires_when_the_nodes_of_a_cluster_reach_one_switch()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA701", d =>
        {
            var sw = d.AddSwitch("sw-a");
            at = Here.Line() + 1;
            var n1 = d.AddServer("n1").WithNics(BondMode.ActiveBackup, sw);
            var n2 = d.AddServer("n2").WithNics(BondMode.ActiveBackup, sw);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
        }, () => at, "n1", "n2", "sw-a");
    }

    [Fact]
    [Silent("HA701")]
    public void HA701_is_silent_when_the_group_reaches_two_switches_or_declares_no_ports() =>
        RuleAssert.Silent("HA701", d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            d.AddServer("web", replicas: 2).WithNics(BondMode.ActiveBackup, swA, swB);
            var n1 = d.AddServer("n1").WithNics(BondMode.ActiveBackup, swA);
            var n2 = d.AddServer("n2").WithNics(BondMode.ActiveBackup, swB);
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
            d.AddServer("app", replicas: 2);
        });

    [Fact]
    [Fires("HA702")]
    public void HA702_fires_on_a_firewall_without_a_standby()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA702", d =>
        {
            at = Here.Line() + 1;
            d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(60));
        }, () => at, "fw");
    }

    [Fact]
    [Fires("HA702")]
    public void HA702_fires_on_a_pair_that_does_not_sync_state()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA702", d =>
        {
            at = Here.Line() + 1;
            d.AddFirewall("fw").WithStandby();
        }, () => at, "fw");
        Assert.Contains("stateSync: true", finding.Message);
    }

    [Fact]
    [Silent("HA702")]
    public void HA702_is_silent_for_a_state_syncing_pair() =>
        RuleAssert.Silent("HA702", d => d.AddFirewall("fw").WithStandby(stateSync: true));

    [Fact]
    [Fires("HA703")]
    public void HA703_fires_on_a_router_something_depends_on_without_a_standby()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA703", d =>
        {
            at = Here.Line() + 1;
            var gw = d.AddRouter("gw");
            d.AddServer("web").DependsOn(gw);
        }, () => at, "gw");
        Assert.Contains("web", finding.Message);
    }

    [Fact]
    [Silent("HA703")]
    public void HA703_is_silent_for_a_pair_or_a_router_nothing_depends_on()
    {
        RuleAssert.Silent("HA703", d =>
        {
            var gw = d.AddRouter("gw").WithStandby();
            d.AddServer("web").DependsOn(gw);
        });
        RuleAssert.Silent("HA703", d => d.AddRouter("spare"));
    }
}

using System.Linq;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Server;

public sealed class ServerRuleTests
{
    [Fact]
    [Fires("HA201")]
    public void HA201_fires_on_a_server_with_one_power_supply()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA201", d =>
        {
            var ups = d.AddUps("ups-a");
            at = Here.Line() + 1;
            d.AddServer("db").WithPowerSupplies(ups);
        }, () => at, "db", "db/psu-1");
        Assert.Contains("ups-a", finding.Message);
    }

    [Fact]
    [Silent("HA201")]
    public void HA201_is_silent_with_two_power_supplies_or_none_declared() =>
        RuleAssert.Silent("HA201", d =>
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            d.AddServer("db").WithPowerSupplies(upsA, upsB);
            d.AddServer("undeclared");
        });

    [Fact]
    public void HA201_names_the_replicas_once_on_their_group_and_each_unit_of_a_pair()
    {
        var findings = RuleAssert.All("HA201", d =>
        {
            var ups = d.AddUps("ups-a");
            d.AddServer("web", replicas: 2).WithPowerSupplies(ups);
            d.AddLoadBalancer("lb").WithStandby().WithPowerSupplies(ups);
            d.AddPowerFeed("feed");
        });
        Assert.Equal(
            new[] { "web-1", "lb", "lb/standby" },
            findings.Select(f => f.Components[0]).ToArray());
        Assert.Equal(new[] { "web-1", "web-2", "web-1/psu-1", "web-2/psu-1" }, findings[0].Components);
        Assert.Equal("web", findings[0].Group);
    }

    [Fact]
    public void HA201_accepted_on_a_replica_group_covers_every_replica()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups-a");
            d.AddServer("web", replicas: 2).WithPowerSupplies(ups).Accept("HA201", "stateless web tier, replicas replace each other");
        });
        var finding = Assert.Single(result.Findings("HA201"));
        Assert.Equal("web", finding.Group);
        Assert.True(finding.Accepted);
    }

    [Fact]
    [Fires("HA202")]
    public void HA202_fires_when_every_power_supply_is_on_one_source()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA202", d =>
        {
            var ups = d.AddUps("ups-a");
            at = Here.Line() + 1;
            d.AddSwitch("sw").WithPowerSupplies(ups, ups);
        }, () => at, "sw", "sw/psu-1", "sw/psu-2", "ups-a");
    }

    [Fact]
    [Silent("HA202")]
    public void HA202_is_silent_when_the_power_supplies_use_different_sources() =>
        RuleAssert.Silent("HA202", d =>
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            d.AddSwitch("sw").WithPowerSupplies(upsA, upsB);
        });

    [Fact]
    [Fires("HA203")]
    public void HA203_fires_on_a_server_with_one_nic_port()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA203", d =>
        {
            var sw = d.AddSwitch("sw-a");
            at = Here.Line() + 1;
            d.AddServer("app").WithNics(BondMode.ActiveBackup, sw);
        }, () => at, "app", "app/nic-1");
    }

    [Fact]
    [Silent("HA203")]
    public void HA203_is_silent_with_a_bond_of_two_ports() =>
        RuleAssert.Silent("HA203", d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            d.AddServer("app").WithNics(BondMode.ActiveBackup, swA, swB);
        });

    [Fact]
    [Fires("HA204")]
    public void HA204_fires_when_a_bond_has_every_port_on_one_switch()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA204", d =>
        {
            var sw = d.AddSwitch("sw-a");
            at = Here.Line() + 1;
            d.AddServer("app").WithNics(BondMode.Lacp, sw, sw);
        }, () => at, "app", "app/nic-1", "app/nic-2", "sw-a");
    }

    [Fact]
    [Silent("HA204")]
    public void HA204_is_silent_when_the_ports_go_to_two_switches() =>
        RuleAssert.Silent("HA204", d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b");
            d.AddServer("app").WithNics(BondMode.Lacp, swA, swB);
        });

    [Fact]
    [Fires("HA205")]
    public void HA205_fires_on_a_single_fan()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA205", d =>
        {
            at = Here.Line() + 1;
            d.AddServer("app").WithFans(1);
        }, () => at, "app", "app/fan-1");
    }

    [Fact]
    [Silent("HA205")]
    public void HA205_is_silent_with_redundant_fans_or_none_declared() =>
        RuleAssert.Silent("HA205", d =>
        {
            d.AddServer("app").WithFans(2);
            d.AddServer("other");
        });

    [Fact]
    [Fires("HA206")]
    public void HA206_fires_on_an_lacp_bond_across_two_independent_switches()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA206", d =>
        {
            var swA = d.AddSwitch("sw-a");
            var swB = d.AddSwitch("sw-b").InStack("other");
            at = Here.Line() + 1;
            d.AddServer("app").WithNics(BondMode.Lacp, swA, swB);
        }, () => at, "app", "sw-a", "sw-b");
        Assert.EndsWith("or stack them (InStack(\"sw-a-stack\") on sw-a and sw-b)", finding.Message);
    }

    [Fact]
    [Silent("HA206")]
    public void HA206_is_silent_on_a_stack_on_active_backup_and_on_one_switch()
    {
        RuleAssert.Silent("HA206", d =>
        {
            var swA = d.AddSwitch("sw-a").InStack("core");
            var swB = d.AddSwitch("sw-b").InStack("core");
            var swC = d.AddSwitch("sw-c");
            d.AddServer("stacked").WithNics(BondMode.Lacp, swA, swB);
            d.AddServer("backup").WithNics(BondMode.ActiveBackup, swA, swC);
            d.AddServer("single").WithNics(BondMode.Lacp, swC, swC);
        });
    }

    [Fact]
    public void HA206_advice_applied_as_written_clears_it_either_way()
    {
        static void Flawed(DesignBuilder d) => d.AddServer("app").WithNics(BondMode.Lacp, d.AddSwitch("sw-a"), d.AddSwitch("sw-b"));
        RuleAssert.FixWorks("HA206", Flawed, d => d.AddServer("app").WithNics(BondMode.ActiveBackup, d.AddSwitch("sw-a"), d.AddSwitch("sw-b")));
        RuleAssert.FixWorks("HA206", Flawed, d => d.AddServer("app").WithNics(BondMode.Lacp, d.AddSwitch("sw-a").InStack("sw-a-stack"), d.AddSwitch("sw-b").InStack("sw-a-stack")));
    }

    [Fact]
    public void HA204_advice_on_an_lacp_bond_does_not_lead_to_HA206()
    {
        static void Flawed(DesignBuilder d)
        {
            var sw = d.AddSwitch("sw-a");
            d.AddSwitch("sw-b");
            d.AddServer("app").WithNics(BondMode.Lacp, sw, sw);
        }

        var finding = Assert.Single(RuleAssert.All("HA204", Flawed));
        Assert.Contains("two switches that form one stack or MLAG pair (InStack)", finding.Message);
        RuleAssert.FixWorks("HA204", Flawed, d => d.AddServer("app").WithNics(BondMode.Lacp, d.AddSwitch("sw-a").InStack("core"), d.AddSwitch("sw-b").InStack("core")));
        RuleAssert.FixWorks("HA204", Flawed, d => d.AddServer("app").WithNics(BondMode.ActiveBackup, d.AddSwitch("sw-a"), d.AddSwitch("sw-b")));
    }
}

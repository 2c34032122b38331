using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Checking;

/// <summary>One finding per root cause (issue #13): per component for HA101, per group for the same flaw on its replicas.</summary>
public sealed class RootCauseTests
{
    private static CheckResult FragileShop()
    {
        var builder = new DesignBuilder("FragileShopDesign");
        new Samples.FragileShop.FragileShopDesign().Describe(builder);
        return DesignChecker.Check(builder.Build(), new CheckOptions { Today = Check.Today });
    }

    [Fact]
    public void Fragile_shop_gives_at_most_one_and_a_half_findings_per_commented_flaw()
    {
        // Each rule ID written in a comment of the sample is one flaw its author marked.
        var flaws = File.ReadAllLines(SampleSources.FragileShopFile)
            .Select(line => line.IndexOf("//", StringComparison.Ordinal) is var at and >= 0 ? line.Substring(at) : string.Empty)
            .Sum(comment => Regex.Matches(comment, @"\bHA\d{3}\b").Count);
        Assert.True(flaws >= 30, $"only {flaws} commented flaws found; the sample's comments changed shape");

        var findings = FragileShop().Findings;
        Assert.True(findings.Count * 2 <= flaws * 3, $"{findings.Count} findings for {flaws} commented flaws");
    }

    [Fact]
    public void No_component_is_named_first_by_two_findings_of_one_rule_in_fragile_shop()
    {
        var repeated = FragileShop().Findings
            .Where(f => f.Components.Count > 0)
            .GroupBy(f => f.RuleId + " " + f.Components[0])
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Fragile_shops_web_tier_is_one_HA101_naming_its_capacity_gate_and_the_balancer_every_replica_depends_on()
    {
        // The sample runs 2 web servers of 256 workers for a peak of 1,000 and makes each depend on ap-lb.
        var web = Assert.Single(FragileShop().Findings("HA101"), f => f.Group == "web");
        Assert.Equal(new[] { "web-1", "web-2" }, web.Components.Take(2));
        Assert.Contains("web has 2 replicas, but", web.Message);
        Assert.Contains("run at least 5 targets of 256 workers", web.Message);
        Assert.Contains("Every replica also depends on ap-lb", web.Message);
        Assert.DoesNotContain("add replicas", web.Message);
        Assert.DoesNotContain(FragileShop().Findings("HA101"), f => f.Components[0] == "web-2");
    }

    [Fact]
    public void A_ups_behind_two_services_is_one_HA101_naming_both_with_a_path_each()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups");
            var a = d.AddServer("a").WithPowerSupplies(ups);
            var b = d.AddServer("b").WithPowerSupplies(ups);
            d.AddService("orders").EntryPoint(a);
            d.AddService("billing").EntryPoint(b);
        });

        var onUps = Assert.Single(result.Findings("HA101"), f => f.Components[0] == "ups");
        Assert.Contains("orders", onUps.Components);
        Assert.Contains("billing", onUps.Components);
        Assert.Contains("orders → a → a/psu-1 → ups", onUps.Message);
        Assert.Contains("billing → b → b/psu-1 → ups", onUps.Message);

        // a's single PSU is folded into HA101 on a, with HA201's fix; HA201 does not repeat it.
        Assert.DoesNotContain(result.Findings("HA101"), f => f.Components[0] == "a/psu-1");
        var onA = Assert.Single(result.Findings("HA101"), f => f.Components[0] == "a");
        Assert.Contains("a/psu-1", onA.Components);
        Assert.Contains("WithPowerSupplies(upsA, upsB)", onA.Message);
        Assert.DoesNotContain(result.Findings("HA201"), f => f.Components[0] == "a");
    }

    [Fact]
    public void A_fan_HA101_folds_into_its_finding_is_not_repeated_by_HA205_as_with_a_power_supply_and_HA201()
    {
        // Two web servers of 256 workers for a peak of 1,000: every replica is needed, fan included.
        static Action<DesignBuilder> Web(int replicas) => d =>
        {
            var ups = d.AddUps("ups");
            var web = d.AddServer("web", replicas: replicas).WithFans(1).RunsWebServer(maxWorkers: 256);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
            d.AddService("shop").EntryPoint(lb).PeakConcurrentRequests(1000);
        };

        var needed = Check.Design(Web(2));
        var finding = Assert.Single(needed.Findings("HA101"));
        Assert.Equal(new[] { "web-1", "web-2", "shop", "web-1/fan-1", "web-2/fan-1" }, finding.Components);
        Assert.Contains("; for web-1/fan-1 and web-2/fan-1, declare redundant fans (WithFans(2) or more)", finding.Message);
        Assert.Empty(needed.Findings("HA205"));

        // With a spare replica no fan stops the service: HA205 tells the flaw, once on the group.
        var spare = Check.Design(Web(5));
        Assert.Empty(spare.Findings("HA101"));
        var single = Assert.Single(spare.Findings("HA205"));
        Assert.Equal("web", single.Group);
    }

    [Fact]
    public void Fragile_shops_web_fans_are_told_once_by_HA101()
    {
        var result = FragileShop();
        var web = Assert.Single(result.Findings("HA101"), f => f.Group == "web");
        Assert.Contains("web-1/fan-1", web.Components);
        Assert.Contains("web-2/fan-1", web.Components);
        // HA205 is left for batch, whose fans are no single point of failure (either replica carries it).
        Assert.Equal("batch", Assert.Single(result.Findings("HA205")).Group);
    }

    private static CheckResult AppTier(bool acceptGroup = false)
    {
        return Check.Design(d =>
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            var app = d.AddServer("app", replicas: 3).WithPowerSupplies(upsA);
            if (acceptGroup)
            {
                app.Accept("HA201", "the rack has a static transfer switch");
            }

            var lb = d.AddLoadBalancer("lb").WithStandby().WithPowerSupplies(upsA, upsB).HealthCheck(TimeSpan.FromSeconds(5)).Targets(app);
            d.AddService("shop").EntryPoint(lb);
        });
    }

    [Fact]
    public void The_same_flaw_on_every_replica_is_one_finding_on_the_group_naming_the_replicas()
    {
        var result = AppTier();

        var finding = Assert.Single(result.Findings("HA201"));
        Assert.Equal("app", finding.Group);
        Assert.Equal(new[] { "app-1", "app-2", "app-3" }, finding.Components.Take(3));
        Assert.Contains("app-3/psu-1", finding.Components);
        Assert.StartsWith("every replica of app (app-1, app-2 and app-3)", finding.Message);
        Assert.Equal(result.Model.FindGroup("app")!.Location, finding.Location);
        Assert.False(finding.Accepted);
    }

    [Fact]
    public void An_acceptance_on_the_group_accepts_the_group_finding()
    {
        var finding = Assert.Single(AppTier(acceptGroup: true).Findings("HA201"));
        Assert.True(finding.Accepted);
        Assert.Equal("the rack has a static transfer switch", finding.Justification);
    }

    [Fact]
    public void Replicas_that_differ_stay_apart_and_other_groups_are_not_merged()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups");
            var sw = d.AddSwitch("sw");
            d.AddServer("a", replicas: 2).WithPowerSupplies(ups);
            d.AddServer("b", replicas: 2).WithPowerSupplies(ups);
            var c1 = d.AddServer("c-1").WithNics(BondMode.ActiveBackup, sw);
            var c2 = d.AddServer("c-2").WithNics(BondMode.ActiveBackup, sw);
        });

        var ha201 = result.Findings("HA201");
        Assert.Equal(new[] { "a", "b" }, ha201.Select(f => f.Group).OrderBy(g => g, StringComparer.Ordinal));
        // c-1 and c-2 are two servers, not a group: two findings.
        Assert.Equal(2, result.Findings("HA203").Count);
        Assert.All(result.Findings("HA203"), f => Assert.Null(f.Group));
    }

    [Fact]
    public void HA101_on_a_group_short_of_capacity_says_so_and_its_advice_applied_as_written_clears_it()
    {
        static Action<DesignBuilder> Shop(int replicas) => d =>
        {
            var web = d.AddServer("web", replicas: replicas).RunsWebServer(maxWorkers: 256);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
            d.AddService("shop").EntryPoint(lb).PeakConcurrentRequests(1000);
        };

        var flawed = Check.Design(Shop(2));
        var finding = Assert.Single(flawed.Findings("HA101"));
        Assert.Equal("web", finding.Group);
        Assert.Equal(new[] { "web-1", "web-2" }, finding.Components.Take(2));
        Assert.Contains("web has 2 replicas, but", finding.Message);
        Assert.Contains("peak of 1,000 concurrent requests", finding.Message);
        Assert.Contains("run at least 5 targets of 256 workers", finding.Message);
        Assert.DoesNotContain("add replicas", finding.Message);

        var fixedDesign = Check.Design(Shop(5));
        Assert.Empty(fixedDesign.Findings("HA101"));
        Assert.Empty(fixedDesign.Findings("HA105"));
    }

    [Fact]
    public void HA101_on_a_one_copy_cluster_names_the_k_of_n_gate_and_its_advice_applied_as_written_clears_it()
    {
        static Action<DesignBuilder> Shop(int copies) => d =>
        {
            var kv = d.AddServer("kv", replicas: 3);
            var store = d.AddDatabaseCluster("store", ClusterMode.SharedNothing).Nodes(kv).Partitions(6, replicas: copies);
            d.AddService("shop").EntryPoint(store);
        };

        var finding = Assert.Single(Check.Design(Shop(1)).Findings("HA101"));
        Assert.Equal("kv", finding.Group);
        Assert.Contains("cluster store keeps each partition in one copy", finding.Message);
        Assert.Contains("Partitions(count, replicas: 2)", finding.Message);
        Assert.Empty(Check.Design(Shop(2)).Findings("HA101"));
    }

    [Fact]
    public void An_acceptance_on_one_member_does_not_accept_the_group_finding_but_one_on_each_member_or_on_the_group_does()
    {
        static Action<DesignBuilder> Cluster(bool acceptFirst, bool acceptSecond, bool acceptCluster) => d =>
        {
            var ups = d.AddUps("ups");
            var db1 = d.AddServer("db-1").WithPowerSupplies(ups, ups);
            var db2 = d.AddServer("db-2").WithPowerSupplies(ups, ups);
            if (acceptFirst)
            {
                db1.Accept("HA202", "one UPS with a bypass");
            }

            if (acceptSecond)
            {
                db2.Accept("HA202", "one UPS with a bypass");
            }

            var db = d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(db1, db2);
            if (acceptCluster)
            {
                db.Accept("HA202", "the cluster's power is reviewed");
            }
        };

        var open = Assert.Single(Check.Design(Cluster(false, false, false)).Findings("HA202"));
        Assert.Equal("db", open.Group);
        Assert.Equal(new[] { "db-1", "db-2" }, open.Components.Take(2));
        Assert.False(open.Accepted);

        Assert.False(Assert.Single(Check.Design(Cluster(true, false, false)).Findings("HA202")).Accepted);
        var each = Assert.Single(Check.Design(Cluster(true, true, false)).Findings("HA202"));
        Assert.True(each.Accepted);
        Assert.Equal("one UPS with a bypass", each.Justification);
        Assert.True(Assert.Single(Check.Design(Cluster(false, false, true)).Findings("HA202")).Accepted);
    }
}

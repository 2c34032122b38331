using System;
using System.Linq;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Application;

public sealed class ApplicationRuleTests
{
    [Fact]
    [Fires("HA501")]
    public void HA501_fires_once_on_a_group_whose_every_replica_keeps_sessions_in_memory()
    {
        var at = 0;
        var findings = RuleAssert.All("HA501", d =>
        {
            at = Here.Line() + 1;
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.None);
            var lb = d.AddLoadBalancer("lb").Targets(ap);
            d.AddService("app").EntryPoint(lb).Stateful();
        });
        // One root cause on every replica: one finding on the group, naming the replicas.
        var finding = Assert.Single(findings);
        Assert.Equal(new[] { "ap-1", "ap-2" }, finding.Components);
        Assert.Equal("ap", finding.Group);
        Assert.Equal(at, finding.Location.Line);
    }

    [Fact]
    [Fires("HA501")]
    public void HA501_fires_on_a_single_server_that_has_nobody_to_replicate_to()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA501", d =>
        {
            at = Here.Line() + 1;
            var ap = d.AddServer("ap").RunsAppServer(SessionReplication.PrimaryBackup);
            d.AddService("app").EntryPoint(ap).Stateful();
        }, () => at, "ap");
    }

    [Fact]
    [Fires("HA501")]
    public void HA501_advises_replication_across_racks_for_replicas_in_one_rack()
    {
        // Primary-backup within rack r1 would trade HA501 for HA502: the advice spreads the replicas.
        static void App(DesignBuilder d, SessionReplication replication, bool spread)
        {
            var r1 = d.AddRack("r1");
            var r2 = d.AddRack("r2");
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(replication);
            if (spread)
            {
                ap.SpreadAcross(r1, r2);
            }
            else
            {
                ap.InRack(r1);
            }

            d.AddService("app").EntryPoint(ap).Stateful();
        }

        // Both replicas share the flaw, so it is one finding on the group naming both.
        var findings = RuleAssert.All("HA501", d => App(d, SessionReplication.None, spread: false));
        Assert.Equal("ap", Assert.Single(findings).Group);
        Assert.Equal(new[] { "ap-1", "ap-2" }, findings[0].Components);
        Assert.All(findings, f => Assert.Contains("replicate them to a server in another rack (SessionReplication.PrimaryBackup with the replicas spread across racks: SpreadAcross(rack1, rack2))", f.Message));
        Assert.NotEmpty(RuleAssert.All("HA502", d => App(d, SessionReplication.PrimaryBackup, spread: false)));
        RuleAssert.FixWorks("HA501", d => App(d, SessionReplication.None, spread: false), d => App(d, SessionReplication.PrimaryBackup, spread: true));
        RuleAssert.FixWorks("HA501", d => App(d, SessionReplication.None, spread: false), d => App(d, SessionReplication.SharedStore, spread: false));
    }

    [Fact]
    [Silent("HA501")]
    public void HA501_is_silent_with_replicated_sessions_or_a_stateless_service()
    {
        RuleAssert.Silent("HA501", d =>
        {
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.PrimaryBackup);
            d.AddService("app").EntryPoint(ap).Stateful();
        });
        RuleAssert.Silent("HA501", d =>
        {
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.None);
            d.AddService("app").EntryPoint(ap);
        });
    }

    [Fact]
    [Fires("HA502")]
    public void HA502_fires_when_a_session_replica_shares_its_primarys_rack()
    {
        var at = 0;
        var findings = RuleAssert.All("HA502", d =>
        {
            var rack = d.AddRack("rack-1");
            at = Here.Line() + 1;
            var ap = d.AddServer("ap", replicas: 2).InRack(rack).RunsAppServer(SessionReplication.PrimaryBackup);
            d.AddService("app").EntryPoint(ap).Stateful();
        });
        var finding = Assert.Single(findings);
        Assert.Equal("ap-1,ap-2,rack-1", string.Join(",", finding.Components));
        Assert.Equal("ap", finding.Group);
        Assert.Equal(at, finding.Location.Line);
    }

    [Fact]
    [Silent("HA502")]
    public void HA502_is_silent_when_replicas_are_spread_across_racks_or_in_no_rack()
    {
        RuleAssert.Silent("HA502", d =>
        {
            var rack1 = d.AddRack("rack-1");
            var rack2 = d.AddRack("rack-2");
            var ap = d.AddServer("ap", replicas: 2).SpreadAcross(rack1, rack2).RunsAppServer(SessionReplication.PrimaryBackup);
            d.AddService("app").EntryPoint(ap).Stateful();
        });
        RuleAssert.Silent("HA502", d =>
        {
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.PrimaryBackup);
            d.AddService("app").EntryPoint(ap).Stateful();
        });
    }

    [Fact]
    [Fires("HA503")]
    public void HA503_fires_at_the_ConnectsTo_call_when_min_differs_from_max()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA503", d =>
        {
            var db = Database(d);
            var ap = d.AddServer("ap");
            at = Here.Line() + 1;
            ap.ConnectsTo(db, pool => pool.Min(5).Max(20));
        }, () => at, "ap", "db");
    }

    [Fact]
    [Silent("HA503")]
    public void HA503_is_silent_when_min_equals_max_or_is_undeclared() =>
        RuleAssert.Silent("HA503", d =>
        {
            var db = Database(d);
            d.AddServer("ap").ConnectsTo(db, pool => pool.Min(20).Max(20));
            d.AddServer("other").ConnectsTo(db, pool => pool.Max(20));
        });

    [Fact]
    [Fires("HA504")]
    public void HA504_fires_when_the_firewall_drops_idle_pooled_connections()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA504", d =>
        {
            var db = Database(d);
            var fw = d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15));
            var ap = d.AddServer("ap-1");
            at = Here.Line() + 1;
            ap.ConnectsTo(db, pool => pool.Min(20).Max(20).IdleTimeout(TimeSpan.FromMinutes(30)).Through(fw));
        }, () => at, "ap-1", "fw", "db");
        Assert.Equal(
            "pool ap-1→db keeps all its connections open (Min(20) = Max(20)), which its idle timeout of 30 min never retires, but firewall fw drops idle sessions after 15 min; set a keep-alive under 15 min (KeepAlive(TimeSpan.FromMinutes(7)))",
            finding.Message);
    }

    [Fact]
    [Fires("HA504")]
    public void HA504_fires_when_the_pool_declares_no_idle_timeout()
    {
        var findings = RuleAssert.All("HA504", d =>
        {
            var db = Database(d);
            var fw = d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15));
            d.AddServer("ap", replicas: 2).ConnectsTo(db, pool => pool.Min(20).Max(20).Through(fw));
        });
        var finding = Assert.Single(findings);
        Assert.Equal(new[] { "ap-1", "ap-2" }, finding.Components.Take(2));
        Assert.Equal("ap", finding.Group);
    }

    [Fact]
    [Silent("HA504")]
    public void HA504_is_silent_with_a_short_keep_alive_a_short_idle_timeout_or_no_firewall_timeout() =>
        RuleAssert.Silent("HA504", d =>
        {
            var db = Database(d);
            var fw = d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15));
            var quiet = d.AddFirewall("quiet");
            d.AddServer("a").ConnectsTo(db, pool => pool.IdleTimeout(TimeSpan.FromMinutes(30)).KeepAlive(TimeSpan.FromMinutes(5)).Through(fw));
            d.AddServer("b").ConnectsTo(db, pool => pool.IdleTimeout(TimeSpan.FromMinutes(10)).Through(fw));
            d.AddServer("c").ConnectsTo(db, pool => pool.Through(quiet));
        });

    [Fact]
    [Fires("HA504")]
    public void HA504_judges_a_pool_with_min_equal_to_max_by_its_keep_alive_only()
    {
        // The pool's idle timeout (10 min) is under the firewall's (15 min), but Min = Max keeps every
        // connection open, so the idle timeout never retires one and the firewall drops them.
        var finding = Assert.Single(RuleAssert.All("HA504", d =>
        {
            var db = Database(d);
            var fw = d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15));
            d.AddServer("ap").ConnectsTo(db, pool => pool.Min(10).Max(10).IdleTimeout(TimeSpan.FromMinutes(10)).Through(fw));
        }));
        Assert.Equal(
            "pool ap→db keeps all its connections open (Min(10) = Max(10)), which its idle timeout of 10 min never retires, but firewall fw drops idle sessions after 15 min; set a keep-alive under 15 min (KeepAlive(TimeSpan.FromMinutes(7)))",
            finding.Message);
    }

    [Fact]
    [Fires("HA504")]
    public void HA504_judges_the_connections_a_pool_keeps_at_its_minimum()
    {
        var finding = Assert.Single(RuleAssert.All("HA504", d =>
        {
            var db = Database(d);
            var fw = d.AddFirewall("fw").IdleTimeout(TimeSpan.FromSeconds(90));
            d.AddServer("ap").ConnectsTo(db, pool => pool.Min(5).Max(20).IdleTimeout(TimeSpan.FromMinutes(1)).KeepAlive(TimeSpan.FromMinutes(2)).Through(fw));
        }));
        Assert.Equal(
            "pool ap→db keeps 5 connections open at its minimum (Min(5)), which its idle timeout of 1 min never retires, and its keep-alive every 2 min comes too late but firewall fw drops idle sessions after 1.5 min; set a keep-alive under 1.5 min (KeepAlive(TimeSpan.FromSeconds(45))) or raise fw's idle timeout above 2 min",
            finding.Message);
    }

    [Fact]
    [Silent("HA504")]
    public void HA504_is_silent_on_a_pool_with_min_equal_to_max_and_a_short_keep_alive() =>
        RuleAssert.Silent("HA504", d =>
        {
            var db = Database(d);
            var fw = d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15));
            d.AddServer("ap").ConnectsTo(db, pool => pool.Min(10).Max(10).IdleTimeout(TimeSpan.FromMinutes(10)).KeepAlive(TimeSpan.FromMinutes(7)).Through(fw));
        });

    [Fact]
    public void HA504_advice_applied_as_written_clears_it() =>
        RuleAssert.FixWorks(
            "HA504",
            d => d.AddServer("ap").ConnectsTo(Database(d), pool => pool.Min(10).Max(10).IdleTimeout(TimeSpan.FromMinutes(10)).Through(d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15)))),
            d => d.AddServer("ap").ConnectsTo(Database(d), pool => pool.Min(10).Max(10).IdleTimeout(TimeSpan.FromMinutes(10)).KeepAlive(TimeSpan.FromMinutes(7)).Through(d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15)))));

    [Fact]
    public void HA503_advice_brings_the_keep_alive_HA504_needs_once_min_equals_max()
    {
        // Min(0) lets the idle timeout (10 min, under the firewall's 15) retire every connection, so
        // HA504 is silent; HA503's Min = Max would keep them open, so its advice carries the keep-alive.
        var finding = Assert.Single(RuleAssert.All("HA503", d =>
            d.AddServer("ap").ConnectsTo(Database(d), pool => pool.Min(0).Max(20).IdleTimeout(TimeSpan.FromMinutes(10)).Through(d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15))))));
        Assert.EndsWith("(Min(20).Max(20).KeepAlive(TimeSpan.FromMinutes(7)))", finding.Message);
        RuleAssert.FixWorks(
            "HA503",
            d => d.AddServer("ap").ConnectsTo(Database(d), pool => pool.Min(0).Max(20).IdleTimeout(TimeSpan.FromMinutes(10)).Through(d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15)))),
            d => d.AddServer("ap").ConnectsTo(Database(d), pool => pool.Min(20).Max(20).KeepAlive(TimeSpan.FromMinutes(7)).IdleTimeout(TimeSpan.FromMinutes(10)).Through(d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15)))));
    }

    [Fact]
    public void HA503_advice_without_a_dropping_firewall_is_min_equal_to_max_alone()
    {
        var finding = Assert.Single(RuleAssert.All("HA503", d =>
            d.AddServer("ap").ConnectsTo(Database(d), pool => pool.Min(5).Max(20).KeepAlive(TimeSpan.FromMinutes(5)).Through(d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(15))))));
        Assert.EndsWith("; set both to the same value (Min(20).Max(20))", finding.Message);
    }

    [Fact]
    [Fires("HA505")]
    public void HA505_fires_when_the_pools_exceed_the_databases_connection_limit()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA505", d =>
        {
            var db = Database(d).MaxConnections(200);
            var ap = d.AddServer("ap", replicas: 3);
            at = Here.Line() + 1;
            ap.ConnectsTo(db, pool => pool.Min(80).Max(80));
        }, () => at, "ap-1", "ap-2", "ap-3", "db");
        Assert.Contains("240 connections", finding.Message);
        Assert.Contains("accepts 200", finding.Message);
    }

    [Fact]
    [Silent("HA505")]
    public void HA505_is_silent_within_the_limit_or_without_one()
    {
        RuleAssert.Silent("HA505", d =>
        {
            var db = Database(d).MaxConnections(200);
            d.AddServer("ap", replicas: 2).ConnectsTo(db, pool => pool.Min(100).Max(100));
        });
        RuleAssert.Silent("HA505", d =>
        {
            var db = Database(d);
            d.AddServer("ap", replicas: 2).ConnectsTo(db, pool => pool.Min(100).Max(100));
        });
    }

    [Fact]
    [Fires("HA503")]
    [Fires("HA505")]
    public void HA503_and_HA505_on_the_same_pools_advise_one_value_that_satisfies_both()
    {
        // By hand: 2 replicas x Max(50) = 100 > 60; the even share is 60 / 2 = 30, and 2 x 30 = 60 fits.
        static void Flawed(DesignBuilder d) =>
            d.AddServer("ap", replicas: 2).ConnectsTo(Database(d).MaxConnections(60), pool => pool.Min(5).Max(50));
        static void Fixed(DesignBuilder d) =>
            d.AddServer("ap", replicas: 2).ConnectsTo(Database(d).MaxConnections(60), pool => pool.Min(30).Max(30));

        var ha503 = RuleAssert.All("HA503", Flawed);
        Assert.Equal("ap", Assert.Single(ha503).Group);
        Assert.All(ha503, f => Assert.EndsWith("; set both to 30, which keeps the pools to db within its connection limit (HA505) (Min(30).Max(30))", f.Message));
        Assert.All(ha503, f => Assert.Equal(new[] { "Max=30", "Min=30" }, f.FixArguments.Select(a => a.Key + "=" + a.Value).OrderBy(a => a, StringComparer.Ordinal)));
        var ha505 = Assert.Single(RuleAssert.All("HA505", Flawed));
        Assert.Equal(
            "the pools of ap-1 and ap-2 to db may open 100 connections in all, but db accepts 60; cap each pool at 30 (ap: Min(30).Max(30)), so they open at most 60, or raise MaxConnections to 100",
            ha505.Message);

        // Either advice, applied as written, clears both rules and raises nothing new.
        RuleAssert.FixWorks("HA503", Flawed, Fixed);
        RuleAssert.FixWorks("HA505", Flawed, Fixed);
        Assert.Empty(RuleAssert.All("HA505", Fixed));
        Assert.Empty(RuleAssert.All("HA503", Fixed));

        // HA503's old advice, Min = Max = 50, would have left the sum at 100 and HA505 with it.
        Assert.Single(RuleAssert.All("HA505", d => d.AddServer("ap", replicas: 2).ConnectsTo(Database(d).MaxConnections(60), pool => pool.Min(50).Max(50))));
    }

    [Fact]
    public void HA505_leaves_pools_below_the_share_alone_and_splits_the_rest_evenly()
    {
        // By hand: cron's 10 fits; 100 - 10 = 90 left for ap's three pools of 50: 30 each, 10 + 3 x 30 = 100.
        static void Flawed(DesignBuilder d)
        {
            var db = Database(d).MaxConnections(100);
            d.AddServer("cron").ConnectsTo(db, pool => pool.Min(10).Max(10));
            d.AddServer("ap", replicas: 3).ConnectsTo(db, pool => pool.Min(5).Max(50));
        }

        var ha505 = Assert.Single(RuleAssert.All("HA505", Flawed));
        Assert.EndsWith("may open 160 connections in all, but db accepts 100; cap each pool at 30 (ap: Min(30).Max(30)), so they open at most 100, or raise MaxConnections to 160", ha505.Message);
        Assert.All(RuleAssert.All("HA503", Flawed), f => Assert.EndsWith("(Min(30).Max(30))", f.Message));
        RuleAssert.FixWorks("HA505", Flawed, d =>
        {
            var db = Database(d).MaxConnections(100);
            d.AddServer("cron").ConnectsTo(db, pool => pool.Min(10).Max(10));
            d.AddServer("ap", replicas: 3).ConnectsTo(db, pool => pool.Min(30).Max(30));
        });
    }

    [Fact]
    public void HA505_rounds_the_share_down()
    {
        // By hand: 100 / 3 = 33.3, so 33 each and 99 in all; 34 each would be 102 > 100.
        var ha505 = Assert.Single(RuleAssert.All("HA505", d => d.AddServer("ap", replicas: 3).ConnectsTo(Database(d).MaxConnections(100), pool => pool.Min(50).Max(50))));
        Assert.EndsWith("cap each pool at 33 (ap: Min(33).Max(33)), so they open at most 99, or raise MaxConnections to 150", ha505.Message);
        Assert.Single(RuleAssert.All("HA505", d => d.AddServer("ap", replicas: 3).ConnectsTo(Database(d).MaxConnections(100), pool => pool.Min(34).Max(34))));
    }

    [Fact]
    public void HA505_says_when_no_share_fits()
    {
        var ha505 = Assert.Single(RuleAssert.All("HA505", d => d.AddServer("ap", replicas: 3).ConnectsTo(Database(d).MaxConnections(2), pool => pool.Min(10).Max(10))));
        Assert.EndsWith("but db accepts 2; even one connection per pool exceeds that: raise MaxConnections to 30, or connect fewer servers", ha505.Message);
        var ha503 = RuleAssert.All("HA503", d => d.AddServer("ap", replicas: 3).ConnectsTo(Database(d).MaxConnections(2), pool => pool.Min(5).Max(10)));
        Assert.All(ha503, f => Assert.EndsWith("; set both to the same value (Min(10).Max(10))", f.Message));
    }

    [Fact]
    public void HA505_advice_brings_the_keep_alive_HA504_needs_once_min_equals_max()
    {
        // Min(0) and a 5 min idle timeout under the firewall's 15: HA504 is silent. Capping the pools
        // at Min = Max = 30 keeps the connections forever, so the advice carries a keep-alive of 7 min.
        static DatabaseClusterBuilder Db(DesignBuilder d) => Database(d).MaxConnections(60);
        static FirewallBuilder Fw(DesignBuilder d) => d.AddFirewall("fw").WithStandby(stateSync: true).IdleTimeout(TimeSpan.FromMinutes(15));
        static void Flawed(DesignBuilder d) =>
            d.AddServer("ap", replicas: 2).ConnectsTo(Db(d), pool => pool.Max(50).IdleTimeout(TimeSpan.FromMinutes(5)).Through(Fw(d)));

        var ha505 = Assert.Single(RuleAssert.All("HA505", Flawed));
        Assert.Contains("cap each pool at 30 (ap: Min(30).Max(30).KeepAlive(TimeSpan.FromMinutes(7))), so they open at most 60", ha505.Message);
        RuleAssert.FixWorks("HA505", Flawed, d =>
            d.AddServer("ap", replicas: 2).ConnectsTo(Db(d), pool => pool.Min(30).Max(30).KeepAlive(TimeSpan.FromMinutes(7)).IdleTimeout(TimeSpan.FromMinutes(5)).Through(Fw(d))));

        // Without the keep-alive the capped pools would raise HA504 (one finding on the replica group).
        var ha504 = Assert.Single(RuleAssert.All("HA504", d =>
            d.AddServer("ap", replicas: 2).ConnectsTo(Db(d), pool => pool.Min(30).Max(30).IdleTimeout(TimeSpan.FromMinutes(5)).Through(Fw(d)))));
        Assert.Equal("ap", ha504.Group);
        Assert.Contains("(ap-1 and ap-2)", ha504.Message);
    }

    private static DatabaseClusterBuilder Database(DesignBuilder d)
    {
        var n1 = d.AddServer("db-1");
        var n2 = d.AddServer("db-2");
        return d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2);
    }
}

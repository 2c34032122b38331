using System;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Web;

public sealed class WebRuleTests
{
    [Fact]
    [Fires("HA401")]
    public void HA401_fires_on_dns_round_robin_over_servers()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA401", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            at = Here.Line() + 1;
            d.AddDnsName("www").RoundRobin(web);
        }, () => at, "www", "web-1", "web-2");
    }

    [Fact]
    [Silent("HA401")]
    public void HA401_is_silent_when_dns_resolves_to_a_health_checking_load_balancer() =>
        RuleAssert.Silent("HA401", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
            d.AddDnsName("www").Resolves(lb);
        });

    [Fact]
    [Fires("HA402")]
    public void HA402_fires_on_dns_round_robin_in_front_of_a_stateful_service()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA402", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            at = Here.Line() + 1;
            var dns = d.AddDnsName("www").RoundRobin(web);
            d.AddService("shop").EntryPoint(dns).Stateful();
        }, () => at, "www", "shop");
    }

    [Fact]
    [Silent("HA402")]
    public void HA402_is_silent_for_a_stateless_service() =>
        RuleAssert.Silent("HA402", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var dns = d.AddDnsName("www").RoundRobin(web);
            d.AddService("shop").EntryPoint(dns);
        });

    [Fact]
    [Fires("HA403")]
    public void HA403_fires_on_a_load_balancer_without_a_health_check()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA403", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            at = Here.Line() + 1;
            d.AddLoadBalancer("lb").WithStandby().Targets(web);
        }, () => at, "lb", "web-1", "web-2");
    }

    [Fact]
    [Silent("HA403")]
    public void HA403_is_silent_with_a_health_check() =>
        RuleAssert.Silent("HA403", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        });

    [Fact]
    [Fires("HA404")]
    public void HA404_fires_when_pinned_sessions_live_only_in_one_servers_memory()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA404", d => PinnedApp(d, SessionReplication.None, line => at = line), () => at, "ap-lb", "ap-1", "ap-2");
    }

    [Fact]
    [Silent("HA404")]
    public void HA404_is_silent_when_sessions_are_replicated()
    {
        RuleAssert.Silent("HA404", d => PinnedApp(d, SessionReplication.PrimaryBackup, _ => { }));
        RuleAssert.Silent("HA404", d => PinnedApp(d, SessionReplication.SharedStore, _ => { }));
    }

    [Fact]
    [Fires("HA404")]
    public void HA404_never_suggests_the_replication_a_server_already_declares()
    {
        // One server that already replicates primary-backup has nobody to copy to: what it lacks is a
        // second replica, not the setting it already has.
        void Flawed(DesignBuilder d) => Pinned(d, replicas: 1, SessionReplication.PrimaryBackup);
        var finding = Assert.Single(RuleAssert.All("HA404", Flawed));
        var advice = finding.Message.Substring(finding.Message.IndexOf("a failover loses them; ", StringComparison.Ordinal));
        Assert.DoesNotContain("SessionReplication.PrimaryBackup", advice);
        Assert.Contains("(replicas: 2)", advice);
        Assert.Contains("SessionReplication.SharedStore", advice);
        RuleAssert.FixWorks("HA404", Flawed, d => Pinned(d, replicas: 2, SessionReplication.PrimaryBackup));
        RuleAssert.FixWorks("HA404", Flawed, d => Pinned(d, replicas: 1, SessionReplication.SharedStore));
    }

    [Fact]
    [Fires("HA404")]
    public void HA404_does_not_offer_primary_backup_alone_to_a_single_server()
    {
        // PrimaryBackup on one server would leave HA404 (and raise HA501): the advice names the second replica too.
        void Flawed(DesignBuilder d) => Pinned(d, replicas: 1, SessionReplication.None);
        var finding = Assert.Single(RuleAssert.All("HA404", Flawed));
        Assert.EndsWith("replicate sessions (RunsAppServer(SessionReplication.SharedStore), or PrimaryBackup with a second replica: replicas: 2)", finding.Message);
        Assert.Single(RuleAssert.All("HA404", d => Pinned(d, replicas: 1, SessionReplication.PrimaryBackup)));
        RuleAssert.FixWorks("HA404", Flawed, d => Pinned(d, replicas: 1, SessionReplication.SharedStore));
        RuleAssert.FixWorks("HA404", Flawed, d => Pinned(d, replicas: 2, SessionReplication.PrimaryBackup));
    }

    [Fact]
    [Fires("HA404")]
    public void HA404_does_not_offer_primary_backup_within_one_rack()
    {
        // Primary-backup between two replicas of one rack would trade HA404 for HA502.
        static void Flawed(DesignBuilder d) => Racked(d, SessionReplication.None, spread: false);
        var finding = Assert.Single(RuleAssert.All("HA404", Flawed));
        Assert.EndsWith("replicate sessions (RunsAppServer(SessionReplication.SharedStore), or PrimaryBackup with the replicas spread across racks: SpreadAcross(rack1, rack2))", finding.Message);
        Assert.NotEmpty(RuleAssert.All("HA502", d => Racked(d, SessionReplication.PrimaryBackup, spread: false)));
        RuleAssert.FixWorks("HA404", Flawed, d => Racked(d, SessionReplication.SharedStore, spread: false));
        RuleAssert.FixWorks("HA404", Flawed, d => Racked(d, SessionReplication.PrimaryBackup, spread: true));
    }

    [Fact]
    [Fires("HA404")]
    public void HA404_advises_each_kind_of_target_apart()
    {
        var finding = Assert.Single(RuleAssert.All("HA404", d =>
        {
            var solo = d.AddServer("solo").RunsAppServer(SessionReplication.PrimaryBackup);
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.None);
            var lb = d.AddLoadBalancer("ap-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.Cookie).Targets(ap, solo);
            d.AddService("shop").EntryPoint(lb).Stateful();
        }));
        Assert.Equal(new[] { "ap-lb", "ap-1", "ap-2", "solo" }, finding.Components);
        Assert.EndsWith(
            "a failover loses them; for ap, replicate sessions (RunsAppServer(SessionReplication.PrimaryBackup) or SharedStore); "
            + "for solo, add a replica for their primary-backup replication to copy to (replicas: 2), or keep sessions in a shared store (SessionReplication.SharedStore)",
            finding.Message);
    }

    [Fact]
    [Silent("HA404")]
    public void HA404_is_silent_when_no_stateful_service_reaches_the_servers() =>
        RuleAssert.Silent("HA404", d =>
        {
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.None);
            d.AddLoadBalancer("ap-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.Cookie).Targets(ap);
        });

    [Fact]
    [Fires("HA405")]
    public void HA405_fires_on_a_load_balancer_without_a_standby()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA405", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            at = Here.Line() + 1;
            d.AddLoadBalancer("lb").HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        }, () => at, "lb");
    }

    [Fact]
    [Silent("HA405")]
    public void HA405_is_silent_for_a_pair_and_for_two_peers_over_the_same_targets()
    {
        RuleAssert.Silent("HA405", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        });
        RuleAssert.Silent("HA405", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            d.AddLoadBalancer("lb-a").HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
            d.AddLoadBalancer("lb-b").HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        });
    }

    [Fact]
    [Fires("HA406")]
    public void HA406_fires_when_a_load_balancer_spreads_unshared_sessions_without_persistence()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA406", d => App(d, SessionReplication.None, null, line => at = line), () => at, "ap-lb", "ap-1", "ap-2");
        Assert.Contains("over ap-1 and ap-2 without session persistence, and they keep sessions only in their own memory", finding.Message);
        var declaredNone = RuleAssert.All("HA406", d => App(d, SessionReplication.None, SessionPersistence.None, _ => { }));
        Assert.Single(declaredNone);
    }

    [Fact]
    [Silent("HA406")]
    public void HA406_is_silent_with_persistence_a_shared_store_replication_one_target_or_a_stateless_service()
    {
        RuleAssert.Silent("HA406", d => App(d, SessionReplication.PrimaryBackup, SessionPersistence.Cookie, _ => { }));
        RuleAssert.Silent("HA406", d => App(d, SessionReplication.None, SessionPersistence.SessionTable, _ => { }));
        RuleAssert.Silent("HA406", d => App(d, SessionReplication.SharedStore, null, _ => { }));
        RuleAssert.Silent("HA406", d => App(d, SessionReplication.PrimaryBackup, null, _ => { }));
        RuleAssert.Silent("HA406", d =>
        {
            var ap = d.AddServer("ap").RunsAppServer(SessionReplication.None);
            var lb = d.AddLoadBalancer("ap-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(ap);
            d.AddService("app").EntryPoint(lb).Stateful();
        });
        RuleAssert.Silent("HA406", d =>
        {
            var ap = d.AddServer("ap", replicas: 2).RunsAppServer(SessionReplication.None);
            var lb = d.AddLoadBalancer("ap-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(ap);
            d.AddService("app").EntryPoint(lb);
        });
    }

    [Fact]
    public void HA406_advice_applied_as_written_clears_it_either_way()
    {
        RuleAssert.FixWorks("HA406", d => App(d, SessionReplication.None, null, _ => { }), d => App(d, SessionReplication.SharedStore, null, _ => { }));
        RuleAssert.FixWorks("HA406", d => App(d, SessionReplication.None, null, _ => { }), d => App(d, SessionReplication.PrimaryBackup, SessionPersistence.Cookie, _ => { }));
    }

    [Fact]
    [Fires("HA407")]
    public void HA407_fires_on_a_pair_whose_session_table_is_not_synchronised()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA407", d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb.WithStandby(), line => at = line), () => at, "ap-lb", "ap-1", "ap-2");
        Assert.Contains("(WithStandby(stateSync: true))", finding.Message);
        Assert.Single(RuleAssert.All("HA407", d => Pair(d, SessionReplication.None, SessionPersistence.SessionTable, lb => lb.WithStandby(stateSync: false), _ => { })));
    }

    [Fact]
    [Silent("HA407")]
    public void HA407_is_silent_with_a_synchronised_table_a_cookie_a_shared_store_or_no_pair()
    {
        RuleAssert.Silent("HA407", d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb.WithStandby(stateSync: true), _ => { }));
        RuleAssert.Silent("HA407", d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.Cookie, lb => lb.WithStandby(), _ => { }));
        RuleAssert.Silent("HA407", d => Pair(d, SessionReplication.SharedStore, SessionPersistence.SessionTable, lb => lb.WithStandby(), _ => { }));
        RuleAssert.Silent("HA407", d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb, _ => { }));
    }

    [Fact]
    public void HA407_advice_applied_as_written_clears_it_either_way()
    {
        static void Flawed(DesignBuilder d) => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb.WithStandby(), _ => { });
        RuleAssert.FixWorks("HA407", Flawed, d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb.WithStandby(stateSync: true), _ => { }));
        RuleAssert.FixWorks("HA407", Flawed, d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.Cookie, lb => lb.WithStandby(), _ => { }));
    }

    [Fact]
    public void HA405_advice_on_a_session_table_balancer_brings_the_state_sync_HA407_needs()
    {
        static void Flawed(DesignBuilder d) => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb, _ => { });
        var finding = Assert.Single(RuleAssert.All("HA405", Flawed));
        Assert.EndsWith("make it a pair that synchronises its session table (WithStandby(stateSync: true))", finding.Message);
        RuleAssert.FixWorks("HA405", Flawed, d => Pair(d, SessionReplication.PrimaryBackup, SessionPersistence.SessionTable, lb => lb.WithStandby(stateSync: true), _ => { }));
    }

    /// <summary>A stateful service reaching two app servers through a load balancer that <paramref name="pair"/> may make a pair.</summary>
    private static void Pair(DesignBuilder d, SessionReplication replication, SessionPersistence persistence, Func<LoadBalancerBuilder, LoadBalancerBuilder> pair, Action<int> lbLine)
    {
        var ap = d.AddServer("ap", replicas: 2).RunsAppServer(replication);
        lbLine(Here.Line() + 1);
        var lb = d.AddLoadBalancer("ap-lb").HealthCheck(TimeSpan.FromSeconds(5)).Persistence(persistence).Targets(ap);
        pair(lb);
        d.AddService("app").EntryPoint(lb).Stateful();
    }

    [Fact]
    [Fires("HA408")]
    public void HA408_fires_on_a_health_check_slower_than_thirty_seconds_and_counts_the_requests_lost()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA408", d =>
        {
            var web = d.AddServer("web", replicas: 4);
            at = Here.Line() + 1;
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromMinutes(1)).Targets(web);
            d.AddService("shop").EntryPoint(lb).PeakRequestsPerSecond(800);
            d.AddService("quiet").EntryPoint(lb).PeakRequestsPerSecond(10);
        }, () => at, "lb");
        // 800 requests/s for 60 s, a quarter of them to the stopped server: 800 * 60 / 4 = 12,000.
        Assert.Equal(
            "load balancer lb health-checks its 4 targets every 1 min: a stopped one keeps receiving 1 in 4 requests for up to 1 min; at shop's peak of 800 requests/s, up to 12,000 failed requests; check at least every 30 s (HealthCheck(TimeSpan.FromSeconds(5)))",
            finding.Message);
    }

    [Fact]
    [Fires("HA408")]
    public void HA408_without_a_declared_rate_gives_the_interval_and_share()
    {
        var finding = Assert.Single(RuleAssert.All("HA408", d =>
            d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(31)).Targets(d.AddServer("web", replicas: 2))));
        Assert.Contains("every 31 s: a stopped one keeps receiving 1 in 2 requests for up to 31 s; check at least every 30 s", finding.Message);
    }

    [Fact]
    [Silent("HA408")]
    public void HA408_is_silent_at_thirty_seconds_or_less_or_without_a_health_check()
    {
        RuleAssert.Silent("HA408", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(30)).Targets(web);
            d.AddLoadBalancer("lb-2").WithStandby().Targets(web);
            d.AddService("shop").EntryPoint(lb).PeakRequestsPerSecond(800);
        });
    }

    [Fact]
    public void HA408_advice_applied_as_written_clears_it() =>
        RuleAssert.FixWorks(
            "HA408",
            d => d.AddService("shop").EntryPoint(d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromMinutes(2)).Targets(d.AddServer("web", replicas: 2))).PeakRequestsPerSecond(50),
            d => d.AddService("shop").EntryPoint(d.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(d.AddServer("web", replicas: 2))).PeakRequestsPerSecond(50));

    /// <summary>A stateful service reaching two app servers through a cookie-pinning load balancer.</summary>
    /// <summary>Two app servers in rack r1, or spread across r1 and r2, pinned by cookie for a stateful service.</summary>
    private static void Racked(DesignBuilder d, SessionReplication replication, bool spread)
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

        var lb = d.AddLoadBalancer("ap-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.Cookie).Targets(ap);
        d.AddService("shop").EntryPoint(lb).Stateful();
    }

    /// <summary>A stateful service reaching <paramref name="replicas"/> app servers pinned by cookie.</summary>
    private static void Pinned(DesignBuilder d, int replicas, SessionReplication replication)
    {
        var ap = d.AddServer("ap", replicas: replicas).RunsAppServer(replication);
        var lb = d.AddLoadBalancer("ap-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.Cookie).Targets(ap);
        d.AddService("shop").EntryPoint(lb).Stateful();
    }

    private static void PinnedApp(DesignBuilder d, SessionReplication replication, Action<int> lbLine) =>
        App(d, replication, SessionPersistence.Cookie, lbLine);

    /// <summary>A stateful service reaching two app servers through a load balancer with the given persistence (none declared when null).</summary>
    private static void App(DesignBuilder d, SessionReplication replication, SessionPersistence? persistence, Action<int> lbLine)
    {
        var ap = d.AddServer("ap", replicas: 2).RunsAppServer(replication);
        lbLine(Here.Line() + 1);
        var lb = d.AddLoadBalancer("ap-lb")
            .WithStandby()
            .HealthCheck(TimeSpan.FromSeconds(5));
        if (persistence is { } p)
        {
            lb.Persistence(p);
        }

        lb.Targets(ap);
        var dns = d.AddDnsName("app.example.com").Resolves(lb);
        d.AddService("app").EntryPoint(dns).Stateful();
    }
}

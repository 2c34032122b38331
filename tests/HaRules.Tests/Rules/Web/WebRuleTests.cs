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

    /// <summary>A stateful service reaching two app servers through a cookie-pinning load balancer.</summary>
    private static void PinnedApp(DesignBuilder d, SessionReplication replication, Action<int> lbLine)
    {
        var ap = d.AddServer("ap", replicas: 2).RunsAppServer(replication);
        lbLine(Here.Line() + 1);
        var lb = d.AddLoadBalancer("ap-lb")
            .WithStandby()
            .HealthCheck(TimeSpan.FromSeconds(5))
            .Persistence(SessionPersistence.Cookie)
            .Targets(ap);
        var dns = d.AddDnsName("app.example.com").Resolves(lb);
        d.AddService("app").EntryPoint(dns).Stateful();
    }
}

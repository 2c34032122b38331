using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;
using static HaRules.Analyzers.Tests.Support.CodeFixVerifier;

namespace HaRules.Analyzers.Tests;

/// <summary>The mechanical fixes: each one applied alone, and by Fix All (which must give the same code).</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task HA302_appends_a_hot_spare_to_the_raid_group_chain() => VerifyFixAsync(Design("""
                var array = design.AddStorageArray("array");
                array.{|HA302:AddRaidGroup|}("rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(1), diskIops: 100)
                    .StripeSize(DataSize.Kilobytes(256));
        """), Design("""
                var array = design.AddStorageArray("array");
                array.AddRaidGroup("rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(1), diskIops: 100)
                    .StripeSize(DataSize.Kilobytes(256))
                    .WithHotSpares(1);
        """), "HaRules.Fix.HA302");

    [Fact]
    public Task HA302_sets_a_declared_zero_hot_spares_to_one() => VerifyFixAsync(Design("""
                var array = design.AddStorageArray("array");
                var rg = array.{|HA302:AddRaidGroup|}("rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(1), diskIops: 100).WithHotSpares(0);
        """), Design("""
                var array = design.AddStorageArray("array");
                var rg = array.AddRaidGroup("rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(1), diskIops: 100).WithHotSpares(1);
        """), "HaRules.Fix.HA302");

    [Fact]
    public Task HA403_appends_a_health_check() => VerifyFixAsync(Design(LoadBalancers("lb", ".WithStandby()")), Design(LoadBalancers("lb", ".WithStandby()", marked: false, ".HealthCheck(TimeSpan.FromSeconds(5))")), "HaRules.Fix.HA403");

    [Fact]
    public Task HA403_qualifies_TimeSpan_without_a_using() => VerifyFixAsync(
        Design(LoadBalancers("lb", ".WithStandby()")).Replace("using System;\n", string.Empty),
        Design(LoadBalancers("lb", ".WithStandby()", marked: false, ".HealthCheck(System.TimeSpan.FromSeconds(5))")).Replace("using System;\n", string.Empty),
        "HaRules.Fix.HA403");

    [Fact]
    public Task HA405_appends_a_standby() => VerifyFixAsync(Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.{|HA405:AddLoadBalancer|}("lb").HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        """), Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.AddLoadBalancer("lb").HealthCheck(TimeSpan.FromSeconds(5)).Targets(web).WithStandby();
        """), "HaRules.Fix.HA405");

    [Fact]
    public Task HA405_gives_a_balancer_that_pins_with_its_session_table_a_pair_that_copies_it() => VerifyFixAsync(Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.{|HA405:AddLoadBalancer|}("lb").HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.SessionTable).Targets(web);
        """), Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.AddLoadBalancer("lb").HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.SessionTable).Targets(web).WithStandby(stateSync: true);
        """), "HaRules.Fix.HA405");

    [Fact]
    public Task HA405_gives_a_balancer_that_pins_with_a_cookie_a_plain_pair() => VerifyFixAsync(Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.{|HA405:AddLoadBalancer|}("lb").HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.Cookie).Targets(web);
        """), Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.AddLoadBalancer("lb").HealthCheck(TimeSpan.FromSeconds(5)).Persistence(SessionPersistence.Cookie).Targets(web).WithStandby();
        """), "HaRules.Fix.HA405");

    [Fact]
    public Task HA603_appends_fencing() => VerifyFixAsync(Design("""
                var n1 = design.AddServer("n1");
                var n2 = design.AddServer("n2");
                var n3 = design.AddServer("n3");
                design.{|HA603:AddDatabaseCluster|}("db", ClusterMode.ActiveStandby)
                    .Nodes(n1, n2, n3)
                    .Accept("HA303", "backed up by the DBA team")
                    .Accept("HA607", "heartbeat not modelled");
        """), Design("""
                var n1 = design.AddServer("n1");
                var n2 = design.AddServer("n2");
                var n3 = design.AddServer("n3");
                design.AddDatabaseCluster("db", ClusterMode.ActiveStandby)
                    .Nodes(n1, n2, n3)
                    .Accept("HA303", "backed up by the DBA team")
                    .Accept("HA607", "heartbeat not modelled")
                    .Fencing();
        """), "HaRules.Fix.HA603");

    [Fact]
    public Task HA307_enables_multipath_in_the_chain_and_on_the_local() => VerifyFixAsync(Design("""
                var san1 = design.AddSanSwitch("san-1");
                var san2 = design.AddSanSwitch("san-2");
                var db = design.{|HA307:AddServer|}("db");
                db.WithHbas(Multipath.Disabled, san1, san2);
        """), Design("""
                var san1 = design.AddSanSwitch("san-1");
                var san2 = design.AddSanSwitch("san-2");
                var db = design.AddServer("db");
                db.WithHbas(Multipath.Enabled, san1, san2);
        """), "HaRules.Fix.HA307");

    [Fact]
    public Task HA702_adds_a_synchronised_standby() => VerifyFixAsync(
        Design("        design.{|HA702:AddFirewall|}(\"fw\");"),
        Design("        design.AddFirewall(\"fw\").WithStandby(stateSync: true);"),
        "HaRules.Fix.HA702");

    [Theory]
    [InlineData("WithStandby()", "WithStandby(stateSync: true)")]
    [InlineData("WithStandby(stateSync: false)", "WithStandby(stateSync: true)")]
    [InlineData("WithStandby(false)", "WithStandby(true)")]
    public Task HA702_turns_state_sync_on(string before, string after) => VerifyFixAsync(
        Design($"        design.{{|HA702:AddFirewall|}}(\"fw\").{before}.IdleTimeout(TimeSpan.FromMinutes(30));"),
        Design($"        design.AddFirewall(\"fw\").{after}.IdleTimeout(TimeSpan.FromMinutes(30));"),
        "HaRules.Fix.HA702");

    [Fact]
    public Task HA503_sets_min_to_max() => VerifyFixAsync(Design(Pool("ap.{|HA503:ConnectsTo|}", "pool.Min(5).Max(20)")), Design(Pool("ap.ConnectsTo", "pool.Min(20).Max(20)")), "HaRules.Fix.HA503");

    [Fact]
    public Task HA503_on_every_replica_is_one_diagnostic_on_the_group_fixed_once() => VerifyFixAsync(
        Design(Pool("ap.{|#0:ConnectsTo|}", "pool.Max(20).Min(5)", replicas: 2)),
        Design(Pool("ap.ConnectsTo", "pool.Max(20).Min(20)", replicas: 2)),
        "HaRules.Fix.HA503",
        new DiagnosticResult("HA503", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

    [Fact]
    public Task HA503_brings_the_keep_alive_a_firewall_on_the_path_needs() => VerifyFixAsync(
        Design(FirewalledPool("ap.{|HA503:ConnectsTo|}", "pool => pool\n            .Min(0)\n            .Max(20)\n            .IdleTimeout(TimeSpan.FromMinutes(10))\n            .Through(fw)")),
        Design(FirewalledPool("ap.ConnectsTo", "pool => pool\n            .Min(20)\n            .Max(20)\n            .IdleTimeout(TimeSpan.FromMinutes(10))\n            .Through(fw)\n            .KeepAlive(TimeSpan.FromMinutes(7))")),
        "HaRules.Fix.HA503");

    [Fact]
    public Task HA503_replaces_a_keep_alive_that_comes_too_late() => VerifyFixAsync(
        Design(FirewalledPool("ap.{|HA503:{|HA504:ConnectsTo|}|}", "pool => pool.Min(1).Max(20).KeepAlive(TimeSpan.FromMinutes(20)).Through(fw)")),
        Design(FirewalledPool("ap.ConnectsTo", "pool => pool.Min(20).Max(20).KeepAlive(TimeSpan.FromMinutes(7)).Through(fw)")),
        "HaRules.Fix.HA503");

    [Fact]
    public Task HA503_sets_min_and_max_to_the_share_that_keeps_the_pools_within_the_database_limit() => VerifyFixAsync(
        // 2 x 50 = 100 > 60: the share is 30 each, the value HA505 advises too, so the fix clears both.
        // Both replicas' pools share the flaw: one HA503 on the group.
        Design(Pool("ap.{|#0:ConnectsTo|}", "pool.Min(5).Max(50)", replicas: 2, limit: 60)),
        Design(Pool("ap.ConnectsTo", "pool.Min(30).Max(30)", replicas: 2, limit: 60)),
        "HaRules.Fix.HA503",
        new DiagnosticResult("HA503", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
        new DiagnosticResult("HA505", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

    [Fact]
    public Task HA504_appends_the_keep_alive_the_message_gives() => VerifyFixAsync(
        // Half the firewall's 15 minutes, rounded down to whole minutes: 7.
        Design(FirewalledPool("ap.{|HA504:ConnectsTo|}", "pool => pool.IdleTimeout(TimeSpan.FromMinutes(30)).Through(fw)")),
        Design(FirewalledPool("ap.ConnectsTo", "pool => pool.IdleTimeout(TimeSpan.FromMinutes(30)).Through(fw).KeepAlive(TimeSpan.FromMinutes(7))")),
        "HaRules.Fix.HA504");

    [Fact]
    public Task HA504_replaces_a_keep_alive_that_comes_too_late() => VerifyFixAsync(
        Design(FirewalledPool("ap.{|HA504:ConnectsTo|}", "pool => pool.Min(10).Max(10).KeepAlive(TimeSpan.FromMinutes(20)).Through(fw)")),
        Design(FirewalledPool("ap.ConnectsTo", "pool => pool.Min(10).Max(10).KeepAlive(TimeSpan.FromMinutes(7)).Through(fw)")),
        "HaRules.Fix.HA504");

    [Theory]
    [InlineData(".WithStandby()", ".WithStandby(stateSync: true)")]
    [InlineData(".WithStandby(stateSync: false)", ".WithStandby(stateSync: true)")]
    public Task HA407_synchronises_the_session_table(string before, string after) => VerifyOnlyFixAsync("HA407",
        Design(StatefulPair("{|HA407:AddLoadBalancer|}", before)),
        Design(StatefulPair("AddLoadBalancer", after)));

    [Fact]
    public Task HA408_sets_the_health_check_to_five_seconds() => VerifyOnlyFixAsync("HA408",
        Design(StatefulPair("{|HA408:AddLoadBalancer|}", ".WithStandby(stateSync: true)", "TimeSpan.FromMinutes(2)")),
        Design(StatefulPair("AddLoadBalancer", ".WithStandby(stateSync: true)", "TimeSpan.FromSeconds(5)")));

    [Fact]
    public Task Fix_all_fixes_two_load_balancers_at_once() => VerifyFixAsync(
        Design(LoadBalancers("lb-a", ".WithStandby()") + "\n" + LoadBalancers("lb-b", ".WithStandby()")),
        Design(LoadBalancers("lb-a", ".WithStandby()", marked: false, ".HealthCheck(TimeSpan.FromSeconds(5))") + "\n" + LoadBalancers("lb-b", ".WithStandby()", marked: false, ".HealthCheck(TimeSpan.FromSeconds(5))")),
        "HaRules.Fix.HA403");

    [Fact]
    public Task Only_the_rule_of_the_key_is_fixed() => VerifyFixAsync(Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.{|HA403:{|HA405:AddLoadBalancer|}|}("lb").Targets(web);
        """), Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.{|HA405:AddLoadBalancer|}("lb").Targets(web).HealthCheck(TimeSpan.FromSeconds(5));
        """), "HaRules.Fix.HA403");

    private static string LoadBalancers(string name, string chain, bool marked = true, string after = "")
    {
        var call = marked ? "{|HA403:AddLoadBalancer|}" : "AddLoadBalancer";
        return $"        var {name.Replace("-", "_")}Web = design.AddServer(\"{name}-web\", replicas: 2);\n"
            + $"        design.{call}(\"{name}\"){chain}.Targets({name.Replace("-", "_")}Web){after};";
    }

    private static string Pool(string connects, string pool, int replicas = 1, int? limit = null) => $$"""
                var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Accept("HA303", "backed up by the DBA team").Accept("HA607", "heartbeat not modelled"){{(limit is { } l ? $".MaxConnections({l})" : string.Empty)}};
                var ap = design.AddServer("ap", replicas: {{replicas}});
                {{connects}}(db, pool => {{pool}});
        """;

    private static string StatefulPair(string call, string standby, string healthCheck = "TimeSpan.FromSeconds(5)") => $$"""
                var batch = design.AddServer("batch", replicas: 2).RunsAppServer(SessionReplication.PrimaryBackup);
                var lb = design.{{call}}("batch-lb"){{standby}}.HealthCheck({{healthCheck}}).Persistence(SessionPersistence.SessionTable).Targets(batch);
                design.AddService("batch-service").EntryPoint(lb).Stateful();
        """;

    private static string FirewalledPool(string connects, string pool) => $$"""
                var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Accept("HA303", "backed up by the DBA team").Accept("HA607", "heartbeat not modelled");
                var fw = design.AddFirewall("fw").WithStandby(stateSync: true).IdleTimeout(TimeSpan.FromMinutes(15));
                var ap = design.AddServer("ap");
                {{connects}}(db, {{pool}});
        """;
}

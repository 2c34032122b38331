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

    private static string Pool(string connects, string pool, int replicas = 1) => $$"""
                var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Accept("HA303", "backed up by the DBA team").Accept("HA607", "heartbeat not modelled");
                var ap = design.AddServer("ap", replicas: {{replicas}});
                {{connects}}(db, pool => {{pool}});
        """;
}

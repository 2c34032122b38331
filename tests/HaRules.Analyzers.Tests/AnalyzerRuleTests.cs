using System.Threading.Tasks;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;

namespace HaRules.Analyzers.Tests;

/// <summary>Findings reported while typing, at the declaring call's method name.</summary>
public sealed class AnalyzerRuleTests
{
    [Fact]
    [HaRules.TestCoverage.Fires("HA106")]
    public Task HA106_a_design_without_a_service_is_one_warning_at_its_first_component() => VerifyWholeAsync(Design("""
                var web = design.{|HA106:AddServer|}("web", replicas: 2);
                design.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
        """));

    [Fact]
    [HaRules.TestCoverage.Silent("HA106")]
    public Task HA106_is_silent_once_a_service_is_declared() => VerifyWholeAsync(Design("""
                var web = design.AddServer("web", replicas: 2);
                var lb = design.AddLoadBalancer("lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
                design.AddService("shop").EntryPoint(lb);
        """));

    [Fact]
    public Task HA001_two_components_with_one_name() => VerifyAsync(Design("""
                design.AddSwitch("sw");
                design.{|HA001:AddSwitch|}("sw");
        """));

    [Fact]
    public Task HA003_a_name_with_a_slash_and_zero_replicas() => VerifyAsync(Design("""
                design.{|HA003:AddComponent|}("a/b");
                design.{|HA003:AddServer|}("web", replicas: 0);
        """));

    [Fact]
    public Task HA004_impossible_raid_geometry() => VerifyAsync(Design("""
                var array = design.AddStorageArray("array");
                array.{|HA004:AddRaidGroup|}("rg", RaidLevel.Raid5, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 100)
                    .WithHotSpares(1);
        """));

    [Fact]
    public Task HA005_a_dependency_cycle() => VerifyAsync(Design("""
                var a = design.{|HA005:AddComponent|}("a");
                var b = design.AddComponent("b").DependsOn(a);
                a.DependsOn(b);
        """));

    [Fact]
    public Task HA008_an_expired_acceptance() => VerifyAsync(Design("""
                design.AddComponent("licence")
                    .{|HA008:Accept|}("HA201", "never mind", expires: "2020-01-01");
        """));

    [Fact]
    public Task HA201_on_a_line_of_its_own_in_a_chain() => VerifyAsync(Design("""
                var feed = design.AddPowerFeed("feed");
                var sw = design
                    .{|HA201:AddSwitch|}("sw")
                    .WithPowerSupplies(feed);
        """));

    [Fact]
    public Task The_same_flaw_on_every_replica_is_one_diagnostic_at_the_group() => VerifyAsync(Design("""
                var feed = design.{|HA102:AddPowerFeed|}("feed");
                design.{|HA201:AddServer|}("app", replicas: 3).WithPowerSupplies(feed);
        """));

    [Fact]
    public Task The_same_flaw_on_every_node_of_a_cluster_is_one_diagnostic_at_the_cluster() => VerifyAsync(Design("""
                var ups = design.AddUps("ups");
                var db1 = design.AddServer("db-1").WithPowerSupplies(ups, ups);
                var db2 = design.AddServer("db-2").WithPowerSupplies(ups, ups);
                design.{|HA202:AddDatabaseCluster|}("db", ClusterMode.SharedNothing).Nodes(db1, db2).Partitions(4, replicas: 2)
                    .Accept("HA303", "rebuilt from the orders").Accept("HA606", "reviewed with HA202");
        """));

    [Fact]
    public Task A_finding_in_a_helper_method_points_at_the_helper_call() => VerifyAsync(Usings + """
        public sealed class TestDesign : IDesign
        {
            public void Describe(DesignBuilder design)
            {
                var feed = design.AddPowerFeed("feed");
                Switch(design, "sw-a", feed);
            }

            private static SwitchBuilder Switch(DesignBuilder design, string name, PowerFeedBuilder feed) =>
                design.{|HA201:AddSwitch|}(name).WithPowerSupplies(feed);
        }
        """);

    [Fact]
    public Task The_corrected_design_is_silent() => VerifyAsync(Design("""
                var a = design.AddPowerFeed("a");
                var b = design.AddPowerFeed("b");
                var sw = design.AddSwitch("sw").WithPowerSupplies(a, b);
                design.AddComponent("licence").Accept("HA201", "never mind", expires: "2999-01-01");
        """));

    [Fact]
    public Task Pragma_silences_a_rule() => VerifyAsync(Design("""
                design.AddSwitch("sw");
        #pragma warning disable HA001
                design.AddSwitch("sw");
        #pragma warning restore HA001
        """));
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>How each kind of component turns into events and gates, seen through the cut sets it produces.</summary>
public sealed class GraphDerivationTests
{
    [Theory]
    [InlineData(RaidLevel.Raid0, 3, null, "d1|d2|d3")]
    [InlineData(RaidLevel.Raid1, 2, null, "d1 d2")]
    [InlineData(RaidLevel.Raid5, 3, null, "d1 d2|d1 d3|d2 d3")]
    [InlineData(RaidLevel.Raid6, 4, null, "")]
    [InlineData(RaidLevel.Raid10, 4, null, "d1 d2|d3 d4")]
    [InlineData(RaidLevel.Raid50, 6, 2, "d1 d2|d1 d3|d2 d3|d4 d5|d4 d6|d5 d6")]
    [InlineData(RaidLevel.Raid60, 8, 2, "")]
    public void Raid_groups_fail_by_their_layout(RaidLevel level, int disks, int? legs, string expected)
    {
        var service = Analyze(d =>
        {
            var array = d.AddStorageArray("array").Availability(1.0);
            var group = array.AddRaidGroup("rg", level, disks: disks, diskSize: DataSize.Terabytes(1), diskIops: 150, legs: legs).WithHotSpares(1);
            d.AddService("s").EntryPoint(group.AddVolume("lu", DataSize.Terabytes(1)));
        });

        Assert.Equal(expected, Show(service.MinimalCutSets, s => s.Replace("rg/disk-", "d")));
    }

    [Fact]
    public void Shared_nothing_needs_a_live_copy_of_every_partition()
    {
        // Copy c of partition p on node ((p + c) mod 3) + 1: p0 on 1,2; p1 on 2,3; p2 on 3,1.
        var service = Analyze(d =>
        {
            var kv = d.AddServer("kv", replicas: 3);
            var cluster = d.AddDatabaseCluster("kv-db", ClusterMode.SharedNothing).Nodes(kv).Partitions(3, replicas: 2);
            d.AddService("s").EntryPoint(cluster);
        });

        Assert.Empty(service.SinglePointsOfFailure);
        Assert.Equal("kv-1 kv-2|kv-1 kv-3|kv-2 kv-3", Show(service.MinimalCutSets));
    }

    [Fact]
    public void Shared_nothing_with_one_copy_needs_every_node()
    {
        var service = Analyze(d =>
        {
            var kv = d.AddServer("kv", replicas: 2);
            d.AddService("s").EntryPoint(d.AddDatabaseCluster("kv-db", ClusterMode.SharedNothing).Nodes(kv).Partitions(8, replicas: 1));
        });

        Assert.Equal(new[] { "kv-1", "kv-2" }, service.SinglePointsOfFailure);
    }

    [Fact]
    public void Cluster_nodes_reach_shared_storage_through_their_hbas()
    {
        // Multipath off: only the first HBA's path counts, so db-1's first HBA and san-a fail it;
        // db-2 keeps a path through either fabric.
        var service = Analyze(d =>
        {
            var sanA = d.AddSanSwitch("san-a");
            var sanB = d.AddSanSwitch("san-b");
            var array = d.AddStorageArray("array").WithControllers(2).ConnectedTo(sanA, sanB);
            var lu = array.AddRaidGroup("rg", RaidLevel.Raid1, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 150).AddVolume("lu", DataSize.Terabytes(1));
            var db1 = d.AddServer("db-1").WithHbas(Multipath.Disabled, sanA, sanB);
            var db2 = d.AddServer("db-2").WithHbas(Multipath.Enabled, sanA, sanB);
            d.AddService("s").EntryPoint(d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(db1, db2).SharedStorage(lu));
        });

        Assert.Empty(service.SinglePointsOfFailure);
        var sets = Show(service.MinimalCutSets).Split('|');
        Assert.Contains("db-1/hba-1 db-2", sets);
        Assert.Contains("db-2 san-a", sets);
        Assert.DoesNotContain("db-1/hba-2 db-2", sets);

        // With multipath, a lone node loses its path only when both HBA paths are cut.
        var lone = Analyze(d =>
        {
            var sanA = d.AddSanSwitch("san-a");
            var sanB = d.AddSanSwitch("san-b");
            var array = d.AddStorageArray("array").ConnectedTo(sanA, sanB);
            var lu = array.AddRaidGroup("rg", RaidLevel.Raid1, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 150).AddVolume("lu", DataSize.Terabytes(1));
            var db = d.AddServer("db").Availability(1.0).WithHbas(Multipath.Enabled, sanA, sanB);
            d.AddService("s").EntryPoint(d.AddDatabaseCluster("cluster", ClusterMode.ActiveStandby).Nodes(db).SharedStorage(lu));
        });
        Assert.Equal("db/hba-1 db/hba-2|db/hba-1 san-b|db/hba-2 san-a|rg/disk-1 rg/disk-2|san-a san-b", Show(lone.MinimalCutSets));
    }

    [Fact]
    public void Fans_survive_one_failure_and_a_single_fan_is_needed()
    {
        var four = Analyze(d => d.AddService("s").EntryPoint(d.AddServer("a").Availability(1.0).WithFans(4)));
        Assert.Empty(four.SinglePointsOfFailure);
        Assert.Equal(6, four.MinimalCutSets.Count);

        var one = Analyze(d => d.AddService("s").EntryPoint(d.AddServer("a").Availability(1.0).WithFans(1)));
        Assert.Equal(new[] { "a/fan-1" }, one.SinglePointsOfFailure);
    }

    [Fact]
    public void Each_unit_of_a_pair_has_the_pairs_power_supplies_and_links()
    {
        var service = Analyze(d =>
        {
            var sw = d.AddSwitch("sw").Availability(1.0);
            var ups = d.AddUps("ups");
            var fw = d.AddFirewall("fw").WithPowerSupplies(ups).ConnectedTo(sw).WithStandby(stateSync: true);
            d.AddService("s").EntryPoint(fw);
        });

        Assert.Equal(new[] { "ups" }, service.SinglePointsOfFailure);
        Assert.Equal("ups|fw fw/standby|fw fw/standby/psu-1|fw/psu-1 fw/standby|fw/psu-1 fw/standby/psu-1", Show(service.MinimalCutSets));
    }

    [Fact]
    public void Dependencies_count_all_any_or_k_and_a_group_means_any_replica()
    {
        var service = Analyze(d =>
        {
            var a = d.AddComponent("a");
            var b = d.AddComponent("b");
            var c = d.AddComponent("c");
            var pool = d.AddServer("p", replicas: 2).Availability(0.99);
            var x = d.AddComponent("x").Availability(1.0).DependsOnAtLeast(2, a, b, c).DependsOn(pool);
            d.AddService("s").EntryPoint(x);
        });

        Assert.Empty(service.SinglePointsOfFailure);
        Assert.Equal("a b|a c|b c|p-1 p-2", Show(service.MinimalCutSets));
    }

    [Fact]
    public void A_component_that_cannot_fail_is_no_event()
    {
        var analysis = ReliabilityAnalysis.Analyze(Build(d => d.AddService("s").EntryPoint(d.AddComponent("licence").Availability(1.0))));
        var service = analysis.Services.Single();
        Assert.Equal(1.0, service.Availability);
        Assert.Equal(0.0, service.Unavailability);
        Assert.DoesNotContain(analysis.BlastRadius, b => b.Component == "licence");
    }

    [Fact]
    public void Mtbf_and_mttr_give_the_availability_of_a_component()
    {
        // A = MTBF / (MTBF + MTTR) = 999 h / 1,000 h.
        var service = Analyze(d => d.AddService("s").EntryPoint(d.AddComponent("x").Mtbf(TimeSpan.FromHours(999)).Mttr(TimeSpan.FromHours(1))));
        Assert.Equal(0.999, service.Availability, 15);
        Assert.Equal(0.001, service.Unavailability, 15);
        Assert.Equal(525.6, service.DowntimeMinutesPerYear, 9);
    }

    [Fact]
    public void A_dependency_cycle_is_cut_and_the_rest_still_analysed()
    {
        var model = Build(d =>
        {
            var a = d.AddComponent("a");
            var b = d.AddComponent("b").DependsOn(a);
            a.DependsOn(b);
            d.AddService("s").EntryPoint(a);
        });

        var service = ReliabilityAnalysis.Analyze(model).Services.Single();
        Assert.Equal(new[] { "a", "b" }, service.SinglePointsOfFailure);
        var result = HaRules.Checking.DesignChecker.Check(model);
        Assert.Single(result.Findings, f => f.RuleId == "HA005");
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "HA101"));
    }

    [Fact]
    public void Blast_radius_lists_the_services_each_event_stops()
    {
        var analysis = ReliabilityAnalysis.Analyze(Build(d =>
        {
            var ups = d.AddUps("ups");
            var shared = d.AddComponent("shared").WithPowerSupplies(ups);
            d.AddService("one").EntryPoint(d.AddComponent("x").DependsOn(shared));
            d.AddService("two").EntryPoint(shared);
        }));

        Assert.Equal(new[] { "one", "two" }, analysis.BlastRadius.Single(b => b.Component == "ups").Services);
        Assert.Equal(new[] { "one" }, analysis.BlastRadius.Single(b => b.Component == "x").Services);
        Assert.Equal(analysis.BlastRadius.Select(b => b.Component).OrderBy(n => n, StringComparer.Ordinal), analysis.BlastRadius.Select(b => b.Component));
    }

    [Fact]
    public void Empty_and_odd_designs_never_throw()
    {
        var empty = ReliabilityAnalysis.Analyze(Build(_ => { }));
        Assert.Empty(empty.Services);

        var odd = ReliabilityAnalysis.Analyze(Build(d =>
        {
            var none = d.AddServer("none", replicas: 0);
            var lb = d.AddLoadBalancer("lb").Targets(none);
            d.AddComponent("c").DependsOn(none);
            d.AddService("no-entry");
            d.AddService("s").EntryPoint(lb).PeakConcurrentRequests(100).TolerateFailures(9);
            d.AddStorageArray("a").AddRaidGroup("rg", RaidLevel.Raid50, disks: 7, diskSize: DataSize.Terabytes(1), diskIops: 1, legs: 0);
        }));
        Assert.Equal(1.0, odd.FindService("no-entry")!.Availability);
        Assert.Equal(ReliabilityAnalysis.MaxOrder, odd.FindService("s")!.SearchedOrder);
    }

    [Fact]
    public void The_analysis_is_deterministic()
    {
        string Render()
        {
            var builder = new DesignBuilder("WebShopDesign");
            new Samples.FragileShop.FragileShopDesign().Describe(builder);
            var a = ReliabilityAnalysis.Analyze(builder.Build());
            return string.Join("\n", a.Services.Select(s => $"{s.Name} {s.Availability:R} {s.Unavailability:R} {Show(s.MinimalCutSets)}"))
                + string.Join("\n", a.BlastRadius.Select(b => b.Component + ":" + string.Join(",", b.Services)));
        }

        Assert.Equal(Render(), Render());
    }

    private static HaRules.Model.DesignModel Build(Action<DesignBuilder> describe)
    {
        var builder = new DesignBuilder("Test");
        describe(builder);
        return builder.Build();
    }

    private static ServiceAnalysis Analyze(Action<DesignBuilder> describe) =>
        ReliabilityAnalysis.Analyze(Build(describe)).Services.Single(s => s.Name == "s");

    private static string Show(IReadOnlyList<IReadOnlyList<string>> sets, Func<string, string>? rename = null) =>
        string.Join("|", sets.Select(s => string.Join(" ", s.Select(rename ?? (x => x)))));
}

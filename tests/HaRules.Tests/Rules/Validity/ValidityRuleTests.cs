using System;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Validity;

public sealed class ValidityRuleTests
{
    [Fact]
    [Fires("HA001")]
    public void HA001_fires_on_the_second_declaration_of_a_name()
    {
        var line = 0;
        var result = Check.Design(d =>
        {
            d.AddServer("app");
            line = Here.Line(); d.AddSwitch("app");
        });

        var finding = Assert.Single(result.Findings("HA001"));
        Assert.Equal(new[] { "app" }, finding.Components);
        Assert.Equal(line, finding.Location.Line);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void HA001_applies_to_expanded_replica_names()
    {
        var result = Check.Design(d =>
        {
            d.AddServer("web", replicas: 2);
            d.AddServer("web-2");
        });

        Assert.Equal(new[] { "web-2" }, Assert.Single(result.Findings("HA001")).Components);
    }

    [Fact]
    [Silent("HA001")]
    public void HA001_is_silent_when_names_differ_only_by_case_of_distinct_components()
    {
        // Names compare ordinally: "App" and "app" are two names.
        var result = Check.Design(d =>
        {
            d.AddServer("app");
            d.AddServer("App");
        });

        Assert.Empty(result.Findings("HA001"));
    }

    [Fact]
    [Fires("HA002")]
    public void HA002_fires_on_a_null_reference()
    {
        var line = 0;
        var result = Check.Design(d =>
        {
            line = Here.Line(); var server = d.AddServer("s");
            server.DependsOn((ComponentBuilder)null!);
        });

        var finding = Assert.Single(result.Findings("HA002"));
        Assert.Equal(new[] { "s" }, finding.Components);
        Assert.Equal(line, finding.Location.Line);
        Assert.Contains("null", finding.Message);
    }

    [Fact]
    [Fires("HA002")]
    public void HA002_fires_on_a_component_of_another_design()
    {
        var other = new DesignBuilder("Other").AddSwitch("sw-x");
        var line = 0;
        var result = Check.Design(d =>
        {
            line = Here.Line(); d.AddServer("s").WithNics(BondMode.ActiveBackup, other, d.AddSwitch("sw-local"));
        });

        var finding = Assert.Single(result.Findings("HA002"));
        Assert.Equal(line, finding.Location.Line);
        Assert.Contains("sw-x", finding.Message);
        Assert.Contains("Other", finding.Message);
        Assert.Empty(result.Model.RelationsFrom("s/nic-1"));
        Assert.Equal("sw-local", result.Model.RelationsFrom("s/nic-2").Single().Targets.Single());
    }

    [Fact]
    [Silent("HA002")]
    public void HA002_is_silent_when_every_reference_is_declared_here()
    {
        var result = Check.Design(d =>
        {
            var sw = d.AddSwitch("sw");
            d.AddServer("s").WithNics(BondMode.ActiveBackup, sw).DependsOn(sw);
        });

        Assert.Empty(result.Findings("HA002"));
    }

    [Fact]
    [Fires("HA003")]
    public void HA003_fires_on_zero_replicas_naming_the_group()
    {
        var line = 0;
        var result = Check.Design(d => { line = Here.Line(); d.AddServer("web", replicas: 0); });

        var finding = Assert.Single(result.Findings("HA003"));
        Assert.Equal(new[] { "web" }, finding.Components);
        Assert.Equal(line, finding.Location.Line);
    }

    [Fact]
    [Fires("HA003")]
    public void HA003_fires_once_per_replica_group_naming_every_replica()
    {
        var result = Check.Design(d => d.AddServer("web", replicas: 3).WithFans(0));

        var finding = Assert.Single(result.Findings("HA003"));
        Assert.Equal(new[] { "web-1", "web-2", "web-3" }, finding.Components);
        Assert.Contains("fans", finding.Message);
    }

    [Theory]
    [InlineData("negative timeout")]
    [InlineData("NaN availability")]
    [InlineData("ratio above one")]
    [InlineData("empty name")]
    [InlineData("slash in name")]
    [InlineData("zero disks")]
    [InlineData("k above n")]
    [Fires("HA003")]
    public void HA003_fires_on_out_of_range_values(string flaw)
    {
        var result = Check.Design(d =>
        {
            var sw = d.AddSwitch("sw");
            switch (flaw)
            {
                case "negative timeout": d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(-5)); break;
                case "NaN availability": d.AddComponent("ext").Availability(double.NaN); break;
                case "ratio above one": d.AddStorageArray("a").AddRaidGroup("rg", RaidLevel.Raid1, 2, DataSize.Terabytes(1), 100).Workload(100, 1.5); break;
                case "empty name": d.AddServer(""); break;
                case "slash in name": d.AddServer("web/1"); break;
                case "zero disks": d.AddStorageArray("a").AddRaidGroup("rg", RaidLevel.Raid5, 0, DataSize.Terabytes(1), 100); break;
                case "k above n": d.AddServer("s").DependsOnAtLeast(2, sw); break;
            }
        });

        Assert.Single(result.Findings("HA003"));
    }

    [Fact]
    [Fires("HA003")]
    public void HA003_fires_on_a_pool_whose_max_is_below_its_min_at_the_ConnectsTo_call()
    {
        var line = 0;
        var result = Check.Design(d =>
        {
            var db = d.AddDatabaseCluster("db", ClusterMode.ActiveStandby);
            var ap = d.AddServer("ap");
            line = Here.Line(); ap.ConnectsTo(db, pool => pool.Min(20).Max(10));
        });

        var finding = Assert.Single(result.Findings("HA003"));
        Assert.Equal(new[] { "ap" }, finding.Components);
        Assert.Equal(line, finding.Location.Line);
        Assert.Contains("below its minimum", finding.Message);
    }

    [Fact]
    [Silent("HA003")]
    public void HA003_is_silent_on_sane_values()
    {
        var result = Check.Design(d =>
        {
            var db = d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).MaxConnections(100);
            d.AddServer("ap", replicas: 2).WithFans(2).ConnectsTo(db, p => p.Min(10).Max(10).IdleTimeout(TimeSpan.FromMinutes(5)));
            d.AddFirewall("fw").IdleTimeout(TimeSpan.FromMinutes(60));
            d.AddComponent("ext").Availability(0.999);
        });

        Assert.Empty(result.Findings("HA003"));
    }

    [Theory]
    [InlineData(RaidLevel.Raid10, 5, null)]
    [InlineData(RaidLevel.Raid1, 3, null)]
    [InlineData(RaidLevel.Raid5, 2, null)]
    [InlineData(RaidLevel.Raid6, 3, null)]
    [InlineData(RaidLevel.Raid0, 1, null)]
    [InlineData(RaidLevel.Raid50, 6, null)]
    [InlineData(RaidLevel.Raid50, 6, 1)]
    [InlineData(RaidLevel.Raid50, 7, 2)]
    [InlineData(RaidLevel.Raid50, 4, 2)]
    [InlineData(RaidLevel.Raid60, 6, 2)]
    [Fires("HA004")]
    public void HA004_fires_on_impossible_geometry(RaidLevel level, int disks, int? legs)
    {
        var line = 0;
        var result = Check.Design(d =>
        {
            var array = d.AddStorageArray("a");
            line = Here.Line(); array.AddRaidGroup("rg", level, disks, DataSize.Terabytes(1), 150, legs);
        });

        var finding = Assert.Single(result.Findings("HA004"));
        Assert.Equal(new[] { "rg" }, finding.Components);
        Assert.Equal(line, finding.Location.Line);
    }

    [Theory]
    [InlineData(RaidLevel.Raid10, 4, null)]
    [InlineData(RaidLevel.Raid1, 2, null)]
    [InlineData(RaidLevel.Raid5, 3, null)]
    [InlineData(RaidLevel.Raid6, 4, null)]
    [InlineData(RaidLevel.Raid0, 2, null)]
    [InlineData(RaidLevel.Raid50, 6, 2)]
    [InlineData(RaidLevel.Raid60, 8, 2)]
    [Silent("HA004")]
    public void HA004_is_silent_on_valid_geometry(RaidLevel level, int disks, int? legs)
    {
        var result = Check.Design(d => d.AddStorageArray("a").AddRaidGroup("rg", level, disks, DataSize.Terabytes(1), 150, legs).WithHotSpares(1));
        Assert.Empty(result.Findings("HA004"));
    }

    [Fact]
    [Fires("HA004")]
    public void HA004_fires_on_negative_hot_spares()
    {
        var result = Check.Design(d => d.AddStorageArray("a").AddRaidGroup("rg", RaidLevel.Raid6, 6, DataSize.Terabytes(1), 150).WithHotSpares(-1));
        Assert.Contains("hot spares", Assert.Single(result.Findings("HA004")).Message);
    }

    [Fact]
    [Fires("HA005")]
    public void HA005_names_the_whole_cycle_from_its_first_declared_member()
    {
        var line = 0;
        var result = Check.Design(d =>
        {
            line = Here.Line(); var a = d.AddComponent("a");
            var b = d.AddComponent("b");
            var c = d.AddComponent("c");
            a.DependsOn(b);
            b.DependsOn(c);
            c.DependsOn(a);
            d.AddComponent("outside").DependsOn(a);
        });

        var finding = Assert.Single(result.Findings("HA005"));
        Assert.Equal(new[] { "a", "b", "c" }, finding.Components);
        Assert.Contains("a → b → c → a", finding.Message);
        Assert.Equal(line, finding.Location.Line);
    }

    [Fact]
    public void HA005_finds_cycles_through_replica_groups_and_load_balancers()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").Targets(web);
            web.DependsOn(lb);
        });

        var finding = Assert.Single(result.Findings("HA005"));
        Assert.Contains("lb", finding.Components);
    }

    [Fact]
    [Silent("HA005")]
    public void HA005_is_silent_on_an_acyclic_design()
    {
        var result = Check.Design(d =>
        {
            var a = d.AddComponent("a");
            var b = d.AddComponent("b").DependsOn(a);
            d.AddComponent("c").DependsOn(a, b);
        });

        Assert.Empty(result.Findings("HA005"));
    }

    [Fact]
    [Fires("HA005")]
    public void HA005_names_parts_that_own_each_other_once_per_loop()
    {
        var model = new DesignModel(
            "Loops",
            new[]
            {
                new Component("a", ComponentKind.Server, SourceLocation.None, owner: "b"),
                new Component("b", ComponentKind.Server, SourceLocation.None, owner: "a"),
                new Component("c", ComponentKind.PowerSupply, SourceLocation.None, owner: "a"),
                new Component("self", ComponentKind.Server, SourceLocation.None, owner: "self"),
                new Component("web", ComponentKind.Server, SourceLocation.None),
                new Component("web/psu-1", ComponentKind.PowerSupply, SourceLocation.None, owner: "web"),
            },
            Array.Empty<ComponentGroup>(),
            Array.Empty<Relation>(),
            Array.Empty<Acceptance>());

        var loops = DesignChecker.Check(model).Findings("HA005");

        Assert.Equal(new[] { "a,b", "self" }, loops.Select(f => string.Join(",", f.Components)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains("a is a part of b is a part of a", loops.First(f => f.Components[0] == "a").Message);
    }

    [Fact]
    public void Errors_do_not_hide_each_other()
    {
        var result = Check.Design(d =>
        {
            d.AddServer("dup");
            d.AddServer("dup");
            d.AddServer("bad", replicas: -1);
            d.AddStorageArray("arr").AddRaidGroup("rg", RaidLevel.Raid10, 3, DataSize.Terabytes(1), 100);
            var x = d.AddComponent("x");
            x.DependsOn(x);
            d.AddComponent("y").Accept("HA999", "nope");
        });

        var validity = result.Findings.Select(f => f.RuleId).Where(id => id.StartsWith("HA0", StringComparison.Ordinal)).Distinct().OrderBy(i => i).ToArray();
        Assert.Equal(new[] { "HA001", "HA003", "HA004", "HA005", "HA007" }, validity);
    }
}

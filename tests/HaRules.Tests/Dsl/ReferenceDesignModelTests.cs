using System.Linq;
using HaRules.Running;
using HaRules.Model;
using HaRules.Tests.Support;
using Samples.WebShop;
using Xunit;

namespace HaRules.Tests.Dsl;

/// <summary>The reference design (samples/WebShop), evaluated: the expected counts are worked out by reading the design.</summary>
public sealed class ReferenceDesignModelTests
{
    private static readonly DesignModel Model = DesignEvaluator.Evaluate(new WebShopDesign());

    [Theory]
    [InlineData(ComponentKind.PowerFeed, 2)]
    [InlineData(ComponentKind.Ups, 2)]
    [InlineData(ComponentKind.Rack, 2)]
    [InlineData(ComponentKind.Switch, 2)]
    [InlineData(ComponentKind.SanSwitch, 2)]
    [InlineData(ComponentKind.Firewall, 1)]
    [InlineData(ComponentKind.StorageArray, 2)]
    [InlineData(ComponentKind.RaidGroup, 2)]
    [InlineData(ComponentKind.Volume, 3)]
    [InlineData(ComponentKind.Backup, 1)]
    [InlineData(ComponentKind.Server, 8)]
    [InlineData(ComponentKind.DatabaseCluster, 1)]
    [InlineData(ComponentKind.LoadBalancer, 2)]
    [InlineData(ComponentKind.DnsName, 1)]
    [InlineData(ComponentKind.Service, 1)]
    public void Declared_components_by_kind(ComponentKind kind, int expected) =>
        Assert.Equal(expected, Model.DeclaredComponents.Count(c => c.Kind == kind));

    [Theory]
    [InlineData(ComponentKind.PowerSupply, 40)] // 2 per unit: sw×2, fw+standby, san×2, arrays×2, db×2, ap×2, ap-lb+standby, web×4, lb+standby
    [InlineData(ComponentKind.Fan, 8)]
    [InlineData(ComponentKind.Nic, 16)]
    [InlineData(ComponentKind.Hba, 4)]
    [InlineData(ComponentKind.Controller, 4)]
    [InlineData(ComponentKind.Disk, 14)]
    [InlineData(ComponentKind.HotSpare, 2)]
    public void Parts_by_kind(ComponentKind kind, int expected) =>
        Assert.Equal(expected, Model.Components.Count(c => c.IsPart && c.Kind == kind));

    [Fact]
    public void Thirty_two_declared_components_and_no_problems()
    {
        Assert.Equal(32, Model.DeclaredComponents.Count());
        Assert.Empty(Model.Problems);
    }

    [Fact]
    public void Replicas_expand_to_numbered_servers_of_one_group()
    {
        var web = Model.DeclaredComponents.Where(c => c.Group == "web").Select(c => c.Name).ToArray();
        Assert.Equal(new[] { "web-1", "web-2", "web-3", "web-4" }, web);
        Assert.Equal(new[] { "web-1", "web-2", "web-3", "web-4" }, Model.FindGroup("web")!.Members);
        Assert.Null(Model.FindComponent("web"));
    }

    [Fact]
    public void Parts_are_named_after_their_owner()
    {
        Assert.Equal("web-2", Model.FindComponent("web-2/psu-1")!.Owner);
        Assert.Equal(ComponentKind.Nic, Model.FindComponent("db-1/nic-2")!.Kind);
        Assert.Equal(ComponentKind.Hba, Model.FindComponent("db-2/hba-2")!.Kind);
        Assert.Equal(ComponentKind.Controller, Model.FindComponent("array-1/controller-1")!.Kind);
        Assert.Equal(ComponentKind.Disk, Model.FindComponent("rg-data/disk-8")!.Kind);
        Assert.Equal(ComponentKind.HotSpare, Model.FindComponent("rg-data/spare-1")!.Kind);
        Assert.Equal(ComponentKind.LoadBalancer, Model.FindComponent("lb/standby")!.Kind);
        Assert.Equal("lb", Model.FindComponent("lb/standby")!.Owner);
        Assert.NotNull(Model.FindComponent("lb/standby/psu-2"));
        Assert.NotNull(Model.FindComponent("fw/standby/psu-1"));
    }

    [Fact]
    public void Power_supplies_draw_from_the_declared_sources_in_order()
    {
        Assert.Equal(new[] { "ups-a" }, Target("web-3/psu-1", RelationKind.PoweredBy));
        Assert.Equal(new[] { "ups-b" }, Target("web-3/psu-2", RelationKind.PoweredBy));
        Assert.Equal(new[] { "ups-b" }, Target("lb/standby/psu-2", RelationKind.PoweredBy));
        Assert.Equal(new[] { "panel-a" }, Target("ups-a", RelationKind.FedBy));
        Assert.Equal(new[] { "sw-b" }, Target("ap-1/nic-2", RelationKind.CabledTo));
        Assert.Equal(new[] { "san-a" }, Target("db-2/hba-1", RelationKind.CabledTo));
    }

    [Fact]
    public void Spread_across_racks_alternates_replicas()
    {
        Assert.Equal(new[] { "rack-1" }, Target("web-1", RelationKind.InRack));
        Assert.Equal(new[] { "rack-2" }, Target("web-2", RelationKind.InRack));
        Assert.Equal(new[] { "rack-1" }, Target("web-3", RelationKind.InRack));
        Assert.Equal(new[] { "rack-2" }, Target("web-4", RelationKind.InRack));
    }

    [Fact]
    public void Sessions_replicate_to_the_replica_in_the_other_rack()
    {
        Assert.Equal(new[] { "ap-2" }, Target("ap-1", RelationKind.ReplicatesTo));
        Assert.Equal(new[] { "ap-1" }, Target("ap-2", RelationKind.ReplicatesTo));
    }

    [Fact]
    public void Traffic_and_database_relations()
    {
        Assert.Equal(new[] { "lb" }, Target("shop.example.com", RelationKind.Resolves));
        Assert.Equal(new[] { "web" }, Target("lb", RelationKind.Targets));
        Assert.Equal(new[] { "ap" }, Target("ap-lb", RelationKind.Targets));
        Assert.Equal(new[] { "shop.example.com" }, Target("shop", RelationKind.EntryPoint));
        Assert.Equal(new[] { "db-1", "db-2" }, Target("db", RelationKind.ClusterNodes));
        Assert.Equal(new[] { "lu-db" }, Target("db", RelationKind.SharedStorage));
        Assert.Equal(new[] { "lu-quorum" }, Target("db", RelationKind.QuorumDevice));
        Assert.Equal(new[] { "sw-a", "sw-b" }, Target("db", RelationKind.Heartbeat));
        Assert.Equal(new[] { "rg-data" }, Target("lu-db", RelationKind.CarvedFrom));
        Assert.Equal(new[] { "array-1" }, Target("rg-data", RelationKind.CarvedFrom));
        Assert.Equal(new[] { "lu-db" }, Target("nightly-db", RelationKind.BackupOf));
        Assert.Equal(new[] { "lu-backup" }, Target("nightly-db", RelationKind.BackupTo));

        var dependency = Model.RelationsFrom("web-4", RelationKind.DependsOn).Single();
        Assert.Equal(new[] { "ap-lb" }, dependency.Targets);
        Assert.Equal(1, dependency.Count);
    }

    [Fact]
    public void Each_replica_keeps_its_own_connection_pool()
    {
        foreach (var server in new[] { "ap-1", "ap-2" })
        {
            var pool = Model.RelationsFrom(server, RelationKind.ConnectionPool).Single();
            Assert.Equal(new[] { "db" }, pool.Targets);
            Assert.Equal(new[] { "fw" }, pool.Via);
            Assert.Equal(20, pool.Properties.GetInteger(PropertyNames.PoolMin));
            Assert.Equal(20, pool.Properties.GetInteger(PropertyNames.PoolMax));
            Assert.Equal(30 * 60, pool.Properties.GetNumber(PropertyNames.IdleTimeoutSeconds));
        }
    }

    [Fact]
    public void Declared_properties_keep_their_units()
    {
        var data = Model.FindComponent("rg-data")!.Properties;
        Assert.Equal("Raid10", data.GetText(PropertyNames.RaidLevel));
        Assert.Equal(8, data.GetInteger(PropertyNames.Disks));
        Assert.Equal(1_200_000_000_000, data.GetInteger(PropertyNames.DiskSizeBytes));
        Assert.Equal(256_000, data.GetInteger(PropertyNames.StripeSizeBytes));
        Assert.Equal(0.7, data.GetNumber(PropertyNames.ReadRatio));
        Assert.Equal(3600, Model.FindComponent("fw")!.Properties.GetNumber(PropertyNames.IdleTimeoutSeconds));
        Assert.True(Model.FindComponent("fw")!.Properties.GetBoolean(PropertyNames.StateSync));
        Assert.Equal(0.9995, Model.FindComponent("shop")!.Properties.GetNumber(PropertyNames.AvailabilityTarget));
        Assert.Equal(86400, Model.FindComponent("nightly-db")!.Properties.GetNumber(PropertyNames.IntervalSeconds));
    }

    [Fact]
    public void Components_point_at_their_declaring_call()
    {
        var file = SampleSources.WebShopFile;
        var webLine = SampleSources.LineOf(file, "design.AddServer(\"web\"");
        foreach (var name in new[] { "web-1", "web-4", "web-2/psu-1", "web-3/nic-2" })
        {
            var location = Model.FindComponent(name)!.Location;
            Assert.Equal(file, location.File);
            Assert.Equal(webLine, location.Line);
        }

        Assert.Equal(SampleSources.LineOf(file, "AddRaidGroup(\"rg-data\""), Model.FindComponent("rg-data/disk-1")!.Location.Line);
        Assert.Equal(SampleSources.LineOf(file, "AddVolume(\"lu-db\""), Model.FindComponent("lu-db")!.Location.Line);
        Assert.Equal(SampleSources.LineOf(file, "ap.ConnectsTo(db"), Model.RelationsFrom("ap-2", RelationKind.ConnectionPool).Single().Location.Line);
        Assert.Equal(SampleSources.LineOf(file, "AddLoadBalancer(\"lb\")"), Model.FindComponent("lb/standby")!.Location.Line);
    }

    [Fact]
    public void Columns_are_resolved_to_the_declaring_method_name()
    {
        var resolved = new SourceColumns().Resolve(Model);
        var file = SampleSources.WebShopFile;
        var line = SampleSources.LineOf(file, "design.AddServer(\"web\"");
        Assert.Equal(SampleSources.ColumnOf(file, line, "AddServer"), resolved.FindComponent("web-3")!.Location.Column);
        var poolLine = SampleSources.LineOf(file, "ap.ConnectsTo(db");
        Assert.Equal(SampleSources.ColumnOf(file, poolLine, "ConnectsTo"), resolved.RelationsFrom("ap-1", RelationKind.ConnectionPool).Single().Location.Column);
        Assert.Equal(0, Model.FindComponent("web-3")!.Location.Column);
    }

    private static string[] Target(string from, RelationKind kind) =>
        Model.RelationsFrom(from, kind).Single().Targets.ToArray();
}

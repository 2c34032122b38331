using System;
using System.Linq;
using HaRules.Model;
using HaRules.Running;
using HaRules.Tests.Support;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;

namespace HaRules.Tests.Running;

/// <summary>
/// Columns found while the model is built (<see cref="SourceColumns.Build"/>) are the columns the
/// copying pass (<see cref="SourceColumns.Resolve"/>) gives the built model, for every component,
/// group, relation, acceptance and problem; and where they are found, they are checked against the
/// source text read here.
/// </summary>
public sealed class SourceColumnsBuildTests
{
    [Theory]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(MixedDesign))]
    [InlineData(typeof(TwinDesign))]
    [InlineData(typeof(ThrowingDesign))]
    public void Building_with_columns_gives_the_model_the_copying_pass_gives(Type type)
    {
        var expected = new SourceColumns().Resolve(DesignEvaluator.Evaluate(type.Name, Described.By(type)));
        var built = DesignEvaluator.Evaluate(type.Name, Described.By(type), new SourceColumns());

        Assert.Equal(expected.Components, built.Components);
        Assert.Equal(expected.Groups, built.Groups);
        Assert.Equal(expected.Relations, built.Relations);
        Assert.Equal(expected.Acceptances, built.Acceptances);
        Assert.Equal(expected.Problems, built.Problems);

        // Equal models without columns would pass the above: most locations must have one.
        Assert.True(built.Components.Count(c => c.Location.Column > 0) * 2 > built.Components.Count);
    }

    [Fact]
    public void Every_location_has_the_column_of_its_call_in_the_source_text()
    {
        var model = DesignEvaluator.Evaluate(nameof(MixedDesign), Described.By(typeof(MixedDesign)), new SourceColumns());
        var file = Here.File();

        void AtCall(SourceLocation location, string call, string method)
        {
            var line = SampleSources.LineOf(file, call);
            Assert.Equal(file, location.File);
            Assert.Equal(line, location.Line);
            Assert.Equal(SampleSources.ColumnOf(file, line, method + "("), location.Column);
        }

        AtCall(model.FindComponent("mx-web-2")!.Location, "AddServer(\"mx-web\"", "AddServer");
        AtCall(model.FindComponent("mx-web-3/nic-2")!.Location, "AddServer(\"mx-web\"", "AddServer");
        AtCall(model.FindGroup("mx-web")!.Location, "AddServer(\"mx-web\"", "AddServer");
        AtCall(model.FindComponent("mx-lb/standby/psu-1")!.Location, "AddLoadBalancer(\"mx-lb\")", "AddLoadBalancer");
        AtCall(model.RelationsFrom("mx-lb/standby", RelationKind.ConnectedTo).Single().Location, "AddLoadBalancer(\"mx-lb\")", "AddLoadBalancer");
        // (Split, so that this line does not hold the text it looks for.)
        AtCall(model.RelationsFrom("mx-web-1", RelationKind.ConnectionPool).Single().Location, "mxWeb." + "ConnectsTo(", "ConnectsTo");
        AtCall(model.FindComponent("mx-rg/disk-3")!.Location, "AddRaidGroup(\"mx-rg\"", "AddRaidGroup");
        AtCall(Assert.Single(model.Acceptances).Location, ".Accept(\"HA205\"", "Accept");

        // The null reference is reported on its declaration's line, at the declaring call's column.
        AtCall(Assert.Single(model.Problems).Location, "AddServer(\"mx-lonely\")", "AddServer");

        // One declaring call, one location: its members and parts share the object.
        var declared = model.FindComponent("mx-web-1")!.Location;
        Assert.All(model.Components.Where(c => c.Name.StartsWith("mx-web-", StringComparison.Ordinal)), c => Assert.Same(declared, c.Location));
    }

    [Fact]
    public void A_part_of_a_duplicated_name_takes_the_method_of_the_first_component_of_that_name()
    {
        var model = DesignEvaluator.Evaluate(nameof(TwinDesign), Described.By(typeof(TwinDesign)), new SourceColumns());
        var file = Here.File();
        var switchLine = SampleSources.LineOf(file, "AddSwitch(\"twin\")");

        // The switch "twin" itself is at AddSwitch; its PSU's owner name stands for the server
        // "twin" (declared first), whose method AddServer is not on the switch's line: no column.
        var twins = model.Components.Where(c => c.Name == "twin").ToList();
        Assert.Equal(2, twins.Count);
        Assert.Equal(SampleSources.ColumnOf(file, switchLine, "AddSwitch("), twins[1].Location.Column);
        var switchPsu = model.Components.Where(c => c.Name == "twin/psu-1").Last();
        Assert.Equal(switchLine, switchPsu.Location.Line);
        Assert.Equal(0, switchPsu.Location.Column);
    }

    private sealed class MixedDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            var ups = design.AddUps("mx-ups");
            var tor = design.AddSwitch("mx-tor").WithPowerSupplies(ups, ups);
            var san = design.AddSanSwitch("mx-san").WithPowerSupplies(ups);
            var array = design.AddStorageArray("mx-array").WithPowerSupplies(ups).WithControllers(2).ConnectedTo(san);
            var volume = array.AddRaidGroup("mx-rg", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 150).AddVolume("mx-lu", DataSize.Terabytes(1));
            var db1 = design.AddServer("mx-db-1").WithPowerSupplies(ups, ups).WithNics(BondMode.ActiveBackup, tor);
            var db2 = design.AddServer("mx-db-2").WithPowerSupplies(ups, ups).WithNics(BondMode.ActiveBackup, tor);
            var db = design.AddDatabaseCluster("mx-db", ClusterMode.ActiveStandby).Nodes(db1, db2).SharedStorage(volume).Heartbeat(tor);
            var mxWeb = design.AddServer("mx-web", replicas: 3).WithPowerSupplies(ups, ups).WithFans(2).WithNics(BondMode.ActiveBackup, tor, tor)
                .RunsAppServer(SessionReplication.PrimaryBackup);
            mxWeb.ConnectsTo(db, pool => pool.Max(10));
            design.AddLoadBalancer("mx-lb").WithStandby().WithPowerSupplies(ups).ConnectedTo(tor).Targets(mxWeb)
                .Accept("HA205", "a test acceptance");
            var lonely = design.AddServer("mx-lonely").DependsOn(null!);
            design.AddService("mx-service").DependsOn(lonely);
        }
    }

    private sealed class TwinDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            var ups = design.AddUps("twin-ups");
            design.AddServer("twin").WithPowerSupplies(ups);
            design.AddSwitch("twin").WithPowerSupplies(ups);
        }
    }

    private sealed class ThrowingDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            design.AddServer("thrown-before").DependsOn(null!);
            throw new InvalidOperationException("the design stops here");
        }
    }
}

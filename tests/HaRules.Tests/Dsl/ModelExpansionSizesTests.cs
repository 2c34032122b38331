using System;
using System.Linq;
using HaRules.Model;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;
using HaRules.Tests.Support;

namespace HaRules.Tests.Dsl;

/// <summary>
/// The expansion sizes its lists from the declarations before it expands them; the counts must be
/// the model's, or the lists grow (copying every reference) or hold unused room.
/// </summary>
public sealed class ModelExpansionSizesTests
{
    [Theory]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(PartsDesign))]
    public void Sizes_are_the_counts_of_the_built_model(Type type)
    {
        var builder = Described.Builder(type);
        var model = builder.Build();

        var (components, relations) = ModelExpansion.Sizes(builder.Declarations);

        Assert.Equal(model.Components.Count, components);
        Assert.Equal(model.Relations.Count, relations);
    }

    [Theory]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(PartsDesign))]
    [InlineData(typeof(TwinDesign))]
    public void Owners_and_sources_the_expansion_gives_by_index_are_the_ones_their_names_find(Type type)
    {
        var builder = Described.Builder(type);
        var built = builder.Build();

        // The public constructor looks every owner and source up by name.
        var looked = new DesignModel(built.Name, built.Components, built.Groups, built.Relations, built.Acceptances, built.Problems);

        Assert.Equal(looked.Index.OwnerOf, built.Index.OwnerOf);
        Assert.Equal(looked.Index.SourceOf, built.Index.SourceOf);
        Assert.Contains(built.Index.OwnerOf, i => i > 0);
    }

    [Theory]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(PartsDesign))]
    [InlineData(typeof(TwinDesign))]
    public void The_declared_count_is_the_number_of_components_that_are_not_parts(Type type)
    {
        var model = Described.Builder(type).Build();

        Assert.Equal(model.Components.Count(c => !c.IsPart), model.DeclaredCount);
        Assert.True(model.DeclaredCount < model.Components.Count);
    }

    [Fact]
    public void Replicas_share_their_declaration_s_keys_and_targets_but_keep_their_own_index()
    {
        var builder = new DesignBuilder();
        new PartsDesign().Describe(builder);
        var model = builder.Build();

        var replicas = model.Components.Where(c => c.Group == "pd-web").ToList();
        Assert.Equal(new long?[] { 1, 2, 3, 4, 5 }, replicas.Select(r => r.Properties.GetInteger(PropertyNames.ReplicaIndex)));
        Assert.All(replicas, r => Assert.Equal(4, r.Properties.GetInteger(PropertyNames.MaxWorkers)));
        Assert.Equal(
            new[] { "pd-rack-a", "pd-rack-b", "pd-rack-a", "pd-rack-b", "pd-rack-a" },
            replicas.Select(r => model.RelationsFrom(r.Name, RelationKind.InRack).Single().Targets.Single()));
        Assert.Equal(new[] { "pd-web-5/nic-1", "pd-web-5/nic-2" }, model.PartsOf("pd-web-5", ComponentKind.Nic).Select(p => p.Name));
    }

    // Two components named alike (HA001): a part's owner name then stands for the first of them.
    internal sealed class TwinDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            var ups = design.AddUps("tw-ups");
            design.AddServer("tw").WithPowerSupplies(ups).WithFans(1);
            design.AddSwitch("tw").WithPowerSupplies(ups, ups);
        }
    }

    internal sealed class PartsDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            var ups = design.AddUps("pd-ups");
            var rackA = design.AddRack("pd-rack-a");
            var rackB = design.AddRack("pd-rack-b");
            var tor = design.AddSwitch("pd-tor").WithPowerSupplies(ups, null!).InRack(rackA);
            var san = design.AddSanSwitch("pd-san").WithPowerSupplies(ups);
            var array = design.AddStorageArray("pd-array").WithPowerSupplies(ups, ups).WithControllers(2).ConnectedTo(san).InRack(rackB);
            array.AddRaidGroup("pd-rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(2), diskIops: 100).WithHotSpares(2);
            var web = design.AddServer("pd-web", replicas: 5).WithPowerSupplies(ups, ups).WithFans(3).WithNics(BondMode.ActiveBackup, tor, tor)
                .WithHbas(Multipath.Enabled, san).SpreadAcross(rackA, rackB).RunsWebServer(4).RunsAppServer(SessionReplication.PrimaryBackup);
            design.AddLoadBalancer("pd-lb").WithStandby().WithPowerSupplies(ups, ups).ConnectedTo(tor, tor).InRack(rackA).Targets(web).Availability(0.999);
            design.AddFirewall("pd-fw").WithStandby().WithPowerSupplies(ups).ConnectedTo(tor);
            design.AddService("pd-service").DependsOnAtLeast(2, web);
        }
    }
}

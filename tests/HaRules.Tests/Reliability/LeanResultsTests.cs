using System;
using System.Linq;
using HaRules.Model;
using HaRules.Reliability;
using HaRules.Tests.Dsl;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;
using HaRules.Tests.Support;

namespace HaRules.Tests.Reliability;

/// <summary>
/// What the graph build and the analyses keep in less room than one object per entry: the blast
/// radius shares one array per service among the events that stop only it, and the builder finds
/// a node's component from one start per component. Each is checked against a plain computation.
/// </summary>
public sealed class LeanResultsTests
{
    [Theory]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(ModelExpansionSizesTests.PartsDesign))]
    public void Each_event_stops_the_services_that_list_it_as_a_single_point_of_failure(Type type)
    {
        var builder = Described.Builder(type);
        var analysis = ReliabilityAnalysis.Analyze(builder.Build());

        Assert.NotEmpty(analysis.BlastRadius);
        var events = analysis.Model.Components.Where(c => analysis.EventUnavailability(c.Name) is not null).Select(c => c.Name);
        Assert.Equal(events.OrderBy(n => n, StringComparer.Ordinal), analysis.BlastRadius.Select(b => b.Component));
        for (var i = 0; i < analysis.BlastRadius.Count; i++)
        {
            // The entries are made when read: the indexer and the enumeration give the same ones.
            Assert.Equal(analysis.BlastRadius.ElementAt(i).Component, analysis.BlastRadius[i].Component);
            Assert.Equal(analysis.BlastRadius.ElementAt(i).Services, analysis.BlastRadius[i].Services);
        }

        foreach (var entry in analysis.BlastRadius)
        {
            var expected = analysis.Services
                .Where(s => s.SinglePointsOfFailure.Contains(entry.Component))
                .Select(s => s.Name)
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(expected, entry.Services);
        }
    }

    [Fact]
    public void Events_that_stop_one_service_each_read_that_service_alone()
    {
        var analysis = ReliabilityAnalysis.Analyze(Build(d =>
        {
            var ups = d.AddUps("ups");
            d.AddService("one").EntryPoint(d.AddComponent("x").WithPowerSupplies(ups));
            d.AddService("two").EntryPoint(d.AddComponent("y"));
        }));

        Assert.Equal(new[] { "one" }, analysis.BlastRadius.Single(b => b.Component == "x").Services);
        Assert.Equal(new[] { "one" }, analysis.BlastRadius.Single(b => b.Component == "ups").Services);
        Assert.Equal(new[] { "two" }, analysis.BlastRadius.Single(b => b.Component == "y").Services);
    }

    [Fact]
    public void A_node_belongs_to_the_component_whose_range_holds_it()
    {
        // Four components (run nodes 0-3); the first and third made no node of their own, the
        // second made nodes 4 and 5, the last 6 to 8.
        var definedFrom = new[] { 4, 4, 6, 6, 9 };
        for (var node = 0; node < 9; node++)
        {
            var expected = node < 4 ? node : Enumerable.Range(0, 4).Single(i => definedFrom[i] <= node && node < definedFrom[i + 1]);
            Assert.Equal(expected, GraphBuilder.OwnerOfNode(definedFrom, node));
        }
    }

    [Fact]
    public void A_cycle_closed_through_a_group_gate_is_cut_where_it_closes()
    {
        // The last member's edge back to the first runs from the any-of gate its definition made.
        var model = Build(d =>
        {
            var a = d.AddComponent("a");
            var web = d.AddServer("web", replicas: 2).DependsOn(a);
            a.DependsOn(web);
            d.AddService("s").EntryPoint(a);
        });

        var service = ReliabilityAnalysis.Analyze(model).Services.Single();
        Assert.Contains("a", service.SinglePointsOfFailure);
        Assert.Single(HaRules.Checking.DesignChecker.Check(model).Findings, f => f.RuleId == "HA005");
    }

    private static DesignModel Build(Action<DesignBuilder> describe)
    {
        var builder = new DesignBuilder("d");
        describe(builder);
        return builder.Build();
    }
}

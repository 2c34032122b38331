using System;
using System.Linq;
using HaRules.Model;
using HaRules.Rules.Common;
using Xunit;

namespace HaRules.Tests.Rules;

/// <summary>
/// The allocation-free views the rules read the model's index through give what the plain
/// computations give: a run of an array what LINQ's Skip and Take give, a component's relations by
/// position what <see cref="DesignModel.RelationsFrom(string)"/> gives for its name, and the
/// declared components by kind what a filter over every component gives.
/// </summary>
public sealed class SegmentTests
{
    [Fact]
    public void A_segment_walks_and_indexes_the_run_of_the_array()
    {
        var array = Enumerable.Range(100, 12).ToArray();
        for (var offset = 0; offset <= array.Length; offset++)
        {
            for (var count = 0; offset + count <= array.Length; count++)
            {
                var segment = new Segment<int>(new ArraySegment<int>(array, offset, count));
                var expected = array.Skip(offset).Take(count).ToList();

                var walked = new System.Collections.Generic.List<int>();
                foreach (var item in segment)
                {
                    walked.Add(item);
                }

                Assert.Equal(expected, walked);
                Assert.Equal(expected.Count, segment.Count);
                Assert.Equal(expected, Enumerable.Range(0, segment.Count).Select(i => segment[i]));
                Assert.Throws<ArgumentOutOfRangeException>(() => segment[count]);
            }
        }

        Assert.Empty(Walk(default(Segment<int>)));
    }

    [Fact]
    public void Relations_by_position_are_the_relations_from_the_name_with_duplicates_and_unknown_sources()
    {
        var at = SourceLocation.None;
        var components = new[]
        {
            new Component("a", ComponentKind.Server, at),
            new Component("b", ComponentKind.Server, at),
            new Component("a", ComponentKind.Server, at),
            new Component("a/psu-1", ComponentKind.PowerSupply, at, owner: "a"),
        };
        var relations = new[]
        {
            new Relation(RelationKind.DependsOn, "a", new[] { "b" }, at),
            new Relation(RelationKind.InRack, "ghost", new[] { "r" }, at),
            new Relation(RelationKind.PoweredBy, "a/psu-1", new[] { "ups" }, at),
            new Relation(RelationKind.DependsOn, "b", new[] { "a" }, at),
            new Relation(RelationKind.InRack, "a", new[] { "r" }, at),
            new Relation(RelationKind.InRack, "ghost", new[] { "r2" }, at),
        };
        var model = new DesignModel("Relations", components, Array.Empty<ComponentGroup>(), relations, Array.Empty<Acceptance>());

        foreach (var name in new[] { "a", "b", "a/psu-1", "ghost", "nobody" })
        {
            var expected = relations.Where(r => r.From == name).ToList();
            Assert.Equal(expected, Walk(ModelLookups.RelationsOf(model, name)));
        }
    }

    [Fact]
    public void Declared_components_by_kind_are_those_a_filter_finds_in_model_order()
    {
        var d = new DesignBuilder("ByKind");
        var ups = d.AddUps("ups");
        d.AddServer("web", replicas: 3).WithPowerSupplies(ups, ups);
        d.AddServer("db").WithFans(2);
        d.AddLoadBalancer("lb").WithStandby();
        var model = d.Build();
        var index = DeclaredByKind.Of(model);

        foreach (var kind in model.Components.Select(c => c.Kind).Distinct())
        {
            var expected = Enumerable.Range(0, model.Components.Count).Where(i => !model.Components[i].IsPart && model.Components[i].Kind == kind).ToList();
            Assert.Equal(expected, index.DeclaredPositions(kind));
            Assert.Equal(expected.Select(i => model.Components[i]), index.Declared(kind));
        }

        var units = Enumerable.Range(0, model.Components.Count).Where(i => !ModelLookups.IsPartKind(model.Components[i].Kind)).ToList();
        Assert.Equal(units, index.UnitPositions);
        Assert.Equal(units.Select(i => model.Components[i]), index.Units);
    }

    private static System.Collections.Generic.List<T> Walk<T>(Segment<T> segment)
    {
        var items = new System.Collections.Generic.List<T>();
        foreach (var item in segment)
        {
            items.Add(item);
        }

        return items;
    }
}

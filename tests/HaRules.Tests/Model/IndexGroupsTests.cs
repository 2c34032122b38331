using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Tests.Dsl;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;
using HaRules.Tests.Support;

namespace HaRules.Tests.Model;

/// <summary>
/// The model keeps parts by owner and relations by source in one array per kind with a start per
/// component (<see cref="IndexGroups{T}"/>). Its answers must be what filtering every component
/// or relation by name gives, and what it hands out must not let anyone write to the shared array.
/// </summary>
public sealed class IndexGroupsTests
{
    private static readonly SourceLocation At = new("d.cs", 3);

    [Theory]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(ModelExpansionSizesTests.PartsDesign))]
    [InlineData(typeof(ModelExpansionSizesTests.TwinDesign))]
    public void Parts_and_relations_are_those_filtering_by_name_finds(Type type)
    {
        var builder = Described.Builder(type);
        var model = builder.Build();

        var names = model.Components.Select(c => c.Name).Concat(model.Relations.Select(r => r.From)).Append("nothing").Distinct();
        foreach (var name in names)
        {
            Assert.Equal(model.Relations.Where(r => r.From == name), model.RelationsFrom(name));
            Assert.Equal(model.Components.Where(c => c.Owner == name), model.PartsOf(name));
        }
    }

    [Theory]
    [InlineData(typeof(FragileShopDesign))]
    [InlineData(typeof(ModelExpansionSizesTests.PartsDesign))]
    [InlineData(typeof(ModelExpansionSizesTests.TwinDesign))]
    public void Part_positions_are_the_positions_of_the_parts_filtering_by_name_finds(Type type)
    {
        var model = Described.Builder(type).Build();

        for (var owner = 0; owner < model.Components.Count; owner++)
        {
            // The first component of a name owns the parts that name it; a later one of the same name none.
            var name = model.Components[owner].Name;
            var expected = model.IndexOf(name) == owner
                ? Enumerable.Range(0, model.Components.Count).Where(p => model.Components[p].Owner == name)
                : Enumerable.Empty<int>();
            Assert.Equal(expected, model.Index.PartPositions(owner));
        }
    }

    [Fact]
    public void Lookups_on_a_model_built_by_hand_are_those_filtering_by_name_finds()
    {
        // Sources out of order, a duplicate name, a source and an owner that name no component.
        var model = new DesignModel(
            "d",
            new[]
            {
                new Component("a", ComponentKind.Server, At),
                new Component("b", ComponentKind.Server, At),
                new Component("b/psu-1", ComponentKind.PowerSupply, At, owner: "b"),
                new Component("a/psu-1", ComponentKind.PowerSupply, At, owner: "a"),
                new Component("a", ComponentKind.Switch, At),
                new Component("b/psu-2", ComponentKind.PowerSupply, At, owner: "b"),
                new Component("x/psu-1", ComponentKind.PowerSupply, At, owner: "x"),
            },
            Array.Empty<ComponentGroup>(),
            new[]
            {
                new Relation(RelationKind.DependsOn, "b", new[] { "a" }, At),
                new Relation(RelationKind.DependsOn, "a", new[] { "b" }, At),
                new Relation(RelationKind.InRack, "ghost", new[] { "a" }, At),
                new Relation(RelationKind.InRack, "b", new[] { "r" }, At),
                new Relation(RelationKind.InRack, "ghost", new[] { "b" }, At),
            },
            Enumerable.Empty<Acceptance>());

        foreach (var name in new[] { "a", "b", "b/psu-1", "ghost", "x", "nothing" })
        {
            Assert.Equal(model.Relations.Where(r => r.From == name), model.RelationsFrom(name));
            Assert.Equal(model.Components.Where(c => c.Owner == name), model.PartsOf(name));
        }

        Assert.Equal(new[] { "b/psu-1", "b/psu-2" }, model.PartsOf("b").Select(p => p.Name));
        Assert.Equal(new[] { "a", "r" }, model.RelationsFrom("b").Select(r => r.Targets.Single()));
    }

    [Fact]
    public void What_the_lookups_hand_out_cannot_be_written_to()
    {
        var model = new DesignModel(
            "d",
            new[]
            {
                new Component("a", ComponentKind.Server, At),
                new Component("a/psu-1", ComponentKind.PowerSupply, At, owner: "a"),
                new Component("a/psu-2", ComponentKind.PowerSupply, At, owner: "a"),
                new Component("b", ComponentKind.Server, At),
                new Component("b/psu-1", ComponentKind.PowerSupply, At, owner: "b"),
            },
            Array.Empty<ComponentGroup>(),
            new[] { new Relation(RelationKind.DependsOn, "a", new[] { "b" }, At), new Relation(RelationKind.DependsOn, "b", new[] { "a" }, At) },
            Enumerable.Empty<Acceptance>());

        // An array or an ArraySegment would let a caller overwrite the entries of other components.
        Assert.False(model.PartsOf("a") is IList<Component>);
        Assert.False(model.RelationsFrom("a") is IList<Relation>);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.PartsOf("a")[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.RelationsFrom("a")[-1]);
        Assert.Equal("b/psu-1", model.PartsOf("b")[0].Name);
        Assert.Equal("a", model.RelationsFrom("b")[0].Targets.Single());
    }

    [Fact]
    public void A_copy_with_other_calls_answers_as_the_original()
    {
        var model = new DesignModel(
            "d",
            new[] { new Component("a", ComponentKind.Server, At), new Component("a/psu-1", ComponentKind.PowerSupply, At, owner: "a") },
            Array.Empty<ComponentGroup>(),
            new[] { new Relation(RelationKind.DependsOn, "a", new[] { "b" }, At) },
            Enumerable.Empty<Acceptance>());
        var problem = new DesignProblem(DesignProblemKind.NotEvaluated, "p", new[] { "a" }, At);

        var copy = model.WithCalls(Array.Empty<Acceptance>(), new[] { problem });

        Assert.Same(problem, Assert.Single(copy.Problems));
        Assert.Empty(model.Problems);
        Assert.Same(model.Components, copy.Components);
        Assert.Equal(model.PartsOf("a"), copy.PartsOf("a"));
        Assert.Equal(model.RelationsFrom("a"), copy.RelationsFrom("a"));
        Assert.Equal(0, copy.IndexOf("a"));
    }

    [Fact]
    public void A_view_walked_twice_or_nested_gives_every_item_each_time()
    {
        var model = new DesignModel(
            "d",
            new[]
            {
                new Component("a", ComponentKind.Server, At),
                new Component("a/psu-1", ComponentKind.PowerSupply, At, owner: "a"),
                new Component("a/psu-2", ComponentKind.PowerSupply, At, owner: "a"),
                new Component("a/psu-3", ComponentKind.PowerSupply, At, owner: "a"),
            },
            Array.Empty<ComponentGroup>(),
            Array.Empty<Relation>(),
            Enumerable.Empty<Acceptance>());
        var parts = model.PartsOf("a");
        var expected = new[] { "a/psu-1", "a/psu-2", "a/psu-3" };

        // The first walk uses the view as its enumerator; later and nested walks must not disturb it.
        var pairs = parts.SelectMany(x => parts.Select(y => x.Name + "+" + y.Name)).ToList();
        Assert.Equal(9, pairs.Count);
        Assert.Equal(expected.SelectMany(x => expected.Select(y => x + "+" + y)), pairs);
        Assert.Equal(expected, parts.Select(p => p.Name));
        Assert.Equal(expected, model.PartsOf("a").Select(p => p.Name).ToArray());

        using var walk = model.PartsOf("a").GetEnumerator();
        Assert.True(walk.MoveNext());
        Assert.True(walk.MoveNext());
        Assert.True(walk.MoveNext());
        Assert.Equal("a/psu-3", walk.Current.Name);
        Assert.False(walk.MoveNext());
        Assert.False(walk.MoveNext());
        walk.Reset();
        Assert.True(walk.MoveNext());
        Assert.Equal("a/psu-1", walk.Current.Name);
    }
}

using System.Linq;
using HaRules.Model;
using Xunit;

namespace HaRules.Tests.Model;

public class DesignModelIndexTests
{
    private static readonly SourceLocation At = new("d.cs", 3);

    private static DesignModel Sample() => new(
        "d",
        new[]
        {
            new Component("a", ComponentKind.Server, At),
            new Component("a/psu-1", ComponentKind.PowerSupply, At, owner: "a"),
            new Component("a", ComponentKind.Switch, At),
            new Component("orphan/psu-1", ComponentKind.PowerSupply, At, owner: "orphan"),
            new Component("g-1", ComponentKind.Server, At, group: "g"),
        },
        new[] { new ComponentGroup("g", ComponentKind.Server, new[] { "g-1", "g-2" }, At, 2) },
        new[] { new Relation(RelationKind.DependsOn, "a", new[] { "g" }, At), new Relation(RelationKind.DependsOn, "ghost", new[] { "a" }, At) },
        Enumerable.Empty<Acceptance>());

    [Fact]
    public void Duplicate_names_stand_for_the_first_component()
    {
        var model = Sample();
        Assert.Equal(0, model.IndexOf("a"));
        Assert.Equal(ComponentKind.Server, model.FindComponent("a")!.Kind);
        Assert.Equal(-1, model.IndexOf("nothing"));
    }

    [Fact]
    public void Owners_and_sources_that_name_no_component_are_still_found_by_name()
    {
        var model = Sample();
        Assert.Equal("orphan", model.TopLevelOwner("orphan/psu-1"));
        Assert.Equal("orphan/psu-1", Assert.Single(model.PartsOf("orphan")).Name);
        Assert.Equal("a", Assert.Single(model.RelationsFrom("ghost")).Targets.Single());
        Assert.Equal("a", model.TopLevelOwner("a/psu-1"));
        Assert.Empty(model.PartsOf("nothing"));
    }

    [Fact]
    public void Resolve_gives_the_same_answer_each_time_without_unknown_members()
    {
        var model = Sample();
        Assert.Same(model.Resolve("g"), model.Resolve("g"));
        Assert.Equal("g-1", Assert.Single(model.Resolve("g")).Name);
        Assert.Same(model.Resolve("a/psu-1"), model.Resolve("a/psu-1"));
        Assert.Empty(model.Resolve("nothing"));
    }

    [Fact]
    public void A_copy_with_other_locations_keeps_lookups_and_leaves_the_original_alone()
    {
        var model = Sample();
        var moved = new SourceLocation("d.cs", 3, 9);
        var copy = model.WithLocations(
            model.Components.Select(c => c.WithLocation(moved)).ToArray(),
            model.Groups.ToArray(),
            model.Relations.Select(r => r.WithLocation(moved)).ToArray(),
            model.Acceptances.ToArray(),
            model.Problems.ToArray());
        Assert.Equal(9, copy.FindComponent("a/psu-1")!.Location.Column);
        Assert.Equal(9, copy.PartsOf("a").Single().Location.Column);
        Assert.Equal(9, copy.RelationsFrom("ghost").Single().Location.Column);
        Assert.Equal(0, model.FindComponent("a/psu-1")!.Location.Column);
        Assert.Same(model.Relations[0].Targets, copy.Relations[0].Targets);
    }
}

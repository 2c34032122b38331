using System.Linq;
using HaRules.Checking;
using HaRules.Model;
using Xunit;

namespace HaRules.Tests.Model;

/// <summary>
/// <see cref="DesignModel.TopLevelOwner"/> is the one walk from a part to its declared component;
/// a model built by hand can make owners loop, and then the walk must end, not hang.
/// </summary>
public sealed class TopLevelOwnerTests
{
    [Fact]
    public void A_nested_part_stands_for_its_declared_component()
    {
        var model = Model(
            new Component("lb", ComponentKind.LoadBalancer, SourceLocation.None),
            new Component("lb/standby", ComponentKind.LoadBalancer, SourceLocation.None, owner: "lb"),
            new Component("lb/standby/psu-1", ComponentKind.PowerSupply, SourceLocation.None, owner: "lb/standby"));

        Assert.Equal("lb", model.TopLevelOwner("lb/standby/psu-1"));
        Assert.Equal("lb", model.TopLevelOwner("lb/standby"));
        Assert.Equal("lb", model.TopLevelOwner("lb"));
        Assert.Equal("nothing", model.TopLevelOwner("nothing"));
    }

    [Fact]
    public void A_deep_chain_without_a_loop_is_walked_to_its_top()
    {
        var parts = Enumerable.Range(1, 20).Select(i => new Component("p" + i, ComponentKind.Generic, SourceLocation.None, owner: "p" + (i - 1)));
        var model = Model(parts.Prepend(new Component("p0", ComponentKind.Server, SourceLocation.None)).ToArray());

        Assert.Equal("p0", model.TopLevelOwner("p20"));
    }

    [Fact]
    public void Owners_that_loop_stand_for_themselves()
    {
        var model = Model(
            new Component("a", ComponentKind.Server, SourceLocation.None, owner: "b"),
            new Component("b", ComponentKind.Server, SourceLocation.None, owner: "a"),
            new Component("self", ComponentKind.Server, SourceLocation.None, owner: "self"),
            new Component("a/psu-1", ComponentKind.PowerSupply, SourceLocation.None, owner: "a"));

        Assert.Equal("a", model.TopLevelOwner("a"));
        Assert.Equal("self", model.TopLevelOwner("self"));
        Assert.Equal("a/psu-1", model.TopLevelOwner("a/psu-1"));
    }

    [Fact]
    public void A_model_whose_owners_loop_is_still_checked()
    {
        var model = Model(
            new Component("a", ComponentKind.Server, SourceLocation.None, owner: "b"),
            new Component("b", ComponentKind.Server, SourceLocation.None, owner: "a"),
            new Component("shop", ComponentKind.Service, SourceLocation.None));

        var result = DesignChecker.Check(model);

        Assert.NotNull(result.Findings);
    }

    private static DesignModel Model(params Component[] components) =>
        new("Loops", components, Enumerable.Empty<ComponentGroup>(), Enumerable.Empty<Relation>(), Enumerable.Empty<Acceptance>());
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Checking;
using HaRules.Model;
using HaRules.Running;
using HaRules.Tests.Support;
using Samples.WebShop;
using Xunit;

namespace HaRules.Tests.Dsl;

/// <summary>
/// The expansion shares one object among components and relations whose bags, locations or
/// target arrays are alike (across members and across declarations). Each shared object must be
/// what an unshared one would hold, worked out here from the declarations, and stay so through a
/// whole check (nothing writes to them).
/// </summary>
public sealed class SharedModelPartsTests
{
    [Theory]
    [InlineData(typeof(AlikeServicesDesign))]
    [InlineData(typeof(WebShopDesign))]
    [InlineData(typeof(ModelExpansionSizesTests.PartsDesign))]
    public void Every_component_s_properties_are_those_its_declaration_gives_it_before_and_after_a_check(Type type)
    {
        var builder = Described.Builder(type);
        var model = builder.Build();
        var expected = model.Components.Select(c => Render(ExpectedProperties(builder, c))).ToList();

        Assert.Equal(expected, model.Components.Select(c => Render(c.Properties)));
        DesignChecker.Check(model, new CheckOptions { Today = Check.Today });
        Assert.Equal(expected, model.Components.Select(c => Render(c.Properties)));
    }

    [Fact]
    public void Alike_declarations_share_bags_locations_and_one_name_targets()
    {
        var builder = Described.Builder(typeof(AlikeServicesDesign));
        var model = builder.Build();

        // Four services declared by one loop: a web replica's bag, the load balancers' bags and
        // the locations of one line are one object each; the UPS's one-name target array too.
        Assert.Same(model.FindComponent("s0-web-2")!.Properties, model.FindComponent("s3-web-2")!.Properties);
        Assert.NotSame(model.FindComponent("s0-web-1")!.Properties, model.FindComponent("s0-web-2")!.Properties);
        Assert.Same(model.FindComponent("s0-lb")!.Properties, model.FindComponent("s2-lb")!.Properties);
        Assert.Same(model.FindComponent("s0-lb/standby")!.Properties, model.FindComponent("s1-lb/standby")!.Properties);
        Assert.Same(model.FindComponent("s0-tor")!.Location, model.FindComponent("s3-tor")!.Location);
        var poweredBy = model.Relations.Where(r => r.Kind == RelationKind.PoweredBy && r.Targets.Single() == "ups").ToList();
        Assert.True(poweredBy.Count > 20);
        Assert.All(poweredBy, r => Assert.Same(poweredBy[0].Targets, r.Targets));
        Assert.True(model.Components.Select(c => c.Properties).Distinct(ReferenceComparer<PropertyBag>.Instance).Count() < 12);

        // Parts from one line, in any service, are one shape; so are relations alike in all but their source.
        Assert.Same(model.FindComponent("s0-web-1/psu-1")!.Shape, model.FindComponent("s3-web-2/psu-2")!.Shape);
        Assert.Same(model.FindComponent("s0-tor")!.Shape, model.FindComponent("s2-tor")!.Shape);
        Assert.Same(model.RelationsFrom("s0-web-1/psu-1").Single().Shape, model.RelationsFrom("s3-web-3/psu-2").Single().Shape);
        Assert.NotSame(model.RelationsFrom("s0-web-1/nic-1").Single().Shape, model.RelationsFrom("s1-web-1/nic-1").Single().Shape);
        Assert.Equal(new[] { "s1-tor" }, model.RelationsFrom("s1-web-1/nic-1").Single().Targets);
        Assert.True(model.Components.Select(c => c.Shape).Distinct(ReferenceComparer<ComponentShape>.Instance).Count() < 25);
    }

    [Fact]
    public void Relations_keep_their_targets_and_locations_through_a_check()
    {
        var builder = Described.Builder(typeof(AlikeServicesDesign));
        var model = new SourceColumns().Build(builder);
        var before = model.Relations.Select(Render).ToList();
        var components = model.Components.Select(c => $"{c.Name} {c.Kind} {c.Location} {c.Owner} {c.Group}").ToList();

        DesignChecker.Check(model, new CheckOptions { Today = Check.Today });

        Assert.Equal(before, model.Relations.Select(Render));
        Assert.Equal(components, model.Components.Select(c => $"{c.Name} {c.Kind} {c.Location} {c.Owner} {c.Group}"));
    }

    [Fact]
    public void Located_calls_are_those_source_columns_finds_for_each_component_one_by_one()
    {
        // The expansion locates each calling line once and shares the result: the model must be
        // the one the copying pass gives, which locates every component and relation on its own.
        // Each line of the design, as this source shows it: the methods' columns differ by line.
        static string? Line(string file, int line) => new string(' ', line % 7) + "AddUps(AddRack(AddSwitch(AddServer(AddLoadBalancer(AddService(";
        var shared = new SourceColumns(Line).Build(Described.Builder(typeof(AlikeServicesDesign)));
        var copied = new SourceColumns(Line).Resolve(Described.Builder(typeof(AlikeServicesDesign)).Build());

        Assert.Equal(copied.Components.Select(c => c.Location.ToString()), shared.Components.Select(c => c.Location.ToString()));
        Assert.Equal(copied.Relations.Select(r => r.Location.ToString()), shared.Relations.Select(r => r.Location.ToString()));
        Assert.Contains(shared.Components, c => c.Location.Column > 0);
    }

    [Fact]
    public void Bags_are_shared_only_when_identical_so_zero_and_minus_zero_stay_apart()
    {
        var pool = new PropertyBagPool();
        PropertyBag Bag(double value) => PropertyBag.From(new[] { new KeyValuePair<string, PropertyValue>("x", PropertyValue.FromNumber(value)) });

        var zero = pool.Share(Bag(0.0));
        var minusZero = pool.Share(Bag(-0.0));

        Assert.True(zero.Equals(minusZero)); // equal as values ...
        Assert.NotSame(zero, minusZero);     // ... but rendered differently, so not shared
        Assert.Same(zero, pool.Share(Bag(0.0)));
        Assert.Same(PropertyBag.Empty, pool.Share(PropertyBag.From(Array.Empty<KeyValuePair<string, PropertyValue>>())));
    }

    [Fact]
    public void The_shape_table_gives_one_shape_per_distinct_set_of_objects_through_its_growth()
    {
        var pool = new RelationShapePool();
        var location = new SourceLocation("f.cs", 1);
        var targets = Enumerable.Range(0, 3000).Select(i => new[] { "t" + (i % 1000) }).ToArray(); // equal names, distinct arrays
        RelationShape Of(string[] t) => pool.Of(RelationKind.DependsOn, t, location, null, Array.Empty<string>(), PropertyBag.Empty);

        var first = targets.Select(Of).ToArray();
        var again = targets.Select(Of).ToArray();

        Assert.All(Enumerable.Range(0, targets.Length), i => Assert.Same(first[i], again[i]));
        Assert.All(Enumerable.Range(0, targets.Length), i => Assert.Same(targets[i], first[i].Targets));
        Assert.Equal(targets.Length, first.Distinct(ReferenceComparer<RelationShape>.Instance).Count());
        Assert.NotSame(first[0], pool.Of(RelationKind.ConnectedTo, targets[0], location, null, Array.Empty<string>(), PropertyBag.Empty));
        Assert.NotSame(first[0], pool.Of(RelationKind.DependsOn, targets[0], location, 1, Array.Empty<string>(), PropertyBag.Empty));
        Assert.NotSame(first[0], pool.Of(RelationKind.DependsOn, targets[0], new SourceLocation("f.cs", 1), null, Array.Empty<string>(), PropertyBag.Empty));
    }

    // What a component's bag holds, from its declaration alone: a declared component its declared
    // properties (with its 1-based replica index in a group), a standby its role and failure data,
    // any other part nothing.
    private static IEnumerable<KeyValuePair<string, PropertyValue>> ExpectedProperties(DesignBuilder builder, Component c)
    {
        Declaration Named(string name) => builder.Declarations.First(d => d.Name == name);
        if (c.Owner is null)
        {
            var declaration = Named(c.Group ?? c.Name);
            var properties = declaration.Properties.ToList();
            if (c.Group is not null)
            {
                var index = Array.IndexOf(model(builder, c.Group), c.Name) + 1;
                properties.Add(new KeyValuePair<string, PropertyValue>(PropertyNames.ReplicaIndex, PropertyValue.FromInteger(index)));
            }

            return properties;
        }

        if (c.Name == c.Owner + "/standby")
        {
            var owner = builder.Declarations.First(d => d.Name == c.Owner || (d.IsGroup && c.Owner.StartsWith(d.Name + "-", StringComparison.Ordinal)));
            return owner.Properties.Where(p => p.Key is PropertyNames.Availability or PropertyNames.MtbfSeconds or PropertyNames.MttrSeconds)
                .Append(new KeyValuePair<string, PropertyValue>(PropertyNames.Role, PropertyValue.FromText("standby")));
        }

        return Enumerable.Empty<KeyValuePair<string, PropertyValue>>();

        static string[] model(DesignBuilder builder, string group)
        {
            var declaration = builder.Declarations.First(d => d.Name == group);
            return Enumerable.Range(1, declaration.Replicas!.Value).Select(i => $"{group}-{i}").ToArray();
        }
    }

    private static string Render(IEnumerable<KeyValuePair<string, PropertyValue>> properties) =>
        string.Join("; ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            $"{p.Key}={p.Value.Type}:{p.Value.AsText()}:{(p.Value.Type == PropertyType.Number ? BitConverter.DoubleToInt64Bits(p.Value.AsNumber()) : 0)}"));

    private static string Render(Relation r) =>
        $"{r.From} {r.Kind} [{string.Join(",", r.Targets)}] {r.Count} [{string.Join(",", r.Via)}] {Render(r.Properties)} {r.Location}";

    private sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }

    // Four alike services declared in a loop, as a generated fleet is.
    internal sealed class AlikeServicesDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            var ups = design.AddUps("ups").Availability(0.9995);
            for (var s = 0; s < 4; s++)
            {
                var rack = design.AddRack($"s{s}-rack");
                var tor = design.AddSwitch($"s{s}-tor").WithPowerSupplies(ups, ups).InRack(rack);
                var web = design.AddServer($"s{s}-web", replicas: 3).WithPowerSupplies(ups, ups).WithNics(BondMode.ActiveBackup, tor, tor).SpreadAcross(rack).RunsWebServer(8);
                var lb = design.AddLoadBalancer($"s{s}-lb").WithStandby().WithPowerSupplies(ups, ups).ConnectedTo(tor, tor).Targets(web).Availability(0.999);
                design.AddService($"s{s}-shop").DependsOn(lb);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>Enumerable.Range and Select that declares servers, materialised once with ToArray.</summary>
public sealed class RangeSelectDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var servers = Enumerable.Range(1, 4)
            .Select(i => design.AddServer($"web-{i:00}").WithPowerSupplies(feed))
            .ToArray();
        design.AddService("svc").EntryPoint(design.AddLoadBalancer("lb").WithPowerSupplies(feed).Targets(servers));
    }
}

/// <summary>Where on a list of names, ToList, Count with a predicate.</summary>
public sealed class WhereFilterDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var names = new List<string> { "api-1", "api-2", "legacy-1", "api-3" };
        var current = names.Where(n => n.Contains("api")).ToList();
        var feed = design.AddPowerFeed("feed");
        foreach (var name in current)
        {
            design.AddServer(name).WithPowerSupplies(feed);
        }

        design.AddServer("legacy", names.Count(n => n.Contains("legacy"))).WithPowerSupplies(feed);
    }
}

/// <summary>Zip pairs racks with servers; Select with an index.</summary>
public sealed class ZipDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var racks = new[] { "r1", "r2", "r3" }.Select(r => design.AddRack(r)).ToList();
        var hosts = Enumerable.Range(0, 3).Select((n, i) => $"host{n + i}").ToArray();
        var feed = design.AddPowerFeed("feed");
        foreach (var (rack, host) in racks.Zip(hosts))
        {
            design.AddServer(host).WithPowerSupplies(feed).InRack(rack);
        }
    }
}

/// <summary>A query enumerated twice declares twice, as it does at run time (HA001).</summary>
public sealed class DeferredQueryDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var query = new[] { "a", "b" }.Select(n => design.AddServer("q-" + n).WithPowerSupplies(feed));
        var first = query.ToArray();
        var again = query.ToList();
        design.AddLoadBalancer("lb").WithPowerSupplies(feed).Targets(first).Targets(again.ToArray());
    }
}

/// <summary>ToDictionary, Sum and string.Join.</summary>
public sealed class ToDictionaryDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var counts = new[] { ("web", 3), ("api", 2) }.ToDictionary(t => t.Item1, t => t.Item2);
        var feed = design.AddPowerFeed("feed");
        foreach (var key in counts.Keys)
        {
            design.AddServer(key, counts[key]).WithPowerSupplies(feed);
        }

        design.AddComponent(string.Join("+", counts.Keys) + "-" + counts.Values.Sum());
    }
}

/// <summary>SelectMany over zones and roles, Concat and Take.</summary>
public sealed class SelectManyDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var zones = new[] { "z1", "z2" };
        var roles = new[] { "web", "app" };
        var names = zones.SelectMany(z => roles.Select(r => $"{z}-{r}")).Concat(new[] { "extra" }).Take(4).ToArray();
        var feed = design.AddPowerFeed("feed");
        var first = names.First();
        foreach (var name in names)
        {
            var server = design.AddServer(name).WithPowerSupplies(feed);
            if (name != first)
            {
                server.DependsOn(design.AddComponent("dep-" + name));
            }
        }
    }
}

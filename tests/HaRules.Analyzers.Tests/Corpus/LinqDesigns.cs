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

/// <summary>OrderByDescending on a number, ThenBy on an enum: the order names the servers.</summary>
public sealed class OrderByCapacityDesign : IDesign
{
    private enum Tier { Front, Middle, Back }

    private sealed record Pool(string Name, int Replicas, Tier Tier);

    public void Describe(DesignBuilder design)
    {
        var pools = new[] { new Pool("cache", 2, Tier.Middle), new Pool("web", 3, Tier.Front), new Pool("api", 2, Tier.Front), new Pool("db", 1, Tier.Back) };
        var feed = design.AddPowerFeed("feed");
        var position = 0;
        foreach (var pool in pools.OrderByDescending(p => p.Replicas).ThenBy(p => p.Tier))
        {
            design.AddServer($"{++position}-{pool.Name}", pool.Replicas).WithPowerSupplies(feed);
        }

        foreach (var size in pools.Select(p => p.Replicas).Distinct().OrderBy(r => r))
        {
            design.AddComponent($"size-{size}-{position++}");
        }
    }
}

/// <summary>GroupBy puts hosts in their racks; the group's key and count name things.</summary>
public sealed class GroupByRackDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var hosts = new[] { ("h1", "r2"), ("h2", "r1"), ("h3", "r2"), ("h4", "r3"), ("h5", "r1") };
        var feed = design.AddPowerFeed("feed");
        foreach (var group in hosts.GroupBy(h => h.Item2))
        {
            var rack = design.AddRack($"{group.Key}-{group.Count()}");
            foreach (var (name, _) in group)
            {
                design.AddServer(name).WithPowerSupplies(feed).InRack(rack);
            }
        }

        var names = hosts.GroupBy(h => h.Item2, h => h.Item1).Select(g => string.Join("+", g)).ToArray();
        design.AddComponent(names[0]);
    }
}

/// <summary>Aggregate with and without a seed, and with a result selector.</summary>
public sealed class AggregateDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var sizes = new List<int> { 2, 3, 1 };
        var total = sizes.Aggregate(0, (sum, n) => sum + n);
        var label = new[] { "web", "api", "db" }.Aggregate((a, b) => a + "-" + b);
        var doubled = sizes.Aggregate(1, (product, n) => product * n, p => p * 2);
        var feed = design.AddPowerFeed("feed");
        design.AddServer(label, total).WithPowerSupplies(feed);
        design.AddServer("pool-" + doubled).WithPowerSupplies(feed);
    }
}

/// <summary>Iterator helpers (yield return, yield break) that make names and sizes; one stops with a throw after yielding.</summary>
public sealed class IteratorDesign : IDesign
{
    private const int MaxHosts = 4;

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var names = HostNames("web", 3);
        foreach (var name in names)
        {
            design.AddServer(name).WithPowerSupplies(feed);
        }

        design.AddServer("count-" + names.Count(), Sizes(10).Sum()).WithPowerSupplies(feed);
        foreach (var (name, index) in HostNames("api", 9).Select((n, i) => (n, i)))
        {
            design.AddServer($"{name}-{index}").WithPowerSupplies(feed);
        }

        foreach (var size in Checked(new[] { 1, 2 }.Length, -1))
        {
            design.AddServer("sized-" + size).WithPowerSupplies(feed);
        }
    }

    private static IEnumerable<string> HostNames(string prefix, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            if (i > MaxHosts)
            {
                yield break;
            }

            yield return $"{prefix}-{i:00}";
        }
    }

    private static IEnumerable<int> Sizes(int limit)
    {
        var size = 1;
        while (size <= limit)
        {
            yield return size;
            size *= 2;
        }
    }

    private static IEnumerable<int> Checked(int first, int second)
    {
        yield return first;
        if (second < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(second), "sizes are positive");
        }

        yield return second;
    }
}

using System;
using System.Collections.Generic;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>Arrays built by size and filled by index, read back with .Length.</summary>
public sealed class ArrayBySizeDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var power = design.DualPower("p");
        var switches = new SwitchBuilder[2];
        for (var i = 0; i < switches.Length; i++)
        {
            switches[i] = design.AddSwitch($"sw-{i + 1}").OnBoth(power);
        }

        var web = design.AddServer("web", 3).WithPowerSupplies(power.A).WithNics(BondMode.ActiveBackup, switches[0]);
        design.AddService("shop").EntryPoint(design.Balancer("lb", power, web));
    }
}

/// <summary>A List built with Add and passed to the language.</summary>
public sealed class ListBuiltDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var power = design.DualPower("p");
        var switches = design.SwitchPair(power);
        var servers = new List<ComponentBuilder>();
        foreach (var zone in Standards.Zones)
        {
            servers.Add(design.AddServer("app-" + zone).OnBoth(power).WithNics(BondMode.ActiveBackup, switches));
        }

        servers.Add(design.AddServer("app-c").WithPowerSupplies(power.B));
        var lb = design.AddLoadBalancer("lb").OnBoth(power).Targets(servers.ToArray());
        design.AddService("orders").EntryPoint(lb).TolerateFailures(servers.Count - 1);
    }
}

/// <summary>A Dictionary of racks looked up by key, with TryGetValue and the indexer.</summary>
public sealed class DictionaryLookupDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var racks = new Dictionary<string, RackBuilder>
        {
            ["r1"] = design.AddRack("rack-1"),
            ["r2"] = design.AddRack("rack-2"),
        };
        racks.Add("r3", design.AddRack("rack-3"));
        var feed = design.AddPowerFeed("feed");
        foreach (var pair in racks)
        {
            design.AddServer("host-" + pair.Key).WithPowerSupplies(feed).InRack(pair.Value);
        }

        if (racks.TryGetValue("r2", out var second))
        {
            design.AddSwitch("tor").WithPowerSupplies(feed).InRack(second);
        }

        design.AddComponent("dns").DependsOn(design.AddServer("resolver").WithPowerSupplies(feed).InRack(racks["r1"]));
    }
}

/// <summary>Collection expressions with a spread, and foreach over them.</summary>
public sealed class CollectionExpressionDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        string[] front = ["web-1", "web-2"];
        List<string> all = [.. front, "web-3"];
        var balancer = design.AddLoadBalancer("lb").WithPowerSupplies(feed);
        foreach (var name in all)
        {
            balancer.Targets(design.AddServer(name).WithPowerSupplies(feed));
        }

        design.AddService("site").EntryPoint(balancer);
    }
}

/// <summary>Deconstructing dictionary entries in foreach, counting with a while loop.</summary>
public sealed class DeconstructedEntriesDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var sizes = new Dictionary<string, int> { { "cache", 2 }, { "queue", 1 } };
        var feed = design.AddPowerFeed("feed");
        foreach (var (name, count) in sizes)
        {
            design.AddServer(name, count).WithPowerSupplies(feed).WithFans(count);
        }

        var n = 0;
        while (n < 3)
        {
            n++;
        }

        design.AddServer("batch", n).WithPowerSupplies(feed, feed);
    }
}

/// <summary>Jagged reading of a two-level list: list of tiers, each a list of names.</summary>
public sealed class NestedListsDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var tiers = new List<List<string>> { new() { "a1", "a2" }, new() { "b1" } };
        var feed = design.AddPowerFeed("feed");
        var previous = (ComponentBuilder?)null;
        for (var t = 0; t < tiers.Count; t++)
        {
            var lb = design.AddLoadBalancer($"lb-{t}").WithPowerSupplies(feed);
            foreach (var host in tiers[t])
            {
                var server = design.AddServer(host).WithPowerSupplies(feed);
                if (previous is not null)
                {
                    server.DependsOn(previous);
                }

                lb.Targets(server);
            }

            previous = lb;
        }

        design.AddService("svc").EntryPoint(previous!);
    }
}

/// <summary>HashSet to skip names seen before, a Queue of work and a Stack of racks, as a design might plan placement.</summary>
public sealed class SetQueueStackDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var seen = new HashSet<string> { "legacy" };
        var pending = new Queue<string>(new[] { "web", "api", "web", "legacy", "db" });
        var racks = new Stack<RackBuilder>();
        racks.Push(design.AddRack("rack-1"));
        racks.Push(design.AddRack("rack-2"));
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (!seen.Add(name))
            {
                continue;
            }

            var rack = racks.Count > 1 ? racks.Pop() : racks.Peek();
            design.AddServer($"{name}-{seen.Count}").WithPowerSupplies(feed).InRack(rack);
        }

        seen.Remove("legacy");
        seen.UnionWith(new[] { "cache", "web" });
        pending.Enqueue("late");
        design.AddServer($"set-{seen.Count}-{seen.Contains("cache")}-{pending.Peek()}-{racks.Count}").WithPowerSupplies(feed);
        foreach (var extra in new HashSet<int>(new[] { 3, 1, 3, 2 }))
        {
            design.AddServer("extra-" + extra).WithPowerSupplies(feed);
        }
    }
}

using System;
using System.Collections.Generic;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>Records describe the tiers; a foreach declares them.</summary>
public sealed class RecordTiersDesign : IDesign
{
    private sealed record Tier(string Name, int Replicas, bool Stateful = false);

    public void Describe(DesignBuilder design)
    {
        var power = design.DualPower("dc");
        var switches = design.SwitchPair(power);
        var tiers = new[] { new Tier("web", 4), new Tier("api", 2), new Tier("session", 1, Stateful: true) };
        foreach (var tier in tiers)
        {
            var servers = design.WebTier(tier.Name, tier.Replicas, power, switches);
            var service = design.AddService(tier.Name + "-svc").EntryPoint(design.Balancer(tier.Name + "-lb", power, servers));
            if (tier.Stateful)
            {
                service.Stateful();
            }
        }
    }
}

/// <summary>A record copied with <c>with</c>, and deconstructed.</summary>
public sealed class RecordWithDesign : IDesign
{
    private sealed record Spec(string Name, int Fans, int Replicas);

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var standard = new Spec("std", 2, 2);
        var big = standard with { Name = "big", Replicas = 5 };
        foreach (var spec in new[] { standard, big })
        {
            var (name, fans, replicas) = spec;
            design.AddServer(name, replicas).WithFans(fans).WithPowerSupplies(feed);
        }
    }
}

/// <summary>A user class with a constructor, fields and a computed property.</summary>
public sealed class UserClassDesign : IDesign
{
    private sealed class Site
    {
        private readonly DesignBuilder _design;
        private readonly PowerFeedBuilder _feed;
        private int _count;

        public Site(DesignBuilder design, string name)
        {
            _design = design;
            Name = name;
            _feed = design.AddPowerFeed(name + "-feed");
        }

        public string Name { get; }

        public int Count => _count;

        public ServerBuilder Server(string role)
        {
            _count++;
            return _design.AddServer($"{Name}-{role}-{_count}").WithPowerSupplies(_feed);
        }
    }

    public void Describe(DesignBuilder design)
    {
        var east = new Site(design, "east");
        var lb = design.AddLoadBalancer("lb").Targets(east.Server("web"), east.Server("web"));
        design.AddService("svc").EntryPoint(lb).PeakConcurrentRequests(east.Count * 100);
    }
}

/// <summary>A mutable struct: copies are independent, as in C#.</summary>
public sealed class StructCopyDesign : IDesign
{
    private struct Plan
    {
        public int Replicas;
        public string Name;
    }

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var first = new Plan { Replicas = 2, Name = "alpha" };
        var second = first;
        second.Replicas = 6;
        second.Name = "beta";
        design.AddServer(first.Name, first.Replicas).WithPowerSupplies(feed);
        design.AddServer(second.Name, second.Replicas).WithPowerSupplies(feed);
    }
}

/// <summary>The design's own fields, set by field initializers and its constructor.</summary>
public sealed class DesignFieldsDesign : IDesign
{
    private readonly int _replicas = 3;
    private readonly string _prefix;
    private readonly List<string> _extras = new();

    public DesignFieldsDesign()
    {
        _prefix = "shop";
        _extras.Add("search");
        _extras.Add("cart");
    }

    public void Describe(DesignBuilder design)
    {
        var power = design.DualPower(_prefix);
        var switches = design.SwitchPair(power);
        var web = design.WebTier(_prefix + "-web", _replicas, power, switches);
        design.AddService(_prefix).EntryPoint(design.Balancer(_prefix + "-lb", power, web));
        foreach (var extra in _extras)
        {
            design.AddComponent(extra).DependsOn(web, design.AddServer(_prefix + "-" + extra + "-node").WithPowerSupplies(power.A));
        }
    }
}

/// <summary>Static readonly fields and a static constructor.</summary>
public sealed class StaticConfigurationDesign : IDesign
{
    private static readonly int[] Sizes;
    private static readonly string Environment = "prod";

    static StaticConfigurationDesign()
    {
        Sizes = new[] { 1, 2, 3 };
    }

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed(Environment + "-feed");
        for (var i = 0; i < Sizes.Length; i++)
        {
            design.AddServer($"{Environment}-node-{i}", Sizes[i]).WithPowerSupplies(feed);
        }
    }
}

/// <summary>Tuples: returned from a helper, deconstructed, and in a list.</summary>
public sealed class TupleDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var (feed, ups) = Power(design);
        var roles = new List<(string Name, int Count)> { ("web", 2), ("worker", 3) };
        foreach (var role in roles)
        {
            design.AddServer(role.Name, role.Count).WithPowerSupplies(ups, feed);
        }
    }

    private static (PowerFeedBuilder Feed, UpsBuilder Ups) Power(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        return (feed, design.AddUps("ups").FedBy(feed));
    }
}

/// <summary>A class with a primary constructor.</summary>
public sealed class PrimaryConstructorDesign : IDesign
{
    private sealed class Rackset(DesignBuilder design, string prefix, int count)
    {
        public RackBuilder[] All()
        {
            var racks = new RackBuilder[count];
            for (var i = 0; i < count; i++)
            {
                racks[i] = design.AddRack($"{prefix}{i:00}");
            }

            return racks;
        }
    }

    public void Describe(DesignBuilder design)
    {
        var racks = new Rackset(design, "rk", 3).All();
        var feed = design.AddPowerFeed("feed");
        design.AddServer("app", 6).WithPowerSupplies(feed).SpreadAcross(racks).RunsAppServer(SessionReplication.PrimaryBackup);
    }
}

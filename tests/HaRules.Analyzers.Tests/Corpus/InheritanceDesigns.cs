using System;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>An abstract base design with virtual hooks; the derived designs below override them.</summary>
public abstract class DataCenterDesign : IDesign
{
    protected virtual int WebReplicas => 2;

    public virtual void Describe(DesignBuilder design)
    {
        var power = design.DualPower(Prefix());
        var switches = design.SwitchPair(power, Prefix() + "-sw");
        var web = design.WebTier(Prefix() + "-web", WebReplicas, power, switches);
        AddDatabase(design, power, switches);
        design.AddService(Prefix()).EntryPoint(design.Balancer(Prefix() + "-lb", power, web));
    }

    protected abstract string Prefix();

    protected virtual void AddDatabase(DesignBuilder design, Power power, SwitchBuilder[] switches)
    {
        var node = design.AddServer(Prefix() + "-db").WithPowerSupplies(power.A);
        design.AddDatabaseCluster(Prefix() + "-cluster", ClusterMode.ActiveStandby).Nodes(node).Heartbeat(switches[0]);
    }
}

/// <summary>Overrides the abstract prefix only: everything else from the base.</summary>
public sealed class SmallSiteDesign : DataCenterDesign
{
    protected override string Prefix() => "small";
}

/// <summary>Overrides a virtual property and a virtual hook.</summary>
public sealed class BigSiteDesign : DataCenterDesign
{
    protected override int WebReplicas => 8;

    protected override string Prefix() => "big";

    protected override void AddDatabase(DesignBuilder design, Power power, SwitchBuilder[] switches)
    {
        var nodes = new[] { design.AddServer("big-db-1").OnBoth(power), design.AddServer("big-db-2").OnBoth(power) };
        design.AddDatabaseCluster("big-cluster", ClusterMode.ActiveStandby).Nodes(nodes).Heartbeat(switches).Fencing();
    }
}

/// <summary>Overrides Describe and calls base.Describe, then adds its own.</summary>
public sealed class ExtendedSiteDesign : DataCenterDesign
{
    protected override string Prefix() => "ext";

    public override void Describe(DesignBuilder design)
    {
        base.Describe(design);
        design.AddComponent("ext-monitoring");
        design.AddServer("ext-batch").Accept("HA201", "batch may stop for a day");
    }
}

/// <summary>An interface implemented by a helper class, called through the interface.</summary>
public sealed class InterfaceHelperDesign : IDesign
{
    private interface ITier
    {
        ComponentBuilder Build(DesignBuilder design, PowerFeedBuilder feed);
    }

    private sealed class Web : ITier
    {
        public ComponentBuilder Build(DesignBuilder design, PowerFeedBuilder feed) => design.AddServer("web", 2).WithPowerSupplies(feed);
    }

    private sealed class Cache : ITier
    {
        public ComponentBuilder Build(DesignBuilder design, PowerFeedBuilder feed) => design.AddServer("cache").WithPowerSupplies(feed, feed);
    }

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        ITier[] tiers = { new Web(), new Cache() };
        var built = new System.Collections.Generic.List<ComponentBuilder>();
        foreach (var tier in tiers)
        {
            built.Add(tier.Build(design, feed));
        }

        design.AddComponent("edge").DependsOn(built.ToArray());
    }
}

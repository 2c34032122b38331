using System;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

public enum Size
{
    Small,
    Medium,
    Large,
}

/// <summary>A switch statement and a switch expression on an enum held in a static readonly field.</summary>
public sealed class SwitchOnSizeDesign : IDesign
{
    private static readonly Size Chosen = Size.Medium;

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var replicas = Chosen switch
        {
            Size.Small => 1,
            Size.Medium => 3,
            _ => 9,
        };
        var web = design.AddServer("web", replicas).WithPowerSupplies(feed);
        switch (Chosen)
        {
            case Size.Small:
                design.AddService("svc").EntryPoint(web);
                break;
            case Size.Medium or Size.Large:
                design.AddService("svc").EntryPoint(design.AddLoadBalancer("lb").WithPowerSupplies(feed).Targets(web));
                break;
        }
    }
}

/// <summary>Relational patterns and a do/while with a known bound; continue and break.</summary>
public sealed class PatternsAndLoopsDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var i = 0;
        do
        {
            i++;
            if (i == 2)
            {
                continue;
            }

            var kind = i switch
            {
                < 2 => "small",
                >= 2 and < 4 => "mid",
                _ => "large",
            };
            design.AddServer($"{kind}-{i}").WithPowerSupplies(feed);
            if (i > 4)
            {
                break;
            }
        }
        while (i < 10);
    }
}

/// <summary>A helper with ref and out parameters.</summary>
public sealed class RefOutDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var next = 1;
        var a = Next(design, feed, ref next);
        var b = Next(design, feed, ref next);
        Split(6, out var web, out var app);
        design.AddServer("web", web).WithPowerSupplies(feed).DependsOn(a, b);
        design.AddServer("app", app).WithPowerSupplies(feed);
        design.AddComponent("counter-" + next);
    }

    private static ServerBuilder Next(DesignBuilder design, PowerFeedBuilder feed, ref int index)
    {
        var server = design.AddServer($"node-{index}").WithPowerSupplies(feed);
        index += 10;
        return server;
    }

    private static void Split(int total, out int first, out int second)
    {
        first = total / 3;
        second = total - first;
    }
}

/// <summary>Throws after declaring part of the design: HA006 at the throw, the rest is not replayed.</summary>
public sealed class ThrowsMidwayDesign : IDesign
{
    private const bool Ready = false;

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        design.AddServer("first").WithPowerSupplies(feed);
        if (!Ready)
        {
            throw new InvalidOperationException("inventory not ready");
        }

#pragma warning disable CS0162 // The point of the design: this is never reached.
        design.AddServer("first");
#pragma warning restore CS0162
    }
}

/// <summary>A generic helper method and a local function.</summary>
public sealed class GenericHelperDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var pair = Twice(i => design.AddServer("node-" + i).WithPowerSupplies(feed));
        design.AddLoadBalancer("lb").WithPowerSupplies(feed).Targets(pair);
        Fw("fw-1");
        Fw("fw-2");

        void Fw(string name) => design.AddFirewall(name).WithPowerSupplies(feed).IdleTimeout(TimeSpan.FromMinutes(30));
    }

    private static T[] Twice<T>(Func<int, T> make) => new[] { make(1), make(2) };
}

/// <summary>Null checks, ?: and ?? on settings.</summary>
public sealed class NullableSettingsDesign : IDesign
{
    private readonly int? _replicas = null;
    private readonly string? _name = null;

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var name = _name ?? "default-web";
        var replicas = _replicas.HasValue ? _replicas.Value : 2;
        var server = design.AddServer(name, replicas).WithPowerSupplies(feed);
        design.AddService(name.Length > 5 ? "long" : "short").EntryPoint(server);
    }
}

/// <summary>try/finally, a using block and a using declaration of the design's own disposable: the bodies run, then the finally and Dispose, in C#'s order.</summary>
public sealed class TryFinallyUsingDesign : IDesign
{
    private sealed class Section : IDisposable
    {
        private readonly DesignBuilder _design;
        private readonly string _name;
        private readonly PowerFeedBuilder _feed;
        private readonly int[] _closed;

        public Section(DesignBuilder design, string name, PowerFeedBuilder feed, int[] closed)
        {
            _design = design;
            _name = name;
            _feed = feed;
            _closed = closed;
        }

        public int Count { get; set; }

        public void Dispose() => _design.AddServer($"{_name}-closing-{++_closed[0]}", Count).WithPowerSupplies(_feed);
    }

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var declared = 0;
        var closed = new int[1];
        try
        {
            for (var i = 0; i < 3; i++)
            {
                if (i == 2)
                {
                    break;
                }

                design.AddServer($"try-{i}").WithPowerSupplies(feed);
                declared++;
            }
        }
        finally
        {
            design.AddServer($"finally-{declared}").WithPowerSupplies(feed);
        }

        using (var outer = new Section(design, "outer", feed, closed))
        {
            outer.Count = 2;
        }

        design.AddServer($"after-{Inner(design, feed, closed)}").WithPowerSupplies(feed);
    }

    private static int Inner(DesignBuilder design, PowerFeedBuilder feed, int[] closed)
    {
        using var first = new Section(design, "first", feed, closed);
        using var second = new Section(design, "second", feed, closed);
        first.Count = 1;
        second.Count = 3;
        try
        {
            return first.Count + second.Count;
        }
        finally
        {
            design.AddServer("inner-finally").WithPowerSupplies(feed);
        }
    }
}

/// <summary>A throw inside try: the finally still declares, then the design stops there (HA006).</summary>
public sealed class ThrowInTryDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var racks = new[] { "r1", "r2" };
        try
        {
            design.AddServer("before-throw").WithPowerSupplies(feed);
            design.AddServer("missing-rack").WithPowerSupplies(feed).InRack(design.AddRack(racks[2]));
        }
        finally
        {
            design.AddServer("in-finally").WithPowerSupplies(feed);
        }

        design.AddServer("never-declared").WithPowerSupplies(feed);
    }
}

using System;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>A "company standards" helper library the corpus designs share, as a team would keep one.</summary>
public static class Standards
{
    public const int WebWorkers = 256;

    public static readonly TimeSpan Probe = TimeSpan.FromSeconds(5);

    public static readonly string[] Zones = { "a", "b" };

    /// <summary>Two UPSes fed by two feeds.</summary>
    public static Power DualPower(this DesignBuilder design, string prefix)
    {
        var feedA = design.AddPowerFeed($"{prefix}-feed-a");
        var feedB = design.AddPowerFeed($"{prefix}-feed-b");
        return new Power(design.AddUps($"{prefix}-ups-a").FedBy(feedA), design.AddUps($"{prefix}-ups-b").FedBy(feedB));
    }

    public static T OnBoth<T>(this T component, Power power)
        where T : HardwareBuilder<T> => component.WithPowerSupplies(power.A, power.B);

    public static SwitchBuilder[] SwitchPair(this DesignBuilder design, Power power, string prefix = "sw") =>
        new[] { design.AddSwitch(prefix + "-a").OnBoth(power), design.AddSwitch(prefix + "-b").OnBoth(power) };

    public static ServerBuilder WebTier(this DesignBuilder design, string name, int replicas, Power power, SwitchBuilder[] switches) =>
        design.AddServer(name, replicas)
            .OnBoth(power)
            .WithNics(BondMode.ActiveBackup, switches)
            .RunsWebServer(WebWorkers);

    public static LoadBalancerBuilder Balancer(this DesignBuilder design, string name, Power power, params ComponentBuilder[] targets) =>
        design.AddLoadBalancer(name).OnBoth(power).WithStandby().HealthCheck(Probe).Targets(targets);
}

/// <summary>A pair of power sources.</summary>
public sealed record Power(UpsBuilder A, UpsBuilder B);

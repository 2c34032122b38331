using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Reporting.Content;

/// <summary>
/// The facts rules would judge, per component kind: whether a component declares each one
/// (true), leaves it out (false) or does not need it (null). Absent facts are not judged by the
/// rules, so the report lists them for the reader to complete.
/// </summary>
internal static class UndeclaredFacts
{
    /// <summary>One fact: its column title and how to tell whether a component declares it.</summary>
    public sealed record Fact(string Title, Func<DesignModel, Component, bool?> Declared);

    /// <summary>One table of the section: the kinds it covers and their facts.</summary>
    public sealed record KindFacts(string Title, IReadOnlyList<ComponentKind> Kinds, IReadOnlyList<Fact> Facts);

    private static readonly Fact PowerSupplies = new("power supplies", (m, c) => m.PartsOf(c.Name, ComponentKind.PowerSupply).Any());
    private static readonly Fact Rack = new("rack", (m, c) => m.RelationsFrom(c.Name, RelationKind.InRack).Any());

    public static readonly IReadOnlyList<KindFacts> Tables = new[]
    {
        new KindFacts("Services", new[] { ComponentKind.Service }, new[]
        {
            new Fact("availability target", (_, c) => c.Properties.ContainsKey(PropertyNames.AvailabilityTarget)),
            new Fact("failures to tolerate", (_, c) => c.Properties.ContainsKey(PropertyNames.TolerateFailures)),
            new Fact("peak load", (_, c) => c.Properties.ContainsKey(PropertyNames.PeakConcurrentRequests)),
        }),
        new KindFacts("Load balancers", new[] { ComponentKind.LoadBalancer }, new[]
        {
            PowerSupplies, Rack,
            new Fact("health check", (_, c) => c.Properties.ContainsKey(PropertyNames.HealthCheckSeconds)),
        }),
        new KindFacts("Firewalls", new[] { ComponentKind.Firewall }, new[]
        {
            PowerSupplies, Rack,
            new Fact("idle timeout", (_, c) => c.Properties.ContainsKey(PropertyNames.IdleTimeoutSeconds)),
        }),
        new KindFacts("Switches and routers", new[] { ComponentKind.Switch, ComponentKind.SanSwitch, ComponentKind.Router }, new[] { PowerSupplies, Rack }),
        new KindFacts("Servers", new[] { ComponentKind.Server }, new[]
        {
            PowerSupplies,
            new Fact("NICs", (m, c) => m.PartsOf(c.Name, ComponentKind.Nic).Any()),
            new Fact("HBAs", (m, c) => UsesSharedStorage(m, c) ? m.PartsOf(c.Name, ComponentKind.Hba).Any() : null),
            Rack,
            new Fact("capacity (workers)", (m, c) => ReceivesTraffic(m, c) ? c.Properties.ContainsKey(PropertyNames.MaxWorkers) : null),
        }),
        new KindFacts("Database clusters", new[] { ComponentKind.DatabaseCluster }, new[]
        {
            new Fact("heartbeat", (m, c) => IsSharedNothing(c) ? null : m.RelationsFrom(c.Name, RelationKind.Heartbeat).Any()),
            new Fact("quorum or witness", (m, c) => IsSharedNothing(c) ? null
                : m.RelationsFrom(c.Name, RelationKind.QuorumDevice).Any() || m.RelationsFrom(c.Name, RelationKind.Witness).Any()),
            new Fact("capacity (connections)", (m, c) => IsPoolTarget(m, c) ? c.Properties.ContainsKey(PropertyNames.MaxConnections) : null),
            new Fact("workload", (_, c) => c.Properties.GetText(PropertyNames.ClusterMode) == nameof(ClusterMode.SharedEverything) ? c.Properties.ContainsKey(PropertyNames.ReadRatio) : null),
        }),
        new KindFacts("Storage arrays", new[] { ComponentKind.StorageArray }, new[]
        {
            PowerSupplies,
            new Fact("controllers", (m, c) => m.PartsOf(c.Name, ComponentKind.Controller).Any()),
            Rack,
        }),
        new KindFacts("RAID groups", new[] { ComponentKind.RaidGroup }, new[]
        {
            new Fact("workload", (_, c) => c.Properties.ContainsKey(PropertyNames.WorkloadIops)),
        }),
        new KindFacts("Power", new[] { ComponentKind.Ups }, new[]
        {
            new Fact("fed by", (m, c) => m.RelationsFrom(c.Name, RelationKind.FedBy).Any()),
        }),
    };

    private static bool IsSharedNothing(Component cluster) =>
        cluster.Properties.GetText(PropertyNames.ClusterMode) == nameof(ClusterMode.SharedNothing);

    private static bool UsesSharedStorage(DesignModel model, Component server) =>
        model.Relations.Any(r => r.Kind == RelationKind.ClusterNodes
            && r.Targets.SelectMany(model.Resolve).Any(n => n.Name == server.Name)
            && model.RelationsFrom(r.From).Any(s => s.Kind is RelationKind.SharedStorage or RelationKind.QuorumDevice));

    private static bool ReceivesTraffic(DesignModel model, Component server) =>
        model.Relations.Any(r => r.Kind is RelationKind.Targets or RelationKind.RoundRobin or RelationKind.Resolves
            && r.Targets.SelectMany(model.Resolve).Any(n => n.Name == server.Name));

    private static bool IsPoolTarget(DesignModel model, Component cluster) =>
        model.Relations.Any(r => r.Kind == RelationKind.ConnectionPool && r.Targets.Contains(cluster.Name, StringComparer.Ordinal));
}

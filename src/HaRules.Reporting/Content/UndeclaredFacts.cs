using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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

    private static bool UsesSharedStorage(DesignModel model, Component server) => Roles.Of(model).SharedStorageNodes.Contains(server.Name);

    private static bool ReceivesTraffic(DesignModel model, Component server) => Roles.Of(model).TrafficTargets.Contains(server.Name);

    private static bool IsPoolTarget(DesignModel model, Component cluster) => Roles.Of(model).PoolTargets.Contains(cluster.Name);

    /// <summary>
    /// Who plays which role in a model, read in one pass over its relations (asking every relation
    /// about every component would cost components × relations).
    /// </summary>
    private sealed class Roles
    {
        private static readonly ConditionalWeakTable<DesignModel, Roles> Cache = new();

        private Roles(DesignModel model)
        {
            foreach (var relation in model.Relations)
            {
                switch (relation.Kind)
                {
                    case RelationKind.ClusterNodes when model.RelationsFrom(relation.From).Any(s => s.Kind is RelationKind.SharedStorage or RelationKind.QuorumDevice):
                        AddMembers(model, relation, SharedStorageNodes);
                        break;
                    case RelationKind.Targets or RelationKind.RoundRobin or RelationKind.Resolves:
                        AddMembers(model, relation, TrafficTargets);
                        break;
                    case RelationKind.ConnectionPool:
                        PoolTargets.UnionWith(relation.Targets);
                        break;
                }
            }
        }

        /// <summary>Servers that are nodes of a cluster on shared storage or a quorum volume.</summary>
        public HashSet<string> SharedStorageNodes { get; } = new(StringComparer.Ordinal);

        /// <summary>Components a load balancer, round robin or DNS name sends traffic to (replicas expanded).</summary>
        public HashSet<string> TrafficTargets { get; } = new(StringComparer.Ordinal);

        /// <summary>Names a connection pool connects to.</summary>
        public HashSet<string> PoolTargets { get; } = new(StringComparer.Ordinal);

        public static Roles Of(DesignModel model) => Cache.GetValue(model, m => new Roles(m));

        private static void AddMembers(DesignModel model, Relation relation, HashSet<string> set)
        {
            foreach (var target in relation.Targets)
            {
                foreach (var member in model.Resolve(target))
                {
                    set.Add(member.Name);
                }
            }
        }
    }
}

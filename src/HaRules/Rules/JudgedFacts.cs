using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules;

/// <summary>
/// The facts the rules judge only when declared, each defined once; a rule's descriptor names the
/// ones it judges (<see cref="RuleDescriptor.Judges"/>). A new rule that judges a new fact adds it here.
/// </summary>
public static class JudgedFacts
{
    private static readonly ComponentKind[] Powered =
    {
        ComponentKind.LoadBalancer, ComponentKind.Firewall, ComponentKind.Switch, ComponentKind.SanSwitch,
        ComponentKind.Router, ComponentKind.Server, ComponentKind.StorageArray,
    };

    /// <summary>A service's availability target (HA104).</summary>
    public static readonly JudgedFact AvailabilityTarget = Property("availability target", ComponentKind.Service, PropertyNames.AvailabilityTarget);

    /// <summary>How many failures a service must tolerate (HA103).</summary>
    public static readonly JudgedFact FailuresToTolerate = Property("failures to tolerate", ComponentKind.Service, PropertyNames.TolerateFailures);

    /// <summary>A service's peak load (HA105).</summary>
    public static readonly JudgedFact PeakLoad = Property("peak load", ComponentKind.Service, PropertyNames.PeakConcurrentRequests);

    /// <summary>A powered component's power supplies (HA201, HA202).</summary>
    public static readonly JudgedFact PowerSupplies = new("power supplies", Powered, Part(ComponentKind.PowerSupply));

    /// <summary>A server's NICs (HA203).</summary>
    public static readonly JudgedFact Nics = new("NICs", new[] { ComponentKind.Server }, Part(ComponentKind.Nic));

    /// <summary>The HBAs of a server on shared storage (HA306).</summary>
    public static readonly JudgedFact Hbas = new("HBAs", new[] { ComponentKind.Server }, (m, c, at) => DeclaredFacts.Of(m) is var f && f.IsSharedStorageNode(c, at) ? f.HasPart(c, at, ComponentKind.Hba) : null);

    /// <summary>A storage array's controllers (HA309).</summary>
    public static readonly JudgedFact Controllers = new("controllers", new[] { ComponentKind.StorageArray }, Part(ComponentKind.Controller));

    /// <summary>The rack a powered component stands in, a failure domain (HA102, HA502).</summary>
    public static readonly JudgedFact Rack = new("rack", Powered, Relation(RelationKind.InRack));

    /// <summary>A load balancer's health check (HA403, HA408).</summary>
    public static readonly JudgedFact HealthCheck = Property("health check", ComponentKind.LoadBalancer, PropertyNames.HealthCheckSeconds);

    /// <summary>A firewall's idle timeout (HA504).</summary>
    public static readonly JudgedFact IdleTimeout = Property("idle timeout", ComponentKind.Firewall, PropertyNames.IdleTimeoutSeconds);

    /// <summary>The workers of a server that receives traffic (HA105).</summary>
    public static readonly JudgedFact Workers = new("capacity (workers)", new[] { ComponentKind.Server }, (m, c, at) => DeclaredFacts.Of(m).IsTrafficTarget(c, at) ? c.Properties.ContainsKey(PropertyNames.MaxWorkers) : null);

    /// <summary>The heartbeat of a cluster that shares storage (HA601, HA607).</summary>
    public static readonly JudgedFact Heartbeat = new("heartbeat", new[] { ComponentKind.DatabaseCluster }, (m, c, at) => IsSharedNothing(c) ? null : DeclaredFacts.Of(m).HasRelation(c, at, RelationKind.Heartbeat));

    /// <summary>The quorum device or witness of a cluster that shares storage (HA602).</summary>
    public static readonly JudgedFact Quorum = new("quorum or witness", new[] { ComponentKind.DatabaseCluster }, (m, c, at) => IsSharedNothing(c) ? null
        : DeclaredFacts.Of(m) is var f && (f.HasRelation(c, at, RelationKind.QuorumDevice) || f.HasRelation(c, at, RelationKind.Witness)));

    /// <summary>The connection limit of a database that pools connect to (HA505).</summary>
    public static readonly JudgedFact Connections = new("capacity (connections)", new[] { ComponentKind.DatabaseCluster }, (m, c, at) => DeclaredFacts.Of(m).IsPoolTarget(c, at) ? c.Properties.ContainsKey(PropertyNames.MaxConnections) : null);

    /// <summary>The read ratio of a shared-everything cluster (HA604).</summary>
    public static readonly JudgedFact ClusterWorkload = new("workload", new[] { ComponentKind.DatabaseCluster }, (_, c, _) => c.Properties.GetText(PropertyNames.ClusterMode) == nameof(ClusterMode.SharedEverything) ? c.Properties.ContainsKey(PropertyNames.ReadRatio) : null);

    /// <summary>A RAID group's workload (HA311).</summary>
    public static readonly JudgedFact RaidWorkload = Property("workload", ComponentKind.RaidGroup, PropertyNames.WorkloadIops);

    /// <summary>What feeds a UPS (HA102).</summary>
    public static readonly JudgedFact FedBy = new("fed by", new[] { ComponentKind.Ups }, Relation(RelationKind.FedBy));

    /// <summary>Every fact, in the order a report's columns show them.</summary>
    public static IReadOnlyList<JudgedFact> InColumnOrder { get; } = new[]
    {
        AvailabilityTarget, FailuresToTolerate, PeakLoad, PowerSupplies, Nics, Hbas, Controllers, Rack,
        HealthCheck, IdleTimeout, Workers, Heartbeat, Quorum, Connections, ClusterWorkload, RaidWorkload, FedBy,
    };

    // Whether a component has a part of the kind, or a relation of the kind starts from it, asked
    // by the index its name stands for (DeclaredFacts), not by its name.
    private static Func<DesignModel, Component, int, bool?> Part(ComponentKind kind) =>
        (m, c, at) => DeclaredFacts.Of(m).HasPart(c, at, kind);

    private static Func<DesignModel, Component, int, bool?> Relation(RelationKind kind) =>
        (m, c, at) => DeclaredFacts.Of(m).HasRelation(c, at, kind);

    private static JudgedFact Property(string title, ComponentKind kind, string property) =>
        new(title, new[] { kind }, (_, c, _) => c.Properties.ContainsKey(property));

    private static bool IsSharedNothing(Component cluster) =>
        cluster.Properties.GetText(PropertyNames.ClusterMode) == nameof(ClusterMode.SharedNothing);
}

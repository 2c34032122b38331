using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Walks the path a user's request takes: from a service through its entry point, DNS names,
/// load balancers, dependencies, connection pools and cluster nodes. Power, racks, cabling and
/// storage are not on that path; they decide whether a component runs, not where a request goes.
/// </summary>
internal static class RequestPaths
{
    /// <summary>True for the relations a request follows.</summary>
    public static bool IsRequestPath(RelationKind kind) => kind switch
    {
        RelationKind.EntryPoint or RelationKind.Resolves or RelationKind.RoundRobin or RelationKind.Targets
            or RelationKind.DependsOn or RelationKind.ConnectionPool or RelationKind.ClusterNodes => true,
        _ => false,
    };

    /// <summary>
    /// The declared DNS names that round-robin over two or more servers (HA401, HA402), with those
    /// servers; a name over one server alone is no round robin.
    /// </summary>
    public static IEnumerable<(Component Dns, IReadOnlyList<Component> Servers)> DnsRoundRobins(DesignModel model)
    {
        foreach (var dns in ModelLookups.Declared(model, ComponentKind.DnsName))
        {
            var servers = ModelLookups.Targets(model, dns.Name, RelationKind.RoundRobin);
            if (servers.Count >= 2)
            {
                yield return (dns, servers);
            }
        }
    }

    /// <summary>Every component a request to <paramref name="start"/> can reach, the start included.</summary>
    public static ISet<string> ReachableFrom(DesignModel model, string start)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            foreach (var relation in model.RelationsFrom(queue.Dequeue()))
            {
                if (!IsRequestPath(relation.Kind))
                {
                    continue;
                }

                foreach (var target in relation.Targets.SelectMany(model.Resolve))
                {
                    if (reached.Add(target.Name))
                    {
                        queue.Enqueue(target.Name);
                    }
                }
            }
        }

        return reached;
    }

    /// <summary>The services declared <c>Stateful()</c>.</summary>
    public static IEnumerable<Component> StatefulServices(DesignModel model) =>
        ModelLookups.Declared(model, ComponentKind.Service).Where(s => s.Properties.GetBoolean(PropertyNames.Stateful) == true);

    /// <summary>
    /// The stateful servers (docs/language.md): servers that run an application server and that a
    /// <c>Stateful()</c> service reaches. A replica group is stateful as a whole when any replica is
    /// reached, since its replicas share one declaration.
    /// </summary>
    public static ISet<string> StatefulServers(DesignModel model)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in StatefulServices(model))
        {
            reached.UnionWith(ReachableFrom(model, service.Name));
        }

        var stateful = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            if (!server.Properties.ContainsKey(PropertyNames.SessionReplication))
            {
                continue;
            }

            var members = server.Group is { } group ? model.Resolve(group).Select(m => m.Name).ToList() : new List<string> { server.Name };
            if (members.Any(reached.Contains))
            {
                stateful.Add(server.Name);
            }
        }

        return stateful;
    }

    /// <summary>
    /// Each declared load balancer with its targets and, of those, the stateful servers
    /// (<see cref="StatefulServers"/>) and the stateful servers whose sessions a failure loses
    /// (not <see cref="Sessions.AreReplicated"/>), all in target order. Written once for the
    /// rules that judge what a balancer does to the sessions behind it (HA404, HA406, HA407).
    /// </summary>
    public static IEnumerable<BalancedTargets> StatefulBehindBalancers(DesignModel model)
    {
        var stateful = StatefulServers(model);
        foreach (var lb in ModelLookups.Declared(model, ComponentKind.LoadBalancer))
        {
            var targets = ModelLookups.Targets(model, lb.Name, RelationKind.Targets);
            var statefulTargets = targets.Where(t => stateful.Contains(t.Name)).ToList();
            yield return new BalancedTargets(lb, targets, statefulTargets, statefulTargets.Where(t => !Sessions.AreReplicated(model, t)).ToList());
        }
    }
}

/// <summary>A load balancer, its targets, and those of them that are stateful (see <see cref="RequestPaths.StatefulBehindBalancers"/>).</summary>
internal sealed class BalancedTargets
{
    public BalancedTargets(Component balancer, IReadOnlyList<Component> targets, IReadOnlyList<Component> stateful, IReadOnlyList<Component> unreplicated)
    {
        Balancer = balancer;
        Targets = targets;
        Stateful = stateful;
        Unreplicated = unreplicated;
    }

    /// <summary>The load balancer.</summary>
    public Component Balancer { get; }

    /// <summary>Everything it targets (replica groups expanded).</summary>
    public IReadOnlyList<Component> Targets { get; }

    /// <summary>The targets that are stateful servers.</summary>
    public IReadOnlyList<Component> Stateful { get; }

    /// <summary>The stateful targets whose sessions are not replicated: a failure loses them.</summary>
    public IReadOnlyList<Component> Unreplicated { get; }
}

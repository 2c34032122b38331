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
    // Five rules ask for the stateful servers of a design: found once per check.
    private static readonly object StatefulKey = new();

    // Three rules (HA404, HA406, HA407) ask for the stateful targets of every balancer: found once per check.
    private static readonly object BalancedKey = new();

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

    // Every component a request to any of the starts can reach: one walk for all of them, so that
    // many services sharing one back end cost one visit of it, not one each.
    private static HashSet<string> Reachable(DesignModel model, IEnumerable<string> starts)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in starts)
        {
            if (reached.Add(start))
            {
                queue.Enqueue(start);
            }
        }

        while (queue.Count > 0)
        {
            foreach (var relation in model.RelationsFrom(queue.Dequeue()))
            {
                if (!IsRequestPath(relation.Kind))
                {
                    continue;
                }

                foreach (var target in relation.Targets)
                {
                    // As model.Resolve(target), without its array per name.
                    if (model.FindGroup(target) is { } group)
                    {
                        foreach (var member in group.Members)
                        {
                            if (model.FindComponent(member) is not null && reached.Add(member))
                            {
                                queue.Enqueue(member);
                            }
                        }
                    }
                    else if (model.FindComponent(target) is not null && reached.Add(target))
                    {
                        queue.Enqueue(target);
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
    public static ISet<string> StatefulServers(RuleContext context) => context.Shared(StatefulKey, c => FindStatefulServers(c.Model));

    private static HashSet<string> FindStatefulServers(DesignModel model)
    {
        var starts = new List<string>();
        foreach (var service in StatefulServices(model))
        {
            starts.Add(service.Name);
        }

        var reached = Reachable(model, starts);
        var stateful = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            if (server.Properties.ContainsKey(PropertyNames.SessionReplication) && AnyReached(model, server, reached))
            {
                stateful.Add(server.Name);
            }
        }

        return stateful;
    }

    // Whether the server, or any replica of its group, is reached (a group's replicas share one declaration).
    private static bool AnyReached(DesignModel model, Component server, HashSet<string> reached)
    {
        if (server.Group is not { } name)
        {
            return reached.Contains(server.Name);
        }

        foreach (var member in model.Resolve(name))
        {
            if (reached.Contains(member.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Each declared load balancer with its targets and, of those, the stateful servers
    /// (<see cref="StatefulServers"/>) and the stateful servers whose sessions a failure loses
    /// (not <see cref="Sessions.AreReplicated"/>), all in target order. Written once for the
    /// rules that judge what a balancer does to the sessions behind it (HA404, HA406, HA407),
    /// and found once per check.
    /// </summary>
    public static IReadOnlyList<BalancedTargets> StatefulBehindBalancers(RuleContext context) => context.Shared(BalancedKey, FindStatefulBehindBalancers);

    private static List<BalancedTargets> FindStatefulBehindBalancers(RuleContext context)
    {
        var model = context.Model;
        var stateful = StatefulServers(context);
        var result = new List<BalancedTargets>();
        foreach (var (lb, targets) in Balancers.Of(context))
        {
            var statefulTargets = new List<Component>();
            var unreplicated = new List<Component>();
            foreach (var target in targets)
            {
                if (stateful.Contains(target.Name))
                {
                    statefulTargets.Add(target);
                    if (!Sessions.AreReplicated(model, target))
                    {
                        unreplicated.Add(target);
                    }
                }
            }

            result.Add(new BalancedTargets(lb, targets, statefulTargets, unreplicated));
        }

        return result;
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

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
}

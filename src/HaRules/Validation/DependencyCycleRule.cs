using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Rules;
using QuikGraph;
using QuikGraph.Algorithms;

namespace HaRules.Validation;

/// <summary>
/// HA005: components that need each other in a circle (A needs B needs A). Each strongly
/// connected group of components is reported once, with one whole cycle through it, starting
/// from its earliest-declared member.
/// </summary>
public sealed class DependencyCycleRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA005" };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var cycle in FindCycles(context.Model))
        {
            yield return context.Create(
                "HA005",
                $"dependency cycle: {string.Join(" → ", cycle)} → {cycle[0]}; nothing in it can start first, so remove one of these dependencies",
                cycle);
        }
    }

    /// <summary>One cycle per strongly connected set of components, each as its list of members in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> FindCycles(Model.DesignModel model)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var component in model.DeclaredComponents)
        {
            if (!order.ContainsKey(component.Name))
            {
                order.Add(component.Name, order.Count);
            }
        }

        var graph = new AdjacencyGraph<string, Edge<string>>(allowParallelEdges: false);
        var selfLoops = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to, _) in DependencyEdges.Enumerate(model))
        {
            graph.AddVerticesAndEdge(new Edge<string>(from, to));
            if (from == to)
            {
                selfLoops.Add(from);
            }
        }

        var components = new Dictionary<string, int>(StringComparer.Ordinal);
        graph.StronglyConnectedComponents(components);

        var cycles = new List<IReadOnlyList<string>>();
        foreach (var members in components.GroupBy(p => p.Value, p => p.Key))
        {
            var set = new HashSet<string>(members, StringComparer.Ordinal);
            var start = set.OrderBy(n => order.TryGetValue(n, out var i) ? i : int.MaxValue).ThenBy(n => n, StringComparer.Ordinal).First();
            if (set.Count > 1)
            {
                cycles.Add(PathBack(graph, start, set, order));
            }
            else if (selfLoops.Contains(start))
            {
                cycles.Add(new[] { start });
            }
        }

        return cycles.OrderBy(c => order.TryGetValue(c[0], out var i) ? i : int.MaxValue).ToList();
    }

    /// <summary>A shortest path from <paramref name="start"/> back to itself inside one strongly connected set.</summary>
    private static IReadOnlyList<string> PathBack(AdjacencyGraph<string, Edge<string>> graph, string start, HashSet<string> set, Dictionary<string, int> order)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            var next = graph.OutEdges(current)
                .Select(e => e.Target)
                .Where(set.Contains)
                .OrderBy(n => order.TryGetValue(n, out var i) ? i : int.MaxValue)
                .ThenBy(n => n, StringComparer.Ordinal);
            foreach (var target in next)
            {
                if (target == start)
                {
                    var path = new List<string> { current };
                    while (path[path.Count - 1] != start)
                    {
                        path.Add(parent[path[path.Count - 1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (!parent.ContainsKey(target) && target != start)
                {
                    parent.Add(target, current);
                    queue.Enqueue(target);
                }
            }
        }

        return new[] { start };
    }
}

using System.Collections.Generic;
using System.Diagnostics;
using HaRules.Reliability;

namespace HaRules.Benchmarks;

/// <summary>
/// The two yardsticks the engine's passes are compared with: one plain depth-first traversal of
/// the services' sub-graph (the floor: no analysis can visit less), and the naive way to find
/// single points of failure (fail each basic event in turn and re-evaluate the graph).
/// </summary>
internal static class ReferencePoints
{
    /// <summary>Visits every node the roots reach once, iteratively; returns the number visited.</summary>
    public static int Traverse(ReliabilityGraph graph, int[] roots)
    {
        var seen = new bool[graph.NodeCount];
        var stack = new int[graph.NodeCount];
        var top = 0;
        var visited = 0;
        foreach (var root in roots)
        {
            if (!seen[root])
            {
                seen[root] = true;
                stack[top++] = root;
            }
        }

        var start = graph.ChildStart;
        var list = graph.ChildList;
        while (top > 0)
        {
            var v = stack[--top];
            visited++;
            for (var c = start[v]; c < start[v + 1]; c++)
            {
                var child = list[c];
                if (!seen[child])
                {
                    seen[child] = true;
                    stack[top++] = child;
                }
            }
        }

        return visited;
    }

    /// <summary>
    /// Fails each basic event alone and re-evaluates every node bottom-up; returns the number of
    /// (event, root) pairs where the root stops, or null when the estimate from the first events
    /// exceeds <paramref name="budgetSeconds"/> (then <paramref name="estimateSeconds"/> says how long it would take).
    /// </summary>
    public static long? NaiveSpofs(ReliabilityGraph graph, int[] roots, double budgetSeconds, out double estimateSeconds)
    {
        var events = new List<int>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.KindOf(v) == GateKind.Event)
            {
                events.Add(v);
            }
        }

        var up = new bool[graph.NodeCount];
        var failed = new bool[graph.NodeCount];
        long stops = 0;
        var clock = Stopwatch.StartNew();
        const int sample = 32;
        estimateSeconds = 0;
        for (var i = 0; i < events.Count; i++)
        {
            if (i == sample)
            {
                estimateSeconds = clock.Elapsed.TotalSeconds * events.Count / sample;
                if (estimateSeconds > budgetSeconds)
                {
                    return null;
                }
            }

            failed[events[i]] = true;
            Evaluate(graph, failed, up);
            failed[events[i]] = false;
            foreach (var root in roots)
            {
                stops += up[root] ? 0 : 1;
            }
        }

        estimateSeconds = clock.Elapsed.TotalSeconds;
        return stops;
    }

    private static void Evaluate(ReliabilityGraph graph, bool[] failed, bool[] up)
    {
        foreach (var v in graph.PostOrder)
        {
            var kind = graph.KindOf(v);
            if (kind == GateKind.Event)
            {
                up[v] = !failed[v];
                continue;
            }

            var running = 0;
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                running += up[graph.ChildList[c]] ? 1 : 0;
            }

            up[v] = running >= GateMath.Needed(graph, v);
        }
    }
}

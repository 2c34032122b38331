using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// Dependency cycles between declared components (A needs B needs A), what HA005 reports and
/// the graph builder cuts. One cycle per strongly connected set (or a component that needs
/// itself): it starts from the set's earliest-declared member and is a shortest way back to it,
/// taking at each step the earliest-declared next member. Linear in the model: Tarjan's strongly
/// connected components, iteratively (no recursion, however deep the chain), then a breadth-first
/// walk inside each cyclic set.
/// </summary>
public static class DependencyCycles
{
    // A model is immutable and both HA005 and the graph builder ask for its cycles: found once per model.
    private static readonly ConditionalWeakTable<DesignModel, IReadOnlyList<IReadOnlyList<string>>> Found = new();

    /// <summary>One cycle per strongly connected set of components, each as its members in order, sorted by first member's declaration.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(DesignModel model) =>
        Found.GetValue(model ?? throw new System.ArgumentNullException(nameof(model)), Search);

    private static IReadOnlyList<IReadOnlyList<string>> Search(DesignModel model)
    {
        var edges = DependencyEdges.Of(model);
        var component = StronglyConnected(edges, out var count);

        // Each set's earliest-declared member, and whether it is a cycle at all.
        var first = new int[count];
        var size = new int[count];
        for (var c = 0; c < count; c++)
        {
            first[c] = -1;
        }

        for (var v = 0; v < component.Length; v++)
        {
            var c = component[v];
            size[c]++;
            if (first[c] < 0 || edges.Rank[v] < edges.Rank[first[c]])
            {
                first[c] = v;
            }
        }

        var starts = new List<int>();
        for (var c = 0; c < count; c++)
        {
            if (size[c] > 1 || HasEdge(edges, first[c], first[c]))
            {
                starts.Add(first[c]);
            }
        }

        starts.Sort((a, b) => edges.Rank[a].CompareTo(edges.Rank[b]));
        var cycles = new List<IReadOnlyList<string>>(starts.Count);
        var parent = new int[component.Length];
        for (var v = 0; v < parent.Length; v++)
        {
            parent[v] = -1;
        }

        foreach (var start in starts)
        {
            cycles.Add(PathBack(edges, component, start, parent));
        }

        return cycles.ToArray();
    }

    private static bool HasEdge(DependencyEdges edges, int from, int to)
    {
        for (var e = edges.Start[from]; e < edges.Start[from + 1]; e++)
        {
            if (edges.Targets[e] == to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tarjan's algorithm with an explicit stack: each vertex's set number (sets numbered from 0).</summary>
    private static int[] StronglyConnected(DependencyEdges edges, out int count)
    {
        var n = edges.Names.Length;
        var index = new int[n];
        var low = new int[n];
        var component = new int[n];
        var onStack = new bool[n];
        var next = new int[n];
        for (var v = 0; v < n; v++)
        {
            index[v] = -1;
        }

        var members = new Stack<int>();
        var calls = new Stack<int>();
        var counter = 0;
        count = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            Visit(root);
            while (calls.Count > 0)
            {
                var v = calls.Peek();
                if (next[v] < edges.Start[v + 1])
                {
                    var w = edges.Targets[next[v]++];
                    if (index[w] < 0)
                    {
                        Visit(w);
                    }
                    else if (onStack[w] && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }

                    continue;
                }

                calls.Pop();
                if (calls.Count > 0 && low[v] < low[calls.Peek()])
                {
                    low[calls.Peek()] = low[v];
                }

                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = members.Pop();
                        onStack[w] = false;
                        component[w] = count;
                    }
                    while (w != v);
                    count++;
                }
            }
        }

        return component;

        void Visit(int v)
        {
            index[v] = low[v] = counter++;
            next[v] = edges.Start[v];
            members.Push(v);
            onStack[v] = true;
            calls.Push(v);
        }
    }

    /// <summary>A shortest way from <paramref name="start"/> back to itself inside its set; at each step the earliest-declared member first.</summary>
    /// <param name="edges">The dependency edges.</param>
    /// <param name="component">Each vertex's strongly connected set.</param>
    /// <param name="start">The set's earliest-declared member.</param>
    /// <param name="parent">Per vertex, -1 or the vertex it was first reached from; left all -1 again.</param>
    private static IReadOnlyList<string> PathBack(DependencyEdges edges, int[] component, int start, int[] parent)
    {
        var set = component[start];
        var reached = new List<int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var next = new List<int>();
        try
        {
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                next.Clear();
                for (var e = edges.Start[current]; e < edges.Start[current + 1]; e++)
                {
                    if (component[edges.Targets[e]] == set)
                    {
                        next.Add(edges.Targets[e]);
                    }
                }

                next.Sort((a, b) => edges.Rank[a].CompareTo(edges.Rank[b]));
                foreach (var target in next)
                {
                    if (target == start)
                    {
                        var path = new List<string> { edges.Names[current] };
                        for (var v = current; v != start; v = parent[v])
                        {
                            path.Add(edges.Names[parent[v]]);
                        }

                        path.Reverse();
                        return path;
                    }

                    if (parent[target] < 0)
                    {
                        parent[target] = current;
                        reached.Add(target);
                        queue.Enqueue(target);
                    }
                }
            }

            return new[] { edges.Names[start] };
        }
        finally
        {
            foreach (var v in reached)
            {
                parent[v] = -1;
            }
        }
    }
}

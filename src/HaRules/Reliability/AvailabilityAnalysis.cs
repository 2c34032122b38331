using System;
using System.Collections.Generic;
using System.Threading;

namespace HaRules.Reliability;

/// <summary>
/// Exact availability of one root over a graph with shared nodes (raid.md, "Availability").
/// <para>
/// Children of a gate are independent unless they share a node. Every node reached along two
/// paths is conditioned on (Shannon decomposition) at its immediate dominator, the lowest gate
/// every path to it passes through; there the gate's children are split into clusters that share
/// such nodes, each cluster is summed over the states of its shared nodes (deepest first, so each
/// is evaluated given the ones below it), and the clusters combine as independent units. Within
/// a gate the children combine by a dynamic programme over the number of failed (or running)
/// children, capped at what decides the gate, which covers all-of, any-of and k-of-n alike.
/// Sub-graphs that share nothing with the rest (modules) are evaluated once.
/// </para>
/// <para>
/// Probabilities of up and down are carried apart and only ever multiplied and added, so a tiny
/// unavailability keeps its digits. The cost is linear for trees and exponential only in the
/// number of shared nodes conditioned together in one cluster; past <see cref="WorkLimit"/> gate
/// evaluations, or <see cref="MaxConditioned"/> shared nodes in one cluster, the rest is treated
/// as independent and the result is marked inexact.
/// </para>
/// </summary>
internal sealed class AvailabilityAnalysis
{
    /// <summary>Gate evaluations per root before the analysis stops conditioning.</summary>
    public const long WorkLimit = 20_000_000;

    /// <summary>Shared nodes conditioned together in one cluster at most (2^n states).</summary>
    public const int MaxConditioned = 16;

    private readonly ReliabilityGraph _graph;
    private readonly int[] _po;
    private readonly int[] _indegree;
    private readonly int[] _idom;
    private readonly int[] _pre;
    private readonly int[] _last;
    private readonly bool[] _module;
    private readonly Cluster[]?[] _plans;
    private readonly byte[] _state;
    private readonly double[] _memoUp;
    private readonly double[] _memoDown;
    private readonly bool[] _memo;
    private long _work;
    private bool _approximate;

    private AvailabilityAnalysis(ReliabilityGraph graph)
    {
        var n = graph.NodeCount;
        _graph = graph;
        _po = new int[n];
        _indegree = new int[n];
        _idom = new int[n];
        _pre = new int[n];
        _last = new int[n];
        _module = new bool[n];
        _plans = new Cluster[n][];
        _state = new byte[n];
        _memoUp = new double[n];
        _memoDown = new double[n];
        _memo = new bool[n];
    }

    /// <summary>
    /// The probabilities that <paramref name="root"/> runs and that it does not, and whether they
    /// are exact (false when the work bounds made the analysis treat some shared nodes as independent).
    /// </summary>
    public static (double Up, double Down, bool Exact) Compute(ReliabilityGraph graph, int root)
    {
        var analysis = new AvailabilityAnalysis(graph);
        var order = analysis.Prepare(root);
        (double, double) result = default;
        if (Depth(graph, order) > 500)
        {
            // Evaluation recurses along the graph's depth: give deep designs a deep stack.
            var thread = new Thread(() => result = analysis.Eval(root), 256 * 1024 * 1024);
            thread.Start();
            thread.Join();
        }
        else
        {
            result = analysis.Eval(root);
        }

        return (result.Item1, result.Item2, !analysis._approximate);
    }

    private static int Depth(ReliabilityGraph graph, List<int> order)
    {
        var depth = new Dictionary<int, int>();
        var max = 0;
        foreach (var v in order)
        {
            var d = 0;
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                d = Math.Max(d, depth[graph.ChildList[c]]);
            }

            depth[v] = d + 1;
            max = Math.Max(max, d + 1);
        }

        return max;
    }

    /// <summary>Post-order, in-degrees, dominators, modules and conditioning plans of the root's sub-graph.</summary>
    private List<int> Prepare(int root)
    {
        var order = PostOrder(root);
        foreach (var v in order)
        {
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                _indegree[_graph.ChildList[c]]++;
            }
        }

        Dominators(root, order);
        Modules(order);
        var conditioned = new Dictionary<int, List<int>>();
        foreach (var v in order)
        {
            if (v != root && _indegree[v] >= 2)
            {
                if (!conditioned.TryGetValue(_idom[v], out var list))
                {
                    conditioned.Add(_idom[v], list = new List<int>());
                }

                list.Add(v);
            }
        }

        var stamp = new int[_graph.NodeCount];
        var slotOf = new int[_graph.NodeCount];
        var round = 0;
        foreach (var pair in conditioned)
        {
            _plans[pair.Key] = Plan(pair.Key, stamp, slotOf, ++round);
        }

        return order;
    }

    private List<int> PostOrder(int root)
    {
        for (var i = 0; i < _po.Length; i++)
        {
            _po[i] = -1;
        }

        var order = new List<int>();
        var stack = new List<(int Node, int Next)> { (root, _graph.ChildStart[root]) };
        _po[root] = -2;
        while (stack.Count > 0)
        {
            var (v, next) = stack[stack.Count - 1];
            if (next < _graph.ChildStart[v + 1])
            {
                stack[stack.Count - 1] = (v, next + 1);
                var child = _graph.ChildList[next];
                if (_po[child] == -1)
                {
                    _po[child] = -2;
                    stack.Add((child, _graph.ChildStart[child]));
                }
            }
            else
            {
                _po[v] = order.Count;
                order.Add(v);
                stack.RemoveAt(stack.Count - 1);
            }
        }

        return order;
    }

    /// <summary>
    /// Immediate dominators over a DAG in one pass, parents before children (Cooper, Harvey and
    /// Kennedy's intersection on post-order numbers), then pre-order ranges of the dominator tree
    /// so that "a dominates b" is two comparisons.
    /// </summary>
    private void Dominators(int root, List<int> order)
    {
        var parents = new List<int>[_graph.NodeCount];
        foreach (var v in order)
        {
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                var child = _graph.ChildList[c];
                (parents[child] ??= new List<int>()).Add(v);
            }
        }

        _idom[root] = root;
        for (var i = order.Count - 2; i >= 0; i--)
        {
            var v = order[i];
            var idom = -1;
            foreach (var p in parents[v]!)
            {
                idom = idom < 0 ? p : Intersect(p, idom);
            }

            _idom[v] = idom;
        }

        var treeChildren = new List<int>[_graph.NodeCount];
        foreach (var v in order)
        {
            if (v != root)
            {
                (treeChildren[_idom[v]] ??= new List<int>()).Add(v);
            }
        }

        var counter = 0;
        var stack = new List<(int Node, int Next)> { (root, 0) };
        _pre[root] = counter++;
        while (stack.Count > 0)
        {
            var (v, next) = stack[stack.Count - 1];
            var kids = treeChildren[v];
            if (kids is not null && next < kids.Count)
            {
                stack[stack.Count - 1] = (v, next + 1);
                _pre[kids[next]] = counter++;
                stack.Add((kids[next], 0));
            }
            else
            {
                _last[v] = counter - 1;
                stack.RemoveAt(stack.Count - 1);
            }
        }
    }

    private int Intersect(int a, int b)
    {
        while (a != b)
        {
            while (_po[a] < _po[b])
            {
                a = _idom[a];
            }

            while (_po[b] < _po[a])
            {
                b = _idom[b];
            }
        }

        return a;
    }

    private bool Dominates(int a, int b) => _pre[a] <= _pre[b] && _pre[b] <= _last[a];

    /// <summary>A node is a module when it dominates everything below it: the immediate dominator of every descendant lies in its dominator subtree.</summary>
    private void Modules(List<int> order)
    {
        var low = new int[_graph.NodeCount];
        var high = new int[_graph.NodeCount];
        foreach (var v in order)
        {
            var lo = int.MaxValue;
            var hi = int.MinValue;
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                var child = _graph.ChildList[c];
                var p = _pre[_idom[child]];
                lo = Math.Min(lo, Math.Min(p, low[child]));
                hi = Math.Max(hi, Math.Max(p, high[child]));
            }

            low[v] = lo;
            high[v] = hi;
            _module[v] = lo >= _pre[v] && hi <= _last[v];
        }
    }

    /// <summary>
    /// Splits a gate's children into clusters: children that reach one of the shared nodes the
    /// gate dominates immediately belong together; each cluster lists those shared nodes, deepest first.
    /// </summary>
    private Cluster[] Plan(int v, int[] stamp, int[] slotOf, int round)
    {
        var start = _graph.ChildStart[v];
        var n = _graph.ChildCount(v);
        var uf = new int[n];
        for (var s = 0; s < n; s++)
        {
            uf[s] = s;
        }

        var found = new List<(int Node, int Slot)>();
        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            var child = _graph.ChildList[start + s];
            if (!Dominates(v, child))
            {
                continue;
            }

            stack.Push(child);
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                if (stamp[w] == round)
                {
                    Union(uf, s, slotOf[w]);
                    continue;
                }

                stamp[w] = round;
                slotOf[w] = s;
                if (_indegree[w] >= 2 && _idom[w] == v)
                {
                    found.Add((w, s));
                }

                if (_module[w])
                {
                    continue;
                }

                for (var c = _graph.ChildStart[w]; c < _graph.ChildStart[w + 1]; c++)
                {
                    var x = _graph.ChildList[c];
                    if (Dominates(v, x))
                    {
                        stack.Push(x);
                    }
                }
            }
        }

        var slots = new Dictionary<int, List<int>>();
        var shared = new Dictionary<int, List<int>>();
        for (var s = 0; s < n; s++)
        {
            var r = Find(uf, s);
            if (!slots.TryGetValue(r, out var list))
            {
                slots.Add(r, list = new List<int>());
                shared.Add(r, new List<int>());
            }

            list.Add(start + s);
        }

        foreach (var (node, slot) in found)
        {
            shared[Find(uf, slot)].Add(node);
        }

        var clusters = new List<Cluster>();
        foreach (var pair in slots)
        {
            var nodes = shared[pair.Key];
            nodes.Sort((a, b) => _po[a].CompareTo(_po[b]));
            clusters.Add(new Cluster(pair.Value.ToArray(), nodes.ToArray()));
        }

        return clusters.ToArray();
    }

    private static int Find(int[] uf, int x)
    {
        while (uf[x] != x)
        {
            uf[x] = uf[uf[x]];
            x = uf[x];
        }

        return x;
    }

    private static void Union(int[] uf, int a, int b)
    {
        a = Find(uf, a);
        b = Find(uf, b);
        if (a != b)
        {
            uf[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    private (double Up, double Down) Eval(int v)
    {
        if (_state[v] == 1)
        {
            return (1, 0);
        }

        if (_state[v] == 2)
        {
            return (0, 1);
        }

        if (_graph.Kinds[v] == GateKind.Event)
        {
            return (_graph.Up[v], _graph.Down[v]);
        }

        if (_memo[v])
        {
            return (_memoUp[v], _memoDown[v]);
        }

        if (++_work > WorkLimit)
        {
            _approximate = true;
        }

        var n = _graph.ChildCount(v);
        var needed = GateMath.Needed(_graph, v);
        (double Up, double Down) result;
        if (needed == 0)
        {
            result = (1, 0);
        }
        else if (needed > n)
        {
            result = (0, 1);
        }
        else
        {
            var counting = new Counting(n, needed);
            var total = counting.Start();
            if (_plans[v] is { } clusters && !_approximate)
            {
                foreach (var cluster in clusters)
                {
                    total = counting.Convolve(total, ClusterDistribution(cluster, counting));
                }
            }
            else
            {
                for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
                {
                    counting.Add(total, Eval(_graph.ChildList[c]));
                }
            }

            result = counting.Result(total);
        }

        if (_module[v])
        {
            _memo[v] = true;
            _memoUp[v] = result.Up;
            _memoDown[v] = result.Down;
        }

        return result;
    }

    private double[] ClusterDistribution(Cluster cluster, Counting counting)
    {
        // Give up on exactness before spending the budget, not after: 2^shared states, each
        // evaluating every member of the cluster at least once.
        if (cluster.Shared.Length > MaxConditioned
            || (1L << cluster.Shared.Length) * cluster.Slots.Length > WorkLimit - _work)
        {
            _approximate = true;
        }

        var sum = new double[counting.Length];
        Enumerate(cluster, counting, 0, 1, sum);
        return sum;
    }

    /// <summary>Sums the cluster's distribution over the states of its shared nodes from <paramref name="index"/> on.</summary>
    private void Enumerate(Cluster cluster, Counting counting, int index, double weight, double[] sum)
    {
        if (weight == 0)
        {
            return;
        }

        if (index == cluster.Shared.Length || _approximate)
        {
            var distribution = counting.Start();
            foreach (var slot in cluster.Slots)
            {
                counting.Add(distribution, Eval(_graph.ChildList[slot]));
            }

            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += weight * distribution[i];
            }

            return;
        }

        var node = cluster.Shared[index];
        var (up, down) = Eval(node);
        _state[node] = 1;
        Enumerate(cluster, counting, index + 1, weight * up, sum);
        _state[node] = 2;
        Enumerate(cluster, counting, index + 1, weight * down, sum);
        _state[node] = 0;
    }

    private sealed class Cluster
    {
        public Cluster(int[] slots, int[] shared)
        {
            Slots = slots;
            Shared = shared;
        }

        /// <summary>Positions in the child list of the gate.</summary>
        public int[] Slots { get; }

        /// <summary>Shared nodes to condition on, deepest first.</summary>
        public int[] Shared { get; }
    }
}

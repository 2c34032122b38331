using System;
using System.Collections.Generic;
using System.Threading;

namespace HaRules.Reliability;

/// <summary>
/// Exact availability of roots over a graph with shared nodes (docs/analysis.md, "Availability").
/// <para>
/// Children of a gate are independent unless they share a node. Every node reached along two
/// paths is conditioned on (Shannon decomposition) at its immediate dominator, the lowest gate
/// every path to it passes through; there the gate's children are split into clusters that share
/// such nodes, each cluster is summed over the states of its shared nodes (deepest first, so each
/// is evaluated given the ones below it), and the clusters combine as independent units. Within
/// a gate the children combine by a dynamic programme over the number of failed (or running)
/// children, capped at what decides the gate, which covers all-of, any-of and k-of-n alike.
/// </para>
/// <para>
/// Every value is memoised by what it depends on. A module (a node that dominates everything
/// below it) depends on nothing outside: it is evaluated once, and kept for the next roots. Any
/// other node depends only on the states of its support — the shared nodes below it conditioned
/// above it — so it is evaluated once per state of its support, not once per state of every
/// enclosing conditioning (a replica in rack 3 is evaluated for the states of rack 3, not of
/// every rack). This keeps the 2^s enumeration of a cluster to lookups for most of its members.
/// Clusters with more than <see cref="DecomposeAbove"/> shared nodes are not enumerated at all but
/// conditioned one node at a time and split as they fall apart (<see cref="Decomposition"/>).
/// </para>
/// <para>
/// Probabilities of up and down are carried apart and only ever multiplied and added, so a tiny
/// unavailability keeps its digits. Where conditioning would pass
/// <see cref="StrictWorkLimit"/> gate evaluations, or a cluster cannot be conditioned within the
/// budget, the root is compiled to a decision diagram instead (<see cref="Diagram"/>); only if
/// that passes <see cref="MaxDiagramNodes"/> is the rest treated as independent (past
/// <see cref="WorkLimit"/>, or <see cref="MaxConditioned"/> shared nodes in one cluster) and the
/// result marked inexact. That mode has a budget of its own (<see cref="Inexact"/>): every
/// evaluation ends after a bounded number of gate evaluations.
/// </para>
/// </summary>
internal sealed partial class AvailabilityAnalysis
{
    /// <summary>Gate evaluations per root in the last, inexact-mode run (after the diagram passed its bound) before the rest is treated as independent.</summary>
    public const long WorkLimit = 20_000_000;

    /// <summary>Shared nodes conditioned together in one cluster at most (2^n states).</summary>
    public const int MaxConditioned = 16;

    /// <summary>
    /// Clusters with more shared nodes than this are conditioned one node at a time and split as
    /// they fall apart (<see cref="Decomposition"/>); smaller ones enumerate their 2^s states
    /// directly, which for a handful of nodes costs less than deciding how to split.
    /// </summary>
    public const int DecomposeAbove = 8;

    /// <summary>Supports up to this size get a memo table (2^n entries); larger ones are re-evaluated.</summary>
    private const int MaxMemoBits = 12;

    private readonly ReliabilityGraph _graph;
    private readonly SubgraphStructure _structure;
    private readonly byte[] _state;
    private readonly bool[] _known;
    private readonly double[] _knownUp;
    private readonly double[] _knownDown;
    private Cluster[]?[] _plans = Array.Empty<Cluster[]>();
    private int[] _memoStart = Array.Empty<int>();
    private double[] _pool = new double[64];
    private int _poolUsed;
    private long _work;
    private long _workLimit;
    private readonly AvailabilityBudget _budget;
    private bool _approximate;

    private readonly int _decomposeAbove;
    private readonly bool _useDiagrams;
    private readonly bool _diagramsFirst;

    private AvailabilityAnalysis(ReliabilityGraph graph, int decomposeAbove, DiagramUse diagrams, AvailabilityBudget budget)
    {
        _budget = budget;
        _workLimit = budget.WorkLimit;
        _decomposeAbove = decomposeAbove;
        _useDiagrams = diagrams != DiagramUse.Never;
        _diagramsFirst = diagrams == DiagramUse.Always;
        var n = graph.NodeCount;
        _graph = graph;
        _structure = new SubgraphStructure(graph);
        _state = new byte[n];
        _known = new bool[n];
        _knownUp = new double[n];
        _knownDown = new double[n];
    }

    /// <summary>
    /// The probabilities that <paramref name="root"/> runs and that it does not, and whether they
    /// are exact (false when the work bounds made the analysis treat some shared nodes as independent).
    /// </summary>
    public static (double Up, double Down, bool Exact) Compute(ReliabilityGraph graph, int root) => For(graph).Evaluate(root);

    /// <summary>An analysis for several roots of one graph: modules evaluated for one root are reused for the next.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="decomposeAbove">Shared nodes in a cluster above which it is decomposed (tests set 0 to decompose every cluster).</param>
    /// <param name="diagrams">When decision diagrams are used (tests force them, or turn them off, to check each path alone).</param>
    /// <param name="budget">The work bounds (tests lower them to reach each on small graphs); null for the documented ones.</param>
    public static AvailabilityAnalysis For(ReliabilityGraph graph, int decomposeAbove = DecomposeAbove, DiagramUse diagrams = DiagramUse.WhenConditioningGivesUp, AvailabilityBudget? budget = null) =>
        new(graph, decomposeAbove, diagrams, budget ?? AvailabilityBudget.Default);

    /// <summary>As <see cref="Compute"/>, reusing what earlier roots of this analysis computed.</summary>
    public (double Up, double Down, bool Exact) Evaluate(int root) => EvaluateChanged(root, null);

    /// <summary>
    /// As <see cref="Evaluate"/> with the given events made perfect (always up) for this
    /// evaluation only: what the fix-first ranking asks for each candidate. The graph's
    /// probabilities are changed in place and restored, so the graph must be this analysis's own
    /// (a <see cref="ReachableSubgraph"/>'s, or <see cref="ReliabilityGraph.WithPerfectEvents"/> with no events). Modules kept
    /// from earlier roots stay valid unless a perfect event lies below them: only those (the
    /// events' ancestors inside the root's sub-graph) are forgotten, before and after, so the cost
    /// is the root's sub-graph, not the whole graph.
    /// </summary>
    public (double Up, double Down, bool Exact) EvaluateWithPerfect(int root, IReadOnlyList<int> events)
    {
        var up = _graph.Up;
        var down = _graph.Down;
        var saved = new (double Up, double Down)[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            saved[i] = (up[events[i]], down[events[i]]);
        }

        try
        {
            foreach (var e in events)
            {
                up[e] = 1;
                down[e] = 0;
            }

            return EvaluateChanged(root, events);
        }
        finally
        {
            for (var i = events.Count - 1; i >= 0; i--)
            {
                (up[events[i]], down[events[i]]) = saved[i];
            }
        }
    }

    private (double Up, double Down, bool Exact) EvaluateChanged(int root, IReadOnlyList<int>? changed)
    {
        _work = 0;
        LastWork = 0;
        _approximate = false;
        if (Repeat(root) is { } repeated)
        {
            return (repeated.Up, repeated.Down, true);
        }

        _structure.Build(root);
        var stale = changed is null ? null : Above(changed);
        _keepDiagram = changed is not null;
        if (_kept is { } kept && kept.Top != root)
        {
            _kept = null;
        }

        try
        {
            Forget(stale);
            Prepare();
            var result = _structure.Depth > 500
                ? OnLargeStack(() => ExactOrApproximate(root)) // evaluation recurses along the graph's depth
                : ExactOrApproximate(root);
            if (result.Exact)
            {
                RememberRepeat((result.Up, result.Down));
            }

            return result;
        }
        finally
        {
            Forget(stale);
            _structure.Clear();
        }
    }

    /// <summary>The nodes of the current sub-graph at or above any of <paramref name="events"/> (graph nodes).</summary>
    private List<int> Above(IReadOnlyList<int> events)
    {
        var s = _structure;
        var order = s.Order;
        var marked = new bool[s.Count];
        var result = new List<int>();
        foreach (var e in events)
        {
            if (s.LocalOf(e) is var local and >= 0 && !marked[local])
            {
                marked[local] = true;
                result.Add(e);
            }
        }

        // Local numbers are post-order numbers: children come before their parents.
        for (var i = 0; i < s.Count; i++)
        {
            if (marked[i])
            {
                continue;
            }

            var v = order[i];
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                if (marked[s.LocalOf(_graph.ChildList[c])])
                {
                    marked[i] = true;
                    result.Add(v);
                    break;
                }
            }
        }

        return result;
    }

    private void Forget(List<int>? nodes)
    {
        if (nodes is null)
        {
            return;
        }

        foreach (var v in nodes)
        {
            _known[v] = false;
        }
    }

    private (double Up, double Down, bool Exact) ExactOrApproximate(int root)
    {
        if (Exact(root) is { } exact)
        {
            return (exact.Up, exact.Down, true);
        }

        // Neither conditioning nor a diagram stays within bounds: the rest is treated as independent.
        return Inexact(root);
    }

    /// <summary>Conditioning plans (per immediate dominator of shared nodes) and empty memo tables.</summary>
    private void Prepare()
    {
        var s = _structure;
        var m = s.Count;
        _plans = new Cluster[m][];
        _memoStart = new int[m];
        for (var i = 0; i < m; i++)
        {
            _memoStart[i] = -1;
        }

        PrepareInexact(m);

        _poolUsed = 0;
        var conditioned = new List<int>[m];
        var gates = new List<int>();
        for (var i = 0; i < m - 1; i++)
        {
            if (s.Indegree[i] >= 2)
            {
                var d = s.Idom[i];
                if (conditioned[d] is null)
                {
                    conditioned[d] = new List<int>();
                    gates.Add(d);
                }

                conditioned[d].Add(i);
            }
        }

        // Deterministic: gates in post-order.
        gates.Sort();
        var stamp = new int[m];
        var slotOf = new int[m];
        var round = 0;
        foreach (var gate in gates)
        {
            _plans[gate] = Plan(gate, stamp, slotOf, ++round);
        }
    }

    /// <summary>
    /// Splits a gate's children into clusters: children that reach one of the shared nodes the
    /// gate dominates immediately belong together; each cluster lists those shared nodes (as
    /// graph nodes), deepest first.
    /// </summary>
    private Cluster[] Plan(int v, int[] stamp, int[] slotOf, int round)
    {
        var s = _structure;
        var node = s.Order[v];
        var start = _graph.ChildStart[node];
        var n = _graph.ChildCount(node);
        var uf = new int[n];
        for (var i = 0; i < n; i++)
        {
            uf[i] = i;
        }

        var found = new List<(int Local, int Slot)>();
        var stack = new Stack<int>();
        for (var slot = 0; slot < n; slot++)
        {
            var child = s.LocalOf(_graph.ChildList[start + slot]);
            if (!s.Dominates(v, child))
            {
                continue;
            }

            stack.Push(child);
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                if (stamp[w] == round)
                {
                    Union(uf, slot, slotOf[w]);
                    continue;
                }

                stamp[w] = round;
                slotOf[w] = slot;
                if (s.Indegree[w] >= 2 && s.Idom[w] == v)
                {
                    found.Add((w, slot));
                }

                if (s.Module[w])
                {
                    continue;
                }

                var g = s.Order[w];
                for (var c = _graph.ChildStart[g]; c < _graph.ChildStart[g + 1]; c++)
                {
                    var x = s.LocalOf(_graph.ChildList[c]);
                    if (s.Dominates(v, x))
                    {
                        stack.Push(x);
                    }
                }
            }
        }

        var clusterOf = new int[n];
        var slots = new List<List<int>>();
        var shared = new List<List<int>>();
        for (var slot = 0; slot < n; slot++)
        {
            var r = Find(uf, slot);
            if (r == slot)
            {
                clusterOf[slot] = slots.Count;
                slots.Add(new List<int>());
                shared.Add(new List<int>());
            }

            slots[clusterOf[r]].Add(start + slot);
        }

        foreach (var (local, slot) in found)
        {
            shared[clusterOf[Find(uf, slot)]].Add(local);
        }

        var clusters = new Cluster[slots.Count];
        for (var c = 0; c < clusters.Length; c++)
        {
            // Local numbers are post-order numbers: ascending is deepest first.
            shared[c].Sort();
            var nodes = new int[shared[c].Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = s.Order[shared[c][i]];
            }

            clusters[c] = new Cluster(slots[c].ToArray(), nodes);
            if (nodes.Length > _decomposeAbove && nodes.Length <= Decomposition.MaxShared)
            {
                clusters[c].Decomposition = Decomposition.Of(this, v, clusters[c], shared[c]);
            }
        }

        return clusters;
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
            // The smaller slot stays the representative: clusters come out in declaration order.
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

        var local = _structure.LocalOf(v);
        var module = _structure.Module[local];
        if (module && _known[v])
        {
            return (_knownUp[v], _knownDown[v]);
        }

        var slot = module ? -1 : MemoSlot(local);
        if (slot >= 0 && !double.IsNaN(_pool[slot]))
        {
            return (_pool[slot], _pool[slot + 1]);
        }

        if (_approximate && InexactMemo(local) is { } memo)
        {
            return memo;
        }

        LastWork++;
        if (++_work > _workLimit)
        {
            GiveUp();
            StopInexactPastBound();
        }

        var result = Combine(v, local);
        if (_approximate)
        {
            RememberInexact(local, result);
        }

        if (module)
        {
            // A module's value is its true probability whatever root reaches it: kept for later roots,
            // unless the bounds already made this root approximate.
            if (!_approximate)
            {
                _known[v] = true;
                _knownUp[v] = result.Up;
                _knownDown[v] = result.Down;
            }
        }
        else if (slot >= 0)
        {
            _pool[slot] = result.Up;
            _pool[slot + 1] = result.Down;
        }

        return result;
    }

    private (double Up, double Down) Combine(int v, int local)
    {
        var n = _graph.ChildCount(v);
        var needed = GateMath.Needed(_graph, v);
        if (needed == 0)
        {
            return (1, 0);
        }

        if (needed > n)
        {
            return (0, 1);
        }

        var counting = new Counting(n, needed);
        var clusters = _approximate ? null : _plans[local];
        if (clusters is null && counting.Length == 2)
        {
            return CombineTwoStates(v, counting);
        }

        var total = counting.Start();
        if (clusters is not null)
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

        return counting.Result(total);
    }

    /// <summary>
    /// The common case without conditioning, all-of and any-of (one failure, or one running child,
    /// decides): the same dynamic programme as <see cref="Counting"/> on two numbers, without
    /// allocating (most gates are evaluated once per state of their support).
    /// </summary>
    private (double Up, double Down) CombineTwoStates(int v, Counting counting)
    {
        double none = 1;
        double some = 0;
        var failures = counting.CountsFailures;
        for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
        {
            var (up, down) = Eval(_graph.ChildList[c]);
            var move = failures ? down : up;
            var stay = failures ? up : down;
            some += none * move;
            none *= stay;
        }

        return failures ? (none, some) : (some, none);
    }

    /// <summary>
    /// Where a non-module node's value for the current states of its support is kept, or -1 when it
    /// has no memo table (support too large, or a support node not conditioned, as in approximate mode).
    /// </summary>
    private int MemoSlot(int local)
    {
        if (_structure.Support[local] is not { Length: <= MaxMemoBits } support)
        {
            return -1;
        }

        var key = 0;
        var order = _structure.Order;
        for (var b = 0; b < support.Length; b++)
        {
            var state = _state[order[support[b]]];
            if (state == 0)
            {
                return -1;
            }

            key |= (state - 1) << b;
        }

        if (_memoStart[local] < 0)
        {
            var size = 2 << support.Length;
            if (_poolUsed + size > _pool.Length)
            {
                Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _poolUsed + size));
            }

            for (var i = 0; i < size; i++)
            {
                _pool[_poolUsed + i] = double.NaN;
            }

            _memoStart[local] = _poolUsed;
            _poolUsed += size;
        }

        return _memoStart[local] + (2 * key);
    }

    private double[] ClusterDistribution(Cluster cluster, Counting counting)
    {
        // Give up on exactness before spending the budget, not after: 2^shared states, each
        // evaluating every member of the cluster at least once; a decomposed cluster counts what
        // its decomposition would evaluate (usually far fewer).
        var budget = _workLimit - _work;
        if (cluster.Decomposition is { } plan
            ? plan.Estimate(budget) > budget
            : cluster.Shared.Length > MaxConditioned || (1L << cluster.Shared.Length) * cluster.Slots.Length > budget)
        {
            GiveUp();
        }

        if (cluster.Decomposition is { } decomposition)
        {
            return decomposition.Distribution(counting);
        }

        var sum = new double[counting.Length];
        var distribution = new double[counting.Length];
        Enumerate(cluster, counting, 0, 1, sum, distribution);
        return sum;
    }

    /// <summary>Sums the cluster's distribution over the states of its shared nodes from <paramref name="index"/> on.</summary>
    private void Enumerate(Cluster cluster, Counting counting, int index, double weight, double[] sum, double[] distribution)
    {
        if (weight == 0)
        {
            return;
        }

        if (index == cluster.Shared.Length || _approximate)
        {
            counting.Reset(distribution);
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
        SetState(node, 1);
        Enumerate(cluster, counting, index + 1, weight * up, sum, distribution);
        SetState(node, 2);
        Enumerate(cluster, counting, index + 1, weight * down, sum, distribution);
        SetState(node, 0);
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

        /// <summary>Shared nodes to condition on (graph nodes), deepest first.</summary>
        public int[] Shared { get; }

        /// <summary>How the cluster falls apart as its shared nodes are fixed; null above <see cref="Decomposition.MaxShared"/> shared nodes.</summary>
        public Decomposition? Decomposition { get; set; }
    }
}

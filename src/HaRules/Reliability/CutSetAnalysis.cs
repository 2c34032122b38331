using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Minimal cut sets up to a given order, bottom-up over the nodes the roots reach: an event is
/// its own cut set; an all-of gate takes every child's sets; an any-of gate the unions of one set
/// per child; a k-of-n gate the unions that stop n−k+1 children (a dynamic programme over the
/// children, level j holding the sets that stop j of them). Every step drops sets above the order
/// and non-minimal ones. A node that can never run has the empty set as its only cut set.
/// The work is bounded: past <see cref="WorkLimit"/> set unions the search stops and the result
/// says it is incomplete.
/// </summary>
internal sealed class CutSetAnalysis
{
    /// <summary>The most set unions one analysis performs before it gives up on completeness.</summary>
    public const long WorkLimit = 50_000_000;

    private static readonly List<int[]> NoSets = new();
    private readonly ReliabilityGraph _graph;
    private readonly int _order;
    private readonly List<int[]>?[] _sets;
    private readonly int[] _span;
    private readonly int[] _last;
    private long _work;

    private CutSetAnalysis(ReliabilityGraph graph, int order)
    {
        _graph = graph;
        _order = order;
        _sets = new List<int[]>?[graph.NodeCount];
        _span = new int[graph.NodeCount];
        _last = new int[graph.NodeCount];
    }

    /// <summary>False when the work bound was reached: some cut sets may be missing.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>
    /// The minimal cut sets (sorted event nodes) of a node, up to the order searched, smallest
    /// first. Up to order 2 only the roots' sets are kept (other nodes answer none).
    /// </summary>
    public IReadOnlyList<int[]> Of(int node) => _sets[node] ?? NoSets;

    /// <summary>
    /// Computes the cut sets of every node the roots reach, up to <paramref name="order"/> events.
    /// Up to order 2 (the default search) the counting pass of <see cref="PairCutSets"/> runs and
    /// only the roots' sets are kept; above it, the general dynamic programme keeps every node's.
    /// </summary>
    public static CutSetAnalysis Compute(ReliabilityGraph graph, IEnumerable<int> roots, int order)
    {
        var analysis = new CutSetAnalysis(graph, Math.Max(1, order));
        var rootList = new List<int>(roots);
        var reached = Reach(graph, rootList);
        if (analysis._order <= 2)
        {
            var keep = new bool[graph.NodeCount];
            foreach (var root in rootList)
            {
                keep[root] = true;
            }

            var pairs = PairCutSets.Compute(graph, reached, keep, analysis._order, WorkLimit);
            foreach (var root in rootList)
            {
                analysis._sets[root] = pairs.Of(root);
            }

            analysis.Complete = pairs.Complete;
            return analysis;
        }

        foreach (var v in graph.PostOrder)
        {
            if (reached[v])
            {
                analysis._sets[v] = analysis.Node(v);
            }
        }

        return analysis;
    }

    internal static bool[] Reach(ReliabilityGraph graph, IEnumerable<int> roots)
    {
        var reached = new bool[graph.NodeCount];
        var stack = new Stack<int>();
        foreach (var root in roots)
        {
            if (!reached[root])
            {
                reached[root] = true;
                stack.Push(root);
            }
        }

        while (stack.Count > 0)
        {
            var v = stack.Pop();
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                var child = graph.ChildList[c];
                if (!reached[child])
                {
                    reached[child] = true;
                    stack.Push(child);
                }
            }
        }

        return reached;
    }

    private List<int[]> Node(int v)
    {
        if (_graph.Kinds[v] == GateKind.Event)
        {
            return new List<int[]> { new[] { v } };
        }

        var n = _graph.ChildCount(v);
        var needed = GateMath.Needed(_graph, v);
        if (needed == 0)
        {
            return NoSets;
        }

        if (needed > n)
        {
            return new List<int[]> { CutSetOps.Empty };
        }

        if (needed == n)
        {
            var all = new List<int[]>();
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                all.AddRange(Of(_graph.ChildList[c]));
            }

            return CutSetOps.Minimize(all);
        }

        return needed == 1 ? AnyOf(v) : KOfN(v, n - needed + 1);
    }

    private List<int[]> AnyOf(int v)
    {
        var acc = new List<int[]> { CutSetOps.Empty };
        for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1] && acc.Count > 0; c++)
        {
            acc = CutSetOps.Minimize(Product(acc, Of(_graph.ChildList[c])));
        }

        return acc;
    }

    /// <summary>Sets that stop at least <paramref name="kills"/> children.</summary>
    private List<int[]> KOfN(int v, int kills)
    {
        var start = _graph.ChildStart[v];
        var n = _graph.ChildCount(v);
        PrepareBounds(v, out var maxSpan, out var downAfter);

        var levels = new List<int[]>[kills + 1];
        levels[0] = new List<int[]> { CutSetOps.Empty };
        for (var j = 1; j <= kills; j++)
        {
            levels[j] = new List<int[]>();
        }

        // Levels above the highest non-empty one stay empty: wide gates needing many failures
        // cost only the levels that sets of at most the search order can reach.
        var highest = 0;
        for (var i = 0; i < n; i++)
        {
            var child = Of(_graph.ChildList[start + i]);
            for (var j = Math.Min(highest + 1, kills); j >= 1; j--)
            {
                if (levels[j - 1].Count == 0 || child.Count == 0)
                {
                    continue;
                }

                var grown = Product(levels[j - 1], child);
                if (grown.Count > 0)
                {
                    grown.AddRange(levels[j]);
                    levels[j] = CutSetOps.Minimize(grown);
                    highest = Math.Max(highest, j);
                }
            }

            // A set that cannot reach the needed number of stopped children any more is dropped:
            // later children are stopped only through its own events or new ones (each stopping
            // at most maxSpan of them), or because they can never run.
            for (var j = 1; j < kills && j <= highest; j++)
            {
                if (levels[j].Count > 0)
                {
                    levels[j].RemoveAll(set => j + Math.Min(n - 1 - i, Reach(set, i, maxSpan) + downAfter[i]) < kills);
                }
            }
        }

        ClearBounds(v);
        return levels[kills];
    }

    private int Reach(int[] set, int index, int maxSpan)
    {
        long reach = (long)(_order - set.Length) * maxSpan;
        foreach (var e in set)
        {
            if (_last[e] > index)
            {
                reach += _span[e];
            }
        }

        return (int)Math.Min(int.MaxValue, reach);
    }

    private void PrepareBounds(int v, out int maxSpan, out int[] downAfter)
    {
        var start = _graph.ChildStart[v];
        var n = _graph.ChildCount(v);
        maxSpan = 0;
        downAfter = new int[n];
        var down = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            downAfter[i] = down;
            var child = Of(_graph.ChildList[start + i]);
            if (child.Count == 1 && child[0].Length == 0)
            {
                down++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var set in Of(_graph.ChildList[start + i]))
            {
                foreach (var e in set)
                {
                    // Count each child once per event: _last already names this child when seen.
                    if (_span[e] == 0 || _last[e] != i)
                    {
                        _span[e]++;
                        _last[e] = i;
                        maxSpan = Math.Max(maxSpan, _span[e]);
                    }
                }
            }
        }
    }

    private void ClearBounds(int v)
    {
        for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
        {
            foreach (var set in Of(_graph.ChildList[c]))
            {
                foreach (var e in set)
                {
                    _span[e] = 0;
                    _last[e] = 0;
                }
            }
        }
    }

    private List<int[]> Product(List<int[]> left, IReadOnlyList<int[]> right)
    {
        var result = new List<int[]>();
        if (!Complete)
        {
            return result;
        }

        _work += (long)left.Count * right.Count;
        if (_work > WorkLimit)
        {
            Complete = false;
            return result;
        }

        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (CutSetOps.Union(a, b, _order) is { } union)
                {
                    result.Add(union);
                }
            }
        }

        return result;
    }
}

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
/// says it is incomplete. What it lists then is still exact as far as it goes: every set is a
/// minimal cut set, and the orders up to <see cref="CompleteThrough"/> are complete (the single
/// points of failure always; the pairs when the counting pass stayed within its own bound).
/// </summary>
internal sealed class CutSetAnalysis
{
    /// <summary>The most set unions one analysis performs before it gives up on completeness.</summary>
    public const long WorkLimit = 50_000_000;

    private static readonly List<int[]> NoSets = new();
    private readonly ReliabilityGraph _graph;
    private readonly int _order;
    private readonly long _limit;

    // Per node its sets, and the counters of the k-of-n step: the general programme's alone. Up to
    // order 2 only the roots' sets are kept, by root (three arrays the size of the graph would be
    // made for a handful of entries).
    private readonly List<int[]>?[] _sets;
    private readonly int[] _span;
    private readonly int[] _last;
    private readonly Dictionary<int, List<int[]>> _roots = new();
    private long _work;

    private CutSetAnalysis(ReliabilityGraph graph, int order, long limit)
    {
        _graph = graph;
        _order = order;
        _limit = limit;
        var general = order > 2;
        _sets = general ? new List<int[]>?[graph.NodeCount] : Array.Empty<List<int[]>?>();
        _span = general ? new int[graph.NodeCount] : Array.Empty<int>();
        _last = general ? new int[graph.NodeCount] : Array.Empty<int>();
    }

    /// <summary>False when the work bound was reached: some cut sets may be missing.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>
    /// The largest order up to which every minimal cut set is listed: the order searched when
    /// <see cref="Complete"/>; otherwise 2 when the pairs are still exact, else 1 (single points of
    /// failure are always exact).
    /// </summary>
    public int CompleteThrough { get; private set; }

    /// <summary>Units of work spent (set unions and pair candidates, plus edges walked checking sets past the bound).</summary>
    public long Work { get; private set; }

    /// <summary>
    /// The minimal cut sets (sorted event nodes) of a node, up to the order searched, smallest
    /// first. Up to order 2 only the roots' sets are kept (other nodes answer none).
    /// </summary>
    public IReadOnlyList<int[]> Of(int node) =>
        _order > 2 ? _sets[node] ?? NoSets : _roots.TryGetValue(node, out var sets) ? sets : NoSets;

    /// <summary>
    /// Computes the cut sets of every node the roots reach, up to <paramref name="order"/> events.
    /// Up to order 2 (the default search) the counting pass of <see cref="PairCutSets"/> runs and
    /// only the roots' sets are kept; above it, the general dynamic programme keeps every node's.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="roots">The nodes whose cut sets are wanted.</param>
    /// <param name="order">The largest cut set searched.</param>
    /// <param name="workLimit">The work bound (tests lower it to reach it on small graphs).</param>
    /// <param name="spof">The single points of failure of the graph, when the caller has them.</param>
    public static CutSetAnalysis Compute(ReliabilityGraph graph, IEnumerable<int> roots, int order, long workLimit = WorkLimit, SpofAnalysis? spof = null)
    {
        var analysis = new CutSetAnalysis(graph, Math.Max(1, order), workLimit);
        var rootList = new List<int>(roots);
        var reached = Reach(graph, rootList);
        if (analysis._order <= 2)
        {
            var keep = new bool[graph.NodeCount];
            foreach (var root in rootList)
            {
                keep[root] = true;
            }

            var pairs = PairCutSets.Compute(graph, spof ?? SpofAnalysis.Compute(graph), reached, keep, analysis._order, workLimit);
            foreach (var root in rootList)
            {
                if (pairs.Of(root) is { } sets)
                {
                    analysis._roots[root] = sets;
                }
            }

            analysis.Complete = pairs.Complete;
            analysis.CompleteThrough = pairs.Complete ? analysis._order : 1;
            analysis.Work = pairs.Work;
            return analysis;
        }

        foreach (var v in graph.PostOrder)
        {
            if (reached[v])
            {
                analysis._sets[v] = analysis.Node(v);
            }
        }

        analysis.CompleteThrough = analysis._order;
        if (!analysis.Complete)
        {
            analysis.Settle(rootList, reached, spof ?? SpofAnalysis.Compute(graph));
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
            long size = 0;
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                size += Of(_graph.ChildList[c]).Count;
            }

            // Sets lost to the bound are lost, never made up: what is listed stays a cut set.
            if (!Charge(size))
            {
                return NoSets;
            }

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

    /// <summary>Counts <paramref name="work"/>; false (and the search incomplete) when it would pass the bound.</summary>
    private bool Charge(long work)
    {
        // Work that would pass the bound is not done (nor counted): the search stops before it.
        if (!Complete || _work + work > _limit)
        {
            Complete = false;
            return false;
        }

        _work += work;
        Work = _work;
        return true;
    }

    /// <summary>
    /// Past the work bound the dynamic programme built nodes from truncated children: every set
    /// it found still stops its node (a union of sets that stop children it needs), but one may
    /// hold a smaller cut set that was lost, and whole orders may be missing. The roots' lists are
    /// rebuilt from what is exact: the single points of failure (<paramref name="spof"/>), the
    /// pairs of the counting pass (complete unless it passed its own bound; a pair that stops the
    /// root and holds no single point of failure is minimal either way), and the larger sets found
    /// that hold neither: a triple is minimal when the pairs are complete and none of its pairs is
    /// listed, any other set when no set one smaller stops the root (checked by
    /// <see cref="FailurePropagation"/>, within the same work bound; sets left unchecked are dropped).
    /// </summary>
    private void Settle(List<int> roots, bool[] reached, SpofAnalysis spof)
    {
        var keep = new bool[_graph.NodeCount];
        foreach (var root in roots)
        {
            keep[root] = true;
        }

        var pairs = PairCutSets.Compute(_graph, spof, reached, keep, 2, _limit);
        CompleteThrough = pairs.Complete ? 2 : 1;
        var check = new FailurePropagation(_graph, reached, spof.AlwaysDown);
        var settled = new Dictionary<int, List<int[]>>();
        foreach (var root in roots)
        {
            if (settled.ContainsKey(root))
            {
                continue;
            }

            if (spof.AlwaysDown[root])
            {
                settled.Add(root, new List<int[]> { CutSetOps.Empty });
                continue;
            }

            var singles = spof.Of(root);
            var result = new List<int[]>();
            foreach (var e in singles)
            {
                result.Add(new[] { e });
            }

            foreach (var set in pairs.Of(root)!)
            {
                if (set.Length == 2)
                {
                    result.Add(set);
                }
            }

            var listed = new HashSet<int[]>(result, CutSetOps.SetComparer.Instance);
            foreach (var set in Of(root))
            {
                if (set.Length < 2 || listed.Contains(set) || HoldsAny(set, singles))
                {
                    continue;
                }

                var minimal = set.Length == 2
                    || (set.Length == 3 && pairs.Complete ? !HoldsListedPair(set, listed) : NoSmallerStops(root, set, check));
                if (minimal && listed.Add(set))
                {
                    result.Add(set);
                }
            }

            result.Sort(CutSetOps.Compare);
            settled.Add(root, result);
        }

        foreach (var entry in settled)
        {
            _sets[entry.Key] = entry.Value;
        }

        Work = _work + pairs.Work + check.Work;
    }

    /// <summary>True when no set of one event fewer stops the root (so none smaller does: failures only add up); false when one does or the check passed the work bound.</summary>
    private bool NoSmallerStops(int root, int[] set, FailurePropagation check)
    {
        for (var skip = 0; skip < set.Length; skip++)
        {
            if (check.Work > _limit || check.Stops(root, set, skip))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HoldsAny(int[] set, ArraySegment<int> sortedEvents)
    {
        foreach (var e in set)
        {
            if (Array.BinarySearch(sortedEvents.Array!, sortedEvents.Offset, sortedEvents.Count, e) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsListedPair(int[] triple, HashSet<int[]> listed) =>
        listed.Contains(new[] { triple[0], triple[1] })
        || listed.Contains(new[] { triple[0], triple[2] })
        || listed.Contains(new[] { triple[1], triple[2] });

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
        if (!Charge((long)left.Count * right.Count))
        {
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

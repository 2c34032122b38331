using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Minimal cut sets of order one and two, bottom-up over the nodes the roots reach, with plain
/// arrays: per node its single events (sorted ids: the single points of failure, read from
/// <see cref="SpofAnalysis"/> rather than computed again) and its pairs (sorted, a pair packed in a
/// long as <c>a &lt;&lt; 32 | b</c>, a &lt; b, neither a single of the node).
/// <para>
/// A gate that a set stops once at least t of its running children are stopped (t = 1 for all-of,
/// every running child for any-of, n−k+1 for k-of-n) counts, for each event, the children it stops
/// alone (C(e)). Its singles are the events with |C(e)| ≥ t. A pair {a, b} stops
/// |C(a) ∪ C(b)| children alone plus those that list {a, b} as a pair (disjoint from the first:
/// a child's pairs hold none of its singles), so the candidates are the children's pairs and the
/// pairs of events with |C(a)| + |C(b)| ≥ t — taken in decreasing |C| and cut off at the first
/// that cannot reach t, so unrelated events are never paired. Children that can never run count
/// as stopped by the empty set and lower t.
/// </para>
/// <para>
/// A node's pairs are released once every parent that needs them is done, unless it is a root:
/// memory follows the widest level of the graph, not its size. Past the work bound the search
/// stops listing new pairs (singles stay exact) and <see cref="Complete"/> is false.
/// </para>
/// </summary>
internal sealed class PairCutSets
{
    private static readonly long[] NoPairs = Array.Empty<long>();

    private readonly ReliabilityGraph _graph;
    private readonly bool _pairsWanted;
    private readonly long _limit;
    private readonly SpofAnalysis _spof;
    private readonly long[]?[] _pairs;
    private readonly bool[] _down;
    private readonly int[] _count;
    private readonly int[] _cursor;
    private readonly int[] _marks;
    private readonly List<int> _touched = new();
    private readonly List<int> _scratch = new();
    private readonly List<long> _pairScratch = new();
    private readonly List<long> _found = new();
    private readonly Comparison<int> _strongestFirst;
    private int[] _members = new int[16];
    private long[] _listed = new long[16];
    private long _work;

    private PairCutSets(ReliabilityGraph graph, SpofAnalysis spof, bool pairsWanted, long limit)
    {
        var n = graph.NodeCount;
        _graph = graph;
        _pairsWanted = pairsWanted;
        _limit = limit;
        _spof = spof;
        _pairs = new long[n][];
        _down = spof.AlwaysDown;
        _count = new int[n];
        _cursor = new int[n];
        _marks = new int[n];
        _strongestFirst = (x, y) => _count[x] != _count[y] ? _count[y].CompareTo(_count[x]) : x.CompareTo(y);
    }

    /// <summary>Units of work spent (pairs copied and candidate pairs checked).</summary>
    public long Work => _work;

    /// <summary>False when the work bound stopped the search: some pairs may be missing.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>
    /// Computes the sets of every node <paramref name="reached"/> marks; the sets of the nodes
    /// <paramref name="keep"/> marks stay readable through <see cref="Of"/>. The singles are
    /// <paramref name="spof"/>'s (the single points of failure of the same graph).
    /// </summary>
    public static PairCutSets Compute(ReliabilityGraph graph, SpofAnalysis spof, bool[] reached, bool[] keep, int order, long limit)
    {
        var analysis = new PairCutSets(graph, spof, order >= 2, limit);
        analysis.Run(reached, keep);
        return analysis;
    }

    /// <summary>The minimal cut sets of a kept node, smallest first, each sorted; null when it was not kept.</summary>
    public List<int[]>? Of(int node)
    {
        if (_pairs[node] is not { } pairs)
        {
            return null;
        }

        if (_down[node])
        {
            return new List<int[]> { CutSetOps.Empty };
        }

        var singles = _spof.Of(node);
        var result = new List<int[]>(singles.Count + pairs.Length);
        foreach (var e in singles)
        {
            result.Add(new[] { e });
        }

        foreach (var p in pairs)
        {
            result.Add(new[] { (int)(p >> 32), (int)(p & 0xFFFFFFFF) });
        }

        return result;
    }

    private void Run(bool[] reached, bool[] keep)
    {
        var graph = _graph;
        var remaining = new int[graph.NodeCount];
        foreach (var v in graph.PostOrder)
        {
            if (reached[v])
            {
                for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
                {
                    remaining[graph.ChildList[c]]++;
                }
            }
        }

        foreach (var v in graph.PostOrder)
        {
            if (!reached[v])
            {
                continue;
            }

            Node(v);
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                var child = graph.ChildList[c];
                if (--remaining[child] == 0 && !keep[child])
                {
                    _pairs[child] = null;
                }
            }
        }
    }

    private void Node(int v)
    {
        var graph = _graph;
        _pairs[v] = NoPairs;
        if (graph.Kinds[v] == GateKind.Event || _down[v])
        {
            return;
        }

        var needed = GateMath.Needed(graph, v);
        var live = 0;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            live += _down[graph.ChildList[c]] ? 0 : 1;
        }

        if (needed > 0 && _pairsWanted)
        {
            var threshold = live - needed + 1;
            if (threshold == 1)
            {
                AllOf(v);
            }
            else
            {
                Counted(v, threshold);
            }
        }
    }

    /// <summary>Every running child must run: the union of the children's pairs that hold none of its singles.</summary>
    private void AllOf(int v)
    {
        var graph = _graph;
        long[]? onlyPairs = null;
        var pairChildren = 0;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (_down[child])
            {
                continue;
            }

            if (_pairs[child]!.Length > 0 && !ReferenceEquals(_pairs[child], onlyPairs))
            {
                onlyPairs = _pairs[child];
                pairChildren++;
            }
        }

        if (pairChildren == 0)
        {
            return;
        }

        // marks[e] == v + 1 while e is one of v's singles.
        var singles = _spof.Of(v);
        for (var i = singles.Offset; i < singles.Offset + singles.Count; i++)
        {
            _marks[singles.Array![i]] = v + 1;
        }

        // The child's array is shared only when exactly one array contributes and the filter kept
        // every pair of it. Counting kept pairs is not enough: two children sharing one array
        // (the same child twice, or a child beside an all-of gate built on it) list each pair twice,
        // and half of them dropped would match the array's length.
        _pairScratch.Clear();
        var filtered = false;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (_down[child])
            {
                continue;
            }

            foreach (var p in _pairs[child]!)
            {
                if (_marks[(int)(p >> 32)] != v + 1 && _marks[(int)(p & 0xFFFFFFFF)] != v + 1)
                {
                    _pairScratch.Add(p);
                }
                else
                {
                    filtered = true;
                }
            }
        }

        _pairs[v] = pairChildren == 1 && !filtered ? onlyPairs! : SortedDistinct(_pairScratch);
        Charge(_pairScratch.Count);
    }

    /// <summary>A set stops the gate once it stops <paramref name="threshold"/> (at least 2) running children.</summary>
    private void Counted(int v, int threshold)
    {
        if (!Complete)
        {
            return;
        }

        var graph = _graph;
        _touched.Clear();
        var entries = 0;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (_down[child])
            {
                continue;
            }

            var singles = _spof.Of(child);
            for (var i = singles.Offset; i < singles.Offset + singles.Count; i++)
            {
                var e = singles.Array![i];
                if (_count[e]++ == 0)
                {
                    _touched.Add(e);
                }

                entries++;
            }
        }

        _pairs[v] = Pairs(v, threshold, entries);

        foreach (var e in _touched)
        {
            _count[e] = 0;
        }
    }

    private long[] Pairs(int v, int threshold, int entries)
    {
        var graph = _graph;

        // C(e) in compressed rows: the running children (by position) each event stops alone.
        if (_members.Length < entries)
        {
            _members = new int[Math.Max(entries, _members.Length * 2)];
        }

        var next = 0;
        foreach (var e in _touched)
        {
            _cursor[e] = next;
            next += _count[e];
        }

        var position = 0;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (_down[child])
            {
                continue;
            }

            var singles = _spof.Of(child);
            for (var i = singles.Offset; i < singles.Offset + singles.Count; i++)
            {
                _members[_cursor[singles.Array![i]]++] = position;
            }

            position++;
        }

        // Rows now end at _cursor[e]; they start _count[e] before.
        _pairScratch.Clear();
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (!_down[child])
            {
                _pairScratch.AddRange(_pairs[child]!);
            }
        }

        // The children's pairs, sorted in one buffer kept for every gate (no array per gate).
        var length = _pairScratch.Count;
        if (_listed.Length < length)
        {
            _listed = new long[Math.Max(length, _listed.Length * 2)];
        }

        var listed = _listed;
        _pairScratch.CopyTo(listed);
        Array.Sort(listed, 0, length);
        Charge(length);
        var result = _found;
        result.Clear();
        for (var i = 0; i < length;)
        {
            var j = i;
            while (j < length && listed[j] == listed[i])
            {
                j++;
            }

            var a = (int)(listed[i] >> 32);
            var b = (int)(listed[i] & 0xFFFFFFFF);
            if (_count[a] < threshold && _count[b] < threshold && (j - i) + Union(a, b) >= threshold)
            {
                result.Add(listed[i]);
            }

            i = j;
        }

        // Pairs of events that each stop some children alone, strongest first.
        _scratch.Clear();
        foreach (var e in _touched)
        {
            if (_count[e] < threshold)
            {
                _scratch.Add(e);
            }
        }

        _scratch.Sort(_strongestFirst);
        for (var i = 0; i < _scratch.Count && Complete; i++)
        {
            var a = _scratch[i];
            for (var j = i + 1; j < _scratch.Count && _count[a] + _count[_scratch[j]] >= threshold; j++)
            {
                var b = _scratch[j];
                Charge(_count[a] + _count[b]);
                if (Union(a, b) >= threshold)
                {
                    var p = Pack(a, b);
                    if (Array.BinarySearch(listed, 0, length, p) < 0)
                    {
                        result.Add(p);
                    }
                }
            }
        }

        if (result.Count == 0)
        {
            return NoPairs;
        }

        var pairs = result.ToArray();
        Array.Sort(pairs);
        return pairs;
    }

    /// <summary>|C(a) ∪ C(b)|, by merging the two sorted rows.</summary>
    private int Union(int a, int b)
    {
        int ca = _count[a], cb = _count[b];
        if (ca == 0 || cb == 0)
        {
            return ca + cb;
        }

        int i = _cursor[a] - ca, iEnd = _cursor[a];
        int j = _cursor[b] - cb, jEnd = _cursor[b];
        var both = 0;
        while (i < iEnd && j < jEnd)
        {
            var x = _members[i];
            var y = _members[j];
            if (x == y)
            {
                both++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return ca + cb - both;
    }

    private static long Pack(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static long[] SortedDistinct(List<long> values)
    {
        if (values.Count == 0)
        {
            return NoPairs;
        }

        values.Sort();
        var kept = 1;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[kept - 1])
            {
                values[kept++] = values[i];
            }
        }

        var result = new long[kept];
        values.CopyTo(0, result, 0, kept);
        return result;
    }

    private void Charge(long work)
    {
        _work += work;
        if (_work > _limit)
        {
            Complete = false;
        }
    }
}

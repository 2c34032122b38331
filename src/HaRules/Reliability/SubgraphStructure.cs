using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// The structure of one root's sub-graph that exact availability needs, in local numbering
/// (nodes numbered by post-order, children before parents, the root last): in-degrees, immediate
/// dominators, pre-order ranges of the dominator tree, modules, and for every node the shared
/// nodes its value depends on when evaluated inside an enclosing conditioning (its "support").
/// <para>
/// One instance serves every root of a graph: the global-to-local map is cleared node by node
/// after each root, so the cost of a root is linear in its own sub-graph, not in the graph.
/// </para>
/// </summary>
internal sealed class SubgraphStructure
{
    /// <summary>Supports larger than this are not listed (the node is then evaluated without a memo table).</summary>
    public const int MaxSupport = 64;

    private static readonly int[] NoSupport = Array.Empty<int>();
    private readonly ReliabilityGraph _graph;
    private readonly int[] _local;
    private int[] _order = Array.Empty<int>();

    public SubgraphStructure(ReliabilityGraph graph)
    {
        _graph = graph;
        _local = new int[graph.NodeCount];
        for (var i = 0; i < _local.Length; i++)
        {
            _local[i] = -1;
        }
    }

    /// <summary>Nodes of the sub-graph in post-order: local index → node.</summary>
    public int[] Order => _order;

    /// <summary>The number of nodes in the sub-graph.</summary>
    public int Count { get; private set; }

    /// <summary>Per local index: parents inside the sub-graph.</summary>
    public int[] Indegree { get; private set; } = Array.Empty<int>();

    /// <summary>Per local index: the local index of the immediate dominator (the root's is itself).</summary>
    public int[] Idom { get; private set; } = Array.Empty<int>();

    /// <summary>Per local index: true when the node dominates everything below it (its value depends on nothing outside).</summary>
    public bool[] Module { get; private set; } = Array.Empty<bool>();

    /// <summary>
    /// Per local index: the shared nodes below it (local indices, ascending) conditioned above it,
    /// whose states its value depends on; null when there are more than <see cref="MaxSupport"/>.
    /// </summary>
    public int[]?[] Support { get; private set; } = Array.Empty<int[]>();

    /// <summary>The number of nodes on the longest path down from the root (the evaluation recurses that deep).</summary>
    public int Depth { get; private set; }

    private int[] Pre { get; set; } = Array.Empty<int>();

    private int[] Last { get; set; } = Array.Empty<int>();

    /// <summary>The local index of a node, or -1 outside the current sub-graph.</summary>
    public int LocalOf(int node) => _local[node];

    /// <summary>True when local node <paramref name="a"/> dominates local node <paramref name="b"/>.</summary>
    public bool Dominates(int a, int b) => Pre[a] <= Pre[b] && Pre[b] <= Last[a];

    /// <summary>Computes the structure of <paramref name="root"/>'s sub-graph (after <see cref="Clear"/> of the previous one).</summary>
    public void Build(int root)
    {
        PostOrder(root);
        var m = Count;
        var start = _graph.ChildStart;
        var list = _graph.ChildList;

        var indegree = new int[m];
        for (var i = 0; i < m; i++)
        {
            var v = _order[i];
            for (var c = start[v]; c < start[v + 1]; c++)
            {
                indegree[_local[list[c]]]++;
            }
        }

        // Parents in compressed rows, then dominators parents-first (Cooper, Harvey and Kennedy:
        // on post-order numbers the intersection walks up until both fingers meet).
        var parentStart = new int[m + 1];
        for (var i = 0; i < m; i++)
        {
            parentStart[i + 1] = parentStart[i] + indegree[i];
        }

        var fill = new int[m];
        var parents = new int[parentStart[m]];
        for (var i = 0; i < m; i++)
        {
            var v = _order[i];
            for (var c = start[v]; c < start[v + 1]; c++)
            {
                var child = _local[list[c]];
                parents[parentStart[child] + fill[child]++] = i;
            }
        }

        var idom = new int[m];
        idom[m - 1] = m - 1;
        for (var i = m - 2; i >= 0; i--)
        {
            var d = -1;
            for (var p = parentStart[i]; p < parentStart[i + 1]; p++)
            {
                d = d < 0 ? parents[p] : Intersect(idom, parents[p], d);
            }

            idom[i] = d;
        }

        Indegree = indegree;
        Idom = idom;
        TreeRanges(idom, m);
        ModulesAndSupports(m);
    }

    /// <summary>Forgets the current sub-graph: only its own nodes are touched.</summary>
    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _local[_order[i]] = -1;
        }

        Count = 0;
    }

    private static int Intersect(int[] idom, int a, int b)
    {
        while (a != b)
        {
            while (a < b)
            {
                a = idom[a];
            }

            while (b < a)
            {
                b = idom[b];
            }
        }

        return a;
    }

    private void PostOrder(int root)
    {
        var order = new List<int>();
        var stack = new List<(int Node, int Next)> { (root, _graph.ChildStart[root]) };
        _local[root] = -2;
        var depth = new List<int>();
        while (stack.Count > 0)
        {
            var (v, next) = stack[stack.Count - 1];
            if (next < _graph.ChildStart[v + 1])
            {
                stack[stack.Count - 1] = (v, next + 1);
                var child = _graph.ChildList[next];
                if (_local[child] == -1)
                {
                    _local[child] = -2;
                    stack.Add((child, _graph.ChildStart[child]));
                }
            }
            else
            {
                _local[v] = order.Count;
                order.Add(v);
                stack.RemoveAt(stack.Count - 1);
            }
        }

        _order = order.ToArray();
        Count = _order.Length;

        var heights = new int[Count];
        var max = 0;
        for (var i = 0; i < Count; i++)
        {
            var v = _order[i];
            var h = 0;
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                h = Math.Max(h, heights[_local[_graph.ChildList[c]]]);
            }

            heights[i] = h + 1;
            max = Math.Max(max, h + 1);
        }

        Depth = max;
    }

    /// <summary>Pre-order ranges of the dominator tree, so "a dominates b" is two comparisons.</summary>
    private void TreeRanges(int[] idom, int m)
    {
        var childStart = new int[m + 1];
        for (var i = 0; i < m - 1; i++)
        {
            childStart[idom[i] + 1]++;
        }

        for (var i = 0; i < m; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        var fill = new int[m];
        var kids = new int[Math.Max(0, m - 1)];
        for (var i = 0; i < m - 1; i++)
        {
            kids[childStart[idom[i]] + fill[idom[i]]++] = i;
        }

        var pre = new int[m];
        var last = new int[m];
        var stack = new int[m];
        var next = new int[m];
        var counter = 0;
        var top = 0;
        stack[0] = m - 1;
        next[m - 1] = childStart[m - 1];
        pre[m - 1] = counter++;
        while (top >= 0)
        {
            var v = stack[top];
            if (next[v] < childStart[v + 1])
            {
                var kid = kids[next[v]++];
                pre[kid] = counter++;
                next[kid] = childStart[kid];
                stack[++top] = kid;
            }
            else
            {
                last[v] = counter - 1;
                top--;
            }
        }

        Pre = pre;
        Last = last;
    }

    /// <summary>
    /// Bottom-up: a node's support is every shared node below it whose immediate dominator lies
    /// strictly above it (those are conditioned by an enclosing gate; shared nodes dominated by the
    /// node are summed over inside its own evaluation). A node is a module when its support is
    /// empty, tested exactly with dominator-tree ranges even when supports are too large to list.
    /// </summary>
    private void ModulesAndSupports(int m)
    {
        var low = new int[m];
        var high = new int[m];
        var module = new bool[m];
        var support = new int[]?[m];
        var seen = new int[m];
        var scratch = new List<int>();
        for (var i = 0; i < m; i++)
        {
            var v = _order[i];
            var lo = int.MaxValue;
            var hi = int.MinValue;
            var listed = true;
            scratch.Clear();
            for (var c = _graph.ChildStart[v]; c < _graph.ChildStart[v + 1]; c++)
            {
                var child = _local[_graph.ChildList[c]];
                var p = Pre[Idom[child]];
                lo = Math.Min(lo, Math.Min(p, low[child]));
                hi = Math.Max(hi, Math.Max(p, high[child]));
                if (!listed)
                {
                    continue;
                }

                if (Indegree[child] >= 2)
                {
                    Consider(i, child, seen, scratch);
                }

                if (support[child] is { } below)
                {
                    foreach (var w in below)
                    {
                        Consider(i, w, seen, scratch);
                    }
                }
                else
                {
                    listed = false;
                }
            }

            low[i] = lo;
            high[i] = hi;
            module[i] = lo >= Pre[i] && hi <= Last[i];
            if (module[i])
            {
                support[i] = NoSupport;
            }
            else if (listed && scratch.Count <= MaxSupport)
            {
                var array = scratch.ToArray();
                Array.Sort(array);
                support[i] = array;
            }
        }

        Module = module;
        Support = support;
    }

    private void Consider(int node, int shared, int[] seen, List<int> scratch)
    {
        var d = Idom[shared];
        if (seen[shared] != node + 1 && d != node && Dominates(d, node))
        {
            seen[shared] = node + 1;
            scratch.Add(shared);
        }
    }
}

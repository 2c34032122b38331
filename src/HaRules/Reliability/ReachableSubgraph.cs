using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// The part of a graph that some roots reach, as a graph of its own with its own copy of the
/// probabilities. A root's availability depends on nothing else, so an analysis of a few roots
/// (the fix-first ranking's few hundred evaluations on the services with the most downtime) costs
/// memory in proportion to what they reach, not to the whole design: on a million declared
/// components the whole-graph arrays of a second analysis were most of a gigabyte.
/// <para>
/// Nodes keep their relative order (a node's number is its rank among the reached nodes) and
/// children their declaration order, so every order the analysis derives from node numbers is the
/// one it would derive on the whole graph, and its results are the same, bit for bit.
/// </para>
/// </summary>
internal sealed class ReachableSubgraph
{
    // One bit per node of the whole graph, and per 64-bit word the number of reached nodes before
    // it: a node's local number is a lookup and a bit count, at 1/32 of a byte array's memory.
    private readonly ulong[] _reached;
    private readonly int[] _rankBefore;

    private ReachableSubgraph(ulong[] reached, int[] rankBefore, ReliabilityGraph graph)
    {
        _reached = reached;
        _rankBefore = rankBefore;
        Graph = graph;
    }

    /// <summary>The reached part as a graph: node <c>i</c> stands for the <c>i</c>-th reached node of the whole graph in increasing order.</summary>
    public ReliabilityGraph Graph { get; }

    /// <summary>The node standing for a node of the whole graph, or -1 when no root reaches it.</summary>
    public int LocalOf(int node) => Rank(_reached, _rankBefore, node);

    /// <summary>The part of <paramref name="graph"/> reached from <paramref name="roots"/> (each root included).</summary>
    public static ReachableSubgraph Of(ReliabilityGraph graph, IEnumerable<int> roots)
    {
        var reached = Reached(graph, roots);
        var rankBefore = new int[reached.Length];
        var count = 0;
        for (var w = 0; w < reached.Length; w++)
        {
            rankBefore[w] = count;
            count += BitCount(reached[w]);
        }

        var nodes = new int[count];
        var next = 0;
        for (var w = 0; w < reached.Length; w++)
        {
            for (var word = reached[w]; word != 0; word &= word - 1)
            {
                nodes[next++] = (w << 6) + BitCount((word & (~word + 1)) - 1);
            }
        }

        var kinds = new GateKind[count];
        var thresholds = new int[count];
        var labels = new int[count];
        var up = new double[count];
        var down = new double[count];
        var childStart = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            var v = nodes[i];
            kinds[i] = graph.Kinds[v];
            thresholds[i] = graph.Thresholds[v];
            labels[i] = graph.Labels[v];
            up[i] = graph.Up[v];
            down[i] = graph.Down[v];
            childStart[i + 1] = childStart[i] + graph.ChildCount(v);
        }

        // Every child of a reached node is reached, so each maps to a node of the part.
        var children = new int[childStart[count]];
        for (var i = 0; i < count; i++)
        {
            var v = nodes[i];
            var at = childStart[i];
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                children[at++] = Rank(reached, rankBefore, graph.ChildList[c]);
            }
        }

        var postOrder = new int[count];
        next = 0;
        foreach (var v in graph.PostOrder)
        {
            if (Rank(reached, rankBefore, v) is var local and >= 0)
            {
                postOrder[next++] = local;
            }
        }

        return new ReachableSubgraph(reached, rankBefore, new ReliabilityGraph(kinds, thresholds, childStart, children, labels, up, down, graph.ComponentNames, postOrder));
    }

    private static int Rank(ulong[] reached, int[] rankBefore, int node)
    {
        var word = reached[node >> 6];
        var bit = 1UL << (node & 63);
        return (word & bit) == 0 ? -1 : rankBefore[node >> 6] + BitCount(word & (bit - 1));
    }

    /// <summary>One bit per node of the whole graph: set for the nodes the roots reach.</summary>
    private static ulong[] Reached(ReliabilityGraph graph, IEnumerable<int> roots)
    {
        var seen = new ulong[(graph.NodeCount + 63) / 64];
        var stack = new Stack<int>();
        bool mark(int v)
        {
            ref var word = ref seen[v >> 6];
            var bit = 1UL << (v & 63);
            if ((word & bit) != 0)
            {
                return false;
            }

            word |= bit;
            return true;
        }

        foreach (var root in roots)
        {
            if (mark(root))
            {
                stack.Push(root);
            }

            while (stack.Count > 0)
            {
                var v = stack.Pop();
                for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
                {
                    if (mark(graph.ChildList[c]))
                    {
                        stack.Push(graph.ChildList[c]);
                    }
                }
            }
        }

        return seen;
    }

    /// <summary>The set bits of a word (the library's pop count is not in .NET Standard 2.0).</summary>
    private static int BitCount(ulong x)
    {
        x -= (x >> 1) & 0x5555555555555555UL;
        x = (x & 0x3333333333333333UL) + ((x >> 2) & 0x3333333333333333UL);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((x * 0x0101010101010101UL) >> 56);
    }
}

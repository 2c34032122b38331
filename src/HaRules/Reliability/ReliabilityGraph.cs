using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// The reliability graph of a design: basic failure events and the all-of / any-of / k-of-n gates
/// that say what each component needs to run. Nodes are integers and children are kept in one
/// compressed array, so analyses run over plain arrays. The graph is acyclic: dependency cycles
/// were cut where HA005 reports them.
/// </summary>
public sealed class ReliabilityGraph
{
    internal ReliabilityGraph(
        GateKind[] kinds,
        int[] thresholds,
        int[] childStart,
        int[] children,
        int[] labels,
        double[] up,
        double[] down,
        string[] componentNames,
        int[] postOrder)
    {
        Kinds = kinds;
        Thresholds = thresholds;
        ChildStart = childStart;
        ChildList = children;
        Labels = labels;
        Up = up;
        Down = down;
        ComponentNames = componentNames;
        PostOrder = postOrder;
    }

    /// <summary>The number of nodes (events and gates).</summary>
    public int NodeCount => Kinds.Length;

    internal GateKind[] Kinds { get; }

    /// <summary>k of an <see cref="GateKind.AtLeast"/> gate; unused for other kinds.</summary>
    internal int[] Thresholds { get; }

    /// <summary>Children of node v are <c>ChildList[ChildStart[v] .. ChildStart[v+1])</c>.</summary>
    internal int[] ChildStart { get; }

    internal int[] ChildList { get; }

    /// <summary>The component a node stands for (an index into <see cref="ComponentNames"/>), or -1 for a helper gate.</summary>
    internal int[] Labels { get; }

    /// <summary>Probability that an event's component is up; 1 for gates.</summary>
    internal double[] Up { get; }

    /// <summary>Probability that an event's component is down (kept apart so tiny values keep their digits).</summary>
    internal double[] Down { get; }

    internal string[] ComponentNames { get; }

    /// <summary>Every node, children before parents.</summary>
    internal int[] PostOrder { get; }

    /// <summary>What a node is.</summary>
    public GateKind KindOf(int node) => Kinds[node];

    /// <summary>The name of the component a node stands for, or null for a helper gate.</summary>
    public string? NameOf(int node) => Labels[node] >= 0 ? ComponentNames[Labels[node]] : null;

    /// <summary>The children of a node, in declaration order.</summary>
    public IReadOnlyList<int> ChildrenOf(int node) =>
        new ArraySegment<int>(ChildList, ChildStart[node], ChildStart[node + 1] - ChildStart[node]);

    internal int ChildCount(int node) => ChildStart[node + 1] - ChildStart[node];

    /// <summary>
    /// This graph with the given events made perfect (always up): the structure is shared, the
    /// probabilities copied. What the fix-first ranking evaluates for each candidate.
    /// </summary>
    internal ReliabilityGraph WithPerfectEvents(IEnumerable<int> events)
    {
        var up = (double[])Up.Clone();
        var down = (double[])Down.Clone();
        foreach (var e in events)
        {
            up[e] = 1;
            down[e] = 0;
        }

        return new ReliabilityGraph(Kinds, Thresholds, ChildStart, ChildList, Labels, up, down, ComponentNames, PostOrder);
    }
}

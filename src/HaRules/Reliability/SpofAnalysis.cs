using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Single points of failure of every node in one bottom-up pass (docs/analysis.md): an all-of gate takes
/// the union of its children's sets, an any-of gate their intersection, a k-of-n gate the events
/// that break at least n−k+1 children. Sets are sorted runs of event nodes in one buffer
/// (<see cref="EventSetStore"/>), shared between nodes where they are equal; the pass is linear in
/// the graph plus the sizes of the sets.
/// </summary>
internal sealed class SpofAnalysis
{
    private readonly EventSetStore _sets;

    private SpofAnalysis(EventSetStore sets, bool[] down)
    {
        _sets = sets;
        AlwaysDown = down;
    }

    /// <summary>Per node: true when it cannot run even with nothing failed.</summary>
    public bool[] AlwaysDown { get; }

    /// <summary>The events whose failure alone stops <paramref name="node"/> (sorted node ids).</summary>
    public ArraySegment<int> Of(int node) => _sets.Of(node);

    /// <summary>True when the failure of <paramref name="evt"/> alone stops <paramref name="node"/>.</summary>
    public bool Stops(int evt, int node) => _sets.Contains(node, evt);

    public static SpofAnalysis Compute(ReliabilityGraph graph)
    {
        var n = graph.NodeCount;
        var sets = new EventSetStore(n);
        var down = new bool[n];
        // Per event a count (k-of-n gates) or a mark (unions), zero between gates: one array for both.
        var counts = new int[n];
        var touched = new List<int>();
        var scratch = new List<int>();
        foreach (var v in graph.PostOrder)
        {
            if (graph.Kinds[v] == GateKind.Event)
            {
                scratch.Clear();
                scratch.Add(v);
                sets.SetNew(v, scratch);
                continue;
            }

            var needed = GateMath.Needed(graph, v);
            var live = 0;
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                live += down[graph.ChildList[c]] ? 0 : 1;
            }

            if (needed > live)
            {
                down[v] = true;
                continue;
            }

            if (needed == 0)
            {
                continue;
            }

            // An event stops the gate when it stops more live children than the gate can spare.
            var threshold = live - needed + 1;
            if (threshold == 1)
            {
                Union(graph, v, sets, down, counts, scratch);
            }
            else if (threshold == live)
            {
                Intersection(graph, v, sets, down);
            }
            else
            {
                Counted(graph, v, sets, down, threshold, counts, touched, scratch);
            }
        }

        return new SpofAnalysis(sets, down);
    }

    private static void Union(ReliabilityGraph graph, int v, EventSetStore sets, bool[] down, int[] marks, List<int> scratch)
    {
        var only = -1;
        var largest = -1;
        var nonEmpty = 0;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (!down[child] && sets.Count(child) > 0 && (only < 0 || !sets.SameRun(child, only)))
            {
                only = child;
                nonEmpty++;
                if (largest < 0 || sets.Count(child) > sets.Count(largest))
                {
                    largest = child;
                }
            }
        }

        if (nonEmpty == 0)
        {
            return;
        }

        if (nonEmpty == 1)
        {
            sets.Share(v, only);
            return;
        }

        // marks[e] is 1 while e is in the union being built, and cleared after.
        scratch.Clear();
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (down[child])
            {
                continue;
            }

            var data = sets.Data;
            for (int i = sets.Start(child), end = i + sets.Count(child); i < end; i++)
            {
                var e = data[i];
                if (marks[e] == 0)
                {
                    marks[e] = 1;
                    scratch.Add(e);
                }
            }
        }

        foreach (var e in scratch)
        {
            marks[e] = 0;
        }

        // A union no larger than one of its parts is that part: share it rather than sort a copy.
        if (scratch.Count == sets.Count(largest))
        {
            sets.Share(v, largest);
            return;
        }

        sets.SetNew(v, scratch);
        sets.SortLast(v);
    }

    private static void Intersection(ReliabilityGraph graph, int v, EventSetStore sets, bool[] down)
    {
        var first = true;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1] && (first || sets.Count(v) > 0); c++)
        {
            var child = graph.ChildList[c];
            if (down[child])
            {
                continue;
            }

            if (first)
            {
                sets.Share(v, child);
                first = false;
            }
            else
            {
                sets.IntersectWith(v, child);
            }
        }
    }

    private static void Counted(ReliabilityGraph graph, int v, EventSetStore sets, bool[] down, int threshold, int[] counts, List<int> touched, List<int> scratch)
    {
        touched.Clear();
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (down[child])
            {
                continue;
            }

            var data = sets.Data;
            for (int i = sets.Start(child), end = i + sets.Count(child); i < end; i++)
            {
                var e = data[i];
                if (counts[e]++ == 0)
                {
                    touched.Add(e);
                }
            }
        }

        scratch.Clear();
        foreach (var e in touched)
        {
            if (counts[e] >= threshold)
            {
                scratch.Add(e);
            }

            counts[e] = 0;
        }

        if (scratch.Count > 0)
        {
            sets.SetNew(v, scratch);
            sets.SortLast(v);
        }
    }
}

using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Single points of failure of every node in one bottom-up pass (docs/analysis.md): an all-of gate takes
/// the union of its children's sets, an any-of gate their intersection, a k-of-n gate the events
/// that break at least n−k+1 children. Sets are sorted arrays of event nodes, shared between
/// nodes where they are equal; the pass is linear in the graph plus the sizes of the sets.
/// </summary>
internal sealed class SpofAnalysis
{
    private static readonly int[] None = Array.Empty<int>();

    private SpofAnalysis(int[][] sets, bool[] down)
    {
        Sets = sets;
        AlwaysDown = down;
    }

    /// <summary>Per node: the events whose failure alone stops it (sorted node ids).</summary>
    public int[][] Sets { get; }

    /// <summary>Per node: true when it cannot run even with nothing failed.</summary>
    public bool[] AlwaysDown { get; }

    /// <summary>True when the failure of <paramref name="evt"/> alone stops <paramref name="node"/>.</summary>
    public bool Stops(int evt, int node) => Array.BinarySearch(Sets[node], evt) >= 0;

    public static SpofAnalysis Compute(ReliabilityGraph graph)
    {
        var n = graph.NodeCount;
        var sets = new int[n][];
        var down = new bool[n];
        var counts = new int[n];
        var marks = new int[n];
        var touched = new List<int>();
        var scratch = new List<int>();
        foreach (var v in graph.PostOrder)
        {
            if (graph.Kinds[v] == GateKind.Event)
            {
                sets[v] = new[] { v };
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
                sets[v] = None;
                continue;
            }

            if (needed == 0)
            {
                sets[v] = None;
                continue;
            }

            // An event stops the gate when it stops more live children than the gate can spare.
            var threshold = live - needed + 1;
            sets[v] = threshold == 1 ? Union(graph, v, sets, down, marks, scratch)
                : threshold == live ? Intersection(graph, v, sets, down)
                : Counted(graph, v, sets, down, threshold, counts, touched, scratch);
        }

        return new SpofAnalysis(sets, down);
    }

    private static int[] Union(ReliabilityGraph graph, int v, int[][] sets, bool[] down, int[] marks, List<int> scratch)
    {
        int[]? only = null;
        int[]? largest = null;
        var nonEmpty = 0;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (!down[child] && sets[child].Length > 0 && !ReferenceEquals(sets[child], only))
            {
                only = sets[child];
                nonEmpty++;
                if (largest is null || only.Length > largest.Length)
                {
                    largest = only;
                }
            }
        }

        if (nonEmpty <= 1)
        {
            return only ?? None;
        }

        // marks[e] holds v + 1 while e is in the union being built (no clearing needed).
        scratch.Clear();
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (down[child])
            {
                continue;
            }

            foreach (var e in sets[child])
            {
                if (marks[e] != v + 1)
                {
                    marks[e] = v + 1;
                    scratch.Add(e);
                }
            }
        }

        // A union no larger than one of its parts is that part: share it rather than sort a copy.
        if (scratch.Count == largest!.Length)
        {
            return largest;
        }

        var result = scratch.ToArray();
        Array.Sort(result);
        return result;
    }

    private static int[] Intersection(ReliabilityGraph graph, int v, int[][] sets, bool[] down)
    {
        int[]? result = null;
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1] && (result is null || result.Length > 0); c++)
        {
            var child = graph.ChildList[c];
            if (down[child])
            {
                continue;
            }

            result = result is null ? sets[child] : Intersect(result, sets[child]);
        }

        return result ?? None;
    }

    private static int[] Intersect(int[] a, int[] b)
    {
        if (ReferenceEquals(a, b))
        {
            return a;
        }

        // Count first: most intersections equal one side or are empty, and then nothing is allocated.
        var count = Merge(a, b, null);
        if (count == a.Length)
        {
            return a;
        }

        if (count == b.Length)
        {
            return b;
        }

        if (count == 0)
        {
            return None;
        }

        var result = new int[count];
        Merge(a, b, result);
        return result;
    }

    /// <summary>The number of elements two sorted arrays share, written to <paramref name="into"/> when given.</summary>
    private static int Merge(int[] a, int[] b, int[]? into)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                if (into is not null)
                {
                    into[count] = a[i];
                }

                count++;
                i++;
                j++;
            }
        }

        return count;
    }

    private static int[] Counted(ReliabilityGraph graph, int v, int[][] sets, bool[] down, int threshold, int[] counts, List<int> touched, List<int> scratch)
    {
        touched.Clear();
        for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
        {
            var child = graph.ChildList[c];
            if (down[child])
            {
                continue;
            }

            foreach (var e in sets[child])
            {
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

        if (scratch.Count == 0)
        {
            return None;
        }

        var result = scratch.ToArray();
        Array.Sort(result);
        return result;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reliability;

/// <summary>
/// Finds redundancy groups defeated by a common cause (HA102): the events in every member's set
/// of single points of failure, leaving out the members themselves, their parts and their owner.
/// The event named first is the nearest to the members (fewest steps down the graph from any
/// member), so a UPS is named before the feed behind it.
/// </summary>
internal static class CommonCauseAnalysis
{
    public static IReadOnlyList<CommonCause> Find(ModelGraph model, SpofAnalysis spof)
    {
        var result = new List<CommonCause>();
        int[]? distance = null;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var scratch = new IntersectScratch();
        var groups = model.RedundancyGroups;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var shared = Shared(model, spof, group, scratch);
            if (shared.Count == 0)
            {
                continue;
            }

            // Replicas that are also the nodes of a cluster form one group, reported once.
            var key = string.Join(",", group.MemberComponents.OrderBy(m => m));
            if (!reported.Add(key))
            {
                continue;
            }

            var nearest = shared.Count == 1 ? shared[0] : Nearest(model.Graph, group.MemberNodes, shared, distance ??= new int[model.Graph.NodeCount]);
            var graph = model.Graph;
            result.Add(new CommonCause(
                group.Kind,
                group.Owner,
                graph.NameOf(nearest)!,
                shared.Where(e => e != nearest).Select(e => graph.NameOf(e)!).OrderBy(n => n, StringComparer.Ordinal).ToArray(),
                group.MemberComponents.Select(m => model.Component(m).Name).ToArray()));
        }

        return result;
    }

    private static List<int> Shared(ModelGraph model, SpofAnalysis spof, in RedundancyGroup group, IntersectScratch scratch)
    {
        if (group.MemberNodes.Count == 0)
        {
            return new List<int>();
        }

        var common = default(ArraySegment<int>);
        for (var m = 0; m < group.MemberNodes.Count; m++)
        {
            var member = group.MemberNodes.Array![group.MemberNodes.Offset + m];
            if (spof.AlwaysDown[member])
            {
                return new List<int>();
            }

            common = m == 0 ? spof.Of(member) : Intersect(common, spof.Of(member), scratch);
            if (common.Count == 0)
            {
                return new List<int>();
            }
        }

        // The owner's index from the model's name index (the first component of that name, the one
        // FindComponent returns), rather than a dictionary of every component built here.
        var owner = model.Model.IndexOf(group.Owner) is var o and >= 0 ? model.TopLevel[o] : -1;
        var labels = model.Graph.Labels;
        var result = new List<int>(common.Count);
        for (var i = common.Offset; i < common.Offset + common.Count; i++)
        {
            var e = common.Array![i];
            var top = model.TopLevel[labels[e]];
            if (top != owner && !IsMemberOwner(model, group.MemberComponents, top))
            {
                result.Add(e);
            }
        }

        return result;
    }

    // Whether a declared component is one of the members' (a group has a handful of members: a
    // walk over them, not a set built per group).
    private static bool IsMemberOwner(ModelGraph model, ArraySegment<int> members, int top)
    {
        for (var m = members.Offset; m < members.Offset + members.Count; m++)
        {
            if (model.TopLevel[members.Array![m]] == top)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The intersection of two sorted sets (single-point-of-failure sets are sorted node ids),
    /// written into whichever of the two scratch buffers <paramref name="a"/> is not in: one
    /// group's members are intersected one after another with no array per step.
    /// </summary>
    private static ArraySegment<int> Intersect(ArraySegment<int> a, ArraySegment<int> b, IntersectScratch scratch)
    {
        var result = scratch.Other(a.Array, Math.Min(a.Count, b.Count));
        var count = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var x = a.Array![a.Offset + i];
            var y = b.Array![b.Offset + j];
            if (x < y)
            {
                i++;
            }
            else if (x > y)
            {
                j++;
            }
            else
            {
                result[count++] = x;
                i++;
                j++;
            }
        }

        return new ArraySegment<int>(result, 0, count);
    }

    /// <summary>Two buffers the intersections of one group alternate between.</summary>
    private sealed class IntersectScratch
    {
        private int[] _first = new int[16];
        private int[] _second = new int[16];

        /// <summary>The buffer that is not <paramref name="inUse"/>, with room for <paramref name="size"/> ids.</summary>
        public int[] Other(int[]? inUse, int size)
        {
            if (ReferenceEquals(inUse, _first))
            {
                return _second.Length >= size ? _second : _second = new int[size];
            }

            return _first.Length >= size ? _first : _first = new int[size];
        }
    }

    /// <summary>The candidate fewest steps below any member (breadth-first); ties go to the first by name.</summary>
    private static int Nearest(ReliabilityGraph graph, ArraySegment<int> members, List<int> candidates, int[] distance)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var wanted = new HashSet<int>(candidates);
        var visited = new List<int>();
        var queue = new Queue<int>();
        foreach (var m in members)
        {
            if (distance[m] == 0)
            {
                distance[m] = 1;
                visited.Add(m);
                queue.Enqueue(m);
            }
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (distance[v] > bestDistance)
            {
                break;
            }

            if (wanted.Contains(v) && (best < 0 || string.CompareOrdinal(graph.NameOf(v), graph.NameOf(best)) < 0))
            {
                best = v;
                bestDistance = distance[v];
            }

            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                var child = graph.ChildList[c];
                if (distance[child] == 0)
                {
                    distance[child] = distance[v] + 1;
                    visited.Add(child);
                    queue.Enqueue(child);
                }
            }
        }

        foreach (var v in visited)
        {
            distance[v] = 0;
        }

        return best < 0 ? candidates[0] : best;
    }
}

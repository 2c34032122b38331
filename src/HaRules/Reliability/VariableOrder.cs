using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// A variable order for a decision diagram, by dissection of the sub-graph into the alternatives
/// of its choice gates and the shared parts that tie them.
/// <para>
/// An <em>item</em> is what hangs, unshared, below a choice gate (any-of or k-of-n): a replica
/// with its PSUs, NICs and fans. A <em>connector</em> is a node reached along two paths (a rack,
/// a UPS, the application load balancer) with what hangs unshared below it outside items. Items
/// are tied together by the connectors they reach; the order places the connectors that tie the
/// most items first and, as soon as the items fall apart into groups that share nothing left, each
/// group on its own, recursively; an item alone is placed whole. On a pod spread over racks that
/// gives: UPSes, switches and everything every replica needs; then rack by rack, the rack followed
/// by the web and application replicas in it. Between racks the diagram then only has to remember
/// how many replicas of each tier run so far, which keeps it small; an order that puts all racks
/// before the replicas must remember which racks are up (2^racks).
/// </para>
/// <para>
/// This is nested dissection (separators first) on the hypergraph of items and connectors; ties
/// go to the depth-first (post-order) position, so the order depends only on the graph.
/// </para>
/// </summary>
internal static class VariableOrder
{
    /// <summary>
    /// The variables in diagram order (top first). Vertices are numbered in post-order (children
    /// first, the top last); <paramref name="children"/> lists each vertex's children, empty for a
    /// variable; <paramref name="choice"/> says which gates are any-of or k-of-n (neither all nor none).
    /// </summary>
    public static List<int> Dissect(int[][] children, bool[] isVariable, bool[] choice)
    {
        var n = children.Length;
        var parents = new int[n];
        foreach (var list in children)
        {
            foreach (var c in list)
            {
                parents[c]++;
            }
        }

        // Regions and items, top-down (descending post-order numbers: parents before children).
        var region = new int[n];
        var item = new int[n];
        var parentOf = new int[n];
        for (var v = 0; v < n; v++)
        {
            parentOf[v] = -1;
        }

        for (var v = n - 1; v >= 0; v--)
        {
            foreach (var c in children[v])
            {
                parentOf[c] = v;
            }
        }

        for (var v = n - 1; v >= 0; v--)
        {
            if (parents[v] != 1)
            {
                region[v] = v;
                item[v] = -1;
                continue;
            }

            var p = parentOf[v];
            region[v] = region[p];
            item[v] = item[p] >= 0 ? item[p] : choice[p] ? v : -1;
        }

        // What each item and each connector reaches directly: shared children (connector roots).
        var itemReach = new Dictionary<int, List<int>>();
        var connectorReach = new Dictionary<int, List<int>>();
        var variablesOf = new Dictionary<int, List<int>>();
        for (var v = 0; v < n; v++)
        {
            var unit = item[v] >= 0 ? item[v] : region[v];
            if (isVariable[v])
            {
                Add(variablesOf, unit, v);
            }

            foreach (var c in children[v])
            {
                if (region[c] == c)
                {
                    Add(item[v] >= 0 ? itemReach : connectorReach, unit, c);
                }
            }
        }

        var items = new List<int>();
        var connectors = new List<int>();
        for (var v = 0; v < n; v++)
        {
            if (item[v] == v)
            {
                items.Add(v);
            }
            else if (region[v] == v)
            {
                connectors.Add(v);
            }
        }

        // The items each connector ties: those reaching it through connectors, not through other items.
        var members = new Dictionary<int, List<int>>();
        foreach (var c in connectors)
        {
            members.Add(c, new List<int>());
        }

        var reachOf = new Dictionary<int, List<int>>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        foreach (var it in items)
        {
            seen.Clear();
            foreach (var c in Get(itemReach, it))
            {
                stack.Push(c);
            }

            while (stack.Count > 0)
            {
                var c = stack.Pop();
                if (!seen.Add(c))
                {
                    continue;
                }

                members[c].Add(it);
                Add(reachOf, it, c);
                foreach (var d in Get(connectorReach, c))
                {
                    stack.Push(d);
                }
            }
        }

        var order = new List<int>();
        var placed = new HashSet<int>();
        void Place(int unit)
        {
            if (placed.Add(unit))
            {
                order.AddRange(Get(variablesOf, unit));
            }
        }

        // Connectors no item reaches (the top's own region, what only it needs) come first, top down.
        for (var i = connectors.Count - 1; i >= 0; i--)
        {
            if (members[connectors[i]].Count == 0)
            {
                Place(connectors[i]);
            }
        }

        var pending = new Stack<List<int>>();
        pending.Push(items);
        while (pending.Count > 0)
        {
            var group = pending.Pop();
            var inGroup = new HashSet<int>(group);
            while (true)
            {
                // Items that reach nothing left to place go now: they complete what is placed (a
                // switch's PSUs right after the UPSes they need), so the diagram stops carrying
                // both states of that switch through everything placed after it.
                group.RemoveAll(it =>
                {
                    foreach (var c in Get(reachOf, it))
                    {
                        if (!placed.Contains(c))
                        {
                            return false;
                        }
                    }

                    Place(it);
                    inGroup.Remove(it);
                    return true;
                });
                if (group.Count == 0)
                {
                    break;
                }

                var parts = Split(group, inGroup, connectors, members, placed);
                if (parts.Count > 1)
                {
                    // Push in reverse so the first part (by depth-first position) is placed first.
                    for (var i = parts.Count - 1; i >= 0; i--)
                    {
                        pending.Push(parts[i]);
                    }

                    break;
                }

                var best = MostShared(inGroup, connectors, members, placed);
                if (best < 0)
                {
                    foreach (var it in group)
                    {
                        Place(it);
                    }

                    break;
                }

                Place(best);
            }
        }

        // Safety: anything not reached above (cannot happen for a sub-graph with one top) goes last.
        var inOrder = new HashSet<int>(order);
        for (var v = 0; v < n; v++)
        {
            if (isVariable[v] && !inOrder.Contains(v))
            {
                order.Add(v);
            }
        }

        return order;
    }

    /// <summary>The groups of <paramref name="group"/> tied by connectors not yet placed, in depth-first order of their first item.</summary>
    private static List<List<int>> Split(List<int> group, HashSet<int> inGroup, List<int> connectors, Dictionary<int, List<int>> members, HashSet<int> placed)
    {
        var root = new Dictionary<int, int>();
        foreach (var it in group)
        {
            root[it] = it;
        }

        int Find(int x)
        {
            while (root[x] != x)
            {
                root[x] = root[root[x]];
                x = root[x];
            }

            return x;
        }

        foreach (var c in connectors)
        {
            if (placed.Contains(c))
            {
                continue;
            }

            var first = -1;
            foreach (var it in members[c])
            {
                if (!inGroup.Contains(it))
                {
                    continue;
                }

                if (first < 0)
                {
                    first = Find(it);
                }
                else
                {
                    var r = Find(it);
                    if (r != first)
                    {
                        root[Math.Max(r, first)] = Math.Min(r, first);
                        first = Math.Min(r, first);
                    }
                }
            }
        }

        var byRoot = new Dictionary<int, List<int>>();
        var parts = new List<List<int>>();
        foreach (var it in group)
        {
            var r = Find(it);
            if (!byRoot.TryGetValue(r, out var part))
            {
                byRoot.Add(r, part = new List<int>());
                parts.Add(part);
            }

            part.Add(it);
        }

        return parts;
    }

    /// <summary>The connector not yet placed that ties the most items of the group (ties: the deepest), or -1 when none reaches it.</summary>
    private static int MostShared(HashSet<int> inGroup, List<int> connectors, Dictionary<int, List<int>> members, HashSet<int> placed)
    {
        var best = -1;
        var bestCount = 0;
        foreach (var c in connectors)
        {
            if (placed.Contains(c))
            {
                continue;
            }

            var count = 0;
            foreach (var it in members[c])
            {
                count += inGroup.Contains(it) ? 1 : 0;
            }

            if (count > bestCount)
            {
                best = c;
                bestCount = count;
            }
        }

        return best;
    }

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map.Add(key, list = new List<int>());
        }

        list.Add(value);
    }

    private static IEnumerable<int> Get(Dictionary<int, List<int>> map, int key) =>
        map.TryGetValue(key, out var list) ? list : (IEnumerable<int>)Array.Empty<int>();
}

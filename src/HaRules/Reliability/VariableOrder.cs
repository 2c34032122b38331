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
    /// The variables of a sub-graph in diagram order (top first). <paramref name="nodes"/> are the
    /// sub-graph's nodes in post-order (children first, the top last); compilation stops at the
    /// nodes <paramref name="isVariable"/> accepts, so their children are not part of it.
    /// </summary>
    public static List<int> Of(ReliabilityGraph graph, IReadOnlyList<int> nodes, Func<int, bool> isVariable)
    {
        var vertexOf = new Dictionary<int, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            vertexOf.Add(nodes[i], i);
        }

        var children = new int[nodes.Count][];
        var variable = new bool[nodes.Count];
        var choice = new bool[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            variable[i] = isVariable(node);
            if (variable[i])
            {
                children[i] = Array.Empty<int>();
                continue;
            }

            var count = graph.ChildCount(node);
            var needed = GateMath.Needed(graph, node);
            choice[i] = needed >= 1 && needed < count;
            children[i] = new int[count];
            for (var c = 0; c < count; c++)
            {
                children[i][c] = vertexOf[graph.ChildList[graph.ChildStart[node] + c]];
            }
        }

        var order = new Hypergraph(children, variable, choice).Dissect();
        return order.ConvertAll(v => nodes[v]);
    }

    /// <summary>Items and connectors of a sub-graph (vertices numbered in post-order), and the dissection over them.</summary>
    private sealed class Hypergraph
    {
        private readonly int _count;
        private readonly List<int> _items = new();
        private readonly List<int> _connectors = new();

        /// <summary>Per vertex that roots an item or a connector: its variables, in post-order.</summary>
        private readonly List<int>?[] _variablesOf;

        /// <summary>Per connector: the items it ties (those reaching it through connectors, not through other items).</summary>
        private readonly List<int>?[] _members;

        /// <summary>Per item: the connectors it reaches.</summary>
        private readonly List<int>?[] _reach;

        public Hypergraph(int[][] children, bool[] isVariable, bool[] choice)
        {
            _count = children.Length;
            _variablesOf = new List<int>?[_count];
            _members = new List<int>?[_count];
            _reach = new List<int>?[_count];
            var unit = Units(children, choice, out var itemOf);
            var direct = new List<int>?[_count];
            for (var v = 0; v < _count; v++)
            {
                if (isVariable[v])
                {
                    Add(_variablesOf, unit[v], v);
                }

                foreach (var c in children[v])
                {
                    if (unit[c] == c && itemOf[c] < 0)
                    {
                        // A shared child: the connector it roots is reached from v's unit.
                        Add(direct, unit[v], c);
                    }
                }

                if (unit[v] == v)
                {
                    (itemOf[v] == v ? _items : _connectors).Add(v);
                }
            }

            foreach (var c in _connectors)
            {
                _members[c] = new List<int>();
            }

            foreach (var item in _items)
            {
                Close(item, direct);
            }
        }

        /// <summary>The variables in diagram order.</summary>
        public List<int> Dissect()
        {
            var order = new List<int>();
            var placed = new bool[_count];
            void Place(int unit)
            {
                if (!placed[unit])
                {
                    placed[unit] = true;
                    order.AddRange(_variablesOf[unit] ?? (IEnumerable<int>)Array.Empty<int>());
                }
            }

            // Connectors no item reaches (the top's own region, what only it needs) come first, top down.
            for (var i = _connectors.Count - 1; i >= 0; i--)
            {
                if (_members[_connectors[i]]!.Count == 0)
                {
                    Place(_connectors[i]);
                }
            }

            var pending = new Stack<List<int>>();
            pending.Push(new List<int>(_items));
            while (pending.Count > 0)
            {
                var group = pending.Pop();
                while (true)
                {
                    // Items that reach nothing left to place go now: they complete what is placed (a
                    // switch's PSUs right after the UPSes they need), so the diagram stops carrying
                    // both states of that switch through everything placed after it.
                    group.RemoveAll(item =>
                    {
                        if (_reach[item] is { } reach && reach.Exists(c => !placed[c]))
                        {
                            return false;
                        }

                        Place(item);
                        return true;
                    });
                    if (group.Count == 0)
                    {
                        break;
                    }

                    var inGroup = new HashSet<int>(group);
                    var parts = Split(group, inGroup, placed);
                    if (parts.Count > 1)
                    {
                        // Pushed in reverse so the first part (by depth-first position) is placed first.
                        for (var i = parts.Count - 1; i >= 0; i--)
                        {
                            pending.Push(parts[i]);
                        }

                        break;
                    }

                    var best = MostShared(inGroup, placed);
                    if (best < 0)
                    {
                        group.ForEach(Place);
                        break;
                    }

                    Place(best);
                }
            }

            // Every unit is placed above (each item, and each connector: at the start if no item
            // reaches it, else before its last group falls apart); checked so that a variable can
            // never go without a level.
            for (var v = 0; v < _count; v++)
            {
                Place(v);
            }

            return order;
        }

        /// <summary>
        /// Labels each vertex with its unit: the root of the item it belongs to (what hangs,
        /// unshared, below a choice gate), else the root of its region (the nearest vertex above
        /// it with other than one parent). Top-down: descending post-order numbers put parents first.
        /// </summary>
        private int[] Units(int[][] children, bool[] choice, out int[] itemOf)
        {
            var parents = new int[_count];
            var parentOf = new int[_count];
            for (var v = 0; v < _count; v++)
            {
                foreach (var c in children[v])
                {
                    parents[c]++;
                    parentOf[c] = v;
                }
            }

            var region = new int[_count];
            itemOf = new int[_count];
            var unit = new int[_count];
            for (var v = _count - 1; v >= 0; v--)
            {
                if (parents[v] != 1)
                {
                    region[v] = v;
                    itemOf[v] = -1;
                }
                else
                {
                    var p = parentOf[v];
                    region[v] = region[p];
                    itemOf[v] = itemOf[p] >= 0 ? itemOf[p] : choice[p] ? v : -1;
                }

                unit[v] = itemOf[v] >= 0 ? itemOf[v] : region[v];
            }

            return unit;
        }

        /// <summary>Adds <paramref name="item"/> to the members of every connector it reaches, directly or through connectors.</summary>
        private void Close(int item, List<int>?[] direct)
        {
            var seen = new HashSet<int>();
            var stack = new Stack<int>(direct[item] ?? (IEnumerable<int>)Array.Empty<int>());
            while (stack.Count > 0)
            {
                var c = stack.Pop();
                if (!seen.Add(c))
                {
                    continue;
                }

                _members[c]!.Add(item);
                Add(_reach, item, c);
                foreach (var d in direct[c] ?? (IEnumerable<int>)Array.Empty<int>())
                {
                    stack.Push(d);
                }
            }
        }

        /// <summary>The groups of <paramref name="group"/> tied by connectors not yet placed, in depth-first order of their first item.</summary>
        private List<List<int>> Split(List<int> group, HashSet<int> inGroup, bool[] placed)
        {
            var root = new Dictionary<int, int>();
            foreach (var item in group)
            {
                root[item] = item;
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

            foreach (var c in _connectors)
            {
                if (placed[c])
                {
                    continue;
                }

                var first = -1;
                foreach (var item in _members[c]!)
                {
                    if (!inGroup.Contains(item))
                    {
                        continue;
                    }

                    var r = Find(item);
                    if (first >= 0 && r != first)
                    {
                        root[Math.Max(r, first)] = Math.Min(r, first);
                        r = Math.Min(r, first);
                    }

                    first = r;
                }
            }

            var byRoot = new Dictionary<int, List<int>>();
            var parts = new List<List<int>>();
            foreach (var item in group)
            {
                var r = Find(item);
                if (!byRoot.TryGetValue(r, out var part))
                {
                    byRoot.Add(r, part = new List<int>());
                    parts.Add(part);
                }

                part.Add(item);
            }

            return parts;
        }

        /// <summary>The connector not yet placed that ties the most items of the group (ties: the deepest), or -1 when none reaches it.</summary>
        private int MostShared(HashSet<int> inGroup, bool[] placed)
        {
            var best = -1;
            var bestCount = 0;
            foreach (var c in _connectors)
            {
                if (placed[c])
                {
                    continue;
                }

                var count = 0;
                foreach (var item in _members[c]!)
                {
                    count += inGroup.Contains(item) ? 1 : 0;
                }

                if (count > bestCount)
                {
                    best = c;
                    bestCount = count;
                }
            }

            return best;
        }

        private static void Add(List<int>?[] lists, int key, int value) => (lists[key] ??= new List<int>()).Add(value);
    }
}

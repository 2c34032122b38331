using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>Conditioning a cluster one shared node at a time, splitting it as it falls apart.</summary>
internal sealed partial class AvailabilityAnalysis
{
    /// <summary>
    /// A cluster's children are tied together only through its shared nodes. Summing over every
    /// state of all of them at once costs 2^s; instead the cluster is conditioned on one shared node
    /// at a time — one that every other free shared node below it is already fixed for (so its
    /// probability is read given them, as the chain rule needs), reached by the most children — and
    /// after each choice the children are split again into groups that still share a free node.
    /// Groups are independent given what is fixed and combine by convolution. A tier spread over r
    /// racks under two UPSes and two switches costs 2^4 · 2r states, not 2^(r+4).
    /// <para>
    /// A child's reach stops at the first shared node on each path: what lies below a shared node
    /// is fixed before it, so reaching the node itself is enough to tell which children it ties.
    /// </para>
    /// </summary>
    private sealed class Decomposition
    {
        /// <summary>Shared nodes per cluster handled this way (one bit each).</summary>
        public const int MaxShared = 64;

        private readonly AvailabilityAnalysis _owner;
        private readonly Cluster _cluster;
        private readonly ulong[] _reach;
        private readonly ulong[] _below;

        private Decomposition(AvailabilityAnalysis owner, Cluster cluster, ulong[] reach, ulong[] below)
        {
            _owner = owner;
            _cluster = cluster;
            _reach = reach;
            _below = below;
        }

        /// <summary>Reach of every child of the cluster and order among its shared nodes (local indices, deepest first).</summary>
        public static Decomposition Of(AvailabilityAnalysis owner, int gate, Cluster cluster, List<int> sharedLocals)
        {
            var structure = owner._structure;
            var graph = owner._graph;
            var bitOf = new Dictionary<int, int>(sharedLocals.Count);
            for (var b = 0; b < sharedLocals.Count; b++)
            {
                bitOf[sharedLocals[b]] = b;
            }

            var visited = new HashSet<int>();
            var stack = new Stack<int>();

            // The shared nodes a walk from `start` meets first, not descending below them (nor into
            // modules, nor out of the gate's dominance: those are fixed or independent).
            ulong Walk(int start, int origin)
            {
                ulong mask = 0;
                visited.Clear();
                stack.Push(start);
                while (stack.Count > 0)
                {
                    var w = stack.Pop();
                    if (!visited.Add(w))
                    {
                        continue;
                    }

                    if (w != origin && bitOf.TryGetValue(w, out var bit))
                    {
                        mask |= 1UL << bit;
                        continue;
                    }

                    if (structure.Module[w])
                    {
                        continue;
                    }

                    var node = structure.Order[w];
                    for (var c = graph.ChildStart[node]; c < graph.ChildStart[node + 1]; c++)
                    {
                        var x = structure.LocalOf(graph.ChildList[c]);
                        if (structure.Dominates(gate, x))
                        {
                            stack.Push(x);
                        }
                    }
                }

                return mask;
            }

            var reach = new ulong[cluster.Slots.Length];
            for (var i = 0; i < reach.Length; i++)
            {
                var child = structure.LocalOf(graph.ChildList[cluster.Slots[i]]);
                reach[i] = structure.Dominates(gate, child) ? Walk(child, -1) : 0;
            }

            // Deepest first: a node's shared descendants are complete before it is.
            var below = new ulong[sharedLocals.Count];
            for (var b = 0; b < below.Length; b++)
            {
                var direct = Walk(sharedLocals[b], sharedLocals[b]);
                var all = direct;
                for (var d = 0; d < b; d++)
                {
                    if ((direct & (1UL << d)) != 0)
                    {
                        all |= below[d];
                    }
                }

                below[b] = all;
            }

            return new Decomposition(owner, cluster, reach, below);
        }

        /// <summary>The count distribution of the whole cluster.</summary>
        public double[] Distribution(Counting counting) => Sum(AllSlots(), AllFree(), counting);

        /// <summary>
        /// How many child evaluations the decomposition makes, at most, stopping once past
        /// <paramref name="cap"/>. Which node is fixed and how the children split depend only on the
        /// structure, and both states of a node leave the same sub-problem, so the count follows
        /// one branch of each choice: linear in the size of the decomposition, not in its states.
        /// </summary>
        public long Estimate(long cap) => Cost(AllSlots(), AllFree(), cap);

        private int[] AllSlots()
        {
            var slots = new int[_reach.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = i;
            }

            return slots;
        }

        private ulong AllFree() => _cluster.Shared.Length == 64 ? ulong.MaxValue : (1UL << _cluster.Shared.Length) - 1;

        private long Cost(int[] slots, ulong free, long cap)
        {
            var ties = new ulong[slots.Length];
            ulong active = 0;
            for (var i = 0; i < slots.Length; i++)
            {
                ties[i] = Ties(_reach[slots[i]], free);
                active |= ties[i];
            }

            if (active == 0)
            {
                return slots.Length;
            }

            var groups = Split(slots, ties);
            if (groups.Count > 1)
            {
                long total = 0;
                foreach (var group in groups)
                {
                    total += Cost(group, free, cap - total);
                    if (total > cap)
                    {
                        return total;
                    }
                }

                return total;
            }

            var bit = Choose(slots, active, free);
            var half = Cost(slots, free & ~(1UL << bit), cap / 2);
            return half > cap / 2 ? cap + 1 : 2 * half;
        }

        private double[] Sum(int[] slots, ulong free, Counting counting)
        {
            var owner = _owner;
            var ties = new ulong[slots.Length];
            ulong active = 0;
            for (var i = 0; i < slots.Length; i++)
            {
                ties[i] = Ties(_reach[slots[i]], free);
                active |= ties[i];
            }

            if (active == 0 || owner._approximate)
            {
                return Leaf(slots, counting);
            }

            var groups = Split(slots, ties);
            if (groups.Count > 1)
            {
                var total = counting.Start();
                foreach (var group in groups)
                {
                    total = counting.Convolve(total, Sum(group, free, counting));
                }

                return total;
            }

            var bit = Choose(slots, active, free);
            var node = _cluster.Shared[bit];
            var (up, down) = owner.Eval(node);
            var sum = new double[counting.Length];
            var rest = free & ~(1UL << bit);
            if (up > 0)
            {
                owner.SetState(node, 1);
                Accumulate(sum, up, Sum(slots, rest, counting));
            }

            if (down > 0)
            {
                owner.SetState(node, 2);
                Accumulate(sum, down, Sum(slots, rest, counting));
            }

            owner.SetState(node, 0);
            return sum;
        }

        private double[] Leaf(int[] slots, Counting counting)
        {
            var owner = _owner;
            var distribution = counting.Start();
            foreach (var s in slots)
            {
                counting.Add(distribution, owner.Eval(owner._graph.ChildList[_cluster.Slots[s]]));
            }

            return distribution;
        }

        /// <summary>
        /// The free shared nodes a child depends on: those it reaches and the free ones below them
        /// (two children reaching different shared nodes are still tied by a free node below both).
        /// </summary>
        private ulong Ties(ulong reach, ulong free)
        {
            var ties = reach & free;
            for (var bits = ties; bits != 0; bits &= bits - 1)
            {
                ties |= _below[LowestBit(bits)];
            }

            return ties & free;
        }

        /// <summary>Groups of children tied through free shared nodes (children tied to none form one group), in child order.</summary>
        private List<int[]> Split(int[] slots, ulong[] ties)
        {
            // Union-find over the 64 bits: the bits one child reaches belong together.
            var parent = new int[64];
            for (var b = 0; b < 64; b++)
            {
                parent[b] = b;
            }

            foreach (var tie in ties)
            {
                var bits = tie;
                var first = -1;
                for (var b = 0; bits != 0; b++, bits >>= 1)
                {
                    if ((bits & 1) != 0)
                    {
                        if (first < 0)
                        {
                            first = Root(parent, b);
                        }
                        else
                        {
                            var r = Root(parent, b);
                            if (r != first)
                            {
                                parent[r] = first;
                            }
                        }
                    }
                }
            }

            var byRoot = new Dictionary<int, List<int>>();
            var order = new List<List<int>>();
            for (var i = 0; i < slots.Length; i++)
            {
                var key = ties[i] == 0 ? -1 : Root(parent, LowestBit(ties[i]));
                if (!byRoot.TryGetValue(key, out var list))
                {
                    byRoot.Add(key, list = new List<int>());
                    order.Add(list);
                }

                list.Add(slots[i]);
            }

            var groups = new List<int[]>(order.Count);
            foreach (var list in order)
            {
                groups.Add(list.ToArray());
            }

            return groups;
        }

        /// <summary>
        /// The free shared node to fix next: one with no free shared node below it, preferring those
        /// the most children reach (ties: the deepest, i.e. the lowest bit).
        /// </summary>
        private int Choose(int[] slots, ulong active, ulong free)
        {
            var relevant = active & free;
            var best = -1;
            var bestCount = -1;
            for (var b = 0; b < 64; b++)
            {
                var bit = 1UL << b;
                if ((relevant & bit) == 0 || (_below[b] & free) != 0)
                {
                    continue;
                }

                var count = 0;
                foreach (var s in slots)
                {
                    count += (_reach[s] & bit) != 0 ? 1 : 0;
                }

                if (count > bestCount)
                {
                    best = b;
                    bestCount = count;
                }
            }

            return best;
        }

        private static void Accumulate(double[] sum, double weight, double[] distribution)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += weight * distribution[i];
            }
        }

        private static int Root(int[] parent, int b)
        {
            while (parent[b] != b)
            {
                parent[b] = parent[parent[b]];
                b = parent[b];
            }

            return b;
        }

        private static int LowestBit(ulong bits)
        {
            var b = 0;
            while ((bits & 1) == 0)
            {
                bits >>= 1;
                b++;
            }

            return b;
        }
    }
}

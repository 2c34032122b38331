using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// One analysis over roots that look alike: a twin of a random graph (other events, the same
/// probabilities and structure), near-copies that differ in one event's probability or in one gate,
/// and a second set of gates over the very same events. A root may take an earlier look-alike's
/// value only when the two are truly the same function of the same probabilities: every root is
/// held to brute-force enumeration of its own block, never to another root's value.
/// </summary>
public sealed class RepeatedRootsTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 200).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Look_alike_roots_each_match_enumeration_of_their_own_block(int seed)
    {
        var source = RandomGraph.Create(seed);
        var blocks = new List<Block>
        {
            Block.Of(source),
            Block.Of(source),                          // the twin: same probabilities, other events
            Block.Of(source).WithEventDown(0, 0.5),    // one event half as likely to fail
            Block.Of(source).WithLastGateChanged(),    // one gate needs a different count, or is of the other kind
        };

        // Events of every block first, then each block's gates, then a second copy of the first
        // block's gates over the first block's own events.
        var events = blocks.Sum(b => b.Events);
        var assembler = new GraphAssembler(Enumerable.Range(0, events).Select(i => "e" + i).ToArray());
        var eventStart = new int[blocks.Count];
        for (int b = 0, next = 0; b < blocks.Count; next += blocks[b].Events, b++)
        {
            eventStart[b] = next;
            for (var e = 0; e < blocks[b].Events; e++)
            {
                assembler.Event(next + e, 1 - blocks[b].Down[e], blocks[b].Down[e]);
            }
        }

        var roots = new List<(int Node, Block Block, int Local)>();
        var node = events;
        foreach (var (block, eventsAt) in blocks.Select((b, i) => (b, eventStart[i])).Append((blocks[0], eventStart[0])))
        {
            var gateStart = node;
            for (var g = 0; g < block.Kinds.Length; g++)
            {
                var children = block.Children[g].Select(c => c < block.Events ? eventsAt + c : gateStart + c - block.Events).ToArray();
                assembler.Gate(block.Kinds[g], block.Thresholds[g], children, -1);
                roots.Add((node++, block, block.Events + g));
            }
        }

        var graph = assembler.Finish(null);
        foreach (var analysis in new[] { AvailabilityAnalysis.For(graph), AvailabilityAnalysis.For(graph, diagrams: DiagramUse.Always) })
        {
            foreach (var (root, block, local) in roots.Concat(Enumerable.Reverse(roots)))
            {
                var (up, down) = BruteForceOracle.Availability(block.Alone(), local);
                var (actualUp, actualDown, exact) = analysis.Evaluate(root);
                Assert.True(exact, $"seed {seed}, root {root}");
                OracleTests.AssertClose(up, actualUp, seed, root);
                OracleTests.AssertClose(down, actualDown, seed, root);
            }
        }
    }

    /// <summary>A random graph's events and gates, to copy, change and place in a larger graph.</summary>
    private sealed record Block(int Events, double[] Down, GateKind[] Kinds, int[] Thresholds, int[][] Children)
    {
        public static Block Of(RandomGraph g) => new(
            g.Events,
            Enumerable.Range(0, g.Events).Select(e => g.Graph.Down[e]).ToArray(),
            g.Kinds.Skip(g.Events).ToArray(),
            g.Thresholds.Skip(g.Events).ToArray(),
            g.Children.Skip(g.Events).ToArray());

        public Block WithEventDown(int e, double factor)
        {
            var down = (double[])Down.Clone();
            down[e] *= factor;
            return this with { Down = down };
        }

        public Block WithLastGateChanged()
        {
            var kinds = (GateKind[])Kinds.Clone();
            var thresholds = (int[])Thresholds.Clone();
            var last = kinds.Length - 1;
            switch (kinds[last])
            {
                case GateKind.AtLeast: thresholds[last]++; break;
                case GateKind.And: kinds[last] = GateKind.Or; thresholds[last] = 1; break;
                case GateKind.Or: kinds[last] = GateKind.And; thresholds[last] = 0; break;
            }

            return this with { Kinds = kinds, Thresholds = thresholds };
        }

        /// <summary>This block as a graph of its own, for the oracle.</summary>
        public RandomGraph Alone()
        {
            var assembler = new GraphAssembler(Enumerable.Range(0, Events).Select(i => "e" + i).ToArray());
            for (var e = 0; e < Events; e++)
            {
                assembler.Event(e, 1 - Down[e], Down[e]);
            }

            for (var g = 0; g < Kinds.Length; g++)
            {
                assembler.Gate(Kinds[g], Thresholds[g], Children[g], -1);
            }

            return new RandomGraph(
                assembler.Finish(null),
                Events,
                Enumerable.Repeat(GateKind.Event, Events).Concat(Kinds).ToArray(),
                new int[Events].Concat(Thresholds).ToArray(),
                Enumerable.Repeat(Array.Empty<int>(), Events).Concat(Children).ToArray());
        }
    }
}

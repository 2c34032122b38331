using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The part of a graph some roots reach (what the fix-first ranking analyses instead of the whole
/// design): it holds exactly the reached nodes, in their order, with their children, and every
/// root's availability on it is the whole graph's — against enumeration, and bit for bit against
/// the engine on the whole graph.
/// </summary>
public sealed class ReachableSubgraphTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 200).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Holds_exactly_the_reached_nodes_in_their_order_with_their_children(int seed)
    {
        var g = RandomGraph.Create(seed);
        var roots = RandomRoots(g, seed);
        var part = ReachableSubgraph.Of(g.Graph, roots);

        var reached = Reached(g, roots);
        var expected = Enumerable.Range(0, g.NodeCount).Where(v => reached.Contains(v)).ToArray();
        Assert.Equal(expected.Length, part.Graph.NodeCount);
        for (var v = 0; v < g.NodeCount; v++)
        {
            Assert.Equal(Array.IndexOf(expected, v), part.LocalOf(v));
        }

        for (var local = 0; local < expected.Length; local++)
        {
            var v = expected[local];
            Assert.Equal(g.Kinds[v], part.Graph.KindOf(local));
            Assert.Equal(g.Graph.NameOf(v), part.Graph.NameOf(local));
            Assert.Equal(g.Children[v].Select(c => Array.IndexOf(expected, c)), part.Graph.ChildrenOf(local));
        }

        // Children before parents, every node once.
        var position = new int[expected.Length];
        var order = part.Graph.PostOrder;
        Assert.Equal(Enumerable.Range(0, expected.Length), order.OrderBy(v => v));
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        for (var local = 0; local < expected.Length; local++)
        {
            Assert.All(part.Graph.ChildrenOf(local), c => Assert.True(position[c] < position[local]));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_root_has_the_availability_it_has_on_the_whole_graph(int seed)
    {
        var g = RandomGraph.Create(seed);
        var roots = RandomRoots(g, seed);
        var part = ReachableSubgraph.Of(g.Graph, roots);
        var onPart = AvailabilityAnalysis.For(part.Graph);
        var onWhole = AvailabilityAnalysis.For(g.Graph);
        foreach (var root in roots)
        {
            var (up, down) = BruteForceOracle.Availability(g, root);
            var (partUp, partDown, exact) = onPart.Evaluate(part.LocalOf(root));
            Assert.True(exact);
            OracleTests.AssertClose(up, partUp, seed, root);
            OracleTests.AssertClose(down, partDown, seed, root);

            var (wholeUp, wholeDown, _) = onWhole.Evaluate(root);
            Assert.Equal(wholeUp, partUp);
            Assert.Equal(wholeDown, partDown);
        }
    }

    [Fact]
    public void No_roots_reach_nothing()
    {
        var part = ReachableSubgraph.Of(RandomGraph.Create(1).Graph, Array.Empty<int>());
        Assert.Equal(0, part.Graph.NodeCount);
        Assert.Equal(-1, part.LocalOf(0));
    }

    /// <summary>One to three gates (or events) as roots, repeats allowed.</summary>
    private static int[] RandomRoots(RandomGraph g, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(g.NodeCount)).ToArray();
    }

    /// <summary>Reachability by plain recursion over the generator's own child lists.</summary>
    private static HashSet<int> Reached(RandomGraph g, IEnumerable<int> roots)
    {
        var reached = new HashSet<int>();
        void visit(int v)
        {
            if (reached.Add(v))
            {
                foreach (var c in g.Children[v])
                {
                    visit(c);
                }
            }
        }

        foreach (var root in roots)
        {
            visit(root);
        }

        return reached;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// Holds the engine to brute-force enumeration on hundreds of seeded random graphs with shared
/// nodes: single points of failure, minimal cut sets up to order 3, and availability to 1e-12.
/// </summary>
public sealed class OracleTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 400).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Single_points_of_failure_match_enumeration(int seed)
    {
        var g = RandomGraph.Create(seed);
        var spof = SpofAnalysis.Compute(g.Graph);
        var none = BruteForceOracle.Evaluate(g, 0);
        for (var node = 0; node < g.NodeCount; node++)
        {
            Assert.Equal(!none[node], spof.AlwaysDown[node]);
            var expected = none[node]
                ? Enumerable.Range(0, g.Events).Where(e => !BruteForceOracle.Evaluate(g, 1L << e)[node]).ToArray()
                : Array.Empty<int>();
            Assert.Equal(expected, spof.Of(node).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Minimal_cut_sets_match_enumeration(int seed)
    {
        var g = RandomGraph.Create(seed);
        var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToArray();
        var cutSets = CutSetAnalysis.Compute(g.Graph, roots, 3);
        Assert.True(cutSets.Complete);
        foreach (var root in roots)
        {
            var expected = BruteForceOracle.MinimalCutSets(g, root, 3);
            var actual = cutSets.Of(root).ToList();
            actual.Sort(CutSetOps.Compare);
            Assert.Equal(expected.Select(Show), actual.Select(Show));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cut_sets_of_order_one_and_two_match_enumeration(int seed)
    {
        // Orders 1 and 2 take the counting pass (PairCutSets), not the general dynamic programme.
        var g = RandomGraph.Create(seed);
        var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToArray();
        foreach (var order in new[] { 1, 2 })
        {
            var cutSets = CutSetAnalysis.Compute(g.Graph, roots, order);
            Assert.True(cutSets.Complete);
            foreach (var root in roots)
            {
                var expected = BruteForceOracle.MinimalCutSets(g, root, order);
                var actual = cutSets.Of(root).ToList();
                Assert.Equal(expected.Select(Show), actual.Select(Show));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Availability_matches_enumeration(int seed)
    {
        var g = RandomGraph.Create(seed);
        for (var root = g.Events; root < g.NodeCount; root++)
        {
            var (up, down) = BruteForceOracle.Availability(g, root);
            var (actualUp, actualDown, exact) = AvailabilityAnalysis.Compute(g.Graph, root);
            Assert.True(exact);
            AssertClose(up, actualUp, seed, root);
            AssertClose(down, actualDown, seed, root);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Availability_of_every_root_from_one_analysis_matches_enumeration(int seed)
    {
        // One analysis reuses what earlier roots computed (modules): roots are taken from the top
        // down and then bottom up, so values kept from one root are read under another's conditioning.
        // Every cluster is decomposed here (one shared node at a time), while the test above
        // enumerates the small clusters of these graphs directly: both paths meet the oracle.
        var g = RandomGraph.Create(seed);
        var analysis = AvailabilityAnalysis.For(g.Graph, decomposeAbove: 0);
        var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToList();
        foreach (var root in Enumerable.Reverse(roots).Concat(roots))
        {
            var (up, down) = BruteForceOracle.Availability(g, root);
            var (actualUp, actualDown, exact) = analysis.Evaluate(root);
            Assert.True(exact);
            AssertClose(up, actualUp, seed, root);
            AssertClose(down, actualDown, seed, root);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Availability_by_decision_diagrams_matches_enumeration(int seed)
    {
        // The diagram path alone: every gate is compiled (modules too, each into a diagram of its
        // own), nothing is conditioned. Roots top down and bottom up, as above, so modules compiled
        // for one root are read back under another.
        var g = RandomGraph.Create(seed);
        var analysis = AvailabilityAnalysis.For(g.Graph, diagrams: DiagramUse.Always);
        var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToList();
        foreach (var root in Enumerable.Reverse(roots).Concat(roots))
        {
            var (up, down) = BruteForceOracle.Availability(g, root);
            var (actualUp, actualDown, exact) = analysis.Evaluate(root);
            Assert.True(exact);
            AssertClose(up, actualUp, seed, root);
            AssertClose(down, actualDown, seed, root);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Availability_with_events_made_perfect_in_place_matches_enumeration(int seed)
    {
        // What the fix-first ranking does: one analysis on its own copy of the probabilities, each
        // evaluation making some events perfect in place and forgetting only the modules above them.
        // Plain evaluations are interleaved, so a module kept under a perfect event, or one kept
        // before and read under one, would show.
        // A root evaluated twice in a row keeps its decision diagram and only reweighs it (every
        // third seed compiles every root to a diagram).
        var g = RandomGraph.Create(seed);
        var random = new Random(seed);
        var graph = g.Graph.WithPerfectEvents(Array.Empty<int>());
        var analysis = (seed % 3) switch
        {
            0 => AvailabilityAnalysis.For(graph, diagrams: DiagramUse.Always),
            1 => AvailabilityAnalysis.For(graph, decomposeAbove: 0),
            _ => AvailabilityAnalysis.For(graph),
        };
        var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToList();
        foreach (var root in Enumerable.Reverse(roots).Concat(roots))
        {
            double up, down, actualUp, actualDown;
            bool exact;
            for (var round = 0; round < 2; round++)
            {
                var perfect = Enumerable.Range(0, g.Events).Where(_ => random.Next(4) == 0).ToArray();
                var changed = new RandomGraph(g.Graph.WithPerfectEvents(perfect), g.Events, g.Kinds, g.Thresholds, g.Children);
                (up, down) = BruteForceOracle.Availability(changed, root);
                (actualUp, actualDown, exact) = analysis.EvaluateWithPerfect(root, perfect);
                Assert.True(exact);
                AssertClose(up, actualUp, seed, root);
                AssertClose(down, actualDown, seed, root);
            }

            (up, down) = BruteForceOracle.Availability(g, root);
            (actualUp, actualDown, exact) = analysis.Evaluate(root);
            Assert.True(exact);
            AssertClose(up, actualUp, seed, root);
            AssertClose(down, actualDown, seed, root);
        }
    }

    [Fact]
    public void Random_graphs_share_nodes_and_use_every_gate_kind()
    {
        // Guards the oracle's value: the generated graphs must exercise what the engine gets wrong easily.
        var graphs = Enumerable.Range(1, 400).Select(RandomGraph.Create).ToList();
        Assert.Contains(graphs, g => g.Kinds.Contains(GateKind.AtLeast));
        Assert.Contains(graphs, g => g.Kinds.Contains(GateKind.AlwaysDown));
        var shared = graphs.Count(g => g.Children.SelectMany(c => c).GroupBy(c => c).Any(x => x.Count() > 1));
        Assert.True(shared > 300, $"only {shared} graphs share a node");
    }

    internal static void AssertClose(double expected, double actual, int seed, int root)
    {
        var tolerance = 1e-12 * Math.Abs(expected);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance || (expected < 1e-300 && actual < 1e-300),
            $"seed {seed}, root {root}: expected {expected:R}, got {actual:R}");
    }

    private static string Show(int[] set) => "{" + string.Join(",", set) + "}";
}

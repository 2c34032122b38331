using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// Every pass against truth tables on thousands of seeded tangled graphs (<see cref="TangledGraphs"/>,
/// up to 18 events): single points of failure and what each event stops alone (the blast radius of
/// the graph), minimal cut sets of order 1–3 (both the counting pass and the general search),
/// searches cut short by tiny work bounds (what they list must still be exact), and availability,
/// exact where the engine says so and within its budget when that is tiny.
/// </summary>
public sealed class DifferentialTests
{
    private const int Batches = 20;
    private const int GraphsPerBatch = 100;

    public static IEnumerable<object[]> BatchNumbers() => Enumerable.Range(0, Batches).Select(b => new object[] { b });

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Single_points_of_failure_and_what_each_event_stops_match_truth_tables(int batch)
    {
        foreach (var (seed, g, truth) in Graphs(batch))
        {
            var spof = SpofAnalysis.Compute(g.Graph);
            for (var node = 0; node < g.NodeCount; node++)
            {
                Assert.True(truth.Runs(node, 0) != spof.AlwaysDown[node], $"seed {seed}, node {node}: always down");
                var expected = truth.SinglePoints(node);
                Assert.True(expected.SequenceEqual(spof.Of(node)), $"seed {seed}, node {node}: [{string.Join(",", spof.Of(node))}] instead of [{string.Join(",", expected)}]");
                for (var e = 0; e < g.Events; e++)
                {
                    Assert.Equal(expected.Contains(e), spof.Stops(e, node));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Minimal_cut_sets_of_order_one_to_three_match_truth_tables(int batch)
    {
        foreach (var (seed, g, truth) in Graphs(batch))
        {
            var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToArray();
            foreach (var order in new[] { 1, 2, 3 })
            {
                var cutSets = CutSetAnalysis.Compute(g.Graph, roots, order);
                Assert.True(cutSets.Complete);
                Assert.Equal(order, cutSets.CompleteThrough);
                foreach (var root in roots)
                {
                    var actual = cutSets.Of(root).ToList();
                    actual.Sort(CutSetOps.Compare);
                    AssertSets(truth.MinimalCutSets(root, order), actual, $"seed {seed}, order {order}, root {root}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Searches_stopped_at_tiny_work_bounds_list_only_minimal_cut_sets_and_every_exact_order(int batch)
    {
        foreach (var (seed, g, truth) in Graphs(batch))
        {
            var roots = Enumerable.Range(g.Events, g.NodeCount - g.Events).ToArray();
            var random = new Random(seed);
            foreach (var order in new[] { 2, 3 })
            {
                var limit = random.Next(0, 40);
                var cutSets = CutSetAnalysis.Compute(g.Graph, roots, order, limit);
                Assert.InRange(cutSets.CompleteThrough, 1, order);
                Assert.Equal(cutSets.Complete, cutSets.CompleteThrough == order);
                foreach (var root in roots)
                {
                    var exact = truth.MinimalCutSets(root, order);
                    var actual = cutSets.Of(root).ToList();
                    var where = $"seed {seed}, order {order}, limit {limit}, root {root}";
                    Assert.Equal(actual.Count, actual.Distinct(CutSetOps.SetComparer.Instance).Count());
                    foreach (var set in actual)
                    {
                        Assert.True(exact.Contains(set, CutSetOps.SetComparer.Instance), $"{where}: {Show(set)} is not a minimal cut set");
                    }

                    // Every order up to CompleteThrough is all there (singles always).
                    foreach (var set in exact.Where(s => s.Length <= cutSets.CompleteThrough))
                    {
                        Assert.True(actual.Contains(set, CutSetOps.SetComparer.Instance), $"{where}: {Show(set)} is missing");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Availability_matches_truth_tables(int batch)
    {
        foreach (var (seed, g, truth) in Graphs(batch))
        {
            var analysis = AvailabilityAnalysis.For(g.Graph);
            var random = new Random(seed);
            foreach (var root in new[] { g.NodeCount - 1, g.Events + random.Next(g.NodeCount - g.Events) })
            {
                var (up, down) = truth.Availability(root);
                var (actualUp, actualDown, exact) = analysis.Evaluate(root);
                Assert.True(exact, $"seed {seed}, root {root}: not exact");
                AssertClose(up, actualUp, $"seed {seed}, root {root}, up");
                AssertClose(down, actualDown, $"seed {seed}, root {root}, down");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Availability_under_tiny_budgets_is_exact_when_it_says_so_and_always_bounded(int batch)
    {
        var inexact = 0;
        var allIndependent = 0;
        foreach (var (seed, g, truth) in Graphs(batch))
        {
            var random = new Random(seed);
            // An inexact bound of 0 on even seeds: those that go inexact pass twice it at once.
            var budget = new AvailabilityBudget(random.Next(0, 30), random.Next(0, 10), random.Next(2, 40), seed % 2 == 0 ? 0 : random.Next(1, 30));
            var analysis = AvailabilityAnalysis.For(g.Graph, decomposeAbove: random.Next(0, 3) * 4, budget: budget);
            var root = g.NodeCount - 1;
            var (up, down) = truth.Availability(root);
            var (actualUp, actualDown, exact) = analysis.Evaluate(root);
            var where = $"seed {seed}, root {root}";
            if (exact)
            {
                AssertClose(up, actualUp, where + ", up");
                AssertClose(down, actualDown, where + ", down");
            }
            else
            {
                // An estimate, but still a probability split between up and down (to rounding).
                Assert.InRange(actualUp, 0, 1 + 1e-12);
                Assert.InRange(actualDown, 0, 1 + 1e-12);
                Assert.True(Math.Abs(actualUp + actualDown - 1) < 1e-9, $"{where}: up {actualUp:R} + down {actualDown:R}");
            }

            // Conditioning, the modules tried for a diagram (one try per node at most), the inexact
            // mode up to twice its bound, and one evaluation per node past that.
            var n = g.NodeCount;
            var bound = budget.StrictWorkLimit + 1 + (n * (budget.ModuleWorkLimit + 1)) + (2 * budget.WorkLimit) + 1 + n;
            Assert.True(analysis.LastWork <= bound, $"{where}: {analysis.LastWork} gate evaluations, bound {bound}");
            inexact += exact ? 0 : 1;
            allIndependent += analysis.LastTookAllIndependent ? 1 : 0;
        }

        // Guards the test's value: both stages of the inexact mode are reached in every batch.
        Assert.True(inexact > 0 && allIndependent > 0, $"{inexact} inexact, {allIndependent} all independent");
    }

    [Fact]
    public void Tangled_graphs_list_children_twice_wrap_gates_and_use_odd_k()
    {
        // Guards the generator's value: the shapes that share arrays inside the engine must be there.
        var graphs = Enumerable.Range(0, Batches * GraphsPerBatch).Select(s => TangledGraphs.Create(Seed(s))).ToList();
        Assert.True(graphs.Count(g => g.Children.Any(c => c.Length != c.Distinct().Count())) > 500);
        Assert.True(graphs.Count(g => Enumerable.Range(g.Events, g.NodeCount - g.Events).Any(v => g.Children[v].Length == 1 && g.Children[v][0] >= g.Events)) > 500);
        Assert.True(graphs.Count(g => Enumerable.Range(0, g.NodeCount).Any(v => g.Kinds[v] == GateKind.AtLeast && g.Thresholds[v] % 2 == 1 && g.Thresholds[v] > 1 && g.Thresholds[v] < g.Children[v].Length)) > 300);
        Assert.True(graphs.Count(g => g.Events >= 16) > 200);
    }

    private static int Seed(int index) => 1_000_003 + index;

    private static IEnumerable<(int Seed, RandomGraph Graph, TruthTables Truth)> Graphs(int batch)
    {
        for (var i = 0; i < GraphsPerBatch; i++)
        {
            var seed = Seed((batch * GraphsPerBatch) + i);
            var g = TangledGraphs.Create(seed);
            yield return (seed, g, new TruthTables(g));
        }
    }

    private static void AssertSets(List<int[]> expected, List<int[]> actual, string where) =>
        Assert.True(
            expected.Select(Show).SequenceEqual(actual.Select(Show)),
            $"{where}: {string.Join(" ", actual.Select(Show))} instead of {string.Join(" ", expected.Select(Show))}");

    private static void AssertClose(double expected, double actual, string where)
    {
        var tolerance = 1e-10 * Math.Abs(expected);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance || (expected < 1e-300 && actual < 1e-300),
            $"{where}: expected {expected:R}, got {actual:R}");
    }

    private static string Show(int[] set) => "{" + string.Join(",", set) + "}";
}

using System;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>The decision diagram on its own: functions against their truth tables, probabilities against enumeration.</summary>
public sealed class DecisionDiagramTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(5, 3)]
    [InlineData(5, 5)]
    [InlineData(7, 4)]
    [InlineData(4, 0)]
    [InlineData(3, 4)]
    public void At_least_k_of_variables_holds_exactly_where_k_run(int n, int k)
    {
        var diagram = new DecisionDiagram(1 << 16);
        var items = Enumerable.Range(0, n).Select(diagram.Variable).ToArray();
        var f = diagram.AtLeast(k, items);
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var running = Enumerable.Range(0, n).Count(i => (mask & (1 << i)) != 0);
            Assert.Equal(running >= k, Holds(diagram, f, n, mask));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_formulas_match_their_truth_tables_and_probabilities(int seed)
    {
        // Random and/or/k-of-n formulas over 8 variables whose sub-formulas share variables: the
        // probability from the diagram equals the sum over all 256 states of the formula evaluated directly.
        var random = new Random(seed);
        const int n = 8;
        var diagram = new DecisionDiagram(1 << 18);
        var functions = Enumerable.Range(0, n).Select(diagram.Variable).ToList();
        var truth = Enumerable.Range(0, n).Select(v => (Func<int, bool>)(mask => (mask & (1 << v)) != 0)).ToList();
        for (var step = 0; step < 30; step++)
        {
            var picks = Enumerable.Range(0, random.Next(2, 5)).Select(_ => random.Next(functions.Count)).ToArray();
            var kind = random.Next(3);
            var k = random.Next(1, picks.Length + 1);
            var parts = picks.Select(p => truth[p]).ToArray();
            functions.Add(kind switch
            {
                0 => picks.Select(p => functions[p]).Aggregate(diagram.And),
                1 => picks.Select(p => functions[p]).Aggregate(diagram.Or),
                _ => diagram.AtLeast(k, picks.Select(p => functions[p]).ToArray()),
            });
            truth.Add(kind switch
            {
                0 => mask => parts.All(t => t(mask)),
                1 => mask => parts.Any(t => t(mask)),
                _ => mask => parts.Count(t => t(mask)) >= k,
            });
        }

        var up = Enumerable.Range(0, n).Select(_ => 0.5 + (random.NextDouble() / 2)).ToArray();
        var down = up.Select(u => 1 - u).ToArray();
        for (var f = n; f < functions.Count; f++)
        {
            double expectedUp = 0, expectedDown = 0;
            for (var mask = 0; mask < 1 << n; mask++)
            {
                Assert.Equal(truth[f](mask), Holds(diagram, functions[f], n, mask));
                var p = 1.0;
                for (var v = 0; v < n; v++)
                {
                    p *= (mask & (1 << v)) != 0 ? up[v] : down[v];
                }

                if (truth[f](mask))
                {
                    expectedUp += p;
                }
                else
                {
                    expectedDown += p;
                }
            }

            var (actualUp, actualDown) = diagram.Probability(functions[f], up, down);
            Assert.Equal(expectedUp, actualUp, 12);
            Assert.Equal(expectedDown, actualDown, 12);
        }
    }

    [Fact]
    public void Equal_functions_are_one_node()
    {
        var diagram = new DecisionDiagram(1 << 10);
        var x = diagram.Variable(0);
        var y = diagram.Variable(1);
        var z = diagram.Variable(2);
        Assert.Equal(diagram.And(x, diagram.Or(y, z)), diagram.Or(diagram.And(z, x), diagram.And(x, y)));
        Assert.Equal(diagram.AtLeast(2, new[] { x, y, z }), diagram.AtLeast(2, new[] { z, x, y }));
        Assert.Equal(2, diagram.Deepest(diagram.And(x, z)));
        Assert.Equal(-1, diagram.Deepest(DecisionDiagram.One));
    }

    [Fact]
    public void A_tiny_unavailability_keeps_its_digits()
    {
        // Two of three, each down 1e-9: down = 3e-18 − 2e-27, which 1 − up would round to 0.
        var diagram = new DecisionDiagram(1 << 10);
        var f = diagram.AtLeast(2, new[] { diagram.Variable(0), diagram.Variable(1), diagram.Variable(2) });
        var down = new[] { 1e-9, 1e-9, 1e-9 };
        var (_, actualDown) = diagram.Probability(f, down.Select(d => 1 - d).ToArray(), down);
        var q = 1e-9;
        var expected = (3 * q * q * (1 - q)) + (q * q * q);
        Assert.True(Math.Abs(actualDown - expected) <= 1e-12 * expected, $"{actualDown:R} vs {expected:R}");
    }

    [Fact]
    public void Stops_at_its_node_budget()
    {
        // "At least 10 of 20" needs about 10 · 11 nodes: a budget of 50 cannot hold it.
        var diagram = new DecisionDiagram(50);
        Assert.Throws<DecisionDiagram.TooLargeException>(() => diagram.AtLeast(10, Enumerable.Range(0, 20).Select(diagram.Variable).ToArray()));
    }

    /// <summary>Follows the diagram from <paramref name="f"/> for the state <paramref name="mask"/> (bit v set: variable v runs).</summary>
    private static bool Holds(DecisionDiagram diagram, int f, int n, int mask)
    {
        var up = Enumerable.Range(0, n).Select(v => (mask & (1 << v)) != 0 ? 1.0 : 0.0).ToArray();
        return diagram.Probability(f, up, up.Select(u => 1 - u).ToArray()).Up == 1.0;
    }
}

using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// Generated worst cases for the cut-set passes: each stops at its work bound (asserted on the work
/// counters, not on time), says so, and what it lists is still exact (checked against the
/// structure, worked by hand). The availability worst case is the ladder design of
/// <see cref="EngineDefectRegressionTests"/>, and tiny budgets on random graphs in <see cref="DifferentialTests"/>.
/// </summary>
public sealed class BoundedWorkTests
{
    [Fact]
    public void The_pair_pass_stops_at_its_bound_on_a_gate_any_two_failures_stop()
    {
        // n − 1 of n: every pair of the n events is a minimal cut set, n(n−1)/2 of them.
        const int n = 3000;
        const long limit = 200_000;
        var (graph, root) = Gate(n, GateKind.AtLeast, n - 1);

        var cutSets = CutSetAnalysis.Compute(graph, new[] { root }, 2, limit);

        Assert.False(cutSets.Complete);
        Assert.Equal(1, cutSets.CompleteThrough);

        // Past the bound the pass finishes the partner list it is in (at most n candidates of 2 units).
        Assert.InRange(cutSets.Work, limit, limit + (2L * n) + 2);
        var sets = cutSets.Of(root);
        Assert.NotEmpty(sets);
        Assert.All(sets, set => Assert.True(set.Length == 2 && set[0] < set[1] && set[1] < n));
        Assert.Equal(sets.Count, sets.Distinct(CutSetOps.SetComparer.Instance).Count());
    }

    [Fact]
    public void The_general_search_stops_at_its_bound_and_keeps_the_shared_single_point_and_only_true_triples()
    {
        // any of c1, c2, c3; ci needs the shared event a and 60 of its own. Minimal cut sets up to
        // order 3: {a}, and one own event of each ci (61³ unions to find them all).
        const int own = 60;
        const long limit = 50_000;
        var names = new List<string> { "a" };
        for (var c = 0; c < 3; c++)
        {
            names.AddRange(Enumerable.Range(0, own).Select(i => $"c{c}-{i}"));
        }

        var assembler = new GraphAssembler(names.ToArray());
        for (var e = 0; e < names.Count; e++)
        {
            assembler.Event(e, 0.999, 0.001);
        }

        var cs = Enumerable.Range(0, 3)
            .Select(c => assembler.Gate(GateKind.And, 0, new[] { 0 }.Concat(Enumerable.Range(1 + (c * own), own)).ToArray(), -1))
            .ToArray();
        var root = assembler.Gate(GateKind.Or, 1, cs, -1);
        var graph = assembler.Finish(null);

        var cutSets = CutSetAnalysis.Compute(graph, new[] { root }, 3, limit);

        Assert.False(cutSets.Complete);
        Assert.Equal(2, cutSets.CompleteThrough);

        // Each pass (the search, the pair pass, the minimality checks) stops at the bound.
        Assert.True(cutSets.Work <= 3 * (limit + (own * own) + 1000), $"{cutSets.Work} units of work");
        var sets = cutSets.Of(root);
        Assert.Equal(new[] { 0 }, sets[0]);
        Assert.All(sets.Skip(1), set =>
        {
            Assert.Equal(3, set.Length);
            Assert.Equal(new[] { 0, 1, 2 }, set.Select(e => (e - 1) / own).OrderBy(c => c));
        });
    }

    [Fact]
    public void Stopped_searches_are_flagged_in_the_service_and_tolerance_is_only_claimed_as_far_as_they_went()
    {
        // Three replicas of 500 parts each, any one enough, TolerateFailures(2): order 3 needs 501³
        // unions. No part is shared, so there is no single point of failure and no pair: the
        // tolerance of 2 holds as far as the search could tell, and the list says it is incomplete.
        var design = new DesignBuilder("Wide");
        var replicas = Enumerable.Range(1, 3)
            .Select(r => design.AddComponent($"r{r}").DependsOn(Enumerable.Range(1, 500).Select(i => design.AddComponent($"r{r}-part-{i}")).ToArray()))
            .ToArray();
        design.AddService("svc").DependsOnAnyOf(replicas).TolerateFailures(2);

        var svc = ReliabilityAnalysis.Analyze(design.Build()).Services.Single();

        Assert.False(svc.MinimalCutSetsComplete);
        Assert.True(svc.MinimalCutSetsTruncated);
        Assert.Empty(svc.SinglePointsOfFailure);
        Assert.Equal(2, svc.ToleratedFailures);
        Assert.All(svc.MinimalCutSets, set => Assert.Equal(3, set.Select(n => n.Split('-')[0]).Distinct().Count()));
    }

    private static (ReliabilityGraph Graph, int Root) Gate(int n, GateKind kind, int k)
    {
        var assembler = new GraphAssembler(Enumerable.Range(0, n).Select(i => "e" + i).ToArray());
        for (var e = 0; e < n; e++)
        {
            assembler.Event(e, 0.999, 0.001);
        }

        var root = assembler.Gate(kind, k, Enumerable.Range(0, n).ToArray(), -1);
        return (assembler.Finish(null), root);
    }
}

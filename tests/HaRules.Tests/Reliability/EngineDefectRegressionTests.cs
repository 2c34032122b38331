using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reliability;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The designs that showed the engine's defects: false order-2 cut sets from a shared pair list,
/// a truncated order-3 search that lost the single points of failure (and silenced HA103), and
/// an inexact availability mode without a budget. Expected values are worked by hand.
/// </summary>
public sealed class EngineDefectRegressionTests
{
    [Fact]
    public void A_gate_listed_twice_beside_one_of_its_events_keeps_only_minimal_pairs()
    {
        // g = 3 of {a, b, c, d}: any two stop it. root = g ∧ g ∧ d: d alone stops it, so no pair with
        // d is minimal; the others are {a,b} {a,c} {b,c}.
        var assembler = new GraphAssembler(new[] { "a", "b", "c", "d" });
        for (var e = 0; e < 4; e++)
        {
            assembler.Event(e, 0.99, 0.01);
        }

        var g = assembler.Gate(GateKind.AtLeast, 3, new[] { 0, 1, 2, 3 }, -1);
        var root = assembler.Gate(GateKind.And, 0, new[] { g, g, 3 }, -1);
        var graph = assembler.Finish(null);

        var sets = CutSetAnalysis.Compute(graph, new[] { root }, 2).Of(root).Select(Show);

        Assert.Equal(new[] { "{3}", "{0,1}", "{0,2}", "{1,2}" }, sets);
    }

    [Fact]
    public void A_server_that_needs_a_cluster_twice_does_not_list_pairs_holding_its_own_ups()
    {
        // a needs the cluster through its pool and through DependsOn: two children sharing the
        // cluster's pair list. ups-a is a single point of failure of a (its only PSU), so
        // {ups-a, ups-b} (the db node's two PSUs) is not minimal for a — and svc survives it on b.
        var analysis = Analyze(design =>
        {
            var upsA = design.AddUps("ups-a");
            var upsB = design.AddUps("ups-b");
            var upsC = design.AddUps("ups-c");
            var dbNode = design.AddServer("db-1").WithPowerSupplies(upsA, upsB);
            var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(dbNode);
            var a = design.AddServer("a").WithPowerSupplies(upsA).ConnectsTo(db, p => p.Min(5).Max(5)).DependsOn(db);
            var b = design.AddServer("b").WithPowerSupplies(upsC);
            design.AddService("svc").DependsOnAnyOf(a, b);
        });

        var svc = analysis.Services.Single();
        Assert.True(svc.MinimalCutSetsComplete);
        Assert.DoesNotContain(svc.MinimalCutSets, s => s.SequenceEqual(new[] { "ups-a", "ups-b" }));

        // Every pair is one of a's single points of failure with one of b's: 4 × 3 = 12.
        var aSingles = new[] { "a", "a/psu-1", "ups-a", "db-1" };
        var bSingles = new[] { "b", "b/psu-1", "ups-c" };
        var expected = aSingles.SelectMany(x => bSingles.Select(y => string.CompareOrdinal(x, y) < 0 ? x + "+" + y : y + "+" + x))
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(expected, svc.MinimalCutSets.Select(s => string.Join("+", s)).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void A_component_needing_another_directly_and_through_a_third_lists_no_pair_holding_its_own_single()
    {
        // app runs while one of x, y and one of u, w run: pairs {x,y} {u,w}. front (an event of its
        // own) needs app and shares app's pair list; z needs front, app and x. x alone stops z, so
        // {x,y} is not a minimal cut set of z, and under svc = z or b it would count z as stopped
        // twice: svc survives x and y failing (b runs). Its cut sets are b with front, and b with x.
        var analysis = Analyze(design =>
        {
            var x = design.AddComponent("x");
            var y = design.AddComponent("y");
            var u = design.AddComponent("u");
            var w = design.AddComponent("w");
            var p1 = design.AddComponent("p1").Availability(1.0).DependsOnAnyOf(x, y);
            var p2 = design.AddComponent("p2").Availability(1.0).DependsOnAnyOf(u, w);
            var app = design.AddComponent("app").Availability(1.0).DependsOn(p1, p2);
            var front = design.AddComponent("front").DependsOn(app);
            var z = design.AddComponent("z").Availability(1.0).DependsOn(front, app, x);
            var b = design.AddComponent("b");
            design.AddService("svc").DependsOnAnyOf(z, b);
            design.AddService("direct").DependsOn(z);
        });

        Assert.Equal(new[] { "b+front", "b+x" }, analysis.FindService("svc")!.MinimalCutSets.Select(s => string.Join("+", s)));
        Assert.Equal(new[] { "front", "x", "u+w" }, analysis.FindService("direct")!.MinimalCutSets.Select(s => string.Join("+", s)));
    }

    [Fact]
    public void A_truncated_deep_search_still_lists_the_single_point_of_failure_and_HA103_names_it()
    {
        // Each of c1..c3 needs the shared a and 400 components of its own: the order-3 search over
        // the any-of needs 401³ unions, past its bound. a alone stops the service.
        var result = Check.Design(design => WideTolerantService(design, withAnyOfBeside: false));
        var svc = result.Reliability.Services.Single();

        Assert.False(svc.MinimalCutSetsComplete);
        Assert.True(svc.MinimalCutSetsTruncated);
        Assert.Equal(new[] { "a" }, svc.SinglePointsOfFailure);
        Assert.Equal(new[] { "a" }, svc.MinimalCutSets[0]);
        Assert.Equal(0, svc.ToleratedFailures);
        var finding = Assert.Single(result.Findings("HA103"));
        Assert.Contains("this single failure stops it: a", finding.Message);
    }

    [Fact]
    public void A_truncated_deep_search_never_lists_a_set_holding_a_single_point_of_failure()
    {
        // Beside the c's the service needs one of a and b: {a, b} stops it, but a alone already
        // does, so {a, b} is not minimal. Every pair listed is minimal: a c-component with another
        // c's component... none exists (any-of of three), so the pairs come only from what is exact.
        var result = Check.Design(design => WideTolerantService(design, withAnyOfBeside: true));
        var svc = result.Reliability.Services.Single();

        Assert.False(svc.MinimalCutSetsComplete);
        Assert.Equal(new[] { "a" }, svc.MinimalCutSets[0]);
        Assert.DoesNotContain(svc.MinimalCutSets, s => s.Count > 1 && s.Contains("a"));
        Assert.Contains("this single failure stops it: a", Assert.Single(result.Findings("HA103")).Message);
    }

    [Fact]
    public void A_design_whose_ladder_of_shared_gates_defeats_conditioning_and_diagrams_ends_within_its_budget()
    {
        // The 383-component design: a cover over the edges of a random cubic graph on 100
        // components (no diagram order keeps it small) and a ladder 44 deep, each step reached from
        // the two above it (re-evaluated once per path without a memo: ×1.6 per step).
        var model = LadderDesign(seed: 7);
        var built = GraphBuilder.Build(model);
        var root = built.RunNodes[built.Services.Single()];
        var budget = new AvailabilityBudget(strictWorkLimit: 20_000, moduleWorkLimit: 2_000, maxDiagramNodes: 1 << 14, workLimit: 50_000);
        var analysis = AvailabilityAnalysis.For(built.Graph, budget: budget);

        var (up, down, exact) = analysis.Evaluate(root);

        Assert.False(exact);
        Assert.InRange(up, 0, 1);
        Assert.InRange(down, 0, 1);
        Assert.True(Math.Abs(up + down - 1) < 1e-9, $"up {up:R} + down {down:R}");

        // Exact conditioning (20k), the modules tried for the diagram (2k each, at most one per
        // node), then the inexact mode: twice its bound, and one evaluation per node past that.
        var nodes = built.Graph.NodeCount;
        Assert.True(analysis.LastWork <= 20_000 + (2_000L * nodes) + (2 * 50_000) + nodes, $"{analysis.LastWork} gate evaluations");
    }

    [Fact]
    public void The_ladder_design_ends_at_the_documented_bounds_and_says_its_availability_is_inexact()
    {
        // The same design through the whole analysis, with the documented budget: it ends (the
        // unbounded mode ran for more than 10 minutes), and the report flags the figure.
        var svc = ReliabilityAnalysis.Analyze(LadderDesign(seed: 7)).Services.Single();

        Assert.False(svc.AvailabilityIsExact);
        Assert.True(Math.Abs(svc.Availability + svc.Unavailability - 1) < 1e-9);
    }

    [Fact]
    public void HA104_on_an_inexact_availability_says_the_figure_is_an_estimate()
    {
        // Every x is down 1/1000 of the time by default or more: a target of 99.9999999 % is missed
        // whatever the estimate, so HA104 fires, and its message must not read as an exact figure.
        var result = HaRules.Checking.DesignChecker.Check(LadderDesign(seed: 7, target: 0.999999999));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "HA104");
        Assert.Contains("an estimate", finding.Message);
    }

    [Fact]
    public void HA104_on_an_exact_availability_does_not_call_it_an_estimate()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web-1").Availability(0.999);
            d.AddService("shop").EntryPoint(web).AvailabilityTarget(0.9999);
        });

        var finding = Assert.Single(result.Findings("HA104"));
        Assert.DoesNotContain("estimate", finding.Message);
    }

    private static void WideTolerantService(DesignBuilder design, bool withAnyOfBeside)
    {
        var a = design.AddComponent("a");
        var cs = new List<GenericComponentBuilder>();
        for (var c = 1; c <= 3; c++)
        {
            var own = Enumerable.Range(1, 400).Select(i => design.AddComponent($"c{c}-part-{i}")).ToArray();
            cs.Add(design.AddComponent($"c{c}").Availability(1.0).DependsOn(a).DependsOn(own));
        }

        var service = design.AddService("svc").DependsOnAnyOf(cs.ToArray()).TolerateFailures(2);
        if (withAnyOfBeside)
        {
            var b = design.AddComponent("b");
            service.DependsOn(design.AddComponent("a-or-b").Availability(1.0).DependsOnAnyOf(a, b));
        }
    }

    /// <summary>The design: a cover of a random cubic graph's edges and a ladder of shared steps.</summary>
    internal static DesignModel LadderDesign(int seed, double? target = null)
    {
        var random = new Random(seed);
        var design = new DesignBuilder("Ladder");
        var x = Enumerable.Range(0, 100).Select(i => design.AddComponent($"x-{i}")).ToArray();
        var pairs = CubicGraphEdges(100, random)
            .Select((edge, k) => design.AddComponent($"pair-{k}").Availability(1.0).DependsOnAnyOf(x[edge.U], x[edge.V]))
            .ToArray();
        var cover = design.AddComponent("cover").Availability(1.0).DependsOn(pairs);
        var ladder = Enumerable.Range(0, 6).Select(i => x[i * 17]).ToArray();
        var steps = new List<GenericComponentBuilder> { x[1], x[2] };
        for (var i = 0; i < 44; i++)
        {
            var left = design.AddComponent($"step-{i}-left").Availability(1.0).DependsOn(steps[steps.Count - 1], ladder[i % 6]);
            var right = design.AddComponent($"step-{i}-right").Availability(1.0).DependsOn(steps[steps.Count - 2], ladder[(i + 3) % 6]);
            steps.Add(design.AddComponent($"step-{i}").Availability(1.0).DependsOnAnyOf(left, right));
        }

        var service = design.AddService("svc").DependsOn(cover, steps[steps.Count - 1]);
        if (target is { } wanted)
        {
            service.AvailabilityTarget(wanted);
        }

        return design.Build();
    }

    /// <summary>A random 3-regular simple graph on <paramref name="n"/> vertices (pairing model, retried until simple).</summary>
    private static List<(int U, int V)> CubicGraphEdges(int n, Random random)
    {
        while (true)
        {
            var points = Enumerable.Range(0, 3 * n).Select(p => p / 3).ToArray();
            for (var i = points.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (points[i], points[j]) = (points[j], points[i]);
            }

            var edges = new HashSet<(int, int)>();
            var simple = true;
            for (var i = 0; i < points.Length && simple; i += 2)
            {
                var (u, v) = (Math.Min(points[i], points[i + 1]), Math.Max(points[i], points[i + 1]));
                simple = u != v && edges.Add((u, v));
            }

            if (simple)
            {
                return edges.OrderBy(e => e).ToList();
            }
        }
    }

    private static ReliabilityAnalysis Analyze(Action<DesignBuilder> describe)
    {
        var design = new DesignBuilder("Regression");
        describe(design);
        return ReliabilityAnalysis.Analyze(design.Build());
    }

    private static string Show(int[] set) => "{" + string.Join(",", set) + "}";
}

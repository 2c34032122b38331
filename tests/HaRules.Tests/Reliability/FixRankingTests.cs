using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The fix-first ranking: each candidate's worth is the service's downtime removed if it could not
/// fail, checked against hand-worked formulas and against brute-force enumeration of every state
/// of the events below the service (an independent computation: truth tables, no conditioning).
/// </summary>
public sealed class FixRankingTests
{
    private const double MinutesPerYear = 8760 * 60;

    [Fact]
    public void A_single_ups_in_front_of_a_server_pair_is_worth_its_whole_share()
    {
        // The service runs while the UPS (a) runs and either server runs (each needs itself, b,
        // and its one power supply, p, on that UPS):
        //   A = a · (1 − (1 − b·p)²);   UPS perfect: A' = 1 − (1 − b·p)²;   removed = A' − A.
        var analysis = Analyze(d =>
        {
            var ups = d.AddUps("ups").Availability(0.999);
            var app = d.AddServer("app", replicas: 2).Availability(0.99).WithPowerSupplies(ups);
            d.AddService("svc").EntryPoint(app);
        });

        var a = 1 - analysis.EventUnavailability("ups")!.Value;
        var b = 1 - analysis.EventUnavailability("app-1")!.Value;
        var p = 1 - analysis.EventUnavailability("app-1/psu-1")!.Value;
        Assert.Equal(0.999, a, 12);
        Assert.Equal(0.99, b, 12);
        var pair = 1 - Math.Pow(1 - (b * p), 2);
        Assert.Equal(a * pair, analysis.Services[0].Availability, 12);

        var ranking = analysis.FixFirst.Services.Single(s => s.Service == "svc").Fixes;
        var top = ranking[0];
        Assert.Equal("ups", top.Target);
        Assert.False(top.IsGroup);
        Assert.True(top.Exact);
        Assert.Equal(pair, top.AvailabilityIfPerfect, 12);
        Assert.Equal((pair - (a * pair)) * MinutesPerYear, top.DowntimeRemovedMinutesPerYear, 6);

        // The replica group made perfect: its servers and their power supplies, so only the UPS is
        // left: A' = a. Its members are not listed on their own (the group's fix covers them).
        var group = ranking.Single(f => f.Target == "app" && f.IsGroup);
        Assert.Equal(new[] { "app-1", "app-1/psu-1", "app-2", "app-2/psu-1" }, group.Components.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(a, group.AvailabilityIfPerfect, 12);
        Assert.Equal((a - (a * pair)) * MinutesPerYear, group.DowntimeRemovedMinutesPerYear, 6);
        Assert.Equal(new[] { "ups", "app" }, ranking.Select(f => f.Target));

        // Ranked by downtime removed, largest first.
        Assert.Equal(ranking.OrderByDescending(f => f.DowntimeRemovedMinutesPerYear).Select(f => f.Target + f.IsGroup), ranking.Select(f => f.Target + f.IsGroup));
        Assert.Equal("ups", analysis.FixFirst.Fixes[0].Target);
        Assert.True(analysis.FixFirst.Complete);
    }

    [Fact]
    public void A_server_with_one_power_supply_is_ranked_as_the_server_with_both_made_perfect()
    {
        // The service runs while the UPS (u), the server (s) and its one power supply (p) all run:
        //   A = u·s·p.  The server's unit (it and its power supply) perfect: A' = u, so it removes
        //   u − u·s·p = u·(1 − s·p).  The UPS perfect: A' = s·p, removing s·p − u·s·p = (1 − u)·s·p.
        // With u = 0.999 and s = 0.99 the server's unit (≈ 0.0099 + (1 − p)) outweighs the UPS (≈ 0.001).
        var analysis = Analyze(d =>
        {
            var ups = d.AddUps("ups").Availability(0.999);
            var db = d.AddServer("db").Availability(0.99).WithPowerSupplies(ups);
            d.AddService("svc").EntryPoint(db);
        });

        var u = 0.999;
        var s = 0.99;
        var p = 1 - analysis.EventUnavailability("db/psu-1")!.Value;
        Assert.Equal(u * s * p, analysis.Services[0].Availability, 12);

        var ranking = analysis.FixFirst.Services.Single().Fixes;
        Assert.Equal(new[] { "db", "ups" }, ranking.Select(f => f.Target));
        Assert.DoesNotContain(ranking, f => f.Target.Contains('/', StringComparison.Ordinal));

        var server = ranking[0];
        Assert.False(server.IsGroup);
        Assert.Equal(new[] { "db", "db/psu-1" }, server.Components.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(u, server.AvailabilityIfPerfect, 12);
        Assert.Equal(u * (1 - (s * p)) * MinutesPerYear, server.DowntimeRemovedMinutesPerYear, 6);
        Assert.Equal((1 - u) * s * p * MinutesPerYear, ranking[1].DowntimeRemovedMinutesPerYear, 6);
        Assert.True(analysis.FixFirst.Complete);
    }

    [Fact]
    public void A_replica_group_is_ranked_and_its_members_are_not_listed_on_their_own()
    {
        // Two replicas, any one enough: U = 0.1 · 0.1 = 0.01.
        // Both members form the one cut set, and either made perfect would remove all of it, as the
        // group does; only the group is listed.
        var analysis = Analyze(d =>
        {
            var app = d.AddServer("app", replicas: 2).Availability(0.9);
            d.AddService("svc").EntryPoint(app);
        });

        var fix = Assert.Single(analysis.FixFirst.Services.Single().Fixes);
        Assert.Equal("app", fix.Target);
        Assert.True(fix.IsGroup);
        Assert.Equal(new[] { "app-1", "app-2" }, fix.Components);
        Assert.Equal(0.01 * MinutesPerYear, fix.DowntimeRemovedMinutesPerYear, 6);
        Assert.Equal(new[] { "app" }, analysis.FixFirst.Fixes.Select(f => f.Target));
    }

    [Fact]
    public void Fragile_shops_top_ten_names_no_part_and_no_member_of_a_listed_group()
    {
        var builder = new DesignBuilder("FragileShopDesign");
        new Samples.FragileShop.FragileShopDesign().Describe(builder);
        var analysis = ReliabilityAnalysis.Analyze(builder.Build());
        var model = analysis.Model;
        var fixes = analysis.FixFirst.Fixes;
        Assert.True(fixes.Count >= 10);

        var top = fixes.Take(10).ToList();
        Assert.DoesNotContain(top, f => f.Target.Contains('/', StringComparison.Ordinal));

        // The owners of the parts the findings fold into HA101 are ranked as themselves.
        Assert.Contains(top, f => f.Target == "san-a" && !f.IsGroup);
        Assert.Contains(top, f => f.Target == "array-1" && !f.IsGroup);

        // No member of a replica group of two or more is listed once its group is, in any service.
        foreach (var service in analysis.FixFirst.Services)
        {
            foreach (var group in service.Fixes.Where(f => f.IsGroup))
            {
                var members = model.FindGroup(group.Target)!.Members;
                Assert.True(members.Count >= 2);
                Assert.DoesNotContain(service.Fixes, f => !f.IsGroup && members.Contains(f.Target));
            }
        }

        foreach (var fix in fixes)
        {
            // Every target is a declared component or a group, and its unit is everything under it
            // that can fail (the owner walk of the model, independent of the ranking).
            var under = fix.IsGroup ? model.FindGroup(fix.Target)!.Members : new[] { fix.Target };
            var expected = model.Components
                .Where(c => under.Contains(model.TopLevelOwner(c.Name)) && analysis.EventUnavailability(c.Name) is not null)
                .Select(c => c.Name)
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.False(model.FindComponent(fix.Target)?.IsPart ?? false, fix.Target);
            Assert.Equal(expected, fix.Components.OrderBy(n => n, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_candidate_matches_brute_force_enumeration_on_small_designs()
    {
        var designs = new Action<DesignBuilder>[]
        {
            d =>
            {
                var upsA = d.AddUps("ups-a").Availability(0.995);
                var upsB = d.AddUps("ups-b").Availability(0.99);
                var sw = d.AddSwitch("sw").Availability(0.998).WithPowerSupplies(upsA);
                var web = d.AddServer("web", replicas: 3).Availability(0.97).WithPowerSupplies(upsA, upsB).WithNics(BondMode.ActiveBackup, sw);
                var lb = d.AddLoadBalancer("lb").Availability(0.999).WithPowerSupplies(upsB).HealthCheck(TimeSpan.FromSeconds(5)).Targets(web);
                d.AddService("shop").EntryPoint(lb);
                d.AddService("direct").EntryPoint(web);
            },
            d =>
            {
                var ups = d.AddUps("ups").Availability(0.98);
                var db = d.AddServer("db").Availability(0.95).WithPowerSupplies(ups);
                var app = d.AddServer("app", replicas: 2).Availability(0.9).WithPowerSupplies(ups).DependsOn(db);
                d.AddService("svc").EntryPoint(app);
            },
        };

        foreach (var describe in designs)
        {
            var analysis = Analyze(describe);
            Assert.NotEmpty(analysis.FixFirst.Services);
            foreach (var service in analysis.FixFirst.Services)
            {
                var root = RootOf(analysis, service.Service);
                var before = BruteForce(analysis.Graph, root, Array.Empty<int>());
                Assert.Equal(before, analysis.FindService(service.Service)!.Unavailability, 12);
                Assert.NotEmpty(service.Fixes);
                foreach (var fix in service.Fixes)
                {
                    var events = fix.Components.Select(c => EventNode(analysis.Graph, c)).ToArray();
                    var after = BruteForce(analysis.Graph, root, events);
                    Assert.Equal(after, fix.UnavailabilityIfPerfect, 12);
                    Assert.Equal((before - after) * MinutesPerYear, fix.DowntimeRemovedMinutesPerYear, 6);
                    Assert.True(fix.DowntimeRemovedMinutesPerYear > 0);
                    Assert.DoesNotContain("/", fix.Target, StringComparison.Ordinal);
                }

                for (var i = 1; i < service.Fixes.Count; i++)
                {
                    Assert.True(service.Fixes[i - 1].DowntimeRemovedMinutesPerYear >= service.Fixes[i].DowntimeRemovedMinutesPerYear);
                }
            }

            // The overall ranking sums each candidate over the services it helps.
            foreach (var fix in analysis.FixFirst.Fixes)
            {
                var sum = analysis.FixFirst.Services.SelectMany(s => s.Fixes).Where(f => f.Target == fix.Target && f.IsGroup == fix.IsGroup).Sum(f => f.DowntimeRemovedMinutesPerYear);
                Assert.Equal(sum, fix.DowntimeRemovedMinutesPerYear, 9);
            }
        }
    }

    [Fact]
    public void A_redundant_design_ranks_cut_set_members_and_a_service_without_downtime_is_left_out()
    {
        var analysis = Analyze(d =>
        {
            var a = d.AddServer("a").Availability(0.9);
            var b = d.AddServer("b").Availability(0.8);
            var front = d.AddServer("front").Availability(1).DependsOnAnyOf(a, b);
            d.AddService("pair").EntryPoint(front);
            var perfect = d.AddServer("perfect").Availability(1);
            d.AddService("always").EntryPoint(perfect);
        });

        // U = 0.1 · 0.2 = 0.02; a perfect: 0; b perfect: 0. Both remove all of it; the tie goes by name.
        var pair = Assert.Single(analysis.FixFirst.Services);
        Assert.Equal("pair", pair.Service);
        Assert.Equal(new[] { "a", "b" }, pair.Fixes.Select(f => f.Target));
        Assert.All(pair.Fixes, f => Assert.Equal(0.02 * MinutesPerYear, f.DowntimeRemovedMinutesPerYear, 6));
    }

    [Fact]
    public void The_candidates_of_a_service_are_bounded_and_the_ranking_says_so()
    {
        // 30 single points of failure in a row: the 24 most often down are evaluated (the weakest,
        // a-29 at 0.9, first), the rest are not, and the ranking is marked incomplete.
        var analysis = Analyze(d =>
        {
            var chain = Enumerable.Range(0, 30).Select(i => d.AddServer("a-" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Availability(0.999 - (i * 0.003))).ToArray();
            var front = d.AddServer("front").Availability(1).DependsOn(chain);
            d.AddService("svc").EntryPoint(front);
        });

        var fixes = analysis.FixFirst.Services.Single().Fixes;
        Assert.Equal(FixRanking.MaxCandidatesPerService, fixes.Count);
        Assert.False(analysis.FixFirst.Complete);
        Assert.Equal("a-29", fixes[0].Target);
        Assert.DoesNotContain(fixes, f => f.Target is "a-00" or "a-05");

        // With every other server up, a-29 perfect removes: U − U' where A' = A / 0.913.
        var a = analysis.Services[0].Availability;
        Assert.Equal((a / (0.999 - (29 * 0.003)) - a) * MinutesPerYear, fixes[0].DowntimeRemovedMinutesPerYear, 6);
    }

    private static ReliabilityAnalysis Analyze(Action<DesignBuilder> describe)
    {
        var builder = new DesignBuilder("Fixes");
        describe(builder);
        return ReliabilityAnalysis.Analyze(builder.Build());
    }

    private static int RootOf(ReliabilityAnalysis analysis, string service)
    {
        var graph = GraphBuilder.Build(analysis.Model);
        var index = analysis.Model.Components.ToList().FindIndex(c => c.Name == service);
        return graph.RunNodes[index];
    }

    private static int EventNode(ReliabilityGraph graph, string name)
    {
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.KindOf(v) == GateKind.Event && graph.NameOf(v) == name)
            {
                return v;
            }
        }

        throw new InvalidOperationException("no event " + name);
    }

    /// <summary>The root's unavailability summed over every state of the events below it; <paramref name="perfect"/> never fail.</summary>
    private static double BruteForce(ReliabilityGraph graph, int root, int[] perfect)
    {
        var events = new List<int>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            if (!seen.Add(v))
            {
                continue;
            }

            if (graph.KindOf(v) == GateKind.Event)
            {
                if (!perfect.Contains(v))
                {
                    events.Add(v);
                }

                continue;
            }

            foreach (var c in graph.ChildrenOf(v))
            {
                stack.Push(c);
            }
        }

        Assert.True(events.Count <= 22, "too many events to enumerate: " + events.Count);
        double down = 0;
        for (long state = 0; state < 1L << events.Count; state++)
        {
            var failed = new HashSet<int>();
            double p = 1;
            for (var i = 0; i < events.Count; i++)
            {
                if ((state & (1L << i)) != 0)
                {
                    failed.Add(events[i]);
                    p *= graph.Down[events[i]];
                }
                else
                {
                    p *= graph.Up[events[i]];
                }
            }

            if (!Runs(graph, root, failed, new Dictionary<int, bool>()))
            {
                down += p;
            }
        }

        return down;
    }

    private static bool Runs(ReliabilityGraph graph, int v, HashSet<int> failed, Dictionary<int, bool> memo)
    {
        if (memo.TryGetValue(v, out var known))
        {
            return known;
        }

        var children = graph.ChildrenOf(v);
        var running = children.Count(c => Runs(graph, c, failed, memo));
        var result = graph.KindOf(v) switch
        {
            GateKind.Event => !failed.Contains(v),
            GateKind.And => running == children.Count,
            GateKind.Or => running >= 1,
            GateKind.AtLeast => running >= Math.Min(Math.Max(graph.Thresholds[v], 0), children.Count),
            GateKind.AlwaysUp => true,
            _ => false,
        };
        memo[v] = result;
        return result;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// A replica tier spread over more racks than can be conditioned on together (2^s states): the
/// engine must stay exact by conditioning on the UPSes and switches every replica shares and then
/// treating the racks apart. Held to a direct computation of that same structure.
/// </summary>
public sealed class WideTierTests
{
    [Theory]
    [InlineData(20, 1)]
    [InlineData(20, 21)]
    [InlineData(30, 40)]
    public void A_tier_over_many_racks_is_exact(int racks, int needed)
    {
        var random = new Random(racks * 100 + needed);
        double Down() => Math.Pow(10, -random.Next(2, 7)) * (1 + random.NextDouble());

        var assembler = new GraphAssembler(new string[0]);
        int Event(double down) => assembler.Event(-1, 1 - down, down);

        var ups = new[] { Down(), Down() };
        var switches = new[] { Down(), Down() };
        var rackDown = new double[racks];
        var serverDown = new double[2 * racks];
        var upsEvents = new[] { Event(ups[0]), Event(ups[1]) };
        var switchEvents = new[] { Event(switches[0]), Event(switches[1]) };
        var rackEvents = new int[racks];
        for (var r = 0; r < racks; r++)
        {
            rackDown[r] = Down();
            rackEvents[r] = Event(rackDown[r]);
        }

        var replicas = new int[2 * racks];
        for (var i = 0; i < replicas.Length; i++)
        {
            serverDown[i] = Down();
            var server = Event(serverDown[i]);
            var power = assembler.Gate(GateKind.Or, 1, upsEvents, -1);
            var network = assembler.Gate(GateKind.Or, 1, switchEvents, -1);
            replicas[i] = assembler.Gate(GateKind.And, 0, new[] { server, power, network, rackEvents[i / 2] }, -1);
        }

        var root = assembler.Gate(GateKind.AtLeast, needed, replicas, -1);
        var graph = assembler.Finish(null);

        var (up, down, exact) = AvailabilityAnalysis.Compute(graph, root);

        var (expectedUp, expectedDown) = Direct(ups, switches, rackDown, serverDown, needed);
        Assert.True(exact);
        Assert.True(Math.Abs(up - expectedUp) <= 1e-12 * expectedUp, $"up {up:R} vs {expectedUp:R}");
        Assert.True(Math.Abs(down - expectedDown) <= 1e-12 * expectedDown, $"down {down:R} vs {expectedDown:R}");
    }

    [Theory]
    [InlineData(20, 1, 20)]
    [InlineData(20, 10, 21)]
    [InlineData(24, 3, 40)]
    public void Two_tiers_sharing_racks_are_exact(int racks, int appNeeded, int webNeeded)
    {
        // The wide pod in small: one application replica and two web replicas per rack, every web
        // replica needing the application tier (k of its replicas). The application tier depends on
        // every rack and every web replica needs it, so no gate's children fall apart under
        // conditioning (2^racks states): the decision diagram makes it exact.
        var (graph, root, direct) = TwoTiers(racks, appNeeded, webNeeded);

        var (up, down, exact) = AvailabilityAnalysis.Compute(graph, root);

        Assert.True(exact);
        Assert.True(Math.Abs(up - direct.Up) <= 1e-12 * direct.Up, $"up {up:R} vs {direct.Up:R}");
        Assert.True(Math.Abs(down - direct.Down) <= 1e-12 * direct.Down, $"down {down:R} vs {direct.Down:R}");
    }

    [Fact]
    public void Two_tiers_sharing_racks_are_beyond_conditioning_alone()
    {
        // Guards the test above: without diagrams the same structure falls back to the inexact mode.
        var (graph, root, _) = TwoTiers(20, 10, 21);

        var (_, _, exact) = AvailabilityAnalysis.For(graph, diagrams: DiagramUse.Never).Evaluate(root);

        Assert.False(exact);
    }

    [Fact]
    public void The_variable_order_puts_each_rack_beside_its_replicas()
    {
        // What keeps the diagram small: after the UPSes, each rack is followed by the replicas in it
        // before the next rack (the diagram then carries two counters between racks, not 2^racks states).
        const int racks = 8;
        var (graph, root, _) = TwoTiers(racks, 2, 5);
        var order = DiagramOrder(graph, root);
        var rackPositions = order.Select((node, position) => (node, position))
            .Where(x => graph.NameOf(x.node)!.StartsWith("rack-", StringComparison.Ordinal))
            .Select(x => x.position)
            .ToArray();
        Assert.Equal(racks, rackPositions.Length);
        for (var position = 0; position < order.Count; position++)
        {
            var name = graph.NameOf(order[position])!;
            if (name.StartsWith("ups", StringComparison.Ordinal))
            {
                Assert.True(position < rackPositions[0], $"{name} after a rack");
            }
            else if (name.StartsWith("app-", StringComparison.Ordinal) || name.StartsWith("web-", StringComparison.Ordinal))
            {
                var rack = int.Parse(name.Substring(name.LastIndexOf('@') + 1), System.Globalization.CultureInfo.InvariantCulture);
                var rackPosition = order.FindIndex(n => graph.NameOf(n) == "rack-" + rack);
                var next = rackPositions.Where(p => p > rackPosition).DefaultIfEmpty(order.Count).Min();
                Assert.True(position > rackPosition && position < next, $"{name} at {position}, its rack at {rackPosition}, the next rack at {next}");
            }
        }
    }

    /// <summary>
    /// Two UPSes (any one powers everything), and per rack one application replica and two web
    /// replicas, each its own event, needing power and its rack; web replicas also need the
    /// application tier. Returns the graph, its root (the web tier) and the value computed directly.
    /// </summary>
    private static (ReliabilityGraph Graph, int Root, (double Up, double Down) Direct) TwoTiers(int racks, int appNeeded, int webNeeded)
    {
        var random = new Random((racks * 1000) + (appNeeded * 100) + webNeeded);
        double Down() => Math.Pow(10, -random.Next(1, 6)) * (1 + random.NextDouble());

        var names = new List<string> { "ups-a", "ups-b" };
        for (var r = 0; r < racks; r++)
        {
            names.Add("rack-" + r);
            names.Add("app-" + r + "@" + r);
            names.Add("web-" + (2 * r) + "@" + r);
            names.Add("web-" + ((2 * r) + 1) + "@" + r);
        }

        var assembler = new GraphAssembler(names.ToArray());
        var ups = new[] { Down(), Down() };
        var power = assembler.Gate(GateKind.Or, 1, new[] { assembler.Event(0, 1 - ups[0], ups[0]), assembler.Event(1, 1 - ups[1], ups[1]) }, -1);
        var rackDown = new double[racks];
        var appDown = new double[racks];
        var webDown = new double[2 * racks];
        var rackEvents = new int[racks];
        var apps = new int[racks];
        for (var r = 0; r < racks; r++)
        {
            rackDown[r] = Down();
            appDown[r] = Down();
            rackEvents[r] = assembler.Event(2 + (4 * r), 1 - rackDown[r], rackDown[r]);
            var app = assembler.Event(3 + (4 * r), 1 - appDown[r], appDown[r]);
            apps[r] = assembler.Gate(GateKind.And, 0, new[] { app, power, rackEvents[r] }, -1);
        }

        var appTier = assembler.Gate(GateKind.AtLeast, appNeeded, apps, -1);
        var webs = new int[2 * racks];
        for (var i = 0; i < webs.Length; i++)
        {
            webDown[i] = Down();
            var web = assembler.Event(4 + (4 * (i / 2)) + (i % 2), 1 - webDown[i], webDown[i]);
            webs[i] = assembler.Gate(GateKind.And, 0, new[] { web, power, rackEvents[i / 2], appTier }, -1);
        }

        var root = assembler.Gate(GateKind.AtLeast, webNeeded, webs, -1);
        return (assembler.Finish(null), root, TwoTiersDirect(ups, rackDown, appDown, webDown, appNeeded, webNeeded));
    }

    /// <summary>
    /// Without power nothing runs. With power, racks are independent: a dynamic programme over the
    /// racks carries the joint distribution of (application replicas running, web replicas whose own
    /// event and rack are up); the web tier runs when the first reaches its k and the second its k.
    /// </summary>
    private static (double Up, double Down) TwoTiersDirect(double[] ups, double[] rackDown, double[] appDown, double[] webDown, int appNeeded, int webNeeded)
    {
        var racks = rackDown.Length;
        var joint = new double[racks + 1, (2 * racks) + 1];
        joint[0, 0] = 1;
        for (var r = 0; r < racks; r++)
        {
            var next = new double[racks + 1, (2 * racks) + 1];
            for (var a = 0; a <= r; a++)
            {
                for (var w = 0; w <= 2 * r; w++)
                {
                    var p = joint[a, w];
                    if (p == 0)
                    {
                        continue;
                    }

                    next[a, w] += p * rackDown[r];
                    var rackUp = p * (1 - rackDown[r]);
                    for (var appState = 0; appState < 2; appState++)
                    {
                        var pa = appState == 1 ? 1 - appDown[r] : appDown[r];
                        for (var webState = 0; webState < 4; webState++)
                        {
                            var w0 = (webState & 1) != 0;
                            var w1 = (webState & 2) != 0;
                            var pw = (w0 ? 1 - webDown[2 * r] : webDown[2 * r]) * (w1 ? 1 - webDown[(2 * r) + 1] : webDown[(2 * r) + 1]);
                            next[a + appState, w + (w0 ? 1 : 0) + (w1 ? 1 : 0)] += rackUp * pa * pw;
                        }
                    }
                }
            }

            joint = next;
        }

        double up = 0;
        double down = ups[0] * ups[1];
        var powered = 1 - down;
        for (var a = 0; a <= racks; a++)
        {
            for (var w = 0; w <= 2 * racks; w++)
            {
                if (a >= appNeeded && w >= webNeeded)
                {
                    up += powered * joint[a, w];
                }
                else
                {
                    down += powered * joint[a, w];
                }
            }
        }

        return (up, down);
    }

    /// <summary>The diagram's variable order for the root's sub-graph (all nodes are vertices, events the variables).</summary>
    private static List<int> DiagramOrder(ReliabilityGraph graph, int root)
    {
        // The root's sub-graph in post-order, as the analysis lists it.
        var post = new List<int>();
        var seen = new HashSet<int>();
        void Visit(int v)
        {
            if (!seen.Add(v))
            {
                return;
            }

            foreach (var c in graph.ChildrenOf(v))
            {
                Visit(c);
            }

            post.Add(v);
        }

        Visit(root);
        return VariableOrder.Of(graph, post, node => graph.KindOf(node) == GateKind.Event);
    }

    /// <summary>Condition on the two UPSes and two switches; given them, racks are independent.</summary>
    private static (double Up, double Down) Direct(double[] ups, double[] switches, double[] rackDown, double[] serverDown, int needed)
    {
        double up = 0;
        double down = 0;
        for (var mask = 0; mask < 16; mask++)
        {
            var p = 1.0;
            var state = new bool[4];
            var downs = new[] { ups[0], ups[1], switches[0], switches[1] };
            for (var b = 0; b < 4; b++)
            {
                state[b] = (mask & (1 << b)) == 0;
                p *= state[b] ? 1 - downs[b] : downs[b];
            }

            if (!(state[0] || state[1]) || !(state[2] || state[3]))
            {
                down += p;
                continue;
            }

            // Distribution of running replicas, rack by rack.
            var running = new double[serverDown.Length + 1];
            running[0] = 1;
            for (var r = 0; r < rackDown.Length; r++)
            {
                var a = 1 - serverDown[2 * r];
                var b = 1 - serverDown[(2 * r) + 1];
                var rackUp = 1 - rackDown[r];
                var rack = new[]
                {
                    rackDown[r] + (rackUp * serverDown[2 * r] * serverDown[(2 * r) + 1]),
                    rackUp * ((a * serverDown[(2 * r) + 1]) + (serverDown[2 * r] * b)),
                    rackUp * a * b,
                };
                var next = new double[running.Length];
                for (var i = 0; i < running.Length; i++)
                {
                    for (var j = 0; j < 3 && i + j < next.Length; j++)
                    {
                        next[i + j] += running[i] * rack[j];
                    }
                }

                running = next;
            }

            var k = Math.Min(needed, serverDown.Length);
            for (var i = 0; i < running.Length; i++)
            {
                if (i >= k)
                {
                    up += p * running[i];
                }
                else
                {
                    down += p * running[i];
                }
            }
        }

        return (up, down);
    }
}

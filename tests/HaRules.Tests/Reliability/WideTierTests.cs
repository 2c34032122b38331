using System;
using System.Collections.Generic;
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

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The reference the engine is held to: enumerates every failure state of a small graph and
/// evaluates each node directly from the definitions (all-of, any-of, k-of-n).
/// </summary>
internal static class BruteForceOracle
{
    /// <summary>Which nodes run when the events in <paramref name="failed"/> (a bit mask) are down.</summary>
    public static bool[] Evaluate(RandomGraph g, long failed)
    {
        var up = new bool[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (v < g.Events)
            {
                up[v] = (failed & (1L << v)) == 0;
                continue;
            }

            var children = g.Children[v];
            var running = children.Count(c => up[c]);
            up[v] = g.Kinds[v] switch
            {
                GateKind.And => running == children.Length,
                GateKind.Or => running >= 1,
                GateKind.AtLeast => g.Thresholds[v] <= 0 || running >= Math.Min(g.Thresholds[v], children.Length),
                GateKind.AlwaysUp => true,
                _ => false,
            };
        }

        return up;
    }

    /// <summary>P(node runs) and P(node is down), summed over every state with compensated summation.</summary>
    public static (double Up, double Down) Availability(RandomGraph g, int node)
    {
        var upSum = new Neumaier();
        var downSum = new Neumaier();
        for (long mask = 0; mask < 1L << g.Events; mask++)
        {
            var p = 1.0;
            for (var e = 0; e < g.Events; e++)
            {
                p *= (mask & (1L << e)) != 0 ? g.Graph.Down[e] : g.Graph.Up[e];
            }

            if (Evaluate(g, mask)[node])
            {
                upSum.Add(p);
            }
            else
            {
                downSum.Add(p);
            }
        }

        return (upSum.Sum, downSum.Sum);
    }

    /// <summary>Every minimal set of at most <paramref name="order"/> events that stops the node (sorted sets, sorted list).</summary>
    public static List<int[]> MinimalCutSets(RandomGraph g, int node, int order)
    {
        var result = new List<int[]>();
        if (!Evaluate(g, 0)[node])
        {
            result.Add(Array.Empty<int>());
            return result;
        }

        for (long mask = 1; mask < 1L << g.Events; mask++)
        {
            var size = PopCount(mask);
            if (size > order || Evaluate(g, mask)[node])
            {
                continue;
            }

            // Minimal: removing any one event lets it run (monotone, so that suffices).
            var minimal = true;
            for (var e = 0; e < g.Events && minimal; e++)
            {
                if ((mask & (1L << e)) != 0 && !Evaluate(g, mask & ~(1L << e))[node])
                {
                    minimal = false;
                }
            }

            if (minimal)
            {
                result.Add(Enumerable.Range(0, g.Events).Where(e => (mask & (1L << e)) != 0).ToArray());
            }
        }

        result.Sort(CutSetOps.Compare);
        return result;
    }

    private static int PopCount(long mask)
    {
        var count = 0;
        while (mask != 0)
        {
            mask &= mask - 1;
            count++;
        }

        return count;
    }

    private sealed class Neumaier
    {
        private double _compensation;

        public double Sum => RawSum + _compensation;

        private double RawSum { get; set; }

        public void Add(double value)
        {
            var t = RawSum + value;
            _compensation += Math.Abs(RawSum) >= Math.Abs(value) ? (RawSum - t) + value : (value - t) + RawSum;
            RawSum = t;
        }
    }
}

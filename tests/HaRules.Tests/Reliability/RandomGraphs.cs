using System;
using System.Collections.Generic;
using HaRules.Reliability;

namespace HaRules.Tests.Reliability;

/// <summary>Small random graphs of events and all-of / any-of / k-of-n gates with shared nodes, for the oracle.</summary>
internal sealed class RandomGraph
{
    public RandomGraph(ReliabilityGraph graph, int events, GateKind[] kinds, int[] thresholds, int[][] children)
    {
        Graph = graph;
        Events = events;
        Kinds = kinds;
        Thresholds = thresholds;
        Children = children;
    }

    public ReliabilityGraph Graph { get; }

    /// <summary>Nodes 0 .. Events−1 are the events.</summary>
    public int Events { get; }

    public GateKind[] Kinds { get; }

    public int[] Thresholds { get; }

    public int[][] Children { get; }

    public int NodeCount => Kinds.Length;

    public static RandomGraph Create(int seed)
    {
        var random = new Random(seed);
        var events = random.Next(1, 12);
        var gates = random.Next(1, 9);
        var names = new string[events];
        for (var i = 0; i < events; i++)
        {
            names[i] = "e" + i;
        }

        var assembler = new GraphAssembler(names);
        var kinds = new List<GateKind>();
        var thresholds = new List<int>();
        var children = new List<int[]>();
        for (var i = 0; i < events; i++)
        {
            // Mostly ordinary failure probabilities, some tiny ones (high nines must keep their digits).
            var down = random.Next(4) == 0 ? Math.Pow(10, -random.Next(6, 12)) * (1 + random.NextDouble()) : random.NextDouble() * 0.5;
            assembler.Event(i, 1 - down, down);
            kinds.Add(GateKind.Event);
            thresholds.Add(0);
            children.Add(Array.Empty<int>());
        }

        for (var g = 0; g < gates; g++)
        {
            var count = random.Next(0, 5) == 0 ? random.Next(0, 2) : random.Next(2, 6);
            var list = new int[count];
            for (var c = 0; c < count; c++)
            {
                // Prefer recent nodes so gates stack into deeper graphs, with plenty of sharing.
                var available = kinds.Count;
                list[c] = random.Next(3) == 0 ? random.Next(available) : Math.Max(0, available - 1 - random.Next(Math.Min(available, 4)));
            }

            var roll = random.Next(20);
            var kind = roll < 7 ? GateKind.And : roll < 14 ? GateKind.Or : roll < 19 ? GateKind.AtLeast : (roll % 2 == 0 ? GateKind.AlwaysUp : GateKind.AlwaysDown);
            var k = kind == GateKind.AtLeast ? random.Next(-1, count + 2) : kind == GateKind.Or ? 1 : 0;
            if (kind is GateKind.AlwaysUp or GateKind.AlwaysDown)
            {
                list = Array.Empty<int>();
            }

            assembler.Gate(kind, k, list, -1);
            kinds.Add(kind);
            thresholds.Add(k);
            children.Add(list);
        }

        return new RandomGraph(assembler.Finish(null), events, kinds.ToArray(), thresholds.ToArray(), children.ToArray());
    }
}

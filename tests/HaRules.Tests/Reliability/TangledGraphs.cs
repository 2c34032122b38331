using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;

namespace HaRules.Tests.Reliability;

/// <summary>
/// Random graphs of up to 18 events built to hit what shares arrays inside the engine: children
/// listed twice, a gate beside an all-of gate built on it, single-child wrappers over gates (whose
/// sets are the child's own arrays), gates over gates that share them, and k-of-n gates with odd k.
/// </summary>
internal static class TangledGraphs
{
    public const int MaxEvents = 18;

    public static RandomGraph Create(int seed)
    {
        var random = new Random(seed);
        var events = random.Next(1, MaxEvents + 1);
        var gates = random.Next(1, 15);
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
            var down = random.Next(5) == 0 ? Math.Pow(10, -random.Next(5, 10)) * (1 + random.NextDouble()) : 0.02 + (random.NextDouble() * 0.4);
            assembler.Event(i, 1 - down, down);
            kinds.Add(GateKind.Event);
            thresholds.Add(0);
            children.Add(Array.Empty<int>());
        }

        void Add(GateKind kind, int k, int[] list)
        {
            assembler.Gate(kind, k, list, -1);
            kinds.Add(kind);
            thresholds.Add(k);
            children.Add(list);
        }

        // Recent nodes first, so gates stack; any node now and then, so they share.
        int Pick() => random.Next(3) == 0 ? random.Next(kinds.Count) : Math.Max(0, kinds.Count - 1 - random.Next(Math.Min(kinds.Count, 5)));

        for (var g = 0; g < gates; g++)
        {
            var shape = random.Next(10);
            if (shape == 0 && kinds.Count > events)
            {
                // A single-child wrapper over a gate: it shares the gate's arrays.
                var kind0 = random.Next(2) == 0 ? GateKind.And : GateKind.Or;
                Add(kind0, kind0 == GateKind.Or ? 1 : 0, new[] { events + random.Next(kinds.Count - events) });
                continue;
            }

            if (shape == 1 && kinds.Count > events)
            {
                // A gate beside an all-of gate built on it, and the gate listed twice.
                var inner = events + random.Next(kinds.Count - events);
                var wrapper = kinds.Count;
                Add(GateKind.And, 0, new[] { inner, random.Next(events) });
                Add(GateKind.And, 0, new[] { wrapper, inner, inner, random.Next(events) });
                if (random.Next(2) == 0)
                {
                    // Under an any-of or k-of-n parent a wrong pair becomes one the parent survives.
                    Add(GateKind.Or, 1, new[] { kinds.Count - 1, Pick() });
                }

                continue;
            }

            if (shape == 2 && events >= 4)
            {
                // 3 of 4 events listed twice beside one of its events: half its pairs hold that event,
                // so the pairs kept by the filter are as many as the pairs listed.
                var four = new[] { 0, 1, 2, 3 }.Select(i => (i * (events / 4)) + random.Next(events / 4)).ToArray();
                var g3 = kinds.Count;
                Add(GateKind.AtLeast, 3, four);
                Add(GateKind.And, 0, new[] { g3, g3, four[random.Next(4)] });
                continue;
            }

            var count = random.Next(0, 6) == 0 ? random.Next(0, 2) : random.Next(2, 7);
            var list = new int[count];
            for (var c = 0; c < count; c++)
            {
                // Sometimes the previous child again: a child listed twice.
                list[c] = c > 0 && random.Next(5) == 0 ? list[c - 1] : Pick();
            }

            var roll = random.Next(20);
            var kind = roll < 6 ? GateKind.And : roll < 12 ? GateKind.Or : roll < 19 ? GateKind.AtLeast : (roll % 2 == 0 ? GateKind.AlwaysUp : GateKind.AlwaysDown);
            var k = kind switch
            {
                // Odd k most of the time (3 of 4, 3 of 5, 5 of 6), any k in range sometimes.
                GateKind.AtLeast => random.Next(3) > 0 ? Math.Max(1, Math.Min(count, 1 + (2 * random.Next(0, 3)))) : random.Next(-1, count + 2),
                GateKind.Or => 1,
                _ => 0,
            };
            Add(kind, k, kind is GateKind.AlwaysUp or GateKind.AlwaysDown ? Array.Empty<int>() : list);
        }

        return new RandomGraph(assembler.Finish(null), events, kinds.ToArray(), thresholds.ToArray(), children.ToArray());
    }
}

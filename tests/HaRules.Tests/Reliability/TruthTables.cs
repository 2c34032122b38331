using System;
using System.Collections.Generic;
using HaRules.Reliability;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The brute-force reference for graphs of up to 18 events, as whole truth tables: per node, one
/// bit per failure state (bit s set when the node runs while the events of s are down), computed
/// 64 states at a time straight from the definitions (all-of, any-of, k-of-n by counting running
/// children, a child listed twice counting twice). Every question is then a lookup or a sum.
/// </summary>
internal sealed class TruthTables
{
    private readonly RandomGraph _g;
    private readonly ulong[][] _runs;
    private readonly int _states;

    public TruthTables(RandomGraph g)
    {
        _g = g;
        _states = 1 << g.Events;
        var words = Math.Max(1, _states / 64);
        var valid = _states >= 64 ? ulong.MaxValue : (1UL << _states) - 1;
        _runs = new ulong[g.NodeCount][];
        for (var v = 0; v < g.NodeCount; v++)
        {
            var row = new ulong[words];
            if (v < g.Events)
            {
                for (var w = 0; w < words; w++)
                {
                    ulong bits = 0;
                    for (var b = 0; b < 64 && (w * 64) + b < _states; b++)
                    {
                        bits |= (((w * 64) + b) & (1 << v)) == 0 ? 1UL << b : 0;
                    }

                    row[w] = bits;
                }
            }
            else
            {
                var children = g.Children[v];
                var needed = g.Kinds[v] switch
                {
                    GateKind.And => children.Length,
                    GateKind.Or => 1,
                    GateKind.AtLeast => g.Thresholds[v] <= 0 ? 0 : Math.Min(g.Thresholds[v], children.Length),
                    GateKind.AlwaysUp => 0,
                    _ => children.Length + 1,
                };

                for (var w = 0; w < words; w++)
                {
                    // atLeast[j]: states where at least j of the children seen so far run.
                    var atLeast = new ulong[Math.Max(needed, 0) + 1];
                    atLeast[0] = valid;
                    if (needed <= children.Length)
                    {
                        for (var i = 0; i < children.Length; i++)
                        {
                            var c = _runs[children[i]][w];
                            for (var j = Math.Min(i + 1, needed); j >= 1; j--)
                            {
                                atLeast[j] |= atLeast[j - 1] & c;
                            }
                        }

                        row[w] = atLeast[needed] & valid;
                    }
                }
            }

            _runs[v] = row;
        }
    }

    /// <summary>True when <paramref name="node"/> runs while the events in <paramref name="failed"/> are down.</summary>
    public bool Runs(int node, int failed) => (_runs[node][failed >> 6] & (1UL << (failed & 63))) != 0;

    /// <summary>Events whose failure alone stops the node (none when it never runs).</summary>
    public int[] SinglePoints(int node)
    {
        var result = new List<int>();
        if (Runs(node, 0))
        {
            for (var e = 0; e < _g.Events; e++)
            {
                if (!Runs(node, 1 << e))
                {
                    result.Add(e);
                }
            }
        }

        return result.ToArray();
    }

    /// <summary>Minimal cut sets of at most <paramref name="order"/> events, sorted as the engine sorts them.</summary>
    public List<int[]> MinimalCutSets(int node, int order)
    {
        var result = new List<int[]>();
        if (!Runs(node, 0))
        {
            result.Add(Array.Empty<int>());
            return result;
        }

        void Visit(int mask, int next, int size)
        {
            if (size > 0 && !Runs(node, mask))
            {
                // Minimal when removing any one event lets it run (monotone, so that suffices).
                for (var e = 0; e < _g.Events; e++)
                {
                    if ((mask & (1 << e)) != 0 && !Runs(node, mask & ~(1 << e)))
                    {
                        return;
                    }
                }

                var set = new int[size];
                for (int e = 0, k = 0; e < _g.Events; e++)
                {
                    if ((mask & (1 << e)) != 0)
                    {
                        set[k++] = e;
                    }
                }

                result.Add(set);
                return;
            }

            if (size == order)
            {
                return;
            }

            for (var e = next; e < _g.Events; e++)
            {
                Visit(mask | (1 << e), e + 1, size + 1);
            }
        }

        Visit(0, 0, 0);
        result.Sort(CutSetOps.Compare);
        return result;
    }

    /// <summary>P(node runs) and P(node is down), each summed over its own states with compensation.</summary>
    public (double Up, double Down) Availability(int node)
    {
        // P(state) = P(low half of the events) × P(high half), from two small tables.
        var lowBits = _g.Events / 2;
        var low = Table(0, lowBits);
        var high = Table(lowBits, _g.Events - lowBits);
        double up = 0, upC = 0, down = 0, downC = 0;
        for (var s = 0; s < _states; s++)
        {
            var p = low[s & ((1 << lowBits) - 1)] * high[s >> lowBits];
            if (Runs(node, s))
            {
                Add(ref up, ref upC, p);
            }
            else
            {
                Add(ref down, ref downC, p);
            }
        }

        return (up + upC, down + downC);
    }

    private double[] Table(int first, int count)
    {
        var table = new double[1 << count];
        for (var m = 0; m < table.Length; m++)
        {
            var p = 1.0;
            for (var b = 0; b < count; b++)
            {
                p *= (m & (1 << b)) != 0 ? _g.Graph.Down[first + b] : _g.Graph.Up[first + b];
            }

            table[m] = p;
        }

        return table;
    }

    private static void Add(ref double sum, ref double compensation, double value)
    {
        var t = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
        sum = t;
    }
}

using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Whether a set of failed events stops a node, by pushing the failures up the graph: a gate that
/// runs with nothing failed stops once as many of its running children have stopped as it can
/// spare plus one (t = running − needed + 1, counted per position, so a child listed twice counts
/// twice). Only the ancestors of the failed events are touched, and the work (edges walked) is
/// counted, so a caller can bound how much it spends checking sets.
/// </summary>
internal sealed class FailurePropagation
{
    private readonly bool[] _alwaysDown;
    private readonly int[] _parentStart;
    private readonly int[] _parents;
    private readonly int[] _threshold;
    private readonly int[] _count;
    private readonly bool[] _stopped;
    private readonly List<int> _touched = new();
    private readonly Stack<int> _pending = new();

    /// <summary>Parents among the nodes <paramref name="reached"/> marks; <paramref name="alwaysDown"/> from the single-point pass.</summary>
    public FailurePropagation(ReliabilityGraph graph, bool[] reached, bool[] alwaysDown)
    {
        var n = graph.NodeCount;
        _alwaysDown = alwaysDown;
        _parentStart = new int[n + 1];
        _threshold = new int[n];
        _count = new int[n];
        _stopped = new bool[n];
        for (var v = 0; v < n; v++)
        {
            if (!reached[v] || graph.Kinds[v] == GateKind.Event)
            {
                continue;
            }

            var live = 0;
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                live += alwaysDown[graph.ChildList[c]] ? 0 : 1;
                _parentStart[graph.ChildList[c] + 1]++;
            }

            // needed = 0: nothing stops it (a threshold no count reaches); always down: never running.
            var needed = GateMath.Needed(graph, v);
            _threshold[v] = needed == 0 || alwaysDown[v] ? int.MaxValue : live - needed + 1;
        }

        for (var v = 0; v < n; v++)
        {
            _parentStart[v + 1] += _parentStart[v];
        }

        _parents = new int[_parentStart[n]];
        var fill = (int[])_parentStart.Clone();
        for (var v = 0; v < n; v++)
        {
            if (reached[v] && graph.Kinds[v] != GateKind.Event)
            {
                for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
                {
                    _parents[fill[graph.ChildList[c]]++] = v;
                }
            }
        }
    }

    /// <summary>Edges walked by every check so far.</summary>
    public long Work { get; private set; }

    /// <summary>
    /// True when the events of <paramref name="set"/>, except the one at position
    /// <paramref name="skip"/> (−1: none), failing together stop <paramref name="node"/>.
    /// </summary>
    public bool Stops(int node, int[] set, int skip = -1)
    {
        if (_alwaysDown[node])
        {
            return true;
        }

        for (var i = 0; i < set.Length; i++)
        {
            if (i != skip && !_stopped[set[i]])
            {
                Stop(set[i]);
            }
        }

        while (_pending.Count > 0 && !_stopped[node])
        {
            var x = _pending.Pop();
            for (var p = _parentStart[x]; p < _parentStart[x + 1]; p++)
            {
                Work++;
                var parent = _parents[p];
                if (!_stopped[parent] && ++_count[parent] >= _threshold[parent])
                {
                    Stop(parent);
                }

                _touched.Add(parent);
            }
        }

        var result = _stopped[node];
        _pending.Clear();
        foreach (var v in _touched)
        {
            _count[v] = 0;
            _stopped[v] = false;
        }

        _touched.Clear();
        return result;
    }

    private void Stop(int v)
    {
        _stopped[v] = true;
        _touched.Add(v);
        _pending.Push(v);
    }
}

using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// One set of event nodes per graph node, each a sorted run in one shared buffer (a start and a
/// count per node). Nodes with equal sets share one run, and a node's set is written once, while
/// the pass that fills the store is at that node. On a large design a small array per set was
/// most of the long-lived objects the analyses kept (one per basic event at least), and every
/// full collection walked them all; runs in one buffer are three objects whatever the size.
/// </summary>
internal sealed class EventSetStore
{
    private readonly int[] _start;
    private readonly int[] _count;
    private int[] _data;
    private int _used;

    // The node whose run was written last and still ends the buffer: only it may be rewritten in place.
    private int _lastOwner = -1;

    /// <summary>A store for <paramref name="nodes"/> nodes, every set empty.</summary>
    public EventSetStore(int nodes)
    {
        _start = new int[nodes];
        _count = new int[nodes];
        _data = new int[Math.Max(16, nodes)];
    }

    /// <summary>The buffer the runs live in (replaced when it grows: read it again after a write).</summary>
    public int[] Data => _data;

    /// <summary>Where a node's run starts in <see cref="Data"/>.</summary>
    public int Start(int node) => _start[node];

    /// <summary>The number of events in a node's set.</summary>
    public int Count(int node) => _count[node];

    /// <summary>A node's set, sorted.</summary>
    public ArraySegment<int> Of(int node) => new(_data, _start[node], _count[node]);

    /// <summary>True when a node's set holds <paramref name="evt"/>.</summary>
    public bool Contains(int node, int evt) => Array.BinarySearch(_data, _start[node], _count[node], evt) >= 0;

    /// <summary>True when two nodes share one run (for non-empty sets: the same set, found without comparing).</summary>
    public bool SameRun(int a, int b) => _start[a] == _start[b] && _count[a] == _count[b];

    /// <summary>Gives <paramref name="node"/> the set of <paramref name="from"/>, shared.</summary>
    public void Share(int node, int from)
    {
        _start[node] = _start[from];
        _count[node] = _count[from];
    }

    /// <summary>Gives <paramref name="node"/> a run of its own holding <paramref name="values"/> (sorted by <see cref="SortLast"/> when they are not).</summary>
    public void SetNew(int node, List<int> values)
    {
        Reserve(values.Count);
        values.CopyTo(_data, _used);
        _start[node] = _used;
        _count[node] = values.Count;
        _used += values.Count;
        _lastOwner = node;
    }

    /// <summary>Sorts the run <see cref="SetNew"/> just gave <paramref name="node"/>.</summary>
    public void SortLast(int node) => Array.Sort(_data, _start[node], _count[node]);

    /// <summary>
    /// Narrows <paramref name="node"/>'s set to the events <paramref name="other"/>'s set holds
    /// too. Most intersections equal one side or are empty, and then nothing is written; otherwise
    /// the node's own last run is narrowed in place, or a new run is written.
    /// </summary>
    public void IntersectWith(int node, int other)
    {
        if (SameRun(node, other))
        {
            return;
        }

        var count = Merge(_data, _start[node], _count[node], _start[other], _count[other], -1);
        if (count == _count[node])
        {
            return;
        }

        if (count == _count[other])
        {
            Share(node, other);
            return;
        }

        if (count == 0)
        {
            _count[node] = 0;
            return;
        }

        // The merge writes no further than it has read, so a run of the node's own can take its result.
        var own = _lastOwner == node && _start[node] + _count[node] == _used;
        if (!own)
        {
            Reserve(count);
        }

        var into = own ? _start[node] : _used;
        Merge(_data, _start[node], _count[node], _start[other], _count[other], into);
        _start[node] = into;
        _count[node] = count;
        _used = into + count;
        _lastOwner = node;
    }

    /// <summary>The number of events two sorted runs share, written from <paramref name="into"/> on when it is not negative.</summary>
    private static int Merge(int[] data, int a, int aCount, int b, int bCount, int into)
    {
        int i = a, j = b, aEnd = a + aCount, bEnd = b + bCount, count = 0;
        while (i < aEnd && j < bEnd)
        {
            if (data[i] < data[j])
            {
                i++;
            }
            else if (data[i] > data[j])
            {
                j++;
            }
            else
            {
                if (into >= 0)
                {
                    data[into + count] = data[i];
                }

                count++;
                i++;
                j++;
            }
        }

        return count;
    }

    private void Reserve(int extra)
    {
        if (_used + extra <= _data.Length)
        {
            return;
        }

        var grown = new int[Math.Max(_used + extra, _data.Length * 2)];
        Array.Copy(_data, grown, _used);
        _data = grown;
    }
}

using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Assembles a <see cref="ReliabilityGraph"/>: nodes are allocated first (so components can refer
/// to each other before they are defined), then defined once with their children. <see cref="Finish"/>
/// cuts cycles and freezes the graph into flat arrays.
/// </summary>
internal sealed class GraphAssembler
{
    private readonly List<GateKind> _kinds;
    private readonly List<int> _thresholds;
    private readonly List<int> _start;
    private readonly List<int> _count;
    private readonly List<int> _labels;
    // Probabilities of the events only (every gate is up with 1, down with 0): two lists the
    // size of the graph were most of what the assembler held, for values most nodes never set.
    private readonly List<int> _events;
    private readonly List<double> _eventUp;
    private readonly List<double> _eventDown;
    private readonly List<int> _buffer;
    private readonly string[] _componentNames;
    private int[]? _acyclicOrder;
    private bool[]? _acyclicRemoved;
    private int _acyclicEdges;

    public GraphAssembler(string[] componentNames)
    {
        // Designs have about 2.4 nodes and 3.1 to 3.4 edges per component (the benchmark's shapes):
        // size the lists once instead of regrowing them (and copying) some twenty times on a large
        // design. Edges were sized at 3 per component, one doubling short on every shape.
        var nodes = (componentNames.Length * 5 / 2) + 16;
        var edges = (componentNames.Length * 7 / 2) + 16;
        _componentNames = componentNames;
        _kinds = new List<GateKind>(nodes);
        _thresholds = new List<int>(nodes);
        _start = new List<int>(nodes);
        _count = new List<int>(nodes);
        _labels = new List<int>(nodes);
        _events = new List<int>(componentNames.Length);
        _eventUp = new List<double>(componentNames.Length);
        _eventDown = new List<double>(componentNames.Length);
        _buffer = new List<int>(edges);
    }

    public int NodeCount => _kinds.Count;

    /// <summary>Allocates a node; until it is defined it always runs (it needs nothing).</summary>
    public int NewNode(int label)
    {
        _kinds.Add(GateKind.AlwaysUp);
        _thresholds.Add(0);
        _start.Add(0);
        _count.Add(0);
        _labels.Add(label);
        return _kinds.Count - 1;
    }

    /// <summary>Defines an allocated node as a gate over the given children.</summary>
    public void Define(int node, GateKind kind, int threshold, IReadOnlyList<int> children) =>
        Define(node, kind, threshold, children, 0, children.Count);

    /// <summary>
    /// Defines an allocated node as a gate over <paramref name="count"/> children from
    /// <paramref name="start"/> (a slice of the builder's scratch list, copied: the list can be reused).
    /// </summary>
    public void Define(int node, GateKind kind, int threshold, IReadOnlyList<int> children, int start, int count)
    {
        _kinds[node] = kind;
        _thresholds[node] = threshold;
        _start[node] = _buffer.Count;
        _count[node] = count;
        for (var i = start; i < start + count; i++)
        {
            _buffer.Add(children[i]);
        }
    }

    /// <summary>Allocates and defines a gate.</summary>
    public int Gate(GateKind kind, int threshold, IReadOnlyList<int> children, int label) =>
        Gate(kind, threshold, children, 0, children.Count, label);

    /// <summary>Allocates and defines a gate over a slice of <paramref name="children"/>.</summary>
    public int Gate(GateKind kind, int threshold, IReadOnlyList<int> children, int start, int count, int label)
    {
        var node = NewNode(label);
        Define(node, kind, threshold, children, start, count);
        return node;
    }

    /// <summary>Allocates a basic event that is up with probability <paramref name="up"/> and down with <paramref name="down"/>.</summary>
    public int Event(int label, double up, double down)
    {
        var node = NewNode(label);
        _kinds[node] = GateKind.Event;
        _events.Add(node);
        _eventUp.Add(up);
        _eventDown.Add(down);
        return node;
    }

    /// <summary>Changes the threshold of a k-of-n gate (capacity is known only once the graph is whole).</summary>
    public void SetThreshold(int node, int threshold) => _thresholds[node] = threshold;

    /// <summary>True when the graph as defined so far has a cycle (an iterative depth-first walk finds one).</summary>
    public bool HasCycle()
    {
        var removed = new bool[_buffer.Count];
        var any = false;
        var order = CutBackEdges(_kinds.Count, removed, ref any);

        // Without a cycle Finish would walk the same graph to the same order: keep it.
        _acyclicOrder = any ? null : order;
        _acyclicRemoved = any ? null : removed;
        _acyclicEdges = _buffer.Count;
        return any;
    }

    /// <summary>
    /// Freezes the graph. Edges for which <paramref name="cut"/> says so are dropped first (the
    /// cycles HA005 reports); any cycle left is cut at the edge a depth-first walk finds closing it.
    /// A gate that loses children needs what remains (k is lowered to what remains); one that loses
    /// all of them needs nothing.
    /// </summary>
    public ReliabilityGraph Finish(Func<int, int, bool>? cut)
    {
        var n = _kinds.Count;
        var kinds = _kinds.ToArray();
        var thresholds = _thresholds.ToArray();
        // Without a cycle the check's marks are all clear: Finish starts from them.
        var removed = _acyclicRemoved is { } clear && clear.Length == _buffer.Count ? clear : new bool[_buffer.Count];
        _acyclicRemoved = null;
        var anyRemoved = false;
        if (cut is not null)
        {
            for (var v = 0; v < n; v++)
            {
                for (var i = _start[v]; i < _start[v] + _count[v]; i++)
                {
                    if (cut(v, _buffer[i]))
                    {
                        removed[i] = anyRemoved = true;
                    }
                }
            }
        }

        var postOrder = !anyRemoved && _acyclicOrder is { } known && known.Length == n && _acyclicEdges == _buffer.Count
            ? known
            : CutBackEdges(n, removed, ref anyRemoved);

        var childStart = new int[n + 1];
        var children = new int[_buffer.Count];
        var filled = 0;
        for (var v = 0; v < n; v++)
        {
            childStart[v] = filled;
            var lost = 0;
            for (var i = _start[v]; i < _start[v] + _count[v]; i++)
            {
                if (removed[i])
                {
                    lost++;
                }
                else
                {
                    children[filled++] = _buffer[i];
                }
            }

            if (lost > 0)
            {
                var left = filled - childStart[v];
                if (left == 0)
                {
                    kinds[v] = GateKind.AlwaysUp;
                }
                else if (kinds[v] == GateKind.AtLeast)
                {
                    thresholds[v] = Math.Min(thresholds[v], left);
                }
            }
        }

        childStart[n] = filled;
        if (filled < children.Length)
        {
            Array.Resize(ref children, filled);
        }

        var up = new double[n];
        var down = new double[n];
        for (var v = 0; v < n; v++)
        {
            up[v] = 1;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            up[_events[i]] = _eventUp[i];
            down[_events[i]] = _eventDown[i];
        }

        return new ReliabilityGraph(
            kinds, thresholds, childStart, children, _labels.ToArray(), up, down, _componentNames, postOrder);
    }

    // Iterative depth-first walk (designs can be deep): an edge to a node still on the stack closes a cycle.
    private int[] CutBackEdges(int n, bool[] removed, ref bool anyRemoved)
    {
        var color = new byte[n];
        var next = new int[n];
        var stack = new int[n];
        var order = new int[n];
        var ordered = 0;
        for (var root = 0; root < n; root++)
        {
            if (color[root] != 0)
            {
                continue;
            }

            var top = 0;
            stack[0] = root;
            color[root] = 1;
            next[root] = _start[root];
            while (top >= 0)
            {
                var v = stack[top];
                if (next[v] < _start[v] + _count[v])
                {
                    var i = next[v]++;
                    if (removed[i])
                    {
                        continue;
                    }

                    var child = _buffer[i];
                    if (color[child] == 1)
                    {
                        removed[i] = anyRemoved = true;
                    }
                    else if (color[child] == 0)
                    {
                        color[child] = 1;
                        next[child] = _start[child];
                        stack[++top] = child;
                    }
                }
                else
                {
                    color[v] = 2;
                    order[ordered++] = v;
                    top--;
                }
            }
        }

        return order;
    }
}

using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// A canonical code of one root's sub-graph: everything its availability depends on, and nothing
/// else. Nodes are numbered in post-order from the root (children in declaration order), and each
/// node is written as its kind, how many children it needs, its children's numbers and, for an
/// event, the bits of its up and down probabilities. Two roots with equal codes have the same
/// structure function over events with the same probabilities, so they have the same
/// availability: a fleet of services built from one template (every service its own racks and
/// replicas, the same shape) is evaluated once per shape, not once per service.
/// <para>
/// Names and node identities are left out on purpose: whether two services reach the same UPS or
/// two UPSes alike does not change either service's own availability. Cost: one walk of the
/// sub-graph, linear in it.
/// </para>
/// </summary>
internal sealed class SubgraphSignature
{
    private readonly ReliabilityGraph _graph;
    private readonly int[] _local;
    private readonly List<int> _visited = new();
    private readonly Stack<(int Node, int Next)> _stack = new();
    private long[] _code = new long[256];

    public SubgraphSignature(ReliabilityGraph graph)
    {
        _graph = graph;
        _local = new int[graph.NodeCount];
        for (var i = 0; i < _local.Length; i++)
        {
            _local[i] = -1;
        }
    }

    /// <summary>The code of the last root written (valid until the next <see cref="Write"/>).</summary>
    public long[] Code => _code;

    /// <summary>The number of entries of <see cref="Code"/> in use.</summary>
    public int Length { get; private set; }

    /// <summary>A hash of the code (equal codes, equal hashes).</summary>
    public long Hash { get; private set; }

    /// <summary>Writes the code of <paramref name="root"/>'s sub-graph (iteratively: graphs can be deep).</summary>
    public void Write(int root)
    {
        Length = 0;
        unchecked
        {
            Hash = (long)14695981039346656037UL;
        }

        var start = _graph.ChildStart;
        var list = _graph.ChildList;
        _local[root] = -2; // on the stack
        _visited.Add(root);
        _stack.Push((root, start[root]));
        var next = 0;
        while (_stack.Count > 0)
        {
            var (node, c) = _stack.Pop();
            if (c < start[node + 1])
            {
                _stack.Push((node, c + 1));
                var child = list[c];
                if (_local[child] == -1)
                {
                    _local[child] = -2;
                    _visited.Add(child);
                    _stack.Push((child, start[child]));
                }

                continue;
            }

            // Post-visit: every child has its number now (the graph is acyclic).
            _local[node] = next++;
            var kind = _graph.Kinds[node];
            Emit(((long)kind << 32) | (uint)(start[node + 1] - start[node]));
            Emit(GateMath.Needed(_graph, node));
            for (var k = start[node]; k < start[node + 1]; k++)
            {
                Emit(_local[list[k]]);
            }

            if (kind == GateKind.Event)
            {
                Emit(BitConverter.DoubleToInt64Bits(_graph.Up[node]));
                Emit(BitConverter.DoubleToInt64Bits(_graph.Down[node]));
            }
        }

        // Cleared node by node: a root costs its own sub-graph, not the graph.
        foreach (var v in _visited)
        {
            _local[v] = -1;
        }

        _visited.Clear();
    }

    private void Emit(long value)
    {
        if (Length == _code.Length)
        {
            Array.Resize(ref _code, _code.Length * 2);
        }

        _code[Length++] = value;
        unchecked
        {
            // FNV-1a over the value's bytes folded into one step, then a multiply-xorshift.
            var h = (Hash ^ value) * 1099511628211L;
            Hash = h ^ (long)((ulong)h >> 29);
        }
    }
}

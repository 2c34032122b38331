using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// The redundancy groups of a graph in flat arrays: per group its kind, owner and where its
/// members start, and the members' nodes and components one after another. A large design has a
/// group or two per server (its PSUs, its NICs); an object and two arrays per group were hundreds
/// of thousands of objects that lived through the analyses, walked by every collection meanwhile.
/// </summary>
internal sealed class RedundancyGroupStore
{
    private readonly List<RedundancyKind> _kinds = new();
    private readonly List<string> _owners = new();
    private readonly List<int> _start = new() { 0 };
    private int[] _nodes;
    private int[] _components;
    private int _used;

    /// <summary>An empty store with room for <paramref name="members"/> members before it grows.</summary>
    public RedundancyGroupStore(int members = 0)
    {
        _nodes = new int[Math.Max(4, members)];
        _components = new int[_nodes.Length];
    }

    /// <summary>The number of groups.</summary>
    public int Count => _kinds.Count;

    /// <summary>The group at <paramref name="index"/> (in the order added).</summary>
    public RedundancyGroup this[int index]
    {
        get
        {
            var start = _start[index];
            var count = _start[index + 1] - start;
            return new RedundancyGroup(
                _kinds[index],
                _owners[index],
                new ArraySegment<int>(_nodes, start, count),
                new ArraySegment<int>(_components, start, count));
        }
    }

    /// <summary>Adds a group: member i is the node <c>nodes[i]</c> of the component <c>components[i]</c> (the lists are copied).</summary>
    public void Add(RedundancyKind kind, string owner, IReadOnlyList<int> nodes, IReadOnlyList<int> components)
    {
        if (nodes.Count != components.Count)
        {
            throw new ArgumentException("Every member needs a node and a component.", nameof(components));
        }

        if (_used + nodes.Count > _nodes.Length)
        {
            var size = Math.Max(_used + nodes.Count, _nodes.Length * 2);
            Array.Resize(ref _nodes, size);
            Array.Resize(ref _components, size);
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            _nodes[_used + i] = nodes[i];
            _components[_used + i] = components[i];
        }

        _used += nodes.Count;
        _kinds.Add(kind);
        _owners.Add(owner);
        _start.Add(_used);
    }
}

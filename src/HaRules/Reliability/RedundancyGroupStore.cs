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
    private readonly List<RedundancyKind> _kinds;
    private readonly List<string> _owners;
    private readonly List<int> _start;
    private int[] _nodes;
    private int[] _components;
    private int _used;

    /// <summary>An empty store with room for <paramref name="members"/> members before it grows.</summary>
    public RedundancyGroupStore(int members = 0)
        : this(members, 0)
    {
    }

    /// <summary>
    /// An empty store with room for <paramref name="members"/> members in <paramref name="groups"/>
    /// groups before it grows (the builder sizes it from the component count: grown by doubling from
    /// nothing, a large design's groups were copied some twenty times).
    /// </summary>
    public RedundancyGroupStore(int members, int groups)
    {
        _nodes = new int[Math.Max(4, members)];
        _components = new int[_nodes.Length];
        _kinds = new List<RedundancyKind>(groups);
        _owners = new List<string>(groups);
        _start = new List<int>(groups + 1) { 0 };
    }

    /// <summary>
    /// A store sized for a model of <paramref name="components"/> components: the benchmark's
    /// shapes have 0.6 to 0.8 group members and 0.28 to 0.36 groups per component.
    /// </summary>
    public static RedundancyGroupStore ForComponents(int components) =>
        new((int)Math.Min(int.MaxValue, components * 7L / 8), (int)Math.Min(int.MaxValue, components * 3L / 8));

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

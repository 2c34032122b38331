using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// The model's lookups as the builder needs them, by component index: parts of a component and
/// members of a replica group, each found once up front (relations the model keeps by index).
/// Asking the model by name per component (a dictionary lookup and a fresh list each time) was
/// most of the build's time on a large design. Every answer is what the model's by-name lookup gives (first declaration wins
/// when names clash), so the graph is the same node for node.
/// </summary>
internal sealed partial class GraphBuilder
{
    // Parts of a component, in declaration order (component indices): parts of the first component
    // with a name are _parts[_partStart[i].._partStart[i + 1]].
    private int[] _partStart = Array.Empty<int>();
    private int[] _parts = Array.Empty<int>();

    // Members (known components only) of each replica group by name; the first group of a name wins.
    private readonly Dictionary<string, int[]> _groupMembers = new(StringComparer.Ordinal);

    private void IndexModel()
    {
        // The model has already resolved every owner and relation source to an index.
        var n = _components.Count;
        var partOwner = _model.Index.OwnerOf;
        _partStart = new int[n + 1];
        for (var j = 0; j < n; j++)
        {
            if (partOwner[j] >= 0)
            {
                _partStart[partOwner[j] + 1]++;
            }
        }

        _parts = new int[Prefix(_partStart)];
        var fill = (int[])_partStart.Clone();
        for (var j = 0; j < n; j++)
        {
            if (partOwner[j] >= 0)
            {
                _parts[fill[partOwner[j]]++] = j;
            }
        }

        foreach (var group in _model.Groups)
        {
            if (!_groupMembers.ContainsKey(group.Name))
            {
                var members = new List<int>(group.Members.Count);
                foreach (var member in group.Members)
                {
                    if (IndexOf(member) is var m and >= 0)
                    {
                        members.Add(m);
                    }
                }

                _groupMembers.Add(group.Name, members.ToArray());
            }
        }
    }

    // Turns per-slot counts (shifted by one) into start offsets; returns the total.
    private static int Prefix(int[] start)
    {
        for (var i = 1; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }

        return start[start.Length - 1];
    }

    /// <summary>The parts of a component (as the model's PartsOf its name gives them), as component indices.</summary>
    private ArraySegment<int> PartsOf(int index)
    {
        var first = _first[index];
        return new ArraySegment<int>(_parts, _partStart[first], _partStart[first + 1] - _partStart[first]);
    }

    /// <summary>The relations from a component (as the model's RelationsFrom its name gives them; the model keeps them by source index).</summary>
    private ArraySegment<Relation> RelationsOf(int index) => _model.RelationsAt(_first[index]);

    // A small pool of scratch lists: needs nest (a pair's unit inside the pair) but never deeply,
    // and every gate copies its children, so a list can be reused as soon as its gate is defined.
    private readonly Stack<List<int>> _scratch = new();

    private List<int> Rent() => _scratch.Count > 0 ? _scratch.Pop() : new List<int>(16);

    private void Return(List<int> list)
    {
        list.Clear();
        _scratch.Push(list);
    }
}

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
    // Members (known components only) of each replica group by name; the first group of a name wins.
    private readonly Dictionary<string, int[]> _groupMembers = new(StringComparer.Ordinal);

    private void IndexModel()
    {
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

    /// <summary>The parts of a component (as the model's PartsOf its name gives them), as component indices.</summary>
    private Segment<int> PartsOf(int index) => _model.Index.PartPositions(_first[index]);

    /// <summary>The relations from a component (as the model's RelationsFrom its name gives them; the model keeps them by source index).</summary>
    private Segment<Relation> RelationsOf(int index) => _model.RelationsAt(_first[index]);

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

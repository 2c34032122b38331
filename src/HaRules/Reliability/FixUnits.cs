using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reliability;

/// <summary>
/// What a user would fix, as the fix ranking's candidates: a declared component together with its
/// parts (<c>san-a</c> with <c>san-a/psu-1</c>, <c>lb</c> with <c>lb/standby</c> and its power
/// supplies), or a replica group of two or more together with its members and their parts. A part
/// or a member is never fixed on its own: one gets a second power supply by changing its owner, the
/// other more or better replicas by changing the group's declaration, and making the whole unit
/// perfect is worth at least as much as making any event in it perfect (the graph is monotone).
/// </summary>
internal sealed class FixUnits
{
    private readonly ModelGraph _graph;
    private readonly Func<string, int> _indexOf;

    // Per declared component index: the names and events of it and its parts, in model order.
    private readonly Dictionary<int, (List<string> Names, List<int> Events)> _byComponent = new();

    // Per declared component index: the groups of two or more it is a member of, in model order.
    private readonly Dictionary<int, List<int>> _groupsOf = new();

    public FixUnits(ModelGraph graph, Func<string, int> indexOf)
    {
        _graph = graph;
        _indexOf = indexOf;
        var components = graph.Model.Components;
        for (var i = 0; i < components.Count; i++)
        {
            if (graph.EventNodes[i] < 0)
            {
                continue;
            }

            var top = graph.TopLevel[i];
            if (!_byComponent.TryGetValue(top, out var unit))
            {
                _byComponent.Add(top, unit = (new List<string>(), new List<int>()));
            }

            unit.Names.Add(components[i].Name);
            unit.Events.Add(graph.EventNodes[i]);
        }

        var groups = graph.Model.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Members.Count < 2)
            {
                continue;
            }

            foreach (var member in groups[g].Members)
            {
                if (TopLevelOf(member) is not (var top and >= 0))
                {
                    continue;
                }

                if (!_groupsOf.TryGetValue(top, out var list))
                {
                    _groupsOf.Add(top, list = new List<int>());
                }

                // A member listed twice in one group counts the group once.
                if (list.Count == 0 || list[list.Count - 1] != g)
                {
                    list.Add(g);
                }
            }
        }
    }

    /// <summary>
    /// The units a component (an event's name) belongs to: the replica groups of two or more its
    /// declared component is a member of, or else that declared component's own unit.
    /// </summary>
    public IEnumerable<FixUnit> Of(string name)
    {
        if (TopLevelOf(name) is not (var top and >= 0))
        {
            yield break;
        }

        if (_groupsOf.TryGetValue(top, out var groups))
        {
            foreach (var g in groups)
            {
                yield return new FixUnit(g, IsGroup: true);
            }

            yield break;
        }

        yield return new FixUnit(top, IsGroup: false);
    }

    /// <summary>
    /// The unit's name (the component's or the group's), the components it makes perfect (those that
    /// can fail) and their events; no events when nothing in it can fail.
    /// </summary>
    public (string Target, IReadOnlyList<string> Components, int[] Events) Describe(FixUnit unit)
    {
        if (!unit.IsGroup)
        {
            var name = _graph.Model.Components[unit.Index].Name;
            return _byComponent.TryGetValue(unit.Index, out var own)
                ? (name, own.Names.ToArray(), own.Events.ToArray())
                : (name, Array.Empty<string>(), Array.Empty<int>());
        }

        var group = _graph.Model.Groups[unit.Index];
        var names = new List<string>();
        var events = new List<int>();
        var seen = new HashSet<int>();
        foreach (var member in group.Members)
        {
            if (TopLevelOf(member) is var top and >= 0 && seen.Add(top) && _byComponent.TryGetValue(top, out var parts))
            {
                names.AddRange(parts.Names);
                events.AddRange(parts.Events);
            }
        }

        return (group.Name, names, events.ToArray());
    }

    private int TopLevelOf(string name) => _indexOf(name) is var i and >= 0 ? _graph.TopLevel[i] : -1;
}

/// <summary>A candidate of the fix ranking: a declared component's index, or a replica group's.</summary>
internal readonly record struct FixUnit(int Index, bool IsGroup);

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

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

    // Per declared component index t: the components that can fail in its unit (it and its parts),
    // in model order, are _unit[_unitStart[t] .. _unitStart[t + 1]). Compressed rows rather than a
    // list per component: the ranking describes a few hundred units of what can be millions.
    private readonly int[] _unitStart;
    private readonly int[] _unit;

    // Per declared component index t: the groups of two or more it is a member of, in model order,
    // _groupList[_groupStart[t] .. _groupStart[t + 1]).
    private readonly int[] _groupStart;
    private readonly int[] _groupList;

    public FixUnits(ModelGraph graph, Func<string, int> indexOf)
    {
        _graph = graph;
        _indexOf = indexOf;
        var count = graph.Model.Components.Count;

        // Each component that can fail, in its declared component's row.
        var unitOf = new int[count];
        for (var i = 0; i < count; i++)
        {
            unitOf[i] = graph.EventNodes[i] >= 0 ? graph.TopLevel[i] : -1;
        }

        _unit = IndexRows.Build(unitOf, count, out _unitStart);

        // The members' declared components, looked up once; a declared component met twice in one
        // group counts it once (groups are walked in order, so the last group noted for it tells).
        var groups = graph.Model.Groups;
        var last = new int[count];
        for (var t = 0; t < count; t++)
        {
            last[t] = -1;
        }

        var tops = new List<int>();
        var ofGroup = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Members.Count < 2)
            {
                continue;
            }

            foreach (var member in groups[g].Members)
            {
                if (TopLevelOf(member) is var top and >= 0 && last[top] != g)
                {
                    last[top] = g;
                    tops.Add(top);
                    ofGroup.Add(g);
                }
            }
        }

        var rows = IndexRows.Build(tops.ToArray(), count, out _groupStart);
        _groupList = new int[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            _groupList[k] = ofGroup[rows[k]];
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

        if (_groupStart[top] < _groupStart[top + 1])
        {
            for (var k = _groupStart[top]; k < _groupStart[top + 1]; k++)
            {
                yield return new FixUnit(_groupList[k], IsGroup: true);
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
            var (names, events) = (new List<string>(), new List<int>());
            AddUnit(unit.Index, names, events);
            return (name, names.ToArray(), events.ToArray());
        }

        var group = _graph.Model.Groups[unit.Index];
        var groupNames = new List<string>();
        var groupEvents = new List<int>();
        var seen = new HashSet<int>();
        foreach (var member in group.Members)
        {
            if (TopLevelOf(member) is var top and >= 0 && seen.Add(top))
            {
                AddUnit(top, groupNames, groupEvents);
            }
        }

        return (group.Name, groupNames, groupEvents.ToArray());
    }

    private void AddUnit(int top, List<string> names, List<int> events)
    {
        for (var k = _unitStart[top]; k < _unitStart[top + 1]; k++)
        {
            names.Add(_graph.Model.Components[_unit[k]].Name);
            events.Add(_graph.EventNodes[_unit[k]]);
        }
    }

    private int TopLevelOf(string name) => _indexOf(name) is var i and >= 0 ? _graph.TopLevel[i] : -1;
}

/// <summary>A candidate of the fix ranking: a declared component's index, or a replica group's.</summary>
internal readonly record struct FixUnit(int Index, bool IsGroup);

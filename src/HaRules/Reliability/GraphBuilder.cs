using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// Derives the reliability graph from a model (docs/analysis.md, "The reliability graph"):
/// every component gets a node saying "it runs", which is the all-of of its own basic event (if
/// it can fail) and of what it needs. This file holds the walk and the bookkeeping; the needs of
/// each kind of component are in the other parts of this class.
/// </summary>
internal sealed partial class GraphBuilder
{
    private readonly DesignModel _model;
    private readonly IReadOnlyList<Component> _components;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly GraphAssembler _graph;
    private readonly int[] _run;
    private readonly int[] _event;
    private readonly int[] _topLevel;
    private readonly List<RedundancyGroup> _groups = new();
    private readonly List<CapacityGate> _capacity = new();
    private readonly List<int> _nodeOwner = new();

    private GraphBuilder(DesignModel model)
    {
        _model = model;
        _components = model.Components;
        var names = new string[_components.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _components[i].Name;
            if (!_index.ContainsKey(names[i]))
            {
                _index.Add(names[i], i);
            }
        }

        _graph = new GraphAssembler(names);
        _run = new int[names.Length];
        _event = new int[names.Length];
        _topLevel = new int[names.Length];
    }

    /// <summary>Builds the graph of a model. Never throws on a model the language can express.</summary>
    public static ModelGraph Build(DesignModel model)
    {
        var builder = new GraphBuilder(model ?? throw new ArgumentNullException(nameof(model)));
        return builder.Run();
    }

    private ModelGraph Run()
    {
        for (var i = 0; i < _components.Count; i++)
        {
            _run[i] = _graph.NewNode(i);
            _nodeOwner.Add(i);
            _event[i] = -1;
            _topLevel[i] = TopLevelOf(i);
        }

        for (var i = 0; i < _components.Count; i++)
        {
            var first = _graph.NodeCount;
            if (_components[i].IsPart)
            {
                DefinePart(i);
            }
            else
            {
                DefineDeclared(i);
            }

            for (var n = first; n < _graph.NodeCount; n++)
            {
                _nodeOwner.Add(i);
            }
        }

        AddReplicaGroups();
        // Finding the cycles HA005 reports costs a walk of the whole model: only when there is one.
        var graph = _graph.Finish(_graph.HasCycle() ? CycleCut() : null);
        var services = new List<int>();
        for (var i = 0; i < _components.Count; i++)
        {
            if (_components[i].Kind == ComponentKind.Service && !_components[i].IsPart && _index[_components[i].Name] == i)
            {
                services.Add(i);
            }
        }

        var result = new ModelGraph(_model, graph, _run, _event, _topLevel, services.ToArray(), _groups, _capacity);
        CapacityThresholds.Apply(result);
        return result;
    }

    private void DefinePart(int index)
    {
        var needs = new List<int>();
        AddUnitNeeds(index, needs);
        _graph.Define(_run[index], GateKind.And, 0, needs);
    }

    private void DefineDeclared(int index)
    {
        var component = _components[index];
        var needs = new List<int>();
        if (StandbyOf(index) is { } standby)
        {
            // A pair runs while either unit runs; each unit has the pair's power supplies and links.
            var unitNeeds = new List<int>();
            AddUnitNeeds(index, unitNeeds);
            var unit = _graph.Gate(GateKind.And, 0, unitNeeds, index);
            needs.Add(_graph.Gate(GateKind.Or, 1, new[] { unit, _run[standby] }, index));
            _groups.Add(new RedundancyGroup(RedundancyKind.Pair, component.Name, new[] { unit, _run[standby] }, new[] { index, standby }));
        }
        else
        {
            AddUnitNeeds(index, needs);
        }

        switch (component.Kind)
        {
            case ComponentKind.RaidGroup:
                AddRaidLayout(index, needs);
                break;
            case ComponentKind.DatabaseCluster:
                AddClusterNeeds(index, needs);
                break;
        }

        AddDeclaredNeeds(index, needs);
        _graph.Define(_run[index], GateKind.And, 0, needs);
    }

    /// <summary>The component a name refers to (the first declared one when names clash), or -1.</summary>
    private int IndexOf(string name) => name is not null && _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>
    /// The node for "the target runs": a component's run node, or for a replica group any one of
    /// its replicas (an any-of; a group with no replica can never run). -1 for an unknown name.
    /// </summary>
    private int TargetNode(string name)
    {
        if (_model.FindGroup(name) is { } group)
        {
            var members = new List<int>();
            foreach (var member in group.Members)
            {
                if (IndexOf(member) is var m and >= 0)
                {
                    members.Add(_run[m]);
                }
            }

            return members.Count == 1 ? members[0] : _graph.Gate(GateKind.Or, 1, members, -1);
        }

        return IndexOf(name) is var i and >= 0 ? _run[i] : -1;
    }

    /// <summary>The components a reference names, replicas expanded (indices).</summary>
    private List<int> Members(string name)
    {
        var result = new List<int>();
        foreach (var component in _model.Resolve(name))
        {
            if (IndexOf(component.Name) is var i and >= 0)
            {
                result.Add(i);
            }
        }

        return result;
    }

    private int? StandbyOf(int index)
    {
        foreach (var part in _model.PartsOf(_components[index].Name))
        {
            if (part.Kind == _components[index].Kind && IndexOf(part.Name) is var i and >= 0)
            {
                return i;
            }
        }

        return null;
    }

    private int TopLevelOf(int index) =>
        _components[index].Owner is { } owner && IndexOf(_model.TopLevelOwner(owner)) is var top and >= 0 ? top : index;

    /// <summary>
    /// The edges HA005 reports as closing a cycle (its last member back to its first): an edge from
    /// any node of the last member to the first member's run node is dropped.
    /// </summary>
    private Func<int, int, bool>? CycleCut()
    {
        var cycles = DependencyCycles.Find(_model);
        if (cycles.Count == 0)
        {
            return null;
        }

        var closing = new HashSet<long>();
        foreach (var cycle in cycles)
        {
            var from = IndexOf(cycle[cycle.Count - 1]);
            var to = IndexOf(cycle[0]);
            if (from >= 0 && to >= 0)
            {
                closing.Add(((long)_topLevel[from] << 32) | (uint)to);
            }
        }

        var owner = _nodeOwner.ToArray();
        var runOf = new Dictionary<int, int>();
        for (var i = 0; i < _run.Length; i++)
        {
            if (!_components[i].IsPart)
            {
                runOf[_run[i]] = i;
            }
        }

        return (from, to) =>
            runOf.TryGetValue(to, out var target)
            && closing.Contains(((long)_topLevel[owner[from]] << 32) | (uint)target);
    }
}

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
    private readonly GraphAssembler _graph;
    private readonly int[] _run;

    // Per component: the index of the first component with its name (itself unless names clash, HA001).
    private readonly int[] _first;
    private readonly int[] _event;
    private readonly int[] _topLevel;
    private readonly RedundancyGroupStore _groups;
    private readonly List<CapacityGate> _capacity = new();

    // Per component the first node its definition made: the nodes of component i are its run node
    // (node i) and _definedFrom[i] .. _definedFrom[i + 1] - 1 (one entry per component rather than per node).
    private readonly int[] _definedFrom;

    private GraphBuilder(DesignModel model)
    {
        _model = model;
        _components = model.Components;
        var names = new string[_components.Count];
        _first = new int[names.Length];
        // Without a clash every component is the first of its name: no lookup per component.
        var clash = model.Index.HasDuplicateNames;
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _components[i].Name;
            _first[i] = clash ? model.IndexOf(names[i]) : i;
        }

        _graph = new GraphAssembler(names);
        _groups = RedundancyGroupStore.ForComponents(names.Length);
        _run = new int[names.Length];
        _event = new int[names.Length];
        _topLevel = new int[names.Length];
        _definedFrom = new int[names.Length + 1];
        IndexModel();
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
            _event[i] = -1;
            _topLevel[i] = TopLevelOf(i);
        }

        for (var i = 0; i < _components.Count; i++)
        {
            _definedFrom[i] = _graph.NodeCount;
            if (_components[i].IsPart)
            {
                DefinePart(i);
            }
            else
            {
                DefineDeclared(i);
            }
        }

        _definedFrom[_components.Count] = _graph.NodeCount;

        AddReplicaGroups();
        // Finding the cycles HA005 reports costs a walk of the whole model: only when there is one.
        var graph = _graph.Finish(_graph.HasCycle() ? CycleCut() : null);
        var services = new List<int>();
        for (var i = 0; i < _components.Count; i++)
        {
            if (_components[i].Kind == ComponentKind.Service && !_components[i].IsPart && _first[i] == i)
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
        var needs = Rent();
        AddUnitNeeds(index, needs);
        _graph.Define(_run[index], GateKind.And, 0, needs);
        Return(needs);
    }

    private void DefineDeclared(int index)
    {
        var component = _components[index];
        var needs = Rent();
        if (StandbyOf(index) is { } standby)
        {
            // A pair runs while either unit runs; each unit has the pair's power supplies and links.
            var unitNeeds = Rent();
            AddUnitNeeds(index, unitNeeds);
            var unit = _graph.Gate(GateKind.And, 0, unitNeeds, index);
            Return(unitNeeds);
            var units = new[] { unit, _run[standby] };
            needs.Add(_graph.Gate(GateKind.Or, 1, units, index));
            _groups.Add(RedundancyKind.Pair, component.Name, units, new[] { index, standby });
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
        Return(needs);
    }

    /// <summary>The component a name refers to (the first declared one when names clash), or -1.</summary>
    private int IndexOf(string name) => _model.IndexOf(name);

    /// <summary>
    /// The node for "the target runs": a component's run node, or for a replica group any one of
    /// its replicas (an any-of; a group with no replica can never run). -1 for an unknown name.
    /// </summary>
    private int TargetNode(string name)
    {
        if (name is not null && _groupMembers.TryGetValue(name, out var group))
        {
            if (group.Length == 1)
            {
                return _run[group[0]];
            }

            var members = Rent();
            foreach (var m in group)
            {
                members.Add(_run[m]);
            }

            var gate = _graph.Gate(GateKind.Or, 1, members, -1);
            Return(members);
            return gate;
        }

        return IndexOf(name!) is var i and >= 0 ? _run[i] : -1;
    }

    /// <summary>Adds the components a reference names, replicas expanded (indices), as the model's Resolve gives them.</summary>
    private void AddMembers(string name, List<int> result)
    {
        if (name is not null && _groupMembers.TryGetValue(name, out var group))
        {
            result.AddRange(group);
        }
        else if (IndexOf(name!) is var i and >= 0)
        {
            result.Add(i);
        }
    }

    private int? StandbyOf(int index)
    {
        var parts = PartsOf(index);
        foreach (var part in parts)
        {
            if (_components[part].Kind == _components[index].Kind)
            {
                return _first[part];
            }
        }

        return null;
    }

    // A part of a declared component (the common case) is answered from the index; deeper or
    // looping owner chains go through the model's guarded walk.
    private int TopLevelOf(int index)
    {
        if (_components[index].Owner is null)
        {
            return index;
        }

        // The model's index holds each component's owner by index (what a lookup of its name gives).
        var direct = _model.Index.OwnerOf[index];
        if (direct < 0)
        {
            return index;
        }

        if (!_components[direct].IsPart)
        {
            return direct;
        }

        return _model.TopLevelOwnerIndex(direct) is var top and >= 0 ? top : index;
    }

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
            && closing.Contains(((long)_topLevel[OwnerOfNode(from)] << 32) | (uint)target);
    }

    private int OwnerOfNode(int node) => OwnerOfNode(_definedFrom, node);

    /// <summary>
    /// The component whose definition made a node, given per component the first node its
    /// definition made (<paramref name="definedFrom"/>, one entry per component and the node count
    /// last): run nodes come first, one per component, so node i below the component count is i's.
    /// </summary>
    internal static int OwnerOfNode(int[] definedFrom, int node)
    {
        var components = definedFrom.Length - 1;
        if (node < components)
        {
            return node;
        }

        // The last component whose nodes start at or before the node: a component that made no
        // node has an empty range and is passed over by taking the last such start.
        int low = 0, high = components - 1;
        while (low < high)
        {
            var mid = low + ((high - low + 1) / 2);
            if (definedFrom[mid] <= node)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}

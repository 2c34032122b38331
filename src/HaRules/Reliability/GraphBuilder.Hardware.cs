using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>What one unit of hardware needs: its own event, power, fans, NICs, controllers, links and rack.</summary>
internal sealed partial class GraphBuilder
{
    /// <summary>
    /// The needs of one unit (a component, a part, or the standby of a pair): its basic event, then
    /// any-of its PSUs (each needing its source), n−1 of n fans, any-of its bonded NIC ports (each
    /// needing its switch), any-of its controllers, its rack, the feeds of a UPS, and any one of
    /// the switches it is connected to. HBAs are needed only on the way to shared storage.
    /// </summary>
    private void AddUnitNeeds(int index, List<int> needs)
    {
        var component = _components[index];
        if (FailureData.IsEvent(component))
        {
            var raidGroup = component.Kind == ComponentKind.Disk && _model.Index.OwnerOf[index] is var o and >= 0
                ? _components[o]
                : null;
            var (up, down) = FailureData.Probabilities(component, raidGroup);
            if (down > 0)
            {
                _event[index] = _graph.Event(index, up, down);
                needs.Add(_event[index]);
            }
        }

        var parts = PartsOf(index);
        AddAnyOf(component, parts, ComponentKind.PowerSupply, RedundancyKind.PowerSupplies, needs);

        var fans = Rent();
        PartRuns(parts, ComponentKind.Fan, fans);
        if (fans.Count == 1)
        {
            needs.Add(fans[0]);
        }
        else if (fans.Count > 1)
        {
            needs.Add(_graph.Gate(GateKind.AtLeast, fans.Count - 1, fans, -1));
        }

        Return(fans);
        AddAnyOf(component, parts, ComponentKind.Nic, RedundancyKind.BondedNics, needs);
        AddAnyOf(component, parts, ComponentKind.Controller, null, needs);

        var relations = RelationsOf(index);
        foreach (var relation in relations)
        {
            switch (relation.Kind)
            {
                case RelationKind.InRack:
                case RelationKind.PoweredBy:
                case RelationKind.CabledTo:
                    AddEach(relation, needs);
                    break;
                case RelationKind.FedBy:
                case RelationKind.ConnectedTo:
                    AddCounted(relation, needs, relation.Count ?? 1);
                    break;
            }
        }
    }

    /// <summary>
    /// Any one of the unit's parts of <paramref name="kind"/> is needed; two or more of them form a
    /// redundancy group of <paramref name="redundancy"/> when one is given.
    /// </summary>
    private void AddAnyOf(Component unit, Segment<int> parts, ComponentKind kind, RedundancyKind? redundancy, List<int> needs)
    {
        var runs = Rent();
        PartRuns(parts, kind, runs);
        if (runs.Count > 0)
        {
            needs.Add(runs.Count == 1 ? runs[0] : _graph.Gate(GateKind.Or, 1, runs, -1));
            if (runs.Count > 1 && redundancy is { } grouped)
            {
                var indices = Rent();
                PartIndices(parts, kind, indices);
                _groups.Add(grouped, unit.Name, runs, indices);
                Return(indices);
            }
        }

        Return(runs);
    }

    /// <summary>Adds the run nodes of the parts of <paramref name="kind"/> (by the part's name, as the model resolves it).</summary>
    private void PartRuns(Segment<int> parts, ComponentKind kind, List<int> result)
    {
        foreach (var part in parts)
        {
            if (_components[part].Kind == kind)
            {
                result.Add(_run[_first[part]]);
            }
        }
    }

    private void PartIndices(Segment<int> parts, ComponentKind kind, List<int> result)
    {
        foreach (var part in parts)
        {
            if (_components[part].Kind == kind)
            {
                result.Add(_first[part]);
            }
        }
    }

    /// <summary>Every target of the relation is needed.</summary>
    private void AddEach(Relation relation, List<int> needs)
    {
        for (var t = 0; t < relation.Targets.Count; t++)
        {
            var target = relation.Targets[t];
            if (TargetNode(target) is var node and >= 0)
            {
                needs.Add(node);
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> of the relation's targets are needed (a replica group counts as one
    /// target that runs while one replica runs). Asking for more than there are means all of them.
    /// </summary>
    private void AddCounted(Relation relation, List<int> needs, int count)
    {
        var targets = Rent();
        for (var t = 0; t < relation.Targets.Count; t++)
        {
            var target = relation.Targets[t];
            if (TargetNode(target) is var node and >= 0)
            {
                targets.Add(node);
            }
        }

        if (count > 0 && targets.Count > 0)
        {
            AddCountedGate(targets, needs, count);
        }

        Return(targets);
    }

    private void AddCountedGate(List<int> targets, List<int> needs, int count)
    {
        if (count >= targets.Count)
        {
            needs.AddRange(targets);
        }
        else if (count == 1)
        {
            needs.Add(_graph.Gate(GateKind.Or, 1, targets, -1));
        }
        else
        {
            needs.Add(_graph.Gate(GateKind.AtLeast, count, targets, -1));
        }
    }

    /// <summary>Every replica group of two or more members is a redundancy group.</summary>
    private void AddReplicaGroups()
    {
        foreach (var group in _model.Groups)
        {
            var members = group.Members.Select(IndexOf).Where(i => i >= 0).ToArray();
            if (members.Length > 1)
            {
                _groups.Add(RedundancyKind.Replicas, group.Name, members.Select(m => _run[m]).ToArray(), members);
            }
        }
    }
}

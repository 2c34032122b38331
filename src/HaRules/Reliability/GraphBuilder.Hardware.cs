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
            var raidGroup = component.Kind == ComponentKind.Disk && component.Owner is { } owner ? _model.FindComponent(owner) : null;
            var (up, down) = FailureData.Probabilities(component, raidGroup);
            if (down > 0)
            {
                _event[index] = _graph.Event(index, up, down);
                needs.Add(_event[index]);
            }
        }

        var parts = _model.PartsOf(component.Name);
        AddAnyOf(component, parts, ComponentKind.PowerSupply, RedundancyKind.PowerSupplies, needs);

        var fans = PartRuns(parts, ComponentKind.Fan);
        if (fans.Count == 1)
        {
            needs.Add(fans[0]);
        }
        else if (fans.Count > 1)
        {
            needs.Add(_graph.Gate(GateKind.AtLeast, fans.Count - 1, fans, -1));
        }

        AddAnyOf(component, parts, ComponentKind.Nic, RedundancyKind.BondedNics, needs);
        AddAnyOf(component, parts, ComponentKind.Controller, null, needs);

        foreach (var relation in _model.RelationsFrom(component.Name))
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
    private void AddAnyOf(Component unit, IReadOnlyList<Component> parts, ComponentKind kind, RedundancyKind? redundancy, List<int> needs)
    {
        var runs = PartRuns(parts, kind);
        if (runs.Count == 0)
        {
            return;
        }

        needs.Add(runs.Count == 1 ? runs[0] : _graph.Gate(GateKind.Or, 1, runs, -1));
        if (runs.Count > 1 && redundancy is { } grouped)
        {
            _groups.Add(new RedundancyGroup(grouped, unit.Name, runs.ToArray(), PartIndices(parts, kind)));
        }
    }

    private List<int> PartRuns(IReadOnlyList<Component> parts, ComponentKind kind)
    {
        var result = new List<int>();
        foreach (var part in parts)
        {
            if (part.Kind == kind && IndexOf(part.Name) is var i and >= 0)
            {
                result.Add(_run[i]);
            }
        }

        return result;
    }

    private int[] PartIndices(IReadOnlyList<Component> parts, ComponentKind kind) =>
        parts.Where(p => p.Kind == kind).Select(p => IndexOf(p.Name)).Where(i => i >= 0).ToArray();

    /// <summary>Every target of the relation is needed.</summary>
    private void AddEach(Relation relation, List<int> needs)
    {
        foreach (var target in relation.Targets)
        {
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
        var targets = new List<int>();
        foreach (var target in relation.Targets)
        {
            if (TargetNode(target) is var node and >= 0)
            {
                targets.Add(node);
            }
        }

        if (count <= 0 || targets.Count == 0)
        {
            return;
        }

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
                _groups.Add(new RedundancyGroup(RedundancyKind.Replicas, group.Name, members.Select(m => _run[m]).ToArray(), members));
            }
        }
    }
}

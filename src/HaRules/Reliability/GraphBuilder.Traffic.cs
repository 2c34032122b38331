using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>What a declared component needs beyond its hardware: dependencies, pools, traffic targets.</summary>
internal sealed partial class GraphBuilder
{
    /// <summary>
    /// Dependencies (all, any or k of the targets), connection pools (the database and every
    /// firewall they pass through), a load balancer's or DNS round robin's targets (k of n, k set
    /// from capacity later), what a DNS name resolves to, a service's entry point, and what a RAID
    /// group or volume is carved from. Heartbeats, quorum devices, witnesses, backups and session
    /// replicas decide safety, not whether something runs, and are not needs.
    /// </summary>
    private void AddDeclaredNeeds(int index, List<int> needs)
    {
        var relations = RelationsOf(index);
        foreach (var relation in relations)
        {
            switch (relation.Kind)
            {
                case RelationKind.DependsOn:
                    AddCounted(relation, needs, relation.Count ?? relation.Targets.Count);
                    break;
                case RelationKind.ConnectionPool:
                    AddEach(relation, needs);
                    for (var t = 0; t < relation.Via.Count; t++)
                    {
                        var firewall = relation.Via[t];
                        if (TargetNode(firewall) is var node and >= 0)
                        {
                            needs.Add(node);
                        }
                    }

                    break;
                case RelationKind.Resolves:
                case RelationKind.EntryPoint:
                case RelationKind.CarvedFrom:
                    AddEach(relation, needs);
                    break;
                case RelationKind.Targets:
                case RelationKind.RoundRobin:
                    AddSpread(index, relation, needs);
                    break;
            }
        }
    }

    /// <summary>Traffic spread over targets: k of n members, k = 1 until capacity sets it.</summary>
    private void AddSpread(int index, Relation relation, List<int> needs)
    {
        var members = new List<int>();
        for (var t = 0; t < relation.Targets.Count; t++)
        {
            var target = relation.Targets[t];
            AddMembers(target, members);
        }

        var runs = new int[members.Count];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = _run[members[i]];
        }

        var gate = _graph.Gate(GateKind.AtLeast, 1, runs, -1);
        _capacity.Add(new CapacityGate(gate, index, members.ToArray()));
        needs.Add(gate);
    }
}

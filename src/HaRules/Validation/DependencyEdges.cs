using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Validation;

/// <summary>
/// The "needs to run" edges between declared components, read from the model's relations: what a
/// dependency cycle is made of. Parts and standby units stand for their owner; a replica group
/// stands for its members. Heartbeats, quorum devices, witnesses, backups and session replicas
/// decide safety, not whether a component runs, and are left out.
/// </summary>
public static class DependencyEdges
{
    /// <summary>Relation kinds that say "From cannot run without (some of) Targets".</summary>
    public static bool IsRunDependency(RelationKind kind) => kind switch
    {
        RelationKind.Heartbeat or RelationKind.QuorumDevice or RelationKind.Witness
            or RelationKind.BackupOf or RelationKind.BackupTo or RelationKind.ReplicatesTo => false,
        _ => true,
    };

    /// <summary>Every edge (from, to, relation) between declared components, in relation order.</summary>
    public static IEnumerable<(string From, string To, Relation Relation)> Enumerate(DesignModel model)
    {
        foreach (var relation in model.Relations)
        {
            if (!IsRunDependency(relation.Kind))
            {
                continue;
            }

            var from = model.TopLevelOwner(relation.From);
            foreach (var target in Concat(relation.Targets, relation.Via))
            {
                foreach (var member in model.Resolve(target))
                {
                    yield return (from, model.TopLevelOwner(member.Name), relation);
                }
            }
        }
    }

    private static IEnumerable<string> Concat(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        foreach (var item in first)
        {
            yield return item;
        }

        foreach (var item in second)
        {
            yield return item;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Who plays which role in a model, read in one pass over its relations (asking every relation
/// about every component would cost components × relations).
/// </summary>
internal sealed class ModelRoles
{
    private static readonly ConditionalWeakTable<DesignModel, ModelRoles> Cache = new();

    private ModelRoles(DesignModel model)
    {
        foreach (var relation in model.Relations)
        {
            switch (relation.Kind)
            {
                case RelationKind.ClusterNodes when model.RelationsFrom(relation.From).Any(s => s.Kind is RelationKind.SharedStorage or RelationKind.QuorumDevice):
                    AddMembers(model, relation, SharedStorageNodes);
                    break;
                case RelationKind.Targets or RelationKind.RoundRobin or RelationKind.Resolves:
                    AddMembers(model, relation, TrafficTargets);
                    break;
                case RelationKind.ConnectionPool:
                    PoolTargets.UnionWith(relation.Targets);
                    break;
            }
        }
    }

    /// <summary>Servers that are nodes of a cluster on shared storage or a quorum volume.</summary>
    public HashSet<string> SharedStorageNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Components a load balancer, round robin or DNS name sends traffic to (replicas expanded).</summary>
    public HashSet<string> TrafficTargets { get; } = new(StringComparer.Ordinal);

    /// <summary>Names a connection pool connects to.</summary>
    public HashSet<string> PoolTargets { get; } = new(StringComparer.Ordinal);

    public static ModelRoles Of(DesignModel model) => Cache.GetValue(model, m => new ModelRoles(m));

    private static void AddMembers(DesignModel model, Relation relation, HashSet<string> set)
    {
        foreach (var target in relation.Targets)
        {
            foreach (var member in model.Resolve(target))
            {
                set.Add(member.Name);
            }
        }
    }
}

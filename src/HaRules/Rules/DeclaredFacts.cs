using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules.Rules;

/// <summary>
/// What the components of one model declare of the judged facts (<see cref="JudgedFacts"/>), by
/// position in <see cref="DesignModel.Components"/>: the kinds of each component's parts, the kinds
/// of the relations from it and the roles it plays (traffic target, pool target, node on shared
/// storage) as bits, found in one pass over the model, once per model. A report asks every fact of
/// every declared component; by name each answer hashed the component's name two to five times.
/// </summary>
internal sealed class DeclaredFacts
{
    // A model is immutable and every report of a check reads the same one.
    private static readonly ConditionalWeakTable<DesignModel, DeclaredFacts> Built = new();

    private const byte SharedStorageNode = 1;
    private const byte TrafficTarget = 2;
    private const byte PoolTarget = 4;

    private readonly ModelIndex _index;

    // Per component (by the index its name stands for: the first with duplicate names), one bit
    // per kind of part it owns, per kind of relation from it, and per role.
    private readonly uint[] _partKinds;
    private readonly uint[] _relationKinds;
    private readonly byte[] _roles;

    // A pool may name what no component is called (HA002); the name is a pool target all the same.
    private readonly HashSet<string> _unknownPoolTargets = new(System.StringComparer.Ordinal);

    private DeclaredFacts(DesignModel model)
    {
        Model = model;
        _index = model.Index;
        var components = model.Components;
        _partKinds = new uint[components.Count];
        _relationKinds = new uint[components.Count];
        _roles = new byte[components.Count];

        // Grouped as PartsOf and RelationsFrom group them: by the owner's and the source's index.
        var ownerOf = _index.OwnerOf;
        for (var i = 0; i < ownerOf.Length; i++)
        {
            if (ownerOf[i] >= 0)
            {
                _partKinds[ownerOf[i]] |= Bit((int)components[i].Kind);
            }
        }

        // One pass over the relations: the kinds from each source, and the few that give roles.
        var sourceOf = _index.SourceOf;
        var relations = model.Relations;
        var roleRelations = new List<int>();
        for (var r = 0; r < sourceOf.Length; r++)
        {
            var kind = relations[r].Kind;
            if (sourceOf[r] >= 0)
            {
                _relationKinds[sourceOf[r]] |= Bit((int)kind);
            }

            if (kind is RelationKind.ClusterNodes or RelationKind.Targets or RelationKind.RoundRobin or RelationKind.Resolves or RelationKind.ConnectionPool)
            {
                roleRelations.Add(r);
            }
        }

        // The roles, marked by index: a name marks the component it stands for (the first, with
        // duplicate names). Traffic and shared storage reach components only (a group's members or
        // the component named); a pool is a pool target's by name, known or not.
        foreach (var r in roleRelations)
        {
            var relation = relations[r];
            switch (relation.Kind)
            {
                case RelationKind.ClusterNodes when SharesStorage(model, sourceOf[r], relation.From):
                    MarkResolved(model, relation, SharedStorageNode);
                    break;
                case RelationKind.Targets or RelationKind.RoundRobin or RelationKind.Resolves:
                    MarkResolved(model, relation, TrafficTarget);
                    break;
                case RelationKind.ConnectionPool:
                    foreach (var target in relation.Targets)
                    {
                        if (_index.IndexOf(target) is var at and >= 0)
                        {
                            _roles[at] |= PoolTarget;
                        }
                        else
                        {
                            _unknownPoolTargets.Add(target);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The model the facts are of.</summary>
    public DesignModel Model { get; }

    /// <summary>The facts of a model, found on first use and kept while the model lives.</summary>
    public static DeclaredFacts Of(DesignModel model) => Built.GetValue(model, m => new DeclaredFacts(m));

    /// <summary>Whether the component has a part of the kind (as <c>PartsOf(name, kind).Any()</c>); <paramref name="at"/> is its name's index, or -1.</summary>
    public bool HasPart(Component component, int at, ComponentKind kind) =>
        at >= 0 && Bit((int)kind) is var bit and not 0 ? (_partKinds[at] & bit) != 0 : Model.PartsOf(component.Name, kind).Any();

    /// <summary>Whether a relation of the kind starts from the component (as <c>RelationsFrom(name, kind).Any()</c>).</summary>
    public bool HasRelation(Component component, int at, RelationKind kind) =>
        at >= 0 && Bit((int)kind) is var bit and not 0 ? (_relationKinds[at] & bit) != 0 : Model.RelationsFrom(component.Name, kind).Any();

    /// <summary>
    /// Whether the component is a server of a cluster on shared storage or a quorum volume (a
    /// name no component has is none).
    /// </summary>
    public bool IsSharedStorageNode(Component component, int at) => at >= 0 && (_roles[at] & SharedStorageNode) != 0;

    /// <summary>
    /// Whether a load balancer, round robin or DNS name sends traffic to the component, replicas
    /// expanded (a name no component has is none).
    /// </summary>
    public bool IsTrafficTarget(Component component, int at) => at >= 0 && (_roles[at] & TrafficTarget) != 0;

    /// <summary>Whether a connection pool connects to the component's name.</summary>
    public bool IsPoolTarget(Component component, int at) =>
        at >= 0 ? (_roles[at] & PoolTarget) != 0 : _unknownPoolTargets.Contains(component.Name);

    // Kinds past 31 (none today; a cast number in a hand-made model) own no bit: they are asked by name.
    private static uint Bit(int kind) => (uint)kind < 32 ? 1u << kind : 0;

    // Whether the cluster (by its name's index, or its name when it names no component) also
    // declares shared storage or a quorum device.
    private bool SharesStorage(DesignModel model, int source, string name) =>
        source >= 0
            ? (_relationKinds[source] & (Bit((int)RelationKind.SharedStorage) | Bit((int)RelationKind.QuorumDevice))) != 0
            : model.RelationsFrom(name).Any(s => s.Kind is RelationKind.SharedStorage or RelationKind.QuorumDevice);

    // Marks what each target stands for as Resolve finds it: a group's members that are components, or the component named.
    private void MarkResolved(DesignModel model, Relation relation, byte role)
    {
        foreach (var target in relation.Targets)
        {
            if (model.FindGroup(target) is { } group)
            {
                foreach (var member in group.Members)
                {
                    Mark(_index.IndexOf(member), role);
                }
            }
            else
            {
                Mark(_index.IndexOf(target), role);
            }
        }
    }

    private void Mark(int at, byte role)
    {
        if (at >= 0)
        {
            _roles[at] |= role;
        }
    }
}

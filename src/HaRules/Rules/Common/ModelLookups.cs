using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Small questions rules ask of the model: the units of a pair, where a part is cabled or powered,
/// which rack a component stands in, what a relation's targets expand to.
/// </summary>
internal static class ModelLookups
{
    /// <summary>True for the kinds that are only ever parts of another component.</summary>
    public static bool IsPartKind(ComponentKind kind) => kind switch
    {
        ComponentKind.PowerSupply or ComponentKind.Fan or ComponentKind.Nic or ComponentKind.Hba
            or ComponentKind.Controller or ComponentKind.Disk or ComponentKind.HotSpare => true,
        _ => false,
    };

    /// <summary>
    /// Every unit that can hold parts: the declared components and the standby units of pairs
    /// (which carry the pair's power supplies and links), in model order.
    /// </summary>
    public static IReadOnlyList<Component> Units(DesignModel model) => DeclaredByKind.Of(model).Units;

    /// <summary>The positions in the model of <see cref="Units"/>.</summary>
    public static IReadOnlyList<int> UnitPositions(DesignModel model) => DeclaredByKind.Of(model).UnitPositions;

    /// <summary>The positions in the model of <see cref="Declared"/>'s components of one kind.</summary>
    public static IReadOnlyList<int> DeclaredPositions(DesignModel model, ComponentKind kind) => DeclaredByKind.Of(model).DeclaredPositions(kind);

    /// <summary>The declared components of one kind (replicas expanded, standby units excluded).</summary>
    public static IReadOnlyList<Component> Declared(DesignModel model, ComponentKind kind) =>
        DeclaredByKind.Of(model).Declared(kind);

    /// <summary>The single target of the first relation of <paramref name="kind"/> from a component, or null.</summary>
    public static string? TargetOf(DesignModel model, string name, RelationKind kind)
    {
        // Loops, not LINQ: this is asked once per part of every unit.
        var relations = RelationsOf(model, name);
        for (var i = 0; i < relations.Count; i++)
        {
            if (relations[i].Kind == kind && relations[i].Targets.Count > 0)
            {
                return relations[i].Targets[0];
            }
        }

        return null;
    }

    /// <summary>
    /// The relations from a component, as <see cref="DesignModel.RelationsFrom(string)"/> gives them,
    /// read from the model's index by position: no list object per call, for the lookups asked once
    /// per component or part.
    /// </summary>
    public static Segment<Relation> RelationsOf(DesignModel model, string name)
    {
        if (model.IndexOf(name) is var at and >= 0)
        {
            return model.RelationsAt(at);
        }

        // A name no component has keeps the relations that start from it (a model built by hand).
        var byName = model.RelationsFrom(name);
        return new Segment<Relation>(new ArraySegment<Relation>(byName as Relation[] ?? byName.ToArray()));
    }

    /// <summary>The rack a component stands in, or null when it declares none.</summary>
    public static string? RackOf(DesignModel model, string name) => TargetOf(model, name, RelationKind.InRack);

    /// <summary>
    /// The components the targets of the relations of <paramref name="kind"/> from a component
    /// expand to (replica groups to their members), distinct, in declaration order.
    /// </summary>
    public static IReadOnlyList<Component> Targets(DesignModel model, string name, RelationKind kind)
    {
        var expanded = new Expansion(model);
        foreach (var relation in RelationsOf(model, name))
        {
            if (relation.Kind == kind)
            {
                foreach (var target in relation.Targets)
                {
                    expanded.Add(target);
                }
            }
        }

        return expanded.Result;
    }

    /// <summary>Names expanded to components (replica groups to their members), distinct, in order; unknown names are skipped.</summary>
    public static IReadOnlyList<Component> Expand(DesignModel model, IEnumerable<string> names)
    {
        var expanded = new Expansion(model);
        foreach (var name in names)
        {
            expanded.Add(name);
        }

        return expanded.Result;
    }

    /// <summary>
    /// The parts of one kind of a unit and the component each is cabled or powered to
    /// (<paramref name="link"/>), null where the reference was invalid.
    /// </summary>
    public static IReadOnlyList<(Component Part, string? Target)> LinkedParts(DesignModel model, string unit, ComponentKind partKind, RelationKind link)
    {
        List<(Component Part, string? Target)>? linked = null;
        foreach (var part in model.PartsOf(unit))
        {
            if (part.Kind == partKind)
            {
                (linked ??= new List<(Component Part, string? Target)>()).Add((part, TargetOf(model, part.Name, link)));
            }
        }

        return linked ?? (IReadOnlyList<(Component Part, string? Target)>)Array.Empty<(Component Part, string? Target)>();
    }

    /// <summary>
    /// The one target every part is linked to, when there are at least two parts, each with a
    /// known target, and all targets are the same; otherwise null.
    /// </summary>
    public static string? CommonTarget(IReadOnlyList<(Component Part, string? Target)> parts)
    {
        if (parts.Count < 2 || parts[0].Target is not { } first)
        {
            return null;
        }

        for (var i = 1; i < parts.Count; i++)
        {
            if (!string.Equals(parts[i].Target, first, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return first;
    }

    // Names expanded to components as the model's Resolve would, distinct: a short list is searched
    // in place, a long one through a set. The model holds one component per name, so components are
    // told apart by reference, which hashes without reading the name.
    private struct Expansion
    {
        private const int ScanLimit = 16;

        private readonly DesignModel _model;
        private List<Component>? _result;
        private HashSet<Component>? _seen;

        public Expansion(DesignModel model)
        {
            _model = model;
            _result = null;
            _seen = null;
        }

        public IReadOnlyList<Component> Result => _result ?? (IReadOnlyList<Component>)Array.Empty<Component>();

        // A group's members come from the model's Resolve, which keeps them as one array per group
        // (no member name hashed again); a component is found directly (Resolve would keep an array for it).
        public void Add(string name)
        {
            if (_model.FindGroup(name) is not null)
            {
                // By index: a foreach over the list would allocate an enumerator per name.
                var members = _model.Resolve(name);
                for (var i = 0; i < members.Count; i++)
                {
                    Add(members[i]);
                }
            }
            else if (_model.FindComponent(name) is { } component)
            {
                Add(component);
            }
        }

        private void Add(Component component)
        {
            if (_result is null)
            {
                _result = new List<Component> { component };
                return;
            }

            // A few targets (a pair, a group of replicas) are compared in place; a set only pays off past that.
            if (_seen is null)
            {
                if (_result.Count < ScanLimit)
                {
                    for (var i = 0; i < _result.Count; i++)
                    {
                        if (ReferenceEquals(_result[i], component))
                        {
                            return;
                        }
                    }

                    _result.Add(component);
                    return;
                }

                _seen = new HashSet<Component>(_result, SameComponent.Instance);
            }

            if (_seen.Add(component))
            {
                _result.Add(component);
            }
        }
    }

    // Reference identity (ReferenceEqualityComparer is not in netstandard2.0).
    private sealed class SameComponent : IEqualityComparer<Component>
    {
        public static readonly SameComponent Instance = new();

        public bool Equals(Component? x, Component? y) => ReferenceEquals(x, y);

        public int GetHashCode(Component obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Model;

/// <summary>
/// The immutable description of one design: its components (replicas expanded, parts included),
/// replica groups, relations, acceptances, and the problems found while it was declared. The DSL
/// builds it at run time and the analyzer builds the same model from source; every analysis and
/// rule reads it, and nothing in it depends on the builder classes.
/// </summary>
public sealed class DesignModel
{
    private readonly Dictionary<string, Component> _componentsByName;
    private readonly Dictionary<string, ComponentGroup> _groupsByName;
    private readonly Dictionary<string, List<Relation>> _relationsFrom;
    private readonly Dictionary<string, List<Component>> _partsByOwner;

    // How deep an owner walk goes before it looks for a loop (see TopLevelOwner).
    private const int ShallowOwnerDepth = 4;

    /// <summary>Creates a model. Collections are copied; their order is kept.</summary>
    public DesignModel(
        string name,
        IEnumerable<Component> components,
        IEnumerable<ComponentGroup> groups,
        IEnumerable<Relation> relations,
        IEnumerable<Acceptance> acceptances,
        IEnumerable<DesignProblem>? problems = null)
    {
        Name = name ?? string.Empty;
        Components = (components ?? Enumerable.Empty<Component>()).ToArray();
        Groups = (groups ?? Enumerable.Empty<ComponentGroup>()).ToArray();
        Relations = (relations ?? Enumerable.Empty<Relation>()).ToArray();
        Acceptances = (acceptances ?? Enumerable.Empty<Acceptance>()).ToArray();
        Problems = (problems ?? Enumerable.Empty<DesignProblem>()).ToArray();

        // With duplicate names (HA001) the first declaration wins every lookup.
        _componentsByName = new Dictionary<string, Component>(StringComparer.Ordinal);
        foreach (var component in Components)
        {
            if (!_componentsByName.ContainsKey(component.Name))
            {
                _componentsByName.Add(component.Name, component);
            }
        }

        _partsByOwner = new Dictionary<string, List<Component>>(StringComparer.Ordinal);
        foreach (var part in Components.Where(c => c.Owner is not null))
        {
            if (!_partsByOwner.TryGetValue(part.Owner!, out var parts))
            {
                _partsByOwner.Add(part.Owner!, parts = new List<Component>());
            }

            parts.Add(part);
        }

        _groupsByName = new Dictionary<string, ComponentGroup>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            if (!_groupsByName.ContainsKey(group.Name))
            {
                _groupsByName.Add(group.Name, group);
            }
        }

        _relationsFrom = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in Relations)
        {
            if (!_relationsFrom.TryGetValue(relation.From, out var list))
            {
                _relationsFrom.Add(relation.From, list = new List<Relation>());
            }

            list.Add(relation);
        }
    }

    /// <summary>The design's name (its class name when built from a design class).</summary>
    public string Name { get; }

    /// <summary>Every component, declared ones and their parts, in declaration order.</summary>
    public IReadOnlyList<Component> Components { get; }

    /// <summary>The replica groups.</summary>
    public IReadOnlyList<ComponentGroup> Groups { get; }

    /// <summary>Every relation, in declaration order.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>The acceptances written in the design.</summary>
    public IReadOnlyList<Acceptance> Acceptances { get; }

    /// <summary>Problems recorded while the design was declared or run (a reference to nothing, a design that threw).</summary>
    public IReadOnlyList<DesignProblem> Problems { get; }

    /// <summary>The declared components (replicas expanded), parts excluded: what <c>componentCount</c> counts.</summary>
    public IEnumerable<Component> DeclaredComponents => Components.Where(c => !c.IsPart);

    /// <summary>The component with this name, or null.</summary>
    public Component? FindComponent(string name) =>
        name is not null && _componentsByName.TryGetValue(name, out var c) ? c : null;

    /// <summary>The replica group with this name, or null.</summary>
    public ComponentGroup? FindGroup(string name) =>
        name is not null && _groupsByName.TryGetValue(name, out var g) ? g : null;

    /// <summary>
    /// The components a reference names: the members of a replica group, or the one component.
    /// Empty when the name is unknown.
    /// </summary>
    public IReadOnlyList<Component> Resolve(string name)
    {
        if (FindGroup(name) is { } group)
        {
            return group.Members.Select(FindComponent).Where(c => c is not null).Select(c => c!).ToArray();
        }

        return FindComponent(name) is { } component ? new[] { component } : Array.Empty<Component>();
    }

    /// <summary>The relations that start from a component, in declaration order.</summary>
    public IReadOnlyList<Relation> RelationsFrom(string name) =>
        name is not null && _relationsFrom.TryGetValue(name, out var list) ? list : (IReadOnlyList<Relation>)Array.Empty<Relation>();

    /// <summary>The relations of one kind that start from a component.</summary>
    public IEnumerable<Relation> RelationsFrom(string name, RelationKind kind) =>
        RelationsFrom(name).Where(r => r.Kind == kind);

    /// <summary>The parts of a component (PSUs, fans, NICs, HBAs, controllers, disks, standby unit).</summary>
    public IReadOnlyList<Component> PartsOf(string owner) =>
        owner is not null && _partsByOwner.TryGetValue(owner, out var parts) ? parts : (IReadOnlyList<Component>)Array.Empty<Component>();

    /// <summary>
    /// The declared component a name stands for: a part's owner, up through nested parts
    /// (<c>lb/standby/psu-1</c> → <c>lb</c>); the name itself for a declared component or an unknown
    /// name. Every walk from a part to its declared component goes through here, so that a model
    /// whose owners loop (possible only in a model built by hand, never by the design language) is
    /// guarded once: such a name stands for itself.
    /// </summary>
    public string TopLevelOwner(string name)
    {
        var current = name;
        HashSet<string>? seen = null;
        for (var depth = 0; FindComponent(current)?.Owner is { } owner; depth++)
        {
            // The design language nests parts two deep at most; only a deeper chain can loop, so
            // only then is it worth remembering where the walk has been.
            if (depth >= ShallowOwnerDepth)
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal) { current };
                if (!seen.Add(owner))
                {
                    return name;
                }
            }

            current = owner;
        }

        return current;
    }

    /// <summary>The parts of one kind of a component.</summary>
    public IEnumerable<Component> PartsOf(string owner, ComponentKind kind) => PartsOf(owner).Where(p => p.Kind == kind);
}

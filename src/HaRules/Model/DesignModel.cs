using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace HaRules.Model;

/// <summary>
/// The immutable description of one design: its components (replicas expanded, parts included),
/// replica groups, relations, acceptances, and the problems found while it was declared. The DSL
/// builds it at run time and the analyzer builds the same model from source; every analysis and
/// rule reads it, and nothing in it depends on the builder classes.
/// </summary>
public sealed class DesignModel
{
    // Everything built from the components, groups and relations: the arrays, the index, parts and
    // relations by the index of their owner / source, and what Resolve returns, made on first use
    // (rules and graph building resolve the same few names over and over). A model made from
    // another with other calls or locations shares it or rebuilds it whole.
    private readonly Shared _shared;

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
        : this(
            name,
            (components ?? Enumerable.Empty<Component>()).ToArray(),
            (groups ?? Enumerable.Empty<ComponentGroup>()).ToArray(),
            (relations ?? Enumerable.Empty<Relation>()).ToArray(),
            (acceptances ?? Enumerable.Empty<Acceptance>()).ToArray(),
            (problems ?? Enumerable.Empty<DesignProblem>()).ToArray(),
            index: null)
    {
    }

    /// <summary>
    /// The model the design language expanded: takes the arrays as they are (made for this model,
    /// kept by no one else), with each component's owner and each relation's source by index as
    /// the expansion added them (see <see cref="ModelIndex"/>), so no name is looked up twice.
    /// </summary>
    internal static DesignModel FromExpansion(
        string name, Component[] components, ComponentGroup[] groups, Relation[] relations, Acceptance[] acceptances, DesignProblem[] problems, int[] ownerOf, int[] sourceOf) =>
        new(name, components, groups, relations, acceptances, problems, new ModelIndex(components, groups, relations, ownerOf, sourceOf));

    // Takes the arrays as they are (the caller made them for this model and keeps no reference).
    // An index is passed by FromExpansion, which made it from these arrays.
    private DesignModel(
        string name, Component[] components, ComponentGroup[] groups, Relation[] relations, Acceptance[] acceptances, DesignProblem[] problems, ModelIndex? index)
        : this(name, acceptances, problems, Shared.From(components, groups, relations, index))
    {
    }

    // The one constructor that sets the fields: every model made from another (WithLocations,
    // WithCalls) shares what was built from the components through it.
    private DesignModel(string name, Acceptance[] acceptances, DesignProblem[] problems, Shared shared)
    {
        Name = name ?? string.Empty;
        _shared = shared;
        Acceptances = acceptances;
        Problems = problems;
    }

    /// <summary>
    /// This model with other acceptances and problems, sharing its components, groups, relations
    /// and what was found from them (index, parts, relations by source): nothing is built again.
    /// </summary>
    internal DesignModel WithCalls(Acceptance[] acceptances, DesignProblem[] problems) =>
        new(Name, acceptances, problems, _shared);

    /// <summary>
    /// This model with other locations: <paramref name="components"/> and the rest hold the same
    /// names, kinds, owners and sources in the same order, so the model's index is shared rather
    /// than built again (the source-column pass makes such copies).
    /// </summary>
    internal DesignModel WithLocations(
        Component[] components, ComponentGroup[] groups, Relation[] relations, Acceptance[] acceptances, DesignProblem[] problems) =>
        new(Name, acceptances, problems, Shared.From(components, groups, relations, _shared.Index));

    /// <summary>The positions of names, owners and relation sources, for passes that walk the model by index (the graph builder).</summary>
    internal ModelIndex Index => _shared.Index;

    /// <summary>The design's name (its class name when built from a design class).</summary>
    public string Name { get; }

    /// <summary>Every component, declared ones and their parts, in declaration order.</summary>
    public IReadOnlyList<Component> Components => _shared.Components;

    /// <summary>The replica groups.</summary>
    public IReadOnlyList<ComponentGroup> Groups => _shared.Groups;

    /// <summary>Every relation, in declaration order.</summary>
    public IReadOnlyList<Relation> Relations => _shared.Relations;

    /// <summary>The acceptances written in the design.</summary>
    public IReadOnlyList<Acceptance> Acceptances { get; }

    /// <summary>Problems recorded while the design was declared or run (a reference to nothing, a design that threw).</summary>
    public IReadOnlyList<DesignProblem> Problems { get; }

    /// <summary>The declared components (replicas expanded), parts excluded: what <c>componentCount</c> counts.</summary>
    public IEnumerable<Component> DeclaredComponents => Components.Where(c => !c.IsPart);

    /// <summary>How many <see cref="DeclaredComponents"/> there are (the reports' <c>componentCount</c>), without a walk.</summary>
    public int DeclaredCount => _shared.Index.DeclaredCount;

    /// <summary>The index in <see cref="Components"/> of the component with this name (the first, with duplicates), or -1.</summary>
    public int IndexOf(string name) => _shared.Index.IndexOf(name);

    /// <summary>The component with this name, or null.</summary>
    public Component? FindComponent(string name) => _shared.Index.IndexOf(name) is var i and >= 0 ? _shared.Components[i] : null;

    /// <summary>The replica group with this name, or null.</summary>
    public ComponentGroup? FindGroup(string name) => _shared.Index.GroupIndexOf(name) is var i and >= 0 ? _shared.Groups[i] : null;

    /// <summary>
    /// The components a reference names: the members of a replica group, or the one component.
    /// Empty when the name is unknown.
    /// </summary>
    public IReadOnlyList<Component> Resolve(string name)
    {
        var group = _shared.Index.GroupIndexOf(name);
        if (group >= 0)
        {
            return _shared.ResolvedGroups[group] ?? Remember(ref _shared.ResolvedGroups[group], MembersOf(_shared.Groups[group]));
        }

        var i = _shared.Index.IndexOf(name);
        return i < 0 ? Array.Empty<Component>() : _shared.ResolvedComponents[i] ?? Remember(ref _shared.ResolvedComponents[i], new[] { _shared.Components[i] });
    }

    /// <summary>The relations that start from a component, in declaration order.</summary>
    public IReadOnlyList<Relation> RelationsFrom(string name) => _shared.RelationsFrom.Of(_shared.Index.IndexOf(name), name);

    /// <summary>The relations of one kind that start from a component.</summary>
    public IEnumerable<Relation> RelationsFrom(string name, RelationKind kind) =>
        RelationsFrom(name).Where(r => r.Kind == kind);

    /// <summary>The parts of a component (PSUs, fans, NICs, HBAs, controllers, disks, standby unit).</summary>
    public IReadOnlyList<Component> PartsOf(string owner) => _shared.Parts.Of(_shared.Index.IndexOf(owner), owner);

    /// <summary>
    /// The relations whose source is the component at <paramref name="index"/>, for passes that walk
    /// the model by index: what <see cref="RelationsFrom(string)"/> gives for its name when it is the
    /// first component of that name (a name stands for its first component; a later one has none).
    /// </summary>
    internal Segment<Relation> RelationsAt(int index) => new(_shared.RelationsFrom.At(index));

    /// <summary>
    /// The declared component a name stands for: a part's owner, up through nested parts
    /// (<c>lb/standby/psu-1</c> → <c>lb</c>); the name itself for a declared component or an unknown
    /// name. Every walk from a part to its declared component goes through here, so that a model
    /// whose owners loop (possible only in a model built by hand, never by the design language) is
    /// guarded once: such a name stands for itself.
    /// </summary>
    public string TopLevelOwner(string name)
    {
        var at = _shared.Index.IndexOf(name);
        return at < 0 ? name : OwnerWalk(name, at, out _);
    }

    /// <summary>
    /// The index of the component <see cref="TopLevelOwner(string)"/> names for the component at
    /// <paramref name="index"/>, or -1 when that name is no component's.
    /// </summary>
    internal int TopLevelOwnerIndex(int index)
    {
        // A duplicate name (HA001) stands for its first component, as in TopLevelOwner(string).
        var name = _shared.Components[index].Name;
        var top = OwnerWalk(name, _shared.Index.HasDuplicateNames ? _shared.Index.IndexOf(name) : index, out var found);
        return found >= 0 ? found : _shared.Index.IndexOf(top);
    }

    // The owner walk by index; found is the index of the returned name's component when the walk
    // ends on one, else -1 (an unknown owner name, or a loop: the caller looks the name up).
    private string OwnerWalk(string name, int at, out int found)
    {
        var current = name;
        HashSet<string>? seen = null;
        for (var depth = 0; _shared.Components[at].Owner is { } owner; depth++)
        {
            // The design language nests parts two deep at most; only a deeper chain can loop, so
            // only then is it worth remembering where the walk has been.
            if (depth >= ShallowOwnerDepth)
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal) { current };
                if (!seen.Add(owner))
                {
                    found = -1;
                    return name;
                }
            }

            current = owner;
            at = _shared.Index.OwnerOf[at];
            if (at < 0)
            {
                found = -1;
                return current;
            }
        }

        found = at;
        return current;
    }

    private Component[] MembersOf(ComponentGroup group)
    {
        var members = new List<Component>(group.Members.Count);
        foreach (var member in group.Members)
        {
            if (FindComponent(member) is { } component)
            {
                members.Add(component);
            }
        }

        return members.ToArray();
    }

    // Two threads may both make an answer; either is correct, and the first one kept is returned to both.
    private static Component[] Remember(ref Component[]? slot, Component[] made) =>
        Interlocked.CompareExchange(ref slot, made, null) ?? made;

    /// <summary>The parts of one kind of a component.</summary>
    public IEnumerable<Component> PartsOf(string owner, ComponentKind kind) => PartsOf(owner).Where(p => p.Kind == kind);

    // What a model builds from its components, groups and relations; the copies WithLocations and
    // WithCalls make share it (WithLocations keeps names, owners and sources in the same order).
    private sealed class Shared
    {
        public Shared(
            Component[] components, ComponentGroup[] groups, Relation[] relations, ModelIndex index,
            IndexGroups<Component> parts, IndexGroups<Relation> relationsFrom, Component[]?[] resolvedComponents, Component[]?[] resolvedGroups)
        {
            Components = components;
            Groups = groups;
            Relations = relations;
            Index = index;
            Parts = parts;
            RelationsFrom = relationsFrom;
            ResolvedComponents = resolvedComponents;
            ResolvedGroups = resolvedGroups;
        }

        public Component[] Components { get; }

        public ComponentGroup[] Groups { get; }

        public Relation[] Relations { get; }

        public ModelIndex Index { get; }

        public IndexGroups<Component> Parts { get; }

        public IndexGroups<Relation> RelationsFrom { get; }

        public Component[]?[] ResolvedComponents { get; }

        public Component[]?[] ResolvedGroups { get; }

        // Builds the groupings (and the index when none is given) from the arrays as they are.
        public static Shared From(Component[] components, ComponentGroup[] groups, Relation[] relations, ModelIndex? index)
        {
            index ??= new ModelIndex(components, groups, relations);
            return new Shared(
                components,
                groups,
                relations,
                index,
                new IndexGroups<Component>(components, index.OwnerOf, components.Length, c => c.Owner),
                new IndexGroups<Relation>(relations, index.SourceOf, components.Length, r => r.From),
                new Component[]?[components.Length],
                new Component[]?[groups.Length]);
        }
    }
}

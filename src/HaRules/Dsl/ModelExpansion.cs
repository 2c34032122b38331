using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// Turns declarations into the model: replica groups into <c>name-i</c> components, pairs into an
/// active unit and <c>name/standby</c>, PSUs, fans, NICs, HBAs, controllers and disks into parts,
/// and builder references into relations by name. What the members of one declaration share is
/// made once (<see cref="MemberTemplate"/>); a member costs its own components and relations only.
/// </summary>
internal sealed class ModelExpansion
{
    // Arrays are sized from the declarations up to this many entries; beyond, they grow as needed
    // (a design that large is refused or runs out of memory either way).
    private const int MostPresized = 1 << 24;

    private readonly CountedArray<Component> _components;
    private readonly CountedArray<Relation> _relations;

    // Per component the index of its owner, per relation that of its source: the expansion knows
    // them as it adds them, so the model's index need not look every name up again.
    private readonly CountedArray<int> _ownerOf;
    private readonly CountedArray<int> _sourceOf;

    // One bag per distinct content, shared by every declaration (and replica) that has it.
    private readonly PropertyBagPool _bags = new();

    // One relation shape per distinct set of kind, targets, location, count, passages and bag.
    private readonly RelationShapePool _shapes = new();

    // One component shape per distinct kind, location and bag.
    private readonly ComponentShapePool _componentShapes = new();

    private ModelExpansion(long components, long relations)
    {
        _components = new CountedArray<Component>(components, MostPresized);
        _ownerOf = new CountedArray<int>(components, MostPresized);
        _relations = new CountedArray<Relation>(relations, MostPresized);
        _sourceOf = new CountedArray<int>(relations, MostPresized);
    }

    /// <summary>
    /// The locations of the calls of <paramref name="declarations"/> with their columns, each found
    /// once by <paramref name="locate"/> (a location and its call's method name → the location with
    /// its column): per declaration its declaring call, then each of its relations' calls.
    /// <see cref="Expand"/> uses them in place of the declared locations.
    /// </summary>
    public static SourceLocation[] Locate(IReadOnlyList<Declaration> declarations, Func<SourceLocation, string, SourceLocation> locate)
    {
        var count = 0;
        foreach (var declaration in declarations)
        {
            count += 1 + declaration.Relations.Count;
        }

        // Calls made on one line (a design declaring in a loop) share one location object
        // (DesignBuilder.Location): each is located once, and the located location is shared too.
        var found = new Dictionary<(SourceLocation Location, string Method), SourceLocation>();
        SourceLocation LocateOnce(SourceLocation location, string method)
        {
            if (!found.TryGetValue((location, method), out var result))
            {
                found.Add((location, method), result = locate(location, method));
            }

            return result;
        }

        var located = new SourceLocation[count];
        var at = 0;
        foreach (var declaration in declarations)
        {
            // The rule of SourceColumns: a component's parts and relations stand at its declaring
            // method, a connection pool at ConnectsTo.
            var method = DeclaringMethods.Of(declaration.Kind);
            var declared = located[at++] = LocateOnce(declaration.Location, method);
            foreach (var spec in declaration.Relations)
            {
                located[at++] = spec.Kind == RelationKind.ConnectionPool ? LocateOnce(spec.Location, DeclaringMethods.ConnectionPool)
                    : ReferenceEquals(spec.Location, declaration.Location) ? declared
                    : LocateOnce(spec.Location, method);
            }
        }

        return located;
    }

    /// <summary>The model of <paramref name="declarations"/>, at the <paramref name="located"/> calls (<see cref="Locate"/>) when given.</summary>
    public static DesignModel Expand(string name, IReadOnlyList<Declaration> declarations, IReadOnlyList<DesignProblem> problems, SourceLocation[]? located = null)
    {
        var (components, relations) = Sizes(declarations);
        var expansion = new ModelExpansion(components, relations);
        var groups = new List<ComponentGroup>();
        var acceptances = new List<Acceptance>();

        var at = 0;
        foreach (var declaration in declarations)
        {
            var template = new MemberTemplate(declaration, located, at, expansion._bags);
            at += 1 + declaration.Relations.Count;
            var members = MemberNames(declaration);
            if (declaration.IsGroup)
            {
                groups.Add(new ComponentGroup(declaration.Name, declaration.Kind, members, template.Location, declaration.Replicas!.Value));
            }

            var memberAt = new int[members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                memberAt[i] = expansion.ExpandMember(declaration, template, members[i], i);
            }

            expansion.ExpandReplication(declaration, template.Location, members, memberAt);
            acceptances.AddRange(declaration.Acceptances);
        }

        return DesignModel.FromExpansion(
            name,
            expansion._components.Items(),
            groups.ToArray(),
            expansion._relations.Items(),
            acceptances.ToArray(),
            problems.ToArray(),
            expansion._ownerOf.Items(),
            expansion._sourceOf.Items());
    }

    /// <summary>An upper bound of the components <see cref="Expand"/> makes: every member with its standby and all its parts.</summary>
    public static long ComponentsUpperBound(IReadOnlyList<Declaration> declarations)
    {
        long total = 0;
        foreach (var declaration in declarations)
        {
            var members = declaration.IsGroup ? Math.Min(Math.Max(0, declaration.Replicas!.Value), Limits.MaxReplicas) : 1;
            var units = declaration.HasStandby ? 2L : 1L;
            long parts = (declaration.PowerSupplies?.Count ?? 0) * units
                + Limits.Parts(declaration.Fans) + Limits.Parts(declaration.Controllers)
                + (declaration.NicSwitches?.Count ?? 0) + (declaration.HbaSwitches?.Count ?? 0)
                + Clamp(declaration.Properties, PropertyNames.Disks) + Clamp(declaration.Properties, PropertyNames.HotSpares);
            total += members * (units + parts);
        }

        return total;
    }

    /// <summary>How many components and relations <see cref="Expand"/> makes: its arrays are made that size and handed to the model as they are.</summary>
    public static (long Components, long Relations) Sizes(IReadOnlyList<Declaration> declarations)
    {
        long components = 0;
        long relations = 0;
        foreach (var declaration in declarations)
        {
            long members = MemberCount(declaration);
            var units = declaration.HasStandby ? 2 : 1;
            var supplies = declaration.PowerSupplies?.Count ?? 0;
            var nics = declaration.NicSwitches?.Count ?? 0;
            var hbas = declaration.HbaSwitches?.Count ?? 0;
            var storage = declaration.Kind == ComponentKind.RaidGroup
                ? Clamp(declaration.Properties, PropertyNames.Disks) + Clamp(declaration.Properties, PropertyNames.HotSpares)
                : 0;
            components += members * ((units * (1L + supplies)) + Limits.Parts(declaration.Fans) + nics + hbas + Limits.Parts(declaration.Controllers) + storage);

            var links = 0;
            foreach (var spec in declaration.Relations)
            {
                links += spec.Kind == RelationKind.ConnectedTo ? units : 1;
            }

            var perMember = links + (units * Live(declaration.PowerSupplies)) + Live(declaration.NicSwitches) + Live(declaration.HbaSwitches)
                + (declaration.Racks.Count > 0 ? units : 0) + (declaration.Parent is null ? 0 : 1);
            relations += (members * perMember) + (Replicates(declaration, members) ? members : 0);
        }

        return (components, relations);
    }

    private static int MemberCount(Declaration declaration) =>
        declaration.IsGroup ? Math.Min(Math.Max(0, declaration.Replicas!.Value), Limits.MaxReplicas) : 1;

    private static string[] MemberNames(Declaration declaration)
    {
        if (!declaration.IsGroup)
        {
            return declaration.AsTarget;
        }

        var names = new string[MemberCount(declaration)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = PartNames.Replica.Of(declaration.Name, i);
        }

        return names;
    }

    // Returns the member's index among the components.
    private int ExpandMember(Declaration declaration, MemberTemplate template, string member, int index)
    {
        var location = template.Location;
        var group = declaration.IsGroup ? declaration.Name : null;
        var at = Add(new Component(member, _componentShapes.Of(declaration.Kind, location, template.MemberProperties(index)), owner: null, group: group), ModelIndex.Unknown);

        var racks = template.Racks;
        if (racks.Length > 0)
        {
            Relate(RelationKind.InRack, member, at, racks[index % racks.Length], location);
        }

        if (template.Parent is { } parent)
        {
            Relate(RelationKind.CarvedFrom, member, at, parent, location);
        }

        ExpandUnit(template, member, at);
        ExpandServerParts(declaration, template, member, at);
        ExpandStorageParts(declaration, location, member, at);

        if (declaration.HasStandby)
        {
            var standby = member + "/standby";
            var standbyAt = Add(new Component(standby, _componentShapes.Of(declaration.Kind, location, template.StandbyProperties), owner: member, group: null), at);
            if (racks.Length > 0)
            {
                Relate(RelationKind.InRack, standby, standbyAt, racks[0], location);
            }

            ExpandUnit(template, standby, standbyAt);
        }

        foreach (var relation in template.Relations)
        {
            // Links of a pair (ConnectedTo) were given to each unit by ExpandUnit.
            if (relation.Kind != RelationKind.ConnectedTo)
            {
                Relate(new Relation(member, _shapes.Of(relation.Kind, relation.Targets, relation.Location, relation.Count, relation.Via, relation.Properties)), at);
            }
        }

        return at;
    }

    /// <summary>The power supplies and links of one unit (a component, or the standby of a pair).</summary>
    private void ExpandUnit(MemberTemplate template, string unit, int unitAt)
    {
        var location = template.Location;
        if (template.Supplies is { } supplies)
        {
            for (var i = 0; i < supplies.Length; i++)
            {
                var psu = PartNames.Psu.Of(unit, i);
                var psuAt = Add(Part(psu, ComponentKind.PowerSupply, location, unit), unitAt);
                if (supplies[i] is { } source)
                {
                    Relate(RelationKind.PoweredBy, psu, psuAt, source, location);
                }
            }
        }

        foreach (var relation in template.Relations)
        {
            if (relation.Kind == RelationKind.ConnectedTo)
            {
                Relate(new Relation(unit, _shapes.Of(RelationKind.ConnectedTo, relation.Targets, relation.Location, relation.Count, Array.Empty<string>(), PropertyBag.Empty)), unitAt);
            }
        }
    }

    private void ExpandServerParts(Declaration declaration, MemberTemplate template, string member, int memberAt)
    {
        var location = template.Location;
        for (var i = 0; i < Limits.Parts(declaration.Fans); i++)
        {
            Add(Part(PartNames.Fan.Of(member, i), ComponentKind.Fan, location, member), memberAt);
        }

        AddCabledParts(member, memberAt, PartNames.Nic, ComponentKind.Nic, template.Nics, location);
        AddCabledParts(member, memberAt, PartNames.Hba, ComponentKind.Hba, template.Hbas, location);

        for (var i = 0; i < Limits.Parts(declaration.Controllers); i++)
        {
            Add(Part(PartNames.Controller.Of(member, i), ComponentKind.Controller, location, member), memberAt);
        }
    }

    private void AddCabledParts(string member, int memberAt, PartNames names, ComponentKind kind, string[]?[]? switches, SourceLocation location)
    {
        if (switches is null)
        {
            return;
        }

        for (var i = 0; i < switches.Length; i++)
        {
            var part = names.Of(member, i);
            var partAt = Add(Part(part, kind, location, member), memberAt);
            if (switches[i] is { } target)
            {
                Relate(RelationKind.CabledTo, part, partAt, target, location);
            }
        }
    }

    private void ExpandStorageParts(Declaration declaration, SourceLocation location, string member, int memberAt)
    {
        if (declaration.Kind != ComponentKind.RaidGroup)
        {
            return;
        }

        var disks = Clamp(declaration.Properties, PropertyNames.Disks);
        for (var i = 0; i < disks; i++)
        {
            Add(Part(PartNames.Disk.Of(member, i), ComponentKind.Disk, location, member), memberAt);
        }

        var spares = Clamp(declaration.Properties, PropertyNames.HotSpares);
        for (var i = 0; i < spares; i++)
        {
            Add(Part(PartNames.Spare.Of(member, i), ComponentKind.HotSpare, location, member), memberAt);
        }
    }

    /// <summary>
    /// With <see cref="SessionReplication.PrimaryBackup"/>, each replica's sessions go to the next
    /// replica in another rack where one exists, else to the next replica in order.
    /// </summary>
    private void ExpandReplication(Declaration declaration, SourceLocation location, string[] members, int[] memberAt)
    {
        if (!Replicates(declaration, members.Length))
        {
            return;
        }

        string? RackOf(int i) => declaration.Racks.Count == 0 ? null : declaration.Racks[i % declaration.Racks.Count].Name;

        for (var i = 0; i < members.Length; i++)
        {
            var target = (i + 1) % members.Length;
            var rack = RackOf(i);
            for (var step = 1; step < members.Length && rack is not null; step++)
            {
                var j = (i + step) % members.Length;
                if (RackOf(j) is { } other && other != rack)
                {
                    target = j;
                    break;
                }
            }

            // A target of its own: the shape is this relation's alone, so it is not pooled.
            Relate(new Relation(RelationKind.ReplicatesTo, members[i], new[] { members[target] }, location, null, Array.Empty<string>(), PropertyBag.Empty), memberAt[i]);
        }
    }

    private static bool Replicates(Declaration declaration, long members) =>
        members >= 2
        && declaration.Properties.TryGetValue(PropertyNames.SessionReplication, out var mode)
        && mode.AsText() == nameof(SessionReplication.PrimaryBackup);

    // A part: no properties, no group, the shape of every part of its kind from its declaring line.
    private Component Part(string name, ComponentKind kind, SourceLocation location, string owner) =>
        new(name, _componentShapes.Of(kind, location, PropertyBag.Empty), owner, group: null);

    private int Add(Component component, int ownerAt)
    {
        _ownerOf.Add(ownerAt);
        return _components.Add(component);
    }

    private void Relate(Relation relation, int sourceAt)
    {
        _relations.Add(relation);
        _sourceOf.Add(sourceAt);
    }

    // A relation with one target array (shared among members), no count, no passage, no properties.
    private void Relate(RelationKind kind, string from, int fromAt, string[] target, SourceLocation location) =>
        Relate(new Relation(from, _shapes.Of(kind, target, location, null, Array.Empty<string>(), PropertyBag.Empty)), fromAt);

    private static int Live(List<Declaration?>? references)
    {
        var live = 0;
        if (references is not null)
        {
            foreach (var reference in references)
            {
                live += reference is null ? 0 : 1;
            }
        }

        return live;
    }

    private static int Clamp(Dictionary<string, PropertyValue> properties, string key) =>
        properties.TryGetValue(key, out var value) ? Limits.Parts(value.AsInteger()) : 0;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// Turns declarations into the model: replica groups into <c>name-i</c> components, pairs into an
/// active unit and <c>name/standby</c>, PSUs, fans, NICs, HBAs, controllers and disks into parts,
/// and builder references into relations by name.
/// </summary>
internal static class ModelExpansion
{
    private static readonly string[] FailureDataProperties =
    {
        PropertyNames.Availability, PropertyNames.MtbfSeconds, PropertyNames.MttrSeconds,
    };

    /// <summary>
    /// The model of <paramref name="declarations"/>. With <paramref name="locate"/> (a location and
    /// the call's method name → that location with its column), every location is given its column
    /// as it is made: once per declaring call, shared by all the components and relations it makes.
    /// </summary>
    public static DesignModel Expand(
        string name, IReadOnlyList<Declaration> declarations, IReadOnlyList<DesignProblem> problems, Func<SourceLocation, string, SourceLocation>? locate = null)
    {
        var components = new List<Component>();
        var groups = new List<ComponentGroup>();
        var relations = new List<Relation>();
        var acceptances = new List<Acceptance>();

        foreach (var declaration in declarations)
        {
            var members = MemberNames(declaration);
            var at = new Places(declaration, locate);
            if (declaration.IsGroup)
            {
                groups.Add(new ComponentGroup(declaration.Name, declaration.Kind, members, at.Declared, declaration.Replicas!.Value));
            }

            for (var i = 0; i < members.Count; i++)
            {
                ExpandMember(declaration, at, members[i], i, components, relations);
            }

            ExpandReplication(declaration, at.Declared, members, relations);
            acceptances.AddRange(declaration.Acceptances);
        }

        return new DesignModel(name, components, groups, relations, acceptances, problems);
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

    private static IReadOnlyList<string> MemberNames(Declaration declaration)
    {
        if (!declaration.IsGroup)
        {
            return new[] { declaration.Name };
        }

        var count = Math.Min(Math.Max(0, declaration.Replicas!.Value), Limits.MaxReplicas);
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = declaration.Name + "-" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        return names;
    }

    private static void ExpandMember(Declaration declaration, Places at, string member, int index, List<Component> components, List<Relation> relations)
    {
        var location = at.Declared;
        var properties = new Dictionary<string, PropertyValue>(declaration.Properties, StringComparer.Ordinal);
        if (declaration.IsGroup)
        {
            properties[PropertyNames.ReplicaIndex] = PropertyValue.FromInteger(index + 1);
        }

        var group = declaration.IsGroup ? declaration.Name : null;
        components.Add(new Component(member, declaration.Kind, location, PropertyBag.From(properties), owner: null, group: group));

        if (declaration.Racks.Count > 0)
        {
            var rack = declaration.Racks[index % declaration.Racks.Count];
            relations.Add(new Relation(RelationKind.InRack, member, new[] { rack.Name }, location));
        }

        if (declaration.Parent is { } parent)
        {
            relations.Add(new Relation(RelationKind.CarvedFrom, member, new[] { parent.Name }, location));
        }

        ExpandUnit(declaration, at, member, components, relations);
        ExpandServerParts(declaration, location, member, components, relations);
        ExpandStorageParts(declaration, location, member, components);

        if (declaration.HasStandby)
        {
            var standby = member + "/standby";
            var standbyProperties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal)
            {
                [PropertyNames.Role] = PropertyValue.FromText("standby"),
            };
            foreach (var key in FailureDataProperties)
            {
                if (declaration.Properties.TryGetValue(key, out var value))
                {
                    standbyProperties[key] = value;
                }
            }

            components.Add(new Component(standby, declaration.Kind, location, PropertyBag.From(standbyProperties), owner: member));
            if (declaration.Racks.Count > 0)
            {
                relations.Add(new Relation(RelationKind.InRack, standby, new[] { declaration.Racks[0].Name }, location));
            }

            ExpandUnit(declaration, at, standby, components, relations);
        }

        for (var i = 0; i < declaration.Relations.Count; i++)
        {
            // Links of a pair (ConnectedTo) were given to each unit by ExpandUnit.
            var spec = declaration.Relations[i];
            if (spec.Kind == RelationKind.ConnectedTo)
            {
                continue;
            }

            relations.Add(new Relation(
                spec.Kind,
                member,
                spec.Targets.Select(d => d.Name),
                at.Relations[i],
                spec.Count,
                spec.Via.Select(d => d.Name),
                PropertyBag.From(spec.Properties)));
        }
    }

    /// <summary>The power supplies and links of one unit (a component, or the standby of a pair).</summary>
    private static void ExpandUnit(Declaration declaration, Places at, string unit, List<Component> components, List<Relation> relations)
    {
        var location = at.Declared;
        if (declaration.PowerSupplies is { } supplies)
        {
            for (var i = 0; i < supplies.Count; i++)
            {
                var psu = Part(unit, "psu", i);
                components.Add(new Component(psu, ComponentKind.PowerSupply, location, owner: unit));
                if (supplies[i] is { } source)
                {
                    relations.Add(new Relation(RelationKind.PoweredBy, psu, new[] { source.Name }, location));
                }
            }
        }

        for (var i = 0; i < declaration.Relations.Count; i++)
        {
            var spec = declaration.Relations[i];
            if (spec.Kind == RelationKind.ConnectedTo)
            {
                relations.Add(new Relation(RelationKind.ConnectedTo, unit, spec.Targets.Select(d => d.Name), at.Relations[i], spec.Count));
            }
        }
    }

    private static void ExpandServerParts(Declaration declaration, SourceLocation location, string member, List<Component> components, List<Relation> relations)
    {
        for (var i = 0; i < Limits.Parts(declaration.Fans); i++)
        {
            components.Add(new Component(Part(member, "fan", i), ComponentKind.Fan, location, owner: member));
        }

        AddCabledParts(member, "nic", ComponentKind.Nic, declaration.NicSwitches, location, components, relations);
        AddCabledParts(member, "hba", ComponentKind.Hba, declaration.HbaSwitches, location, components, relations);

        for (var i = 0; i < Limits.Parts(declaration.Controllers); i++)
        {
            components.Add(new Component(Part(member, "controller", i), ComponentKind.Controller, location, owner: member));
        }
    }

    private static void AddCabledParts(
        string member, string prefix, ComponentKind kind, List<Declaration?>? switches, SourceLocation location, List<Component> components, List<Relation> relations)
    {
        if (switches is null)
        {
            return;
        }

        for (var i = 0; i < switches.Count; i++)
        {
            var part = Part(member, prefix, i);
            components.Add(new Component(part, kind, location, owner: member));
            if (switches[i] is { } target)
            {
                relations.Add(new Relation(RelationKind.CabledTo, part, new[] { target.Name }, location));
            }
        }
    }

    private static void ExpandStorageParts(Declaration declaration, SourceLocation location, string member, List<Component> components)
    {
        if (declaration.Kind != ComponentKind.RaidGroup)
        {
            return;
        }

        var disks = Clamp(declaration.Properties, PropertyNames.Disks);
        for (var i = 0; i < disks; i++)
        {
            components.Add(new Component(Part(member, "disk", i), ComponentKind.Disk, location, owner: member));
        }

        var spares = Clamp(declaration.Properties, PropertyNames.HotSpares);
        for (var i = 0; i < spares; i++)
        {
            components.Add(new Component(Part(member, "spare", i), ComponentKind.HotSpare, location, owner: member));
        }
    }

    /// <summary>
    /// With <see cref="SessionReplication.PrimaryBackup"/>, each replica's sessions go to the next
    /// replica in another rack where one exists, else to the next replica in order.
    /// </summary>
    private static void ExpandReplication(Declaration declaration, SourceLocation location, IReadOnlyList<string> members, List<Relation> relations)
    {
        if (members.Count < 2
            || !declaration.Properties.TryGetValue(PropertyNames.SessionReplication, out var mode)
            || mode.AsText() != nameof(SessionReplication.PrimaryBackup))
        {
            return;
        }

        string? RackOf(int i) => declaration.Racks.Count == 0 ? null : declaration.Racks[i % declaration.Racks.Count].Name;

        for (var i = 0; i < members.Count; i++)
        {
            var target = (i + 1) % members.Count;
            var rack = RackOf(i);
            for (var step = 1; step < members.Count && rack is not null; step++)
            {
                var j = (i + step) % members.Count;
                if (RackOf(j) is { } other && other != rack)
                {
                    target = j;
                    break;
                }
            }

            relations.Add(new Relation(RelationKind.ReplicatesTo, members[i], new[] { members[target] }, location));
        }
    }

    /// <summary>
    /// Where one declaration's components and relations stand. With a locator, each call's column
    /// is found here once (every member and part of the declaration shares its location object),
    /// by the rule of <c>SourceColumns</c>: the declaring method of the component's kind, or
    /// <c>ConnectsTo</c> for a connection pool.
    /// </summary>
    private sealed class Places
    {
        public Places(Declaration declaration, Func<SourceLocation, string, SourceLocation>? locate)
        {
            var method = DeclaringMethods.Of(declaration.Kind);
            Declared = locate is null ? declaration.Location : locate(declaration.Location, method);
            Relations = new SourceLocation[declaration.Relations.Count];
            for (var i = 0; i < Relations.Length; i++)
            {
                var spec = declaration.Relations[i];
                Relations[i] = locate is null ? spec.Location
                    : spec.Kind == RelationKind.ConnectionPool ? locate(spec.Location, DeclaringMethods.ConnectionPool)
                    : ReferenceEquals(spec.Location, declaration.Location) ? Declared
                    : locate(spec.Location, method);
            }
        }

        /// <summary>The location of the declaring call: its components, parts and their own relations.</summary>
        public SourceLocation Declared { get; }

        /// <summary>The location of each of the declaration's relations (same order).</summary>
        public SourceLocation[] Relations { get; }
    }

    private static string Part(string owner, string prefix, int index) =>
        owner + "/" + prefix + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static int Clamp(Dictionary<string, PropertyValue> properties, string key) =>
        properties.TryGetValue(key, out var value) ? Limits.Parts(value.AsInteger()) : 0;
}

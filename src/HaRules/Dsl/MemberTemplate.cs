using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// What the members of one declaration have in common, made once per declaration rather than once
/// per member or part: where its calls stand, its properties, its standby's properties, and the
/// targets and properties of its relations. Nothing writes to the model's arrays and bags, so the
/// components and relations of every member share them; bags are shared among declarations too
/// (<see cref="PropertyBagPool"/>).
/// </summary>
internal sealed class MemberTemplate
{
    private static readonly string[] FailureDataProperties =
    {
        PropertyNames.Availability, PropertyNames.MtbfSeconds, PropertyNames.MttrSeconds,
    };

    // The position of the replica index among a group's properties (its members differ only
    // there), or -1 for a single component, whose bag is used as it is.
    private readonly int _replicaAt;
    private readonly PropertyBagPool _bags;

    /// <summary>Makes the template of <paramref name="declaration"/>.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="located">Located calls (<see cref="ModelExpansion.Locate"/>), or null for the declared locations.</param>
    /// <param name="at">Where this declaration's calls start in <paramref name="located"/>.</param>
    /// <param name="bags">The expansion's bags, shared with every declaration.</param>
    public MemberTemplate(Declaration declaration, SourceLocation[]? located, int at, PropertyBagPool bags)
    {
        _bags = bags;
        Location = located?[at] ?? declaration.Location;
        var specs = declaration.Relations;
        Relations = new RelationTemplate[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            Relations[i] = new RelationTemplate(specs[i], located?[at + 1 + i] ?? specs[i].Location, bags);
        }

        if (declaration.IsGroup)
        {
            var properties = new Dictionary<string, PropertyValue>(declaration.Properties, StringComparer.Ordinal)
            {
                [PropertyNames.ReplicaIndex] = PropertyValue.FromInteger(0),
            };
            Properties = bags.Share(PropertyBag.FromDistinct(properties));
            _replicaAt = Properties.PositionOf(PropertyNames.ReplicaIndex);
        }
        else
        {
            Properties = bags.Share(PropertyBag.FromDistinct(declaration.Properties));
            _replicaAt = -1;
        }

        StandbyProperties = declaration.HasStandby ? bags.Share(StandbyBag(declaration)) : PropertyBag.Empty;
        Racks = new string[declaration.Racks.Count][];
        for (var i = 0; i < Racks.Length; i++)
        {
            Racks[i] = declaration.Racks[i].AsTarget;
        }

        Parent = declaration.Parent?.AsTarget;
        Supplies = Targets(declaration.PowerSupplies);
        Nics = Targets(declaration.NicSwitches);
        Hbas = Targets(declaration.HbaSwitches);
    }

    /// <summary>Where the declaring call stands: its components, parts and their own relations.</summary>
    public SourceLocation Location { get; }

    /// <summary>The declared properties (with a placeholder replica index for a group).</summary>
    public PropertyBag Properties { get; }

    /// <summary>The standby unit's properties: its role and the declaration's failure data.</summary>
    public PropertyBag StandbyProperties { get; }

    /// <summary>The relations as declared, with their shared targets.</summary>
    public RelationTemplate[] Relations { get; }

    /// <summary>One single-name target array per rack (its <see cref="Declaration.AsTarget"/>).</summary>
    public string[][] Racks { get; }

    /// <summary>The target of <c>CarvedFrom</c>, or null.</summary>
    public string[]? Parent { get; }

    /// <summary>Per power supply its source as a target (null for an invalid reference); null without supplies.</summary>
    public string[]?[]? Supplies { get; }

    /// <summary>Per NIC its switch as a target, as <see cref="Supplies"/>.</summary>
    public string[]?[]? Nics { get; }

    /// <summary>Per HBA its SAN switch as a target, as <see cref="Supplies"/>.</summary>
    public string[]?[]? Hbas { get; }

    /// <summary>The properties of the member at 0-based <paramref name="index"/> (with its replica index in a group).</summary>
    public PropertyBag MemberProperties(int index) =>
        _replicaAt < 0 ? Properties : _bags.Replica(Properties, _replicaAt, index);

    private static PropertyBag StandbyBag(Declaration declaration)
    {
        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal)
        {
            [PropertyNames.Role] = PropertyValue.FromText("standby"),
        };
        foreach (var key in FailureDataProperties)
        {
            if (declaration.Properties.TryGetValue(key, out var value))
            {
                properties[key] = value;
            }
        }

        return PropertyBag.FromDistinct(properties);
    }

    private static string[]?[]? Targets(List<Declaration?>? references)
    {
        if (references is null)
        {
            return null;
        }

        var targets = new string[]?[references.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = references[i]?.AsTarget;
        }

        return targets;
    }
}

/// <summary>A declared relation with its targets, passages and properties made once for every member.</summary>
internal sealed class RelationTemplate
{
    public RelationTemplate(RelationSpec spec, SourceLocation location, PropertyBagPool bags)
    {
        Kind = spec.Kind;
        Count = spec.Count;
        Location = location;
        Targets = Names(spec.Targets);
        Via = Names(spec.Via);
        Properties = spec.Properties is null ? PropertyBag.Empty : bags.Share(PropertyBag.FromDistinct(spec.Properties));
    }

    public RelationKind Kind { get; }

    public int? Count { get; }

    public SourceLocation Location { get; }

    public string[] Targets { get; }

    public string[] Via { get; }

    public PropertyBag Properties { get; }

    private static string[] Names(IReadOnlyList<Declaration> declarations)
    {
        if (declarations.Count <= 1)
        {
            return declarations.Count == 0 ? Array.Empty<string>() : declarations[0].AsTarget;
        }

        var names = new string[declarations.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = declarations[i].Name;
        }

        return names;
    }
}

using System;

namespace HaRules.Model;

/// <summary>
/// One component of a design: a declared component (a replica of a group is one component), or a
/// part of one (a PSU, fan, NIC, HBA, controller, disk, or the standby unit of a pair), which has
/// an <see cref="Owner"/> and a name of the form <c>owner/part</c>.
/// </summary>
public sealed class Component : IEquatable<Component>
{
    // Kind, location and properties, shared among alike components (see ComponentShape).
    private readonly ComponentShape _shape;

    /// <summary>Creates a component.</summary>
    public Component(string name, ComponentKind kind, SourceLocation location, PropertyBag? properties = null, string? owner = null, string? group = null)
        : this(name ?? string.Empty, new ComponentShape(kind, location ?? SourceLocation.None, properties ?? PropertyBag.Empty), owner, group)
    {
    }

    /// <summary>A component of a shape shared with other components.</summary>
    internal Component(string name, ComponentShape shape, string? owner, string? group)
    {
        Name = name;
        _shape = shape;
        Owner = owner;
        Group = group;
    }

    /// <summary>This component at another location; itself when the location is the same object.</summary>
    internal Component WithLocation(SourceLocation location) =>
        ReferenceEquals(location, Location) ? this : new Component(Name, Kind, location, Properties, Owner, Group);

    /// <summary>The shape this component shares with alike components.</summary>
    internal ComponentShape Shape => _shape;

    /// <summary>The unique name (<c>web-1</c>, <c>web-1/psu-2</c>, <c>lb/standby</c>).</summary>
    public string Name { get; }

    /// <summary>What the component is.</summary>
    public ComponentKind Kind => _shape.Kind;

    /// <summary>Where the <c>Add…</c> call that declared it (or its owner) stands.</summary>
    public SourceLocation Location => _shape.Location;

    /// <summary>The facts the design declared about it.</summary>
    public PropertyBag Properties => _shape.Properties;

    /// <summary>The component this is a part of, or null for a declared component.</summary>
    public string? Owner { get; }

    /// <summary>The replica group this component belongs to, or null.</summary>
    public string? Group { get; }

    /// <summary>True for parts (PSUs, NICs, disks, standby units…), which have an owner.</summary>
    public bool IsPart => Owner is not null;

    /// <inheritdoc />
    public bool Equals(Component? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Kind == other.Kind
        && Location.Equals(other.Location)
        && Properties.Equals(other.Properties)
        && string.Equals(Owner, other.Owner, StringComparison.Ordinal)
        && string.Equals(Group, other.Group, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Component);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Name}";
}

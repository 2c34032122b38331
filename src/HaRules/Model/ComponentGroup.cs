using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Model;

/// <summary>
/// A replica group: <c>AddServer("web", replicas: 4)</c> declares the group <c>web</c> with the
/// members <c>web-1 … web-4</c>. A relation that targets the group's name means "its members".
/// </summary>
public sealed class ComponentGroup : IEquatable<ComponentGroup>
{
    /// <summary>Creates a group.</summary>
    public ComponentGroup(string name, ComponentKind kind, IEnumerable<string> members, SourceLocation location, int declaredCount)
    {
        DeclaredCount = declaredCount;
        Name = name ?? string.Empty;
        Kind = kind;
        Members = (members ?? Enumerable.Empty<string>()).ToArray();
        Location = location ?? SourceLocation.None;
    }

    // Shares the member array of a group that is only moved (see WithLocation).
    private ComponentGroup(ComponentGroup group, SourceLocation location)
    {
        DeclaredCount = group.DeclaredCount;
        Name = group.Name;
        Kind = group.Kind;
        Members = group.Members;
        Location = location;
    }

    /// <summary>This group at another location; itself when the location is the same object.</summary>
    internal ComponentGroup WithLocation(SourceLocation location) =>
        ReferenceEquals(location, Location) ? this : new ComponentGroup(this, location);

    /// <summary>The group's declared name.</summary>
    public string Name { get; }

    /// <summary>The kind of its members.</summary>
    public ComponentKind Kind { get; }

    /// <summary>The member names, in replica order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The replica count as declared (kept when it is invalid, so HA003 can quote it).</summary>
    public int DeclaredCount { get; }

    /// <summary>Where the declaring call stands.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc />
    public bool Equals(ComponentGroup? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Kind == other.Kind
        && DeclaredCount == other.DeclaredCount
        && Members.SequenceEqual(other.Members, StringComparer.Ordinal)
        && Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComponentGroup);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}

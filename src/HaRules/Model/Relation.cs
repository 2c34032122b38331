using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Model;

/// <summary>
/// A relation from one component to others: "<see cref="From"/> [<see cref="Kind"/>]
/// <see cref="Targets"/>". Targets are component or replica-group names. For
/// <see cref="RelationKind.DependsOn"/>, <see cref="Count"/> says how many targets are needed.
/// </summary>
public sealed class Relation : IEquatable<Relation>
{
    /// <summary>Creates a relation.</summary>
    public Relation(
        RelationKind kind,
        string from,
        IEnumerable<string> targets,
        SourceLocation location,
        int? count = null,
        IEnumerable<string>? via = null,
        PropertyBag? properties = null)
    {
        Kind = kind;
        From = from ?? string.Empty;
        Targets = (targets ?? Enumerable.Empty<string>()).ToArray();
        Location = location ?? SourceLocation.None;
        Count = count;
        Via = (via ?? Enumerable.Empty<string>()).ToArray();
        Properties = properties ?? PropertyBag.Empty;
    }

    // Takes the arrays as they are: the design language makes them for this relation (or shares
    // one among relations, which is safe because nothing writes to them) and keeps no other use.
    internal Relation(RelationKind kind, string from, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
    {
        Kind = kind;
        From = from;
        Targets = targets;
        Location = location;
        Count = count;
        Via = via;
        Properties = properties;
    }

    /// <summary>This relation at another location (sharing its targets); itself when the location is the same object.</summary>
    internal Relation WithLocation(SourceLocation location) =>
        ReferenceEquals(location, Location) ? this : new Relation(Kind, From, (string[])Targets, location, Count, (string[])Via, Properties);

    /// <summary>What the relation means.</summary>
    public RelationKind Kind { get; }

    /// <summary>The component the relation starts from.</summary>
    public string From { get; }

    /// <summary>The components (or replica groups) it points to, in declaration order.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>How many targets are needed (dependencies only); null means all.</summary>
    public int? Count { get; }

    /// <summary>Components the relation passes through (the firewalls of a connection pool).</summary>
    public IReadOnlyList<string> Via { get; }

    /// <summary>Facts declared on the relation (pool sizes and timeouts).</summary>
    public PropertyBag Properties { get; }

    /// <summary>Where the call that declared it stands (its component's call when the API gives no other).</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc />
    public bool Equals(Relation? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(From, other.From, StringComparison.Ordinal)
        && Targets.SequenceEqual(other.Targets, StringComparer.Ordinal)
        && Count == other.Count
        && Via.SequenceEqual(other.Via, StringComparer.Ordinal)
        && Properties.Equals(other.Properties)
        && Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Relation);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(From) ^ (int)Kind;

    /// <inheritdoc />
    public override string ToString() => $"{From} {Kind} {string.Join(", ", Targets)}";
}

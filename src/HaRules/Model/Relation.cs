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
    // Everything but the source, shared among alike relations (see RelationShape).
    private readonly RelationShape _shape;

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
        From = from ?? string.Empty;
        _shape = new RelationShape(
            kind,
            (targets ?? Enumerable.Empty<string>()).ToArray(),
            location ?? SourceLocation.None,
            count,
            (via ?? Enumerable.Empty<string>()).ToArray(),
            properties ?? PropertyBag.Empty);
    }

    // Takes the arrays as they are: the design language makes them for this relation (or shares
    // one among relations, which is safe because nothing writes to them) and keeps no other use.
    internal Relation(RelationKind kind, string from, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
        : this(from, new RelationShape(kind, targets, location, count, via, properties))
    {
    }

    /// <summary>A relation from <paramref name="from"/> of a shape shared with other relations.</summary>
    internal Relation(string from, RelationShape shape)
    {
        From = from;
        _shape = shape;
    }

    /// <summary>This relation at another location (sharing its targets); itself when the location is the same object.</summary>
    internal Relation WithLocation(SourceLocation location) =>
        ReferenceEquals(location, Location) ? this : new Relation(From, _shape.At(location));

    /// <summary>The shape this relation shares with alike relations.</summary>
    internal RelationShape Shape => _shape;

    /// <summary>What the relation means.</summary>
    public RelationKind Kind => _shape.Kind;

    /// <summary>The component the relation starts from.</summary>
    public string From { get; }

    /// <summary>The components (or replica groups) it points to, in declaration order.</summary>
    public IReadOnlyList<string> Targets => _shape.Targets;

    /// <summary>How many targets are needed (dependencies only); null means all.</summary>
    public int? Count => _shape.Count;

    /// <summary>Components the relation passes through (the firewalls of a connection pool).</summary>
    public IReadOnlyList<string> Via => _shape.Via;

    /// <summary>Facts declared on the relation (pool sizes and timeouts).</summary>
    public PropertyBag Properties => _shape.Properties;

    /// <summary>Where the call that declared it stands (its component's call when the API gives no other).</summary>
    public SourceLocation Location => _shape.Location;

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

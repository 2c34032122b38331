using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// The relation shapes of one expansion (<see cref="RelationShape"/>), one per distinct set of
/// objects: the relations of every member, part and alike declaration share them. The expansion
/// shares target arrays, bags and locations already, so alike relations are found by those
/// objects' identities, without comparing names; objects merely equal are kept apart, which costs
/// sharing, never meaning.
/// </summary>
internal sealed class RelationShapePool
{
    private readonly Dictionary<Key, RelationShape> _shapes = new();

    /// <summary>The shared shape made of these objects.</summary>
    public RelationShape Of(RelationKind kind, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
    {
        var key = new Key(kind, targets, location, count, via, properties);
        if (!_shapes.TryGetValue(key, out var shape))
        {
            _shapes.Add(key, shape = new RelationShape(kind, targets, location, count, via, properties));
        }

        return shape;
    }

    // A shape's objects, compared by identity.
    private readonly struct Key : IEquatable<Key>
    {
        private readonly RelationKind _kind;
        private readonly string[] _targets;
        private readonly SourceLocation _location;
        private readonly int? _count;
        private readonly string[] _via;
        private readonly PropertyBag _properties;

        public Key(RelationKind kind, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
        {
            _kind = kind;
            _targets = targets;
            _location = location;
            _count = count;
            _via = via;
            _properties = properties;
        }

        public bool Equals(Key other) =>
            _kind == other._kind && ReferenceEquals(_targets, other._targets) && ReferenceEquals(_location, other._location)
            && _count == other._count && ReferenceEquals(_via, other._via) && ReferenceEquals(_properties, other._properties);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() =>
            (((((((((int)_kind * 397) ^ RuntimeHelpers.GetHashCode(_targets)) * 397) ^ RuntimeHelpers.GetHashCode(_location)) * 397)
                ^ (_count ?? -1)) * 397) ^ RuntimeHelpers.GetHashCode(_via)) * 397
            ^ RuntimeHelpers.GetHashCode(_properties);
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// The component shapes of one expansion (<see cref="ComponentShape"/>), one per distinct kind,
/// location and bag: every part expanded from one line, and every alike declaration, shares one.
/// The expansion shares bags and locations already, so they are compared by identity; objects
/// merely equal are kept apart, which costs sharing, never meaning.
/// </summary>
internal sealed class ComponentShapePool
{
    private readonly Dictionary<Key, ComponentShape> _shapes = new();

    // Consecutive parts of one unit mostly have the same shape: found without hashing.
    private ComponentShape? _last;

    /// <summary>The shared shape made of these objects.</summary>
    public ComponentShape Of(ComponentKind kind, SourceLocation location, PropertyBag properties)
    {
        location ??= SourceLocation.None;
        if (_last is { } last && last.Kind == kind && ReferenceEquals(last.Location, location) && ReferenceEquals(last.Properties, properties))
        {
            return last;
        }

        var key = new Key(kind, location, properties);
        if (!_shapes.TryGetValue(key, out var shape))
        {
            _shapes.Add(key, shape = new ComponentShape(kind, location, properties));
        }

        return _last = shape;
    }

    // A shape's objects, compared by identity.
    private readonly struct Key : IEquatable<Key>
    {
        private readonly ComponentKind _kind;
        private readonly SourceLocation _location;
        private readonly PropertyBag _properties;

        public Key(ComponentKind kind, SourceLocation location, PropertyBag properties)
        {
            _kind = kind;
            _location = location;
            _properties = properties;
        }

        public bool Equals(Key other) =>
            _kind == other._kind && ReferenceEquals(_location, other._location) && ReferenceEquals(_properties, other._properties);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() =>
            (((((int)_kind * 397) ^ RuntimeHelpers.GetHashCode(_location)) * 397) ^ RuntimeHelpers.GetHashCode(_properties));
    }
}

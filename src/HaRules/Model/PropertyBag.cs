using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// The declared properties of a component or relation, read-only and enumerated in ordinal key
/// order so that every rendering of the model is deterministic.
/// </summary>
public sealed class PropertyBag : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyBag>
{
    /// <summary>A bag with no properties.</summary>
    public static readonly PropertyBag Empty = new(new SortedDictionary<string, PropertyValue>(StringComparer.Ordinal));

    private readonly SortedDictionary<string, PropertyValue> _values;

    private PropertyBag(SortedDictionary<string, PropertyValue> values) => _values = values;

    /// <summary>Copies the given properties into a new bag.</summary>
    public static PropertyBag From(IEnumerable<KeyValuePair<string, PropertyValue>> values)
    {
        var copy = new SortedDictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var pair in values)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy.Count == 0 ? Empty : new PropertyBag(copy);
    }

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<PropertyValue> Values => _values.Values;

    /// <inheritdoc />
    public PropertyValue this[string key] => _values[key];

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out PropertyValue value) => _values.TryGetValue(key, out value!);

    /// <summary>A whole-number property, or null when it is not declared.</summary>
    public long? GetInteger(string key) => _values.TryGetValue(key, out var v) ? v.AsInteger() : null;

    /// <summary>A real-number property, or null when it is not declared.</summary>
    public double? GetNumber(string key) => _values.TryGetValue(key, out var v) ? v.AsNumber() : null;

    /// <summary>A text property, or null when it is not declared.</summary>
    public string? GetText(string key) => _values.TryGetValue(key, out var v) ? v.AsText() : null;

    /// <summary>A flag, or null when it is not declared.</summary>
    public bool? GetBoolean(string key) => _values.TryGetValue(key, out var v) ? v.AsBoolean() : null;

    /// <summary>A duration stored in seconds, or null when it is not declared.</summary>
    public TimeSpan? GetDuration(string key)
    {
        var seconds = GetNumber(key);
        if (seconds is null || double.IsNaN(seconds.Value) || double.IsInfinity(seconds.Value)
            || Math.Abs(seconds.Value) > TimeSpan.MaxValue.TotalSeconds)
        {
            return null;
        }

        return TimeSpan.FromTicks((long)(seconds.Value * TimeSpan.TicksPerSecond));
    }

    /// <summary>An enum stored by member name, or null when it is not declared or not a member.</summary>
    public TEnum? GetEnum<TEnum>(string key)
        where TEnum : struct
    {
        var text = GetText(key);
        return text is not null && Enum.TryParse<TEnum>(text, out var value) ? value : null;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(PropertyBag? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in _values)
        {
            if (!other._values.TryGetValue(pair.Key, out var value) || !value.Equals(pair.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyBag);

    /// <inheritdoc />
    public override int GetHashCode() => Count;
}

using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// The declared properties of a component or relation, read-only and enumerated in ordinal key
/// order so that every rendering of the model is deterministic. Held as one array sorted by key
/// (a component has a handful of properties and a model hundreds of thousands of components: a
/// tree per component would cost more than the facts it holds).
/// </summary>
public sealed class PropertyBag : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyBag>
{
    /// <summary>A bag with no properties.</summary>
    public static readonly PropertyBag Empty = new(Array.Empty<string>(), Array.Empty<PropertyValue>());

    private readonly string[] _keys;
    private readonly PropertyValue[] _values;

    private PropertyBag(string[] keys, PropertyValue[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>Copies the given properties into a new bag.</summary>
    public static PropertyBag From(IEnumerable<KeyValuePair<string, PropertyValue>> values)
    {
        // A later value for the same key replaces the earlier one, as an indexer would.
        var keys = new List<string>();
        var found = new List<PropertyValue>();
        foreach (var pair in values)
        {
            if (pair.Key is null)
            {
                throw new ArgumentNullException(nameof(values), "a property has no name");
            }

            var at = keys.IndexOf(pair.Key);
            if (at >= 0)
            {
                found[at] = pair.Value;
            }
            else
            {
                keys.Add(pair.Key);
                found.Add(pair.Value);
            }
        }

        if (keys.Count == 0)
        {
            return Empty;
        }

        var keyArray = keys.ToArray();
        var valueArray = found.ToArray();
        Array.Sort(keyArray, valueArray, StringComparer.Ordinal);
        return new PropertyBag(keyArray, valueArray);
    }

    /// <summary>
    /// Copies a dictionary's properties into a new bag: its keys are distinct already, so they are
    /// only sorted (the design language makes one bag per declaration from such a dictionary).
    /// </summary>
    internal static PropertyBag FromDistinct(Dictionary<string, PropertyValue> values)
    {
        if (values.Count == 0)
        {
            return Empty;
        }

        var keys = new string[values.Count];
        var found = new PropertyValue[keys.Length];
        var i = 0;
        foreach (var pair in values)
        {
            keys[i] = pair.Key;
            found[i++] = pair.Value;
        }

        Array.Sort(keys, found, StringComparer.Ordinal);
        return new PropertyBag(keys, found);
    }

    /// <summary>
    /// This bag with the value at <paramref name="position"/> (in key order) replaced. The keys are
    /// shared, not copied: nothing writes to them, and the replicas of a group differ only in one value.
    /// </summary>
    internal PropertyBag WithValueAt(int position, PropertyValue value)
    {
        var values = (PropertyValue[])_values.Clone();
        values[position] = value;
        return new PropertyBag(_keys, values);
    }

    /// <summary>
    /// True when <paramref name="other"/> holds the same keys with identical values
    /// (<see cref="PropertyValue.IsIdenticalTo"/>): the one bag can stand for the other in every
    /// rendering. The design language shares one bag among components whose bags are identical.
    /// </summary>
    internal bool IsIdenticalTo(PropertyBag other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other._keys.Length != _keys.Length)
        {
            return false;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (!string.Equals(_keys[i], other._keys[i], StringComparison.Ordinal) || !_values[i].IsIdenticalTo(other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash consistent with <see cref="IsIdenticalTo"/>.</summary>
    internal int IdentityHash()
    {
        var hash = _keys.Length;
        for (var i = 0; i < _keys.Length; i++)
        {
            hash = (((hash * 397) ^ StringComparer.Ordinal.GetHashCode(_keys[i])) * 397) ^ _values[i].IdentityHash();
        }

        return hash;
    }

    /// <summary>The position of a key in key order, or -1.</summary>
    internal int PositionOf(string key) => IndexOf(key);

    /// <summary>The key at <paramref name="position"/> in ordinal order (0 ≤ position &lt; <see cref="Count"/>), for passes that walk a bag without an enumerator.</summary>
    internal string KeyAt(int position) => _keys[position];

    /// <summary>The value at <paramref name="position"/> (see <see cref="KeyAt"/>).</summary>
    internal PropertyValue ValueAt(int position) => _values[position];

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);

    /// <inheritdoc />
    public IEnumerable<PropertyValue> Values => Array.AsReadOnly(_values);

    /// <inheritdoc />
    public PropertyValue this[string key] => IndexOf(key) is var i and >= 0 ? _values[i] : throw new KeyNotFoundException($"no property '{key}'");

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out PropertyValue value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : default!;
        return i >= 0;
    }

    /// <summary>A whole-number property, or null when it is not declared.</summary>
    public long? GetInteger(string key) => TryGetValue(key, out var v) ? v.AsInteger() : null;

    /// <summary>A real-number property, or null when it is not declared.</summary>
    public double? GetNumber(string key) => TryGetValue(key, out var v) ? v.AsNumber() : null;

    /// <summary>A text property, or null when it is not declared.</summary>
    public string? GetText(string key) => TryGetValue(key, out var v) ? v.AsText() : null;

    /// <summary>A flag, or null when it is not declared.</summary>
    public bool? GetBoolean(string key) => TryGetValue(key, out var v) ? v.AsBoolean() : null;

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
    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, PropertyValue>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(PropertyBag? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in this)
        {
            if (!other.TryGetValue(pair.Key, out var value) || !value.Equals(pair.Value))
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

    // Binary search by ordinal key: the keys are sorted and distinct.
    private int IndexOf(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var i = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        return i >= 0 ? i : -1;
    }
}

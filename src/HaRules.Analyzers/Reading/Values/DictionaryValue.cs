using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>
/// A <c>Dictionary&lt;K,V&gt;</c> of the design's code with keys the reader compares exactly (strings,
/// numbers, enums, builders). Enumerates in insertion order, as a dictionary nothing was removed from
/// does; after a removal its order is not known.
/// </summary>
internal sealed class DictionaryValue : IEnumerable<object?>
{
    private readonly List<object?> _keys = new();
    private readonly Dictionary<object, object?> _values = new();

    public bool OrderKnown { get; private set; } = true;

    /// <summary>Counts changes; what .NET does when a dictionary changes under a <c>foreach</c> differs by version.</summary>
    public int Version { get; private set; }

    public int Count => _keys.Count;

    public IReadOnlyList<object?> Keys => _keys;

    public IEnumerable<object?> Values => _keys.Select(k => _values[k!]);

    public bool ContainsKey(object key) => _values.ContainsKey(key);

    public bool TryGet(object key, out object? value) => _values.TryGetValue(key, out value);

    /// <summary>Adds or replaces; false when <paramref name="onlyAdd"/> and the key is there (Add throws then).</summary>
    public bool Set(object key, object? value, bool onlyAdd)
    {
        Version++;
        if (_values.ContainsKey(key))
        {
            if (onlyAdd)
            {
                return false;
            }

            _values[key] = value;
            return true;
        }

        _keys.Add(key);
        _values.Add(key, value);
        return true;
    }

    public bool Remove(object key)
    {
        Version++;
        OrderKnown = false;
        return _values.Remove(key) && _keys.Remove(key);
    }

    /// <summary>The entries as <see cref="PairValue"/>s.</summary>
    public IEnumerator<object?> GetEnumerator() => _keys.Select(k => (object?)new PairValue(k, _values[k!])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A <c>KeyValuePair</c> read from a dictionary of the design's code.</summary>
internal sealed class PairValue
{
    public PairValue(object? key, object? value)
    {
        Key = key;
        Value = value;
    }

    public object? Key { get; }

    public object? Value { get; }
}

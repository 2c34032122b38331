using System.Collections;
using System.Collections.Generic;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>
/// A <c>HashSet&lt;T&gt;</c> of the design's code with items the reader compares exactly (strings,
/// numbers, enums, builders). Enumerates in insertion order, as a set nothing was removed from
/// does; after a removal its order is not known (until it is cleared).
/// </summary>
internal sealed class SetValue : IEnumerable<object?>
{
    private readonly List<object> _order = new();
    private readonly HashSet<object> _items = new();

    public bool OrderKnown { get; private set; } = true;

    /// <summary>Counts changes, as <c>HashSet&lt;T&gt;</c> does: a <c>foreach</c> over a set changed meanwhile throws.</summary>
    public int Version { get; private set; }

    public int Count => _items.Count;

    public IReadOnlyList<object> Items => _order;

    public bool Contains(object item) => _items.Contains(item);

    public bool Add(object item)
    {
        if (!_items.Add(item))
        {
            return false;
        }

        Version++;
        _order.Add(item);
        return true;
    }

    public bool Remove(object item)
    {
        if (!_items.Remove(item))
        {
            return false;
        }

        Version++;
        OrderKnown = false;
        _order.Remove(item);
        return true;
    }

    public void Clear()
    {
        Version++;
        OrderKnown = true;
        _items.Clear();
        _order.Clear();
    }

    public IEnumerator<object?> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

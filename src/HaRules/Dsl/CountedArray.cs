using System;

namespace HaRules;

/// <summary>
/// Items whose number is counted before they are made (<see cref="ModelExpansion.Sizes"/>), filled
/// into an array of that size which the model then takes as it is: a list would be copied once
/// more by <c>ToArray</c> (at a million declared components, tens of megabytes of large arrays).
/// A wrong count still gives the right items: the array grows, or is trimmed, at the cost of a copy.
/// </summary>
internal sealed class CountedArray<T>
{
    private T[] _items;
    private int _count;

    /// <summary>Makes room for <paramref name="expected"/> items, at most <paramref name="most"/> ahead.</summary>
    public CountedArray(long expected, int most) =>
        _items = expected <= 0 ? Array.Empty<T>() : new T[(int)Math.Min(expected, most)];

    /// <summary>How many items were added.</summary>
    public int Count => _count;

    /// <summary>Adds an item; returns its index.</summary>
    public int Add(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        _items[_count] = item;
        return _count++;
    }

    /// <summary>The items, in the order added: the array itself when the count was right. Add nothing afterwards.</summary>
    public T[] Items()
    {
        if (_count != _items.Length)
        {
            Array.Resize(ref _items, _count);
        }

        return _items;
    }
}

using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// A read-only view of part of an array the model shares (<see cref="IndexGroups{T}"/>): it offers
/// no way to write, unlike an array or an <see cref="ArraySegment{T}"/>, so no caller can change
/// what other components' answers hold.
/// </summary>
internal sealed class ReadOnlySlice<T> : IReadOnlyList<T>
{
    private readonly T[] _items;
    private readonly int _start;

    public ReadOnlySlice(ArraySegment<T> segment)
    {
        _items = segment.Array ?? Array.Empty<T>();
        _start = segment.Offset;
        Count = segment.Count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)Count ? _items[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// A read-only view of part of an array the model shares (<see cref="IndexGroups{T}"/>): it offers
/// no way to write, unlike an array or an <see cref="ArraySegment{T}"/>, so no caller can change
/// what other components' answers hold. A view is made per lookup and is usually walked once, so
/// the first walk on the thread that made it uses the view itself as its enumerator (as compiled
/// iterators do): a lookup costs one small object, as the array's enumerator did before.
/// </summary>
internal sealed class ReadOnlySlice<T> : IReadOnlyList<T>, IEnumerator<T>
{
    // Where the walk stands: NotWalked until the view hands itself out, then -1 before the first item.
    private const int NotWalked = -2;

    private readonly T[] _items;
    private readonly int _start;
    private readonly int _thread;
    private int _at;

    public ReadOnlySlice(ArraySegment<T> segment)
        : this(segment.Array ?? Array.Empty<T>(), segment.Offset, segment.Count, NotWalked)
    {
    }

    private ReadOnlySlice(T[] items, int start, int count, int at)
    {
        _items = items;
        _start = start;
        Count = count;
        _at = at;
        _thread = Environment.CurrentManagedThreadId;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)Count ? _items[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public T Current => (uint)_at < (uint)Count ? _items[_start + _at] : default!;

    object? IEnumerator.Current => Current;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        if (_at == NotWalked && _thread == Environment.CurrentManagedThreadId)
        {
            _at = -1;
            return this;
        }

        return new ReadOnlySlice<T>(_items, _start, Count, -1);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_at < Count)
        {
            _at++;
        }

        return _at < Count;
    }

    /// <inheritdoc />
    public void Reset() => _at = -1;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}

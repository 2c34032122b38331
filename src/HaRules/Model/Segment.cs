using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// A run of one of the model's shared arrays (a component's part positions, its relations), as the
/// passes that walk the model by position read it: <c>foreach</c> walks it with no allocation. This
/// library targets netstandard2.0, whose <see cref="ArraySegment{T}"/> has no struct enumerator: a
/// <c>foreach</c> over one boxes it and allocates an enumerator, which the rules did once per unit and
/// once per part on every check. As a list (explicitly) it boxes like any struct; nothing in a pass
/// reads it that way.
/// </summary>
internal readonly struct Segment<T> : IReadOnlyList<T>
{
    private readonly T[]? _array;
    private readonly int _offset;

    public Segment(ArraySegment<T> segment)
    {
        _array = segment.Array;
        _offset = segment.Offset;
        Count = segment.Count;
    }

    /// <summary>How many items the run holds.</summary>
    public int Count { get; }

    /// <summary>The item at <paramref name="index"/> of the run.</summary>
    public T this[int index] => (uint)index < (uint)Count ? _array![_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(_array, _offset, Count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        foreach (var item in this)
        {
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Walks the run in order.</summary>
    public struct Enumerator
    {
        private readonly T[]? _array;
        private readonly int _end;
        private int _at;

        public Enumerator(T[]? array, int offset, int count)
        {
            _array = array;
            _at = offset - 1;
            _end = offset + count;
        }

        /// <summary>The current item.</summary>
        public T Current => _array![_at];

        /// <summary>Moves to the next item; false past the end.</summary>
        public bool MoveNext() => ++_at < _end;
    }
}

using System;

namespace HaRules.Rules.Common;

/// <summary>
/// A run of an array (a unit's part positions, a component's relations) that <c>foreach</c> walks
/// with no allocation. This library targets netstandard2.0, whose <see cref="ArraySegment{T}"/> has
/// no struct enumerator: a <c>foreach</c> over one boxes it and allocates an enumerator, which the
/// rules did once per unit and once per part on every check.
/// </summary>
internal readonly struct Segment<T>
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

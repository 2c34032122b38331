using System.Collections.Generic;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>A value tuple of the design's code, <c>(name, count)</c>; immutable here (writing an element is a gap).</summary>
internal sealed class TupleValue
{
    public TupleValue(IReadOnlyList<object?> items) => Items = items;

    public IReadOnlyList<object?> Items { get; }
}

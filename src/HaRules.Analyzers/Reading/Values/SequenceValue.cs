using System.Collections;
using System.Collections.Generic;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>
/// An array or a <c>List&lt;T&gt;</c> of the design's code (or a sequence a LINQ method made), holding
/// interpreted values. Arrays keep their length; lists grow.
/// </summary>
internal sealed class SequenceValue : IEnumerable<object?>
{
    public SequenceValue(bool isArray, IEnumerable<object?> items)
    {
        IsArray = isArray;
        Items = new List<object?>(items);
    }

    public bool IsArray { get; }

    public List<object?> Items { get; }

    /// <summary>Counts changes to a list, as <c>List&lt;T&gt;</c> does: a <c>foreach</c> over a list changed meanwhile throws.</summary>
    public int Version { get; private set; }

    public void Changed() => Version++;

    public IEnumerator<object?> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

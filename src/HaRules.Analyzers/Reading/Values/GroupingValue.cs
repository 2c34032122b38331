using System.Collections;
using System.Collections.Generic;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>One group of <c>GroupBy</c>: its key and its items, in the order they came.</summary>
internal sealed class GroupingValue : IEnumerable<object?>
{
    public GroupingValue(object key) => Key = key;

    public object Key { get; }

    public List<object?> Items { get; } = new();

    public IEnumerator<object?> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

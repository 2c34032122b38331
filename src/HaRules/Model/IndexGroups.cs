using System;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// Items grouped by the component each belongs to (parts by owner, relations by source), all in
/// one array ordered by component with the start of each component's run: two arrays for the whole
/// model rather than one small array per component (a model of millions of components paid more
/// for those arrays' headers than for the references they held). Items whose component is
/// <see cref="ModelIndex.Unknown"/> but that name something are kept by that name. Nothing writes
/// to the arrays once made; callers get read-only views of them (<see cref="ReadOnlySlice{T}"/>).
/// </summary>
internal sealed class IndexGroups<T>
    where T : class
{
    private readonly T[] _items;
    private readonly int[] _start;
    private readonly Dictionary<string, T[]>? _byName;

    /// <summary>
    /// Groups <paramref name="items"/> by <paramref name="keys"/>[i] (a component index or
    /// <see cref="ModelIndex.Unknown"/>), keeping item order within each group.
    /// </summary>
    public IndexGroups(T[] items, int[] keys, int componentCount, Func<T, string?> nameOf)
    {
        var rows = IndexRows.Build(keys, componentCount, out _start);
        _items = new T[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            _items[k] = items[rows[k]];
        }

        List<T>? unknown = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (keys[i] < 0 && nameOf(items[i]) is not null)
            {
                (unknown ??= new List<T>()).Add(items[i]);
            }
        }

        _byName = unknown is null ? null : GroupByName(unknown, nameOf);
    }

    /// <summary>How many items belong to the component at <paramref name="index"/>.</summary>
    public int CountAt(int index) => _start[index + 1] - _start[index];

    /// <summary>The items of the component at <paramref name="index"/>, in item order (a view, never a copy).</summary>
    public ArraySegment<T> At(int index) => new(_items, _start[index], _start[index + 1] - _start[index]);

    /// <summary>
    /// The items of the component at <paramref name="index"/>, or when it is
    /// <see cref="ModelIndex.Unknown"/> those kept by <paramref name="name"/>; empty when none.
    /// </summary>
    public IReadOnlyList<T> Of(int index, string? name)
    {
        if (index >= 0)
        {
            return CountAt(index) == 0 ? Array.Empty<T>() : new ReadOnlySlice<T>(At(index));
        }

        return name is not null && _byName is not null && _byName.TryGetValue(name, out var found) ? found : Array.Empty<T>();
    }

    private static Dictionary<string, T[]> GroupByName(List<T> items, Func<T, string?> nameOf)
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item)!;
            if (!lists.TryGetValue(name, out var list))
            {
                lists.Add(name, list = new List<T>());
            }

            list.Add(item);
        }

        var byName = new Dictionary<string, T[]>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            byName.Add(pair.Key, pair.Value.ToArray());
        }

        return byName;
    }
}

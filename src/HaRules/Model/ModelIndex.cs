using System;
using System.Collections.Generic;

namespace HaRules.Model;

/// <summary>
/// The positions a <see cref="DesignModel"/> finds things by: one name → index dictionary for the
/// components, the index of each component's owner and of each relation's source. Names are hashed
/// once, here; every later walk (owners, parts, relations) goes by index. A copy of the model that
/// only changes locations (<see cref="DesignModel.WithLocations"/>) has the same names in the same
/// order and shares this index.
/// </summary>
internal sealed class ModelIndex
{
    /// <summary>Marks an owner or relation source whose name is no component's.</summary>
    public const int Unknown = -1;

    private readonly Dictionary<string, int> _components;
    private readonly Dictionary<string, int> _groups;

    public ModelIndex(Component[] components, ComponentGroup[] groups, Relation[] relations)
        : this(components, groups, relations, null, null)
    {
    }

    /// <summary>
    /// The index, given each component's owner and each relation's source by index as the design
    /// language made them. They stand as given unless two components share a name: then a name
    /// means its first component, which only a lookup finds, so they are looked up as usual.
    /// </summary>
    public ModelIndex(Component[] components, ComponentGroup[] groups, Relation[] relations, int[]? ownerOf, int[]? sourceOf)
    {
        // With duplicate names (HA001) the first declaration wins every lookup.
        _components = new Dictionary<string, int>(components.Length, StringComparer.Ordinal);
        for (var i = 0; i < components.Length; i++)
        {
            if (!_components.ContainsKey(components[i].Name))
            {
                _components.Add(components[i].Name, i);
            }
        }

        HasDuplicateNames = _components.Count < components.Length;
        _groups = new Dictionary<string, int>(groups.Length, StringComparer.Ordinal);
        for (var i = 0; i < groups.Length; i++)
        {
            if (!_groups.ContainsKey(groups[i].Name))
            {
                _groups.Add(groups[i].Name, i);
            }
        }

        if (!HasDuplicateNames && ownerOf is not null && sourceOf is not null)
        {
            OwnerOf = ownerOf;
            SourceOf = sourceOf;
            return;
        }

        OwnerOf = new int[components.Length];
        for (var i = 0; i < components.Length; i++)
        {
            OwnerOf[i] = components[i].Owner is { } owner ? IndexOf(owner) : Unknown;
        }

        SourceOf = new int[relations.Length];
        for (var i = 0; i < relations.Length; i++)
        {
            SourceOf[i] = IndexOf(relations[i].From);
        }
    }

    /// <summary>True when two components share a name (then a name stands for the first).</summary>
    public bool HasDuplicateNames { get; }

    /// <summary>Per component: the index of the component its owner names, or <see cref="Unknown"/> (no owner, or an owner that names no component).</summary>
    public int[] OwnerOf { get; }

    /// <summary>Per relation: the index of the component its source names, or <see cref="Unknown"/>.</summary>
    public int[] SourceOf { get; }

    /// <summary>The index of the first component with this name, or <see cref="Unknown"/>.</summary>
    public int IndexOf(string? name) => name is not null && _components.TryGetValue(name, out var i) ? i : Unknown;

    /// <summary>The index of the first group with this name, or <see cref="Unknown"/>.</summary>
    public int GroupIndexOf(string? name) => name is not null && _groups.TryGetValue(name, out var i) ? i : Unknown;

    /// <summary>
    /// The items grouped by the component each belongs to (<paramref name="keys"/>[i] for
    /// <paramref name="items"/>[i]), in item order; an exact array per component, null where none.
    /// Items whose key is <see cref="Unknown"/> but that name something (<paramref name="nameOf"/>)
    /// are grouped by that name in <paramref name="byName"/>, made only when one exists.
    /// </summary>
    public static T[]?[] Group<T>(T[] items, int[] keys, int componentCount, Func<T, string?> nameOf, out Dictionary<string, T[]>? byName)
    {
        var counts = new int[componentCount];
        List<T>? unknown = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (keys[i] >= 0)
            {
                counts[keys[i]]++;
            }
            else if (nameOf(items[i]) is not null)
            {
                (unknown ??= new List<T>()).Add(items[i]);
            }
        }

        var groups = new T[]?[componentCount];
        for (var i = 0; i < items.Length; i++)
        {
            var key = keys[i];
            if (key < 0)
            {
                continue;
            }

            // counts[key] runs down from the group's size, so each array is filled front to back.
            var group = groups[key] ??= new T[counts[key]];
            group[group.Length - counts[key]--] = items[i];
        }

        byName = unknown is null ? null : GroupByName(unknown, nameOf);
        return groups;
    }

    private static Dictionary<string, T[]> GroupByName<T>(List<T> items, Func<T, string?> nameOf)
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

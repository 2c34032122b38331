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

    // The parts' positions by owner, made on first use (one object, so a reader on another thread
    // sees both arrays or neither; two threads making it make the same).
    private PartRows? _partRows;

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
        // With duplicate names (HA001) the first declaration wins every lookup: set from the last
        // component to the first, the first overwrites the others, with one hash per name (a lookup
        // before each add hashed every name twice).
        _components = new Dictionary<string, int>(components.Length, StringComparer.Ordinal);
        for (var i = components.Length - 1; i >= 0; i--)
        {
            _components[components[i].Name] = i;
            DeclaredCount += components[i].IsPart ? 0 : 1;
        }

        HasDuplicateNames = _components.Count < components.Length;
        _groups = new Dictionary<string, int>(groups.Length, StringComparer.Ordinal);
        for (var i = groups.Length - 1; i >= 0; i--)
        {
            _groups[groups[i].Name] = i;
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

    /// <summary>The components that are not parts (counted in the pass that indexes the names, not by every report).</summary>
    public int DeclaredCount { get; }

    /// <summary>True when two components share a name (then a name stands for the first).</summary>
    public bool HasDuplicateNames { get; }

    /// <summary>Per component: the index of the component its owner names, or <see cref="Unknown"/> (no owner, or an owner that names no component).</summary>
    public int[] OwnerOf { get; }

    /// <summary>Per relation: the index of the component its source names, or <see cref="Unknown"/>.</summary>
    public int[] SourceOf { get; }

    /// <summary>
    /// The positions of the parts of the component at <paramref name="owner"/>, in model order (as
    /// PartsOf gives them for its name when it is the first of that name): for passes that walk
    /// parts by position (the graph builder, the rules on redundant parts). Grouped on first use.
    /// </summary>
    public Segment<int> PartPositions(int owner)
    {
        var rows = _partRows ??= new PartRows(IndexRows.Build(OwnerOf, OwnerOf.Length, out var start), start);
        return new Segment<int>(new ArraySegment<int>(rows.Positions, rows.Start[owner], rows.Start[owner + 1] - rows.Start[owner]));
    }

    /// <summary>The index of the first component with this name, or <see cref="Unknown"/>.</summary>
    public int IndexOf(string? name) => name is not null && _components.TryGetValue(name, out var i) ? i : Unknown;

    /// <summary>The index of the first group with this name, or <see cref="Unknown"/>.</summary>
    public int GroupIndexOf(string? name) => name is not null && _groups.TryGetValue(name, out var i) ? i : Unknown;

    private sealed class PartRows
    {
        public PartRows(int[] positions, int[] start)
        {
            Positions = positions;
            Start = start;
        }

        public int[] Positions { get; }

        public int[] Start { get; }
    }
}

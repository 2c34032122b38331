using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Each unit's parts and where each part is powered or cabled, by position in the model, found
/// once per check from the model's index (its owners and relation sources) and shared by the
/// rules on redundant parts (HA201–HA204, HA306, HA308): they then walk a unit's parts with no
/// name looked up, where each used to look up the unit's parts and each part's links by name.
/// </summary>
internal sealed class UnitParts
{
    private static readonly object Key = new();

    private readonly ModelIndex _index;
    private readonly IReadOnlyList<Component> _components;

    // Compressed rows: the parts of the component at name index i are at positions _parts[_start[i].._start[i + 1]], in model order.
    private readonly int[] _start;
    private readonly int[] _parts;

    // Per name index: the first target of the first PoweredBy / CabledTo relation that has one (as ModelLookups.TargetOf).
    private readonly string?[] _poweredBy;
    private readonly string?[] _cabledTo;

    private UnitParts(DesignModel model)
    {
        _index = model.Index;
        _components = model.Components;
        var n = _components.Count;
        var ownerOf = _index.OwnerOf;

        // Grouped as PartsOf groups them: by the owner's index, in model order (a counting sort).
        _start = new int[n + 1];
        for (var p = 0; p < n; p++)
        {
            if (ownerOf[p] >= 0)
            {
                _start[ownerOf[p] + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            _start[i + 1] += _start[i];
        }

        _parts = new int[_start[n]];
        var next = (int[])_start.Clone();
        for (var p = 0; p < n; p++)
        {
            if (ownerOf[p] >= 0)
            {
                _parts[next[ownerOf[p]]++] = p;
            }
        }

        _poweredBy = new string?[n];
        _cabledTo = new string?[n];
        var relations = model.Relations;
        var sourceOf = _index.SourceOf;
        for (var r = 0; r < sourceOf.Length; r++)
        {
            var s = sourceOf[r];
            var relation = relations[r];
            if (s < 0 || relation.Targets.Count == 0)
            {
                continue;
            }

            if (relation.Kind == RelationKind.PoweredBy)
            {
                _poweredBy[s] ??= relation.Targets[0];
            }
            else if (relation.Kind == RelationKind.CabledTo)
            {
                _cabledTo[s] ??= relation.Targets[0];
            }
        }
    }

    /// <summary>The parts of the context's model, found on first use in a check.</summary>
    public static UnitParts Of(RuleContext context) => context.Shared(Key, c => new UnitParts(c.Model));

    /// <summary>The index the name of the component at <paramref name="position"/> stands for (the first of its name).</summary>
    public int NameIndex(int position) =>
        _index.HasDuplicateNames ? _index.IndexOf(_components[position].Name) : position;

    /// <summary>Where the first of the unit's parts is in <see cref="Part"/>'s numbering; the unit is given by its name index.</summary>
    public int First(int unit) => _start[unit];

    /// <summary>Where the unit's parts end in <see cref="Part"/>'s numbering.</summary>
    public int End(int unit) => _start[unit + 1];

    /// <summary>The position in the model of the k-th part of all units.</summary>
    public int Part(int k) => _parts[k];

    /// <summary>What the part at <paramref name="position"/> is powered or cabled to (<paramref name="link"/>), or null.</summary>
    public string? LinkOf(int position, RelationKind link) => link switch
    {
        RelationKind.PoweredBy => _poweredBy[NameIndex(position)],
        RelationKind.CabledTo => _cabledTo[NameIndex(position)],
        _ => throw new System.ArgumentOutOfRangeException(nameof(link), link, "only PoweredBy and CabledTo are indexed"),
    };
}

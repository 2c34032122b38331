using System;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Each unit's parts and where each part is powered or cabled, by position in the model, from the
/// model's index (parts by owner, relations by source), for the rules on redundant parts
/// (HA201–HA204, HA306, HA308): they walk a unit's parts with no name looked up, where each used
/// to look up the unit's parts and each part's links by name.
/// </summary>
internal sealed class UnitParts
{
    private static readonly object Key = new();

    private readonly DesignModel _model;
    private readonly ModelIndex _index;

    private UnitParts(DesignModel model)
    {
        _model = model;
        _index = model.Index;
    }

    /// <summary>The parts of the context's model, found on first use in a check.</summary>
    public static UnitParts Of(RuleContext context) => context.Shared(Key, c => new UnitParts(c.Model));

    /// <summary>The index the name of the component at <paramref name="position"/> stands for (the first of its name).</summary>
    public int NameIndex(int position) =>
        _index.HasDuplicateNames ? _index.IndexOf(_model.Components[position].Name) : position;

    /// <summary>The positions in the model of the unit's parts, in model order; the unit is given by its name index.</summary>
    public Segment<int> PartsOf(int unit) => _index.PartPositions(unit);

    /// <summary>
    /// What the part at <paramref name="position"/> is powered or cabled to (<paramref name="link"/>):
    /// the first target of its first such relation that has one (as ModelLookups.TargetOf), or null.
    /// </summary>
    public string? LinkOf(int position, RelationKind link)
    {
        foreach (var relation in _model.RelationsAt(NameIndex(position)))
        {
            if (relation.Kind == link && relation.Targets.Count > 0)
            {
                return relation.Targets[0];
            }
        }

        return null;
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// The declared components of each kind and the units that can hold parts, found in one pass over
/// the model. Most rules start from "every declared server" or "every unit": without this each of
/// them would walk every component (parts included) and filter it through an iterator.
/// </summary>
internal sealed class DeclaredByKind
{
    // A model is immutable and every rule of a check reads the same one: the index is built once per model.
    private static readonly ConditionalWeakTable<DesignModel, DeclaredByKind> Built = new();

    private static readonly Component[] None = new Component[0];

    private static readonly int[] NoPositions = new int[0];

    // Per kind, the components and their positions in the model (for the rules that walk parts by position, UnitParts).
    private readonly Dictionary<ComponentKind, OfKind> _declared = new();

    private DeclaredByKind(DesignModel model)
    {
        // Counted first, so that every list is made at its size: grown by doubling, the lists of a
        // model of millions of components left as much garbage again as they kept.
        var components = model.Components;
        var unitCount = 0;
        var declaredCount = new Dictionary<ComponentKind, int>();
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            unitCount += ModelLookups.IsPartKind(component.Kind) ? 0 : 1;
            if (!component.IsPart)
            {
                declaredCount[component.Kind] = (declaredCount.TryGetValue(component.Kind, out var n) ? n : 0) + 1;
            }
        }

        var units = new List<Component>(unitCount);
        var unitPositions = new List<int>(unitCount);
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            if (!ModelLookups.IsPartKind(component.Kind))
            {
                units.Add(component);
                unitPositions.Add(i);
            }

            if (component.IsPart)
            {
                continue;
            }

            if (!_declared.TryGetValue(component.Kind, out var ofKind))
            {
                _declared.Add(component.Kind, ofKind = new OfKind(declaredCount[component.Kind]));
            }

            ofKind.Components.Add(component);
            ofKind.Positions.Add(i);
        }

        Units = units;
        UnitPositions = unitPositions;
    }

    /// <summary>Every unit that can hold parts, in model order (<see cref="ModelLookups.Units"/>).</summary>
    public IReadOnlyList<Component> Units { get; }

    /// <summary>The positions in the model of <see cref="Units"/>.</summary>
    public IReadOnlyList<int> UnitPositions { get; }

    /// <summary>The index of a model, built on first use.</summary>
    public static DeclaredByKind Of(DesignModel model) => Built.GetValue(model, m => new DeclaredByKind(m));

    /// <summary>The declared components of one kind, in model order.</summary>
    public IReadOnlyList<Component> Declared(ComponentKind kind) =>
        _declared.TryGetValue(kind, out var ofKind) ? ofKind.Components : (IReadOnlyList<Component>)None;

    /// <summary>The positions in the model of <see cref="Declared"/>'s components of one kind.</summary>
    public IReadOnlyList<int> DeclaredPositions(ComponentKind kind) =>
        _declared.TryGetValue(kind, out var ofKind) ? ofKind.Positions : (IReadOnlyList<int>)NoPositions;

    private sealed class OfKind
    {
        public OfKind(int count)
        {
            Components = new List<Component>(count);
            Positions = new List<int>(count);
        }

        public List<Component> Components { get; }

        public List<int> Positions { get; }
    }
}

using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Redundant parts whose links all land on one component: power supplies on one source (HA202),
/// bonded NIC ports on one switch (HA204), HBAs on one fabric (HA308). The three rules differ only
/// in the parts, the link and the words of the finding, so the search is written once here; so is
/// the search for a unit with one such part alone (HA201, HA203, HA306). Both go by position in the
/// model (its index's owners and relation sources), one pass over its components and relations,
/// not by a name lookup per unit and per part.
/// </summary>
internal static class RedundantLinks
{
    /// <summary>
    /// Each unit (a component <paramref name="isUnit"/> accepts), in model order, whose parts of
    /// kind <paramref name="partKind"/> (two or more) are all linked by <paramref name="link"/> to
    /// the same component (<see cref="ModelLookups.CommonTarget"/>), with the parts' names and that component.
    /// </summary>
    public static IEnumerable<(Component Unit, IReadOnlyList<string> Parts, string Target)> AllOnOneTarget(DesignModel model, Func<Component, bool> isUnit, ComponentKind partKind, RelationKind link)
    {
        var parts = new PartLinks(model, partKind, link);
        var components = model.Components;
        for (var i = 0; i < components.Count; i++)
        {
            var unit = components[i];
            if (!isUnit(unit) || parts.CommonTarget(parts.NameIndex(i)) is not { } target)
            {
                continue;
            }

            // Most units fail the test: the names are only listed for a match.
            var names = new List<string>();
            foreach (var part in model.PartsOf(unit.Name))
            {
                if (part.Kind == partKind)
                {
                    names.Add(part.Name);
                }
            }

            yield return (unit, names, target);
        }
    }

    /// <summary>
    /// Each unit (a component <paramref name="isUnit"/> accepts), in model order, that has exactly
    /// one part of kind <paramref name="partKind"/>, with that part and what it is linked to by
    /// <paramref name="link"/> (null when it declares no link): a single NIC port (HA203), a single HBA (HA306).
    /// </summary>
    public static IEnumerable<(Component Unit, Component Part, string? Target)> SinglePart(DesignModel model, Func<Component, bool> isUnit, ComponentKind partKind, RelationKind link)
    {
        var parts = new PartLinks(model, partKind, link);
        var components = model.Components;
        for (var i = 0; i < components.Count; i++)
        {
            if (isUnit(components[i]) && parts.Single(parts.NameIndex(i)) is { } single)
            {
                yield return (components[i], components[single], parts.TargetOf(single));
            }
        }
    }

    // Per unit, by the index its name stands for (as PartsOf(name) groups parts: by their owner's
    // index), its parts of one kind: how many, the first, and the one target they all share.
    private sealed class PartLinks
    {
        // A shared target no longer possible: a part without a link, or two parts on different targets.
        private static readonly string Mixed = new('\0', 1);

        private readonly ModelIndex _index;
        private readonly IReadOnlyList<Component> _components;
        private readonly string?[] _targets;
        private readonly int[] _count;
        private readonly int[] _first;
        private readonly string?[] _common;

        public PartLinks(DesignModel model, ComponentKind partKind, RelationKind link)
        {
            _index = model.Index;
            var components = _components = model.Components;
            var n = components.Count;

            // What each name is linked to, as ModelLookups.TargetOf finds it: the first target of the
            // first such relation that has one, the relations from a name in declaration order.
            _targets = new string?[n];
            var relations = model.Relations;
            var sourceOf = _index.SourceOf;
            for (var r = 0; r < sourceOf.Length; r++)
            {
                var s = sourceOf[r];
                if (s >= 0 && _targets[s] is null && relations[r].Kind == link && relations[r].Targets.Count > 0)
                {
                    _targets[s] = relations[r].Targets[0];
                }
            }

            // The parts of each owner in model order, as PartsOf lists them.
            _count = new int[n];
            _first = new int[n];
            _common = new string?[n];
            var ownerOf = _index.OwnerOf;
            for (var p = 0; p < n; p++)
            {
                var owner = ownerOf[p];
                if (owner < 0 || components[p].Kind != partKind)
                {
                    continue;
                }

                var target = TargetOf(p);
                if (_count[owner]++ == 0)
                {
                    _first[owner] = p;
                    _common[owner] = target ?? Mixed;
                }
                else if (!string.Equals(_common[owner], target, StringComparison.Ordinal))
                {
                    _common[owner] = Mixed;
                }
            }
        }

        /// <summary>The index the name of the component at <paramref name="position"/> stands for (the first of its name).</summary>
        public int NameIndex(int position) =>
            _index.HasDuplicateNames ? _index.IndexOf(_components[position].Name) : position;

        /// <summary>What the part at <paramref name="position"/> is linked to, or null.</summary>
        public string? TargetOf(int position) => _targets[NameIndex(position)];

        /// <summary>The one target of the unit's two or more parts, or null.</summary>
        public string? CommonTarget(int unit) =>
            _count[unit] >= 2 && !ReferenceEquals(_common[unit], Mixed) ? _common[unit] : null;

        /// <summary>The position of the unit's part when it has exactly one, or null.</summary>
        public int? Single(int unit) => _count[unit] == 1 ? _first[unit] : null;
    }
}

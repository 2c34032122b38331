using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Redundant parts whose links all land on one component: power supplies on one source (HA202),
/// bonded NIC ports on one switch (HA204), HBAs on one fabric (HA308). The three rules differ only
/// in the parts, the link and the words of the finding, so the search is written once here; so is
/// the search for a unit with one such part alone (HA201, HA203, HA306). Both walk each unit's
/// parts by position (<see cref="UnitParts"/>), not by a name lookup per unit and per part.
/// </summary>
internal static class RedundantLinks
{
    /// <summary>
    /// Each of <paramref name="units"/> (positions in the model, in order) whose parts of kind
    /// <paramref name="partKind"/> (two or more) are all linked by <paramref name="link"/> to the
    /// same component (<see cref="ModelLookups.CommonTarget"/>), with the parts' names and that component.
    /// </summary>
    public static IEnumerable<(Component Unit, IReadOnlyList<string> Parts, string Target)> AllOnOneTarget(RuleContext context, IReadOnlyList<int> units, ComponentKind partKind, RelationKind link)
    {
        var parts = UnitParts.Of(context);
        var components = context.Model.Components;
        foreach (var position in units)
        {
            // Most units fail the test at their first or second part: the names are only listed for a match.
            var unit = parts.NameIndex(position);
            if (CommonTarget(parts, components, unit, partKind, link) is not { } target)
            {
                continue;
            }

            var names = new List<string>();
            foreach (var at in parts.PartsOf(unit))
            {
                var part = components[at];
                if (part.Kind == partKind)
                {
                    names.Add(part.Name);
                }
            }

            yield return (components[position], names, target);
        }
    }

    /// <summary>
    /// Each of <paramref name="units"/> (positions in the model, in order) that has exactly one part
    /// of kind <paramref name="partKind"/>, with that part and what it is linked to by
    /// <paramref name="link"/> (null when it declares no link): a single NIC port (HA203), a single HBA (HA306).
    /// </summary>
    public static IEnumerable<(Component Unit, Component Part, string? Target)> SinglePart(RuleContext context, IReadOnlyList<int> units, ComponentKind partKind, RelationKind link)
    {
        var parts = UnitParts.Of(context);
        var components = context.Model.Components;
        foreach (var position in units)
        {
            if (SinglePartAt(parts, components, position, partKind) is var single and >= 0)
            {
                yield return (components[position], components[single], parts.LinkOf(single, link));
            }
        }
    }

    /// <summary>
    /// The position of the one part of kind <paramref name="partKind"/> of the unit at
    /// <paramref name="position"/> (as PartsOf its name lists them), or -1 when it has none or several.
    /// </summary>
    public static int SinglePartAt(UnitParts parts, IReadOnlyList<Component> components, int position, ComponentKind partKind)
    {
        var single = -1;
        foreach (var part in parts.PartsOf(parts.NameIndex(position)))
        {
            if (components[part].Kind == partKind)
            {
                if (single >= 0)
                {
                    return -1;
                }

                single = part;
            }
        }

        return single;
    }

    // As ModelLookups.CommonTarget of the unit's linked parts, without listing them.
    private static string? CommonTarget(UnitParts parts, IReadOnlyList<Component> components, int unit, ComponentKind partKind, RelationKind link)
    {
        string? first = null;
        var count = 0;
        foreach (var part in parts.PartsOf(unit))
        {
            if (components[part].Kind != partKind)
            {
                continue;
            }

            var target = parts.LinkOf(part, link);
            if (target is null || (++count > 1 && !string.Equals(target, first, System.StringComparison.Ordinal)))
            {
                return null;
            }

            first = target;
        }

        return count >= 2 ? first : null;
    }
}

using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Redundant parts whose links all land on one component: power supplies on one source (HA202),
/// bonded NIC ports on one switch (HA204), HBAs on one fabric (HA308). The three rules differ only
/// in the parts, the link and the words of the finding, so the search is written once here; so is
/// the search for a unit with one such part alone (HA203, HA306).
/// </summary>
internal static class RedundantLinks
{
    /// <summary>
    /// Each of <paramref name="units"/>, in order, whose parts of kind <paramref name="partKind"/>
    /// (two or more) are all linked by <paramref name="link"/> to the same component
    /// (<see cref="ModelLookups.CommonTarget"/>), with the parts' names and that component.
    /// </summary>
    public static IEnumerable<(Component Unit, IReadOnlyList<string> Parts, string Target)> AllOnOneTarget(DesignModel model, IEnumerable<Component> units, ComponentKind partKind, RelationKind link)
    {
        foreach (var unit in units)
        {
            var parts = ModelLookups.LinkedParts(model, unit.Name, partKind, link);
            if (ModelLookups.CommonTarget(parts) is { } target)
            {
                yield return (unit, parts.Select(p => p.Part.Name).ToList(), target);
            }
        }
    }

    /// <summary>
    /// Each of <paramref name="units"/>, in order, that has exactly one part of kind
    /// <paramref name="partKind"/>, with that part and what it is linked to by <paramref name="link"/>
    /// (null when it declares no link): a single NIC port (HA203), a single HBA (HA306).
    /// </summary>
    public static IEnumerable<(Component Unit, Component Part, string? Target)> SinglePart(DesignModel model, IEnumerable<Component> units, ComponentKind partKind, RelationKind link)
    {
        foreach (var unit in units)
        {
            var parts = ModelLookups.LinkedParts(model, unit.Name, partKind, link);
            if (parts.Count == 1)
            {
                yield return (unit, parts[0].Part, parts[0].Target);
            }
        }
    }
}

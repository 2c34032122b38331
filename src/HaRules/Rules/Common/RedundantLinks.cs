using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Redundant parts whose links all land on one component: power supplies on one source (HA202),
/// bonded NIC ports on one switch (HA204), HBAs on one fabric (HA308). The three rules differ only
/// in the parts, the link and the words of the finding, so the search is written once here.
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
}

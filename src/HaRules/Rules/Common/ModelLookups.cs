using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Small questions rules ask of the model: the units of a pair, where a part is cabled or powered,
/// which rack a component stands in, what a relation's targets expand to.
/// </summary>
internal static class ModelLookups
{
    /// <summary>True for the kinds that are only ever parts of another component.</summary>
    public static bool IsPartKind(ComponentKind kind) => kind switch
    {
        ComponentKind.PowerSupply or ComponentKind.Fan or ComponentKind.Nic or ComponentKind.Hba
            or ComponentKind.Controller or ComponentKind.Disk or ComponentKind.HotSpare => true,
        _ => false,
    };

    /// <summary>
    /// Every unit that can hold parts: the declared components and the standby units of pairs
    /// (which carry the pair's power supplies and links), in model order.
    /// </summary>
    public static IEnumerable<Component> Units(DesignModel model) => model.Components.Where(c => !IsPartKind(c.Kind));

    /// <summary>The declared components of one kind (replicas expanded, standby units excluded).</summary>
    public static IEnumerable<Component> Declared(DesignModel model, ComponentKind kind) =>
        model.DeclaredComponents.Where(c => c.Kind == kind);

    /// <summary>The single target of the first relation of <paramref name="kind"/> from a component, or null.</summary>
    public static string? TargetOf(DesignModel model, string name, RelationKind kind) =>
        model.RelationsFrom(name, kind).SelectMany(r => r.Targets).FirstOrDefault();

    /// <summary>The rack a component stands in, or null when it declares none.</summary>
    public static string? RackOf(DesignModel model, string name) => TargetOf(model, name, RelationKind.InRack);

    /// <summary>
    /// The components the targets of the relations of <paramref name="kind"/> from a component
    /// expand to (replica groups to their members), distinct, in declaration order.
    /// </summary>
    public static IReadOnlyList<Component> Targets(DesignModel model, string name, RelationKind kind) =>
        Expand(model, model.RelationsFrom(name, kind).SelectMany(r => r.Targets));

    /// <summary>Names expanded to components (replica groups to their members), distinct, in order; unknown names are skipped.</summary>
    public static IReadOnlyList<Component> Expand(DesignModel model, IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Component>();
        foreach (var name in names)
        {
            foreach (var component in model.Resolve(name))
            {
                if (seen.Add(component.Name))
                {
                    result.Add(component);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The parts of one kind of a unit and the component each is cabled or powered to
    /// (<paramref name="link"/>), null where the reference was invalid.
    /// </summary>
    public static IReadOnlyList<(Component Part, string? Target)> LinkedParts(DesignModel model, string unit, ComponentKind partKind, RelationKind link) =>
        model.PartsOf(unit, partKind).Select(p => (p, TargetOf(model, p.Name, link))).ToList();

    /// <summary>
    /// The one target every part is linked to, when there are at least two parts, each with a
    /// known target, and all targets are the same; otherwise null.
    /// </summary>
    public static string? CommonTarget(IReadOnlyList<(Component Part, string? Target)> parts)
    {
        if (parts.Count < 2 || parts.Any(p => p.Target is null))
        {
            return null;
        }

        var first = parts[0].Target!;
        return parts.All(p => string.Equals(p.Target, first, StringComparison.Ordinal)) ? first : null;
    }
}

using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Validity;

/// <summary>
/// Parts whose owners lead back to themselves (<c>a</c> a part of <c>b</c>, a part of <c>a</c>).
/// The design language cannot declare one; a model built by hand or read from JSON can, and then
/// <see cref="DesignModel.TopLevelOwner"/> lets each name stand for itself. Each loop is listed
/// once, from its earliest-declared member.
/// </summary>
internal static class OwnerLoops
{
    public static IReadOnlyList<IReadOnlyList<string>> Find(DesignModel model)
    {
        var loops = new List<IReadOnlyList<string>>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // The owner of each component by index (the model's index, where the name's lookup ends):
        // most parts are owned by a declared component and need no name looked up at all.
        var components = model.Components;
        var ownerOf = model.Index.OwnerOf;
        for (var i = 0; i < components.Count; i++)
        {
            // A part that stands for itself has owners that never reach a declared component. A part
            // whose owner is declared, or unknown, reaches its end at once: no walk is needed for it.
            var component = components[i];
            if (component.Owner is null || ownerOf[i] < 0 || !components[ownerOf[i]].IsPart
                || reported.Contains(component.Name)
                || !string.Equals(model.TopLevelOwner(component.Name), component.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (LoopThrough(model, component.Name) is { } loop)
            {
                reported.UnionWith(loop);
                loops.Add(loop);
            }
        }

        return loops;
    }

    // The loop starting at this name, or null when the name only leads into a loop of others
    // (it is then reported with that loop, from its own earliest member).
    private static IReadOnlyList<string>? LoopThrough(DesignModel model, string name)
    {
        var loop = new List<string> { name };
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        for (var owner = model.FindComponent(name)?.Owner; owner is not null; owner = model.FindComponent(owner)?.Owner)
        {
            if (string.Equals(owner, name, StringComparison.Ordinal))
            {
                return loop;
            }

            if (!seen.Add(owner))
            {
                return null;
            }

            loop.Add(owner);
        }

        return null;
    }
}

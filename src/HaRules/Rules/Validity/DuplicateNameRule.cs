using System;
using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Rules.Validity;

/// <summary>HA001: two components (or a component and a replica group) share a name.</summary>
public sealed class DuplicateNameRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA001";

    /// <summary>Creates the rule.</summary>
    public DuplicateNameRule()
        : base(new RuleDescriptor(Id, "Two components share a name", RuleCategory.Validity, Severity.Error, ""))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context) =>
        MayRepeat(context.Model) ? Repeated(context) : Array.Empty<Finding>();

    // Every name in declaration order, first places remembered: run only when a name may repeat.
    private IEnumerable<Finding> Repeated(RuleContext context)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, location) in DeclaredNames(context.Model))
        {
            if (!first.TryGetValue(name, out var earlier))
            {
                first.Add(name, location);
                continue;
            }

            if (reported.Add(name))
            {
                var where = earlier.IsKnown ? $" (first declared at line {earlier.Line})" : string.Empty;
                yield return context.Create(
                    Id,
                    $"the name '{name}' is declared twice{where}; every component and service needs its own name",
                    name,
                    location);
            }
        }
    }

    /// <summary>
    /// False when no declared name can repeat, found without a set of every name: the model's index
    /// already knows whether two components share a name, so only the group names (few) are
    /// gathered, and each compared with the others and with the components. True on any doubt.
    /// </summary>
    private static bool MayRepeat(DesignModel model)
    {
        var index = model.Index;
        if (index.HasDuplicateNames)
        {
            return true;
        }

        var components = model.Components;
        var groupNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in GroupNames(model))
        {
            if (!groupNames.Add(name) || (index.IndexOf(name) is var at and >= 0 && !components[at].IsPart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The group names among <see cref="DeclaredNames"/>, in its order.</summary>
    private static IEnumerable<string> GroupNames(DesignModel model)
    {
        var components = model.Components;
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            if (!component.IsPart && component.Group is { } group && component.Properties.GetInteger(PropertyNames.ReplicaIndex) == 1)
            {
                yield return group;
            }
        }

        foreach (var group in model.Groups)
        {
            if (group.Members.Count == 0)
            {
                yield return group.Name;
            }
        }
    }

    /// <summary>Every declared name in declaration order: groups, then components that are not parts.</summary>
    private static IEnumerable<(string Name, SourceLocation Location)> DeclaredNames(DesignModel model)
    {
        foreach (var component in model.Components)
        {
            if (component.IsPart)
            {
                continue;
            }

            // A group's name stands where its first replica does.
            if (component.Group is { } group && component.Properties.GetInteger(PropertyNames.ReplicaIndex) == 1)
            {
                yield return (group, component.Location);
            }

            yield return (component.Name, component.Location);
        }

        // Groups that expanded to no member still own their name.
        foreach (var group in model.Groups)
        {
            if (group.Members.Count == 0)
            {
                yield return (group.Name, group.Location);
            }
        }
    }
}

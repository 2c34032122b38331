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
    public override IEnumerable<Finding> Check(RuleContext context)
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

using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Reliability;
using HaRules.Rules;

namespace HaRules.Rules.Validity;

/// <summary>
/// HA005: components that need each other in a circle (A needs B needs A). Each strongly
/// connected group of components is reported once, with one whole cycle through it, starting
/// from its earliest-declared member (found by <see cref="DependencyCycles"/>, which the graph
/// builder also uses to cut the same edges). Parts that own each other in a circle, which only a
/// model built by hand can hold, are reported the same way (<see cref="OwnerLoops"/>).
/// </summary>
public sealed class DependencyCycleRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA005";

    /// <summary>Creates the rule.</summary>
    public DependencyCycleRule()
        : base(new RuleDescriptor(Id, "Dependency cycle", RuleCategory.Validity, Severity.Error, ""))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var cycle in DependencyCycles.Find(context.Model))
        {
            yield return context.Create(
                Id,
                $"dependency cycle: {string.Join(" → ", cycle)} → {cycle[0]}; nothing in it can start first, so remove one of these dependencies",
                cycle);
        }

        foreach (var loop in OwnerLoops.Find(context.Model))
        {
            yield return context.Create(
                Id,
                $"ownership cycle: {string.Join(" is a part of ", loop)} is a part of {loop[0]}; a part must belong to a declared component, so one of these owners is wrong",
                loop);
        }
    }
}

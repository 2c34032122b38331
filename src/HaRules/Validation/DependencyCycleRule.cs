using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Reliability;
using HaRules.Rules;

namespace HaRules.Validation;

/// <summary>
/// HA005: components that need each other in a circle (A needs B needs A). Each strongly
/// connected group of components is reported once, with one whole cycle through it, starting
/// from its earliest-declared member (found by <see cref="DependencyCycles"/>, which the graph
/// builder also uses to cut the same edges).
/// </summary>
public sealed class DependencyCycleRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA005" };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var cycle in DependencyCycles.Find(context.Model))
        {
            yield return context.Create(
                "HA005",
                $"dependency cycle: {string.Join(" → ", cycle)} → {cycle[0]}; nothing in it can start first, so remove one of these dependencies",
                cycle);
        }
    }
}

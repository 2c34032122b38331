using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA101: a single component's failure stops a service (7.1). One finding per service and
/// component, naming the component first (so an acceptance on it covers the finding), then the
/// service, with the dependency path from the service down to the component.
/// </summary>
public sealed class SinglePointOfFailureRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA101" };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var analysis = context.Reliability;
        foreach (var service in analysis.Services)
        {
            foreach (var name in service.SinglePointsOfFailure)
            {
                var component = context.Model.FindComponent(name);
                if (component is null)
                {
                    continue;
                }

                var path = string.Join(" → ", analysis.DependencyPath(service.Name, name));
                yield return context.Create(
                    "HA101",
                    $"{name} is a single point of failure of service {service.Name}: {path}; its failure alone stops the service. {Capitalized(FailureAdvice.For(component))}",
                    new[] { name, service.Name });
            }
        }
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}

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
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA101";

    /// <summary>Creates the rule.</summary>
    public SinglePointOfFailureRule()
        : base(new RuleDescriptor(Id, "Single point of failure", RuleCategory.Topology, Severity.Error, "7.1"))
    {
    }

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
                    Id,
                    $"{name} is a single point of failure of service {service.Name}: {path}; its failure alone stops the service. {Capitalized(FailureAdvice.For(component))}",
                    new[] { name, service.Name });
            }
        }
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}

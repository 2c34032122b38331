using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Reliability;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA104: a service declares an availability target and its computed availability is lower
/// (7.1). The message shows both as a percentage and as downtime per year, and the cut sets that
/// contribute most, which is where redundancy pays off.
/// </summary>
public sealed class AvailabilityTargetRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA104";

    /// <summary>Creates the rule.</summary>
    public AvailabilityTargetRule()
        : base(new RuleDescriptor(Id, "Availability below target", RuleCategory.Topology, Severity.Warning, "7.1", judges: new[] { JudgedFacts.AvailabilityTarget }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var analysis = context.Reliability;
        foreach (var service in analysis.Services)
        {
            if (service.AvailabilityTarget is not { } target || service.Availability >= target)
            {
                continue;
            }

            // An inexact figure is an estimate, not a bound either way: the message must not read as exact.
            var computed = AvailabilityText.WithDowntime(service.Availability, service.Unavailability)
                + (service.AvailabilityIsExact ? string.Empty : " (an estimate: the design was too large to compute exactly)");
            var wanted = AvailabilityText.WithDowntime(target, 1 - target);
            yield return context.Create(
                Id,
                $"service {service.Name}: computed availability {computed} is below its target {wanted}{Contributors(analysis, service)}; add redundancy there, or shorten repairs (Mttr)",
                service.Name);
        }
    }

    private static string Contributors(ReliabilityAnalysis analysis, ServiceAnalysis service)
    {
        var top = service.MinimalCutSets
            .Select(set => (Set: set, Down: set.Aggregate(1.0, (p, name) => p * (analysis.EventUnavailability(name) ?? 0))))
            .Where(x => x.Down > 0)
            .OrderByDescending(x => x.Down)
            .ThenBy(x => string.Join("+", x.Set), StringComparer.Ordinal)
            .Take(3)
            .Select(x => string.Join(" + ", x.Set))
            .ToArray();
        return top.Length == 0 ? string.Empty : $"; the largest contributions come from {string.Join(", ", top)}";
    }
}

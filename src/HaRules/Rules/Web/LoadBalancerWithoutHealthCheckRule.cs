using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA403: a load balancer spreads traffic over targets without a health check, so it keeps
/// sending users to a stopped target instead of failing over (7.4.2).
/// </summary>
public sealed class LoadBalancerWithoutHealthCheckRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA403";

    /// <summary>Creates the rule.</summary>
    public LoadBalancerWithoutHealthCheckRule()
        : base(new RuleDescriptor(Id, "Load balancer without a health check", RuleCategory.Web, Severity.Warning, "7.4.2", fix: RuleFix.Mechanical, judges: new[] { JudgedFacts.HealthCheck }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (lb, balanced) in Balancers.Of(context))
        {
            if (balanced.Count == 0 || lb.Properties.ContainsKey(PropertyNames.HealthCheckSeconds))
            {
                continue;
            }

            var targets = balanced.Select(t => t.Name).ToList();

            yield return context.Create(
                Id,
                $"load balancer {lb.Name} has no health check on {Units.List(targets)}: it keeps sending requests to a stopped target; add one (HealthCheck(TimeSpan.FromSeconds(5)))",
                new[] { lb.Name }.Concat(targets));
        }
    }
}

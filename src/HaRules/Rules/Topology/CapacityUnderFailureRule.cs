using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Rules.Common;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA105: after the loss of any one target, the surviving targets' worker limits add up to less
/// than the service's declared peak, so users get errors: a web server does not queue (7.4.1).
/// Named at the load balancer or DNS name that spreads the traffic, then its targets.
/// </summary>
public sealed class CapacityUnderFailureRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA105";

    /// <summary>Creates the rule.</summary>
    public CapacityUnderFailureRule()
        : base(new RuleDescriptor(Id, "Not enough capacity after one failure", RuleCategory.Topology, Severity.Warning, "7.4.1", judges: new[] { JudgedFacts.PeakLoad, JudgedFacts.Workers }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var shortfall in context.Reliability.CapacityShortfalls)
        {
            var members = shortfall.Members.Count <= 6
                ? string.Join(", ", shortfall.Members)
                : string.Join(", ", shortfall.Members.Take(5)) + $", … ({Units.Count(shortfall.Members.Count)} in all)";
            var even = shortfall.Capacity < shortfall.Peak
                ? $" (even with all of them up, {Units.Count(shortfall.Capacity)} workers are short of it)"
                : string.Empty;
            yield return context.Create(
                Id,
                $"{shortfall.Distributor} spreads service {shortfall.Service}'s peak of {Units.Count(shortfall.Peak)} concurrent requests over {members} "
                + $"({Units.Count(shortfall.Capacity)} workers in all); after the loss of one, {Units.Count(shortfall.CapacityAfterLoss)} remain, below the peak{even}: "
                + $"users get errors, as a web server does not queue. Run at least {Units.Count(shortfall.TargetsForOneLoss)} targets of {Units.Count(shortfall.SmallestTarget)} workers (N+1), or raise maxWorkers",
                new[] { shortfall.Distributor }.Concat(shortfall.Members));
        }
    }
}

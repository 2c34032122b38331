using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA408: a load balancer health-checks its targets less often than every
/// <see cref="MaxIntervalSeconds"/> seconds: a stopped target keeps receiving its share of the
/// requests until the next check, longer than a user or a client's retry waits (7.4.2). The message
/// gives the interval and, when a service reaching the load balancer declares
/// <c>PeakRequestsPerSecond</c>, the requests sent to the stopped target within one interval at
/// that peak.
/// </summary>
public sealed class SlowHealthCheckRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA408";

    /// <summary>The longest health-check interval accepted, in seconds (docs/decisions.md).</summary>
    public const double MaxIntervalSeconds = 30;

    /// <summary>Creates the rule.</summary>
    public SlowHealthCheckRule()
        : base(new RuleDescriptor(Id, "Health check too infrequent", RuleCategory.Web, Severity.Warning, "7.4.2", judges: new[] { JudgedFacts.HealthCheck }, fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        Peaks? peaks = null;
        foreach (var (lb, targets) in Balancers.Of(context))
        {
            if (targets.Count == 0
                || Pools.Seconds(lb.Properties, PropertyNames.HealthCheckSeconds) is not { } interval
                || interval <= MaxIntervalSeconds)
            {
                continue;
            }

            peaks ??= new Peaks(context);
            var share = targets.Count == 1 ? "every request" : $"1 in {Units.Count(targets.Count)} requests";
            var lost = string.Empty;
            if (peaks.Reaching(lb.Name) is { } peak)
            {
                var requests = Math.Round(peak.Rate * interval / targets.Count);
                lost = $"; at {peak.Service}'s peak of {Units.Count(peak.Rate)} requests/s, up to {Units.Count((long)Math.Min(requests, 1e18))} failed requests";
            }

            yield return context.Create(
                Id,
                $"load balancer {lb.Name} health-checks its {Units.Count(targets.Count)} target{(targets.Count == 1 ? string.Empty : "s")} every {Units.Duration(interval)}: a stopped one keeps receiving {share} for up to {Units.Duration(interval)}{lost}; check at least every {Units.Duration(MaxIntervalSeconds)} (HealthCheck(TimeSpan.FromSeconds(5)))",
                lb.Name);
        }
    }

    // The services that declare a peak, and for every node the one with the highest peak that
    // reaches it (the first declared among equal peaks, as a stable sort by peak would pick):
    // one walk over the request graph for all of them, the highest peak first.
    private sealed class Peaks
    {
        private readonly RequestGraph _graph;
        private readonly List<(string Service, long Rate)> _byPeak;
        private readonly int[] _first;

        public Peaks(RuleContext context)
        {
            _graph = RequestGraph.Of(context);
            var services = ModelLookups.Declared(context.Model, ComponentKind.Service)
                .Where(s => s.Properties.GetInteger(PropertyNames.PeakRequestsPerSecond) is > 0)
                .Select(s => (Service: s.Name, Rate: s.Properties.GetInteger(PropertyNames.PeakRequestsPerSecond)!.Value))
                .ToList();
            _byPeak = services.OrderByDescending(s => s.Rate).ToList();
            _first = _graph.FirstReaching(_byPeak.Select(s => _graph.NodeOf(s.Service)).ToList());
        }

        // The service with the highest peak that reaches the component, or null.
        public (string Service, long Rate)? Reaching(string component) =>
            _graph.NodeOf(component) is var node and >= 0 && _first[node] is var s and >= 0 ? _byPeak[s] : null;
    }
}

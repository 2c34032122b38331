using HaRules.Model;

namespace HaRules;

/// <summary>
/// A service users reach through its entry point (usually a DNS name): the root the analysis walks
/// from, with its availability target, tolerance and peak load.
/// </summary>
public sealed class ServiceBuilder : ComponentBuilder<ServiceBuilder>
{
    internal ServiceBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>The component users reach the service through (a DNS name, a load balancer…).</summary>
    public ServiceBuilder EntryPoint(ComponentBuilder entryPoint)
    {
        if (ResolveOne(entryPoint, "entry point") is { } declaration)
        {
            AddRelation(RelationKind.EntryPoint, new[] { declaration });
        }

        return this;
    }

    /// <summary>The service keeps user state (sessions): clients must return to their server, or the state must be replicated.</summary>
    public ServiceBuilder Stateful()
    {
        Declaration.SetFlag(PropertyNames.Stateful, true);
        return this;
    }

    /// <summary>The most concurrent requests the service must carry; sizes the k of k-of-n web tiers.</summary>
    public ServiceBuilder PeakConcurrentRequests(int requests) => SetCount(PropertyNames.PeakConcurrentRequests, requests);

    /// <summary>
    /// The most requests per second the service receives at its peak. HA408 uses it to say how many
    /// requests a stopped server receives before a slow health check notices it.
    /// </summary>
    /// <param name="requestsPerSecond">Requests per second at the peak, one or more.</param>
    public ServiceBuilder PeakRequestsPerSecond(int requestsPerSecond) => SetCount(PropertyNames.PeakRequestsPerSecond, requestsPerSecond);

    /// <summary>The availability the service must reach (e.g. 0.9995 for 99.95 %); below it is HA104.</summary>
    public ServiceBuilder AvailabilityTarget(double availability)
    {
        Declaration.SetNumber(PropertyNames.AvailabilityTarget, availability);
        return this;
    }

    /// <summary>Every set of <paramref name="failures"/> simultaneous failures must leave the service running (N+k; HA103).</summary>
    public ServiceBuilder TolerateFailures(int failures) => SetCount(PropertyNames.TolerateFailures, failures);
}

/// <summary>A generic component: an external service, a licence server, a cloud dependency.</summary>
public sealed class GenericComponentBuilder : HardwareBuilder<GenericComponentBuilder>
{
    internal GenericComponentBuilder(Declaration declaration)
        : base(declaration)
    {
    }
}

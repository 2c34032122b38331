using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// A load balancer or DNS round robin whose targets cannot carry a service's declared peak after
/// the loss of one of them (HA105): web servers answer with errors past their worker limit.
/// </summary>
public sealed class CapacityShortfall
{
    internal CapacityShortfall(string distributor, string service, IReadOnlyList<string> members, long peak, long capacity, long capacityAfterLoss, int needed, long smallestTarget)
    {
        Distributor = distributor;
        Service = service;
        Members = members;
        Peak = peak;
        Capacity = capacity;
        CapacityAfterLoss = capacityAfterLoss;
        Needed = needed;
        SmallestTarget = smallestTarget;
    }

    /// <summary>The load balancer or DNS name that spreads the traffic.</summary>
    public string Distributor { get; }

    /// <summary>The service with the largest declared peak among those that reach it.</summary>
    public string Service { get; }

    /// <summary>The targets, replicas expanded.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The service's peak concurrent requests.</summary>
    public long Peak { get; }

    /// <summary>The targets' worker limits added up.</summary>
    public long Capacity { get; }

    /// <summary>What is left after the loss of the largest target.</summary>
    public long CapacityAfterLoss { get; }

    /// <summary>How many targets the graph needs running to carry the peak (all of them when even that is short).</summary>
    public int Needed { get; }

    /// <summary>The smallest target's worker limit.</summary>
    public long SmallestTarget { get; }

    /// <summary>How many targets of the smallest size carry the peak after the loss of one (N+1).</summary>
    public long TargetsForOneLoss => SmallestTarget <= 0 ? 0 : ((Peak + SmallestTarget - 1) / SmallestTarget) + 1;
}

using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Each declared load balancer with what it targets (<see cref="ModelLookups.Targets"/>, replica
/// groups expanded), found once per check: six rules on balancers (HA403–HA408) ask it, and each
/// used to expand every balancer's targets again.
/// </summary>
internal static class Balancers
{
    private static readonly object Key = new();

    /// <summary>The declared load balancers in model order, each with its targets.</summary>
    public static IReadOnlyList<(Component Balancer, IReadOnlyList<Component> Targets)> Of(RuleContext context) =>
        context.Shared(Key, c => Find(c.Model));

    private static List<(Component Balancer, IReadOnlyList<Component> Targets)> Find(DesignModel model)
    {
        var declared = ModelLookups.Declared(model, ComponentKind.LoadBalancer);
        var balancers = new List<(Component Balancer, IReadOnlyList<Component> Targets)>(declared.Count);
        foreach (var lb in declared)
        {
            balancers.Add((lb, ModelLookups.Targets(model, lb.Name, RelationKind.Targets)));
        }

        return balancers;
    }
}

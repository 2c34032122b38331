using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA405: a load balancer has no standby unit and no peer (another load balancer over the same
/// targets), so the balancer that makes its targets redundant is itself single (7.4.2).
/// </summary>
public sealed class LoadBalancerWithoutStandbyRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA405";

    /// <summary>Creates the rule.</summary>
    public LoadBalancerWithoutStandbyRule()
        : base(new RuleDescriptor(Id, "Load balancer without a standby", RuleCategory.Web, Severity.Warning, "7.4.2", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var balancers = ModelLookups.Declared(model, ComponentKind.LoadBalancer).ToList();
        // Keyed by name with the first declaration winning, as everywhere with duplicate names (HA001).
        var targetsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (lb, targets) in Balancers.Of(context))
        {
            if (!targetsOf.ContainsKey(lb.Name))
            {
                targetsOf.Add(lb.Name, new HashSet<string>(targets.Select(t => t.Name), StringComparer.Ordinal));
            }
        }

        foreach (var lb in balancers)
        {
            if (lb.Properties.GetBoolean(PropertyNames.HasStandby) == true || HasPeer(lb, balancers, targetsOf))
            {
                continue;
            }

            // A pair that pins with its session table must copy that table to its standby (HA407).
            var pair = Standbys.MustSynchronise(lb)
                ? $"a pair that synchronises its session table ({Standbys.Synchronised})"
                : $"a pair ({Standbys.Plain})";
            yield return context.Create(
                Id,
                $"load balancer {lb.Name} has no standby: when it fails, everything behind it is unreachable; make it {pair}",
                lb.Name);
        }
    }

    // Two load balancers over exactly the same targets are peers (active-active).
    private static bool HasPeer(Component lb, List<Component> balancers, Dictionary<string, HashSet<string>> targetsOf)
    {
        var mine = targetsOf[lb.Name];
        return mine.Count > 0 && balancers.Any(other => other.Name != lb.Name && targetsOf[other.Name].SetEquals(mine));
    }
}

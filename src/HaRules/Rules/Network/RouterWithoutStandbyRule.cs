using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Network;

/// <summary>
/// HA703: a router that something depends on has no standby (no VRRP-style pair), so the default
/// gateway of everything behind it is single. A router nothing depends on is not judged.
/// </summary>
public sealed class RouterWithoutStandbyRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA703";

    /// <summary>Creates the rule.</summary>
    public RouterWithoutStandbyRule()
        : base(new RuleDescriptor(Id, "Router without a standby", RuleCategory.Network, Severity.Warning, "beyond"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var router in ModelLookups.Declared(model, ComponentKind.Router))
        {
            if (router.Properties.GetBoolean(PropertyNames.HasStandby) == true)
            {
                continue;
            }

            var dependents = Dependents(model, router.Name);
            if (dependents.Count == 0)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"router {router.Name} has no standby, and {Units.List(dependents, 6)} depend on it: when it fails they lose their gateway; make it a VRRP-style pair ({Standbys.Plain})",
                router.Name);
        }
    }

    /// <summary>The components (parts stand for their owner) with a relation to the router, other than its own.</summary>
    private static List<string> Dependents(DesignModel model, string router) =>
        model.Relations
            .Where(r => r.Targets.Concat(r.Via).Any(t => string.Equals(t, router, StringComparison.Ordinal)))
            .Select(r => model.TopLevelOwner(r.From))
            .Where(d => !string.Equals(d, router, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}

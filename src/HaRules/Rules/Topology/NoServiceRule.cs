using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA106: the design declares components but no service. Single points of failure, cut sets,
/// failure tolerance and availability are all computed for a service (what must stay up), so none
/// was computed and HA101 to HA105 stay silent whatever the design; one warning says so, at the
/// first declared component. It names no component (the design as a whole is at fault). A design
/// whose code stopped early (HA006) is not judged: its services may be what it never reached.
/// </summary>
public sealed class NoServiceRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA106";

    /// <summary>Creates the rule.</summary>
    public NoServiceRule()
        : base(new RuleDescriptor(Id, "Design without a service", RuleCategory.Topology, Severity.Warning, "7.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        if (model.Components.Any(c => c.Kind == ComponentKind.Service)
            || model.Problems.Any(p => p.Kind == DesignProblemKind.NotEvaluated))
        {
            yield break;
        }

        var units = ModelLookups.Units(model).ToList();
        if (units.Count == 0)
        {
            yield break;
        }

        var at = units.Select(u => u.Location).FirstOrDefault(l => l.IsKnown) ?? units[0].Location;
        yield return context.Create(
            Id,
            $"the design declares {Units.Count(units.Count)} component{(units.Count == 1 ? string.Empty : "s")} but no service: single points of failure, cut sets and availability were not computed, because nothing says what must stay up; declare what users reach (design.AddService(\"shop\").EntryPoint(lb))",
            System.Array.Empty<string>(),
            at);
    }
}

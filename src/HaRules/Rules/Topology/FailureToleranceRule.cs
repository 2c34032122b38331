using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Findings;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA103: a service declares <c>TolerateFailures(k)</c> and some set of k or fewer failures stops
/// it (7.1). The finding is about the service (where the tolerance is declared, and where an
/// acceptance would be written), then names a smallest such set: the first minimal cut set by
/// size and name.
/// </summary>
public sealed class FailureToleranceRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA103";

    /// <summary>Creates the rule.</summary>
    public FailureToleranceRule()
        : base(new RuleDescriptor(Id, "Declared failure tolerance not met", RuleCategory.Topology, Severity.Warning, "7.1", judges: new[] { JudgedFacts.FailuresToTolerate }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var service in context.Reliability.Services)
        {
            if (service.ToleranceTarget is not { } k || k < 0)
            {
                continue;
            }

            var declared = $"service {service.Name} declares TolerateFailures({k.ToString(CultureInfo.InvariantCulture)})";
            if (service.AlwaysDown)
            {
                yield return context.Create(
                    Id,
                    $"{declared}, but it cannot run even with nothing failed: it needs something that does not exist (a group with no replica among its alternatives); declare what it needs",
                    service.Name);
                continue;
            }

            // An incomplete search (stopped at its work bound) still lists every single point of
            // failure first; they decide the finding whenever there are any.
            var smallest = service.MinimalCutSets.FirstOrDefault();
            if (!service.MinimalCutSetsComplete && service.SinglePointsOfFailure.Count > 0)
            {
                smallest = new[] { service.SinglePointsOfFailure[0] };
            }

            if (k == 0 || smallest is null || smallest.Count > k)
            {
                continue;
            }

            var count = service.MinimalCutSets.Count(s => s.Count <= k);
            var atLeast = service.MinimalCutSetsComplete ? string.Empty : "at least ";
            var more = count > 1 ? $" ({atLeast}{count.ToString(CultureInfo.InvariantCulture)} such sets of {k.ToString(CultureInfo.InvariantCulture)} or fewer)" : string.Empty;
            var failures = smallest.Count == 1 ? "this single failure stops it" : $"these {smallest.Count.ToString(CultureInfo.InvariantCulture)} failures together stop it";
            var survives = k == 1 ? "any single failure leaves it running" : $"any {k.ToString(CultureInfo.InvariantCulture)} failures together leave it running";
            yield return context.Create(
                Id,
                $"{declared}, but {failures}: {string.Join(" + ", smallest)}{more}; add redundancy there until {survives}",
                new[] { service.Name }.Concat(smallest));
        }
    }
}

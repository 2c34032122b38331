using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Reliability;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA102: the members of a redundancy group all depend on one basic event outside themselves and
/// their owner, whose failure alone stops every member (7.2.1, 7.2.2). One finding per group,
/// naming the shared event nearest the members first, then the members.
/// </summary>
public sealed class CommonCauseRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA102";

    /// <summary>Creates the rule.</summary>
    public CommonCauseRule()
        : base(new RuleDescriptor(Id, "Redundant members share one failure", RuleCategory.Topology, Severity.Warning, "7.2.1", judges: new[] { JudgedFacts.Rack, JudgedFacts.FedBy }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var cause in context.Reliability.CommonCauses)
        {
            var members = Names(cause.Members);
            var also = cause.OtherSharedEvents.Count == 0 ? string.Empty : $" (so does {Names(cause.OtherSharedEvents)})";
            yield return context.Create(
                Id,
                $"{cause.SharedEvent} stops every one of {Describe(cause)} ({members}) on its own{also}: the redundancy is defeated; {Advice(cause.Kind)}",
                new[] { cause.SharedEvent }.Concat(cause.Members));
        }
    }

    private static string Describe(CommonCause cause) => cause.Kind switch
    {
        RedundancyKind.PowerSupplies => $"the power supplies of {cause.Owner}",
        RedundancyKind.BondedNics => $"the bonded NIC ports of {cause.Owner}",
        RedundancyKind.MultipathHbas => $"the multipath HBAs of {cause.Owner}",
        RedundancyKind.Pair => $"the units of the {cause.Owner} pair",
        RedundancyKind.ClusterNodes => $"the nodes of cluster {cause.Owner}",
        _ => $"the replicas of {cause.Owner}",
    };

    private static string Advice(RedundancyKind kind) => kind switch
    {
        RedundancyKind.PowerSupplies => "put the power supplies on independent sources (different UPSes, on different panels)",
        RedundancyKind.BondedNics => "cable the ports to different switches on independent power",
        RedundancyKind.MultipathHbas => "cable the HBAs to different SAN fabrics",
        RedundancyKind.Pair => "give the two units independent power, links and racks",
        RedundancyKind.ClusterNodes => "place the nodes in different racks, on independent power and switches",
        _ => "spread the replicas across racks, power and switches, or make the shared dependency redundant",
    };

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 6 ? string.Join(", ", names) : string.Join(", ", names.Take(5)) + $", … ({names.Count} in all)";
}

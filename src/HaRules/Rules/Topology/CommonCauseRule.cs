using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Reliability;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA102: the members of a redundancy group all depend on one basic event outside themselves and
/// their owner, whose failure alone stops every member (7.2.1, 7.2.2). One finding per shared
/// event (one root cause), naming it first, then the members of every group it defeats; a group a
/// targeted rule already reports with the same shared event (HA202, HA204, HA308, HA606, HA701)
/// is left to that rule.
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
        // A redundancy a targeted rule already reports on its own line (both PSUs on one UPS, a
        // bond or a group on one switch, HBAs on one fabric, a cluster in one rack) is not repeated.
        // Their findings are indexed by every component they name, so a cause is only compared with
        // the findings that name its shared event (comparing it with all of them is quadratic).
        var targeted = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        foreach (var rule in TargetedRules)
        {
            foreach (var finding in context.FindingsOf(rule))
            {
                var named = new HashSet<string>(finding.Components, StringComparer.Ordinal);
                foreach (var component in named)
                {
                    if (!targeted.TryGetValue(component, out var naming))
                    {
                        targeted.Add(component, naming = new List<HashSet<string>>());
                    }

                    naming.Add(named);
                }
            }
        }

        var causes = new List<CommonCause>();
        foreach (var cause in context.Reliability.CommonCauses)
        {
            if (!targeted.TryGetValue(cause.SharedEvent, out var naming) || !naming.Exists(t => Reports(t, cause)))
            {
                causes.Add(cause);
            }
        }

        // One finding per shared event: its failure is the one root cause of every redundancy it defeats.
        foreach (var byEvent in causes.GroupBy(c => c.SharedEvent, StringComparer.Ordinal))
        {
            var list = byEvent.ToList();
            var defeated = list.Select(c => $"{Describe(c)} ({Names(c.Members)}){Also(c)}");
            var advice = string.Join("; ", list.Select(c => Advice(c.Kind)).Distinct(StringComparer.Ordinal));
            var message = list.Count == 1
                ? $"{byEvent.Key} stops every one of {Describe(list[0])} ({Names(list[0].Members)}) on its own{Also(list[0])}: the redundancy is defeated; {advice}"
                : $"{byEvent.Key} on its own stops every member of {list.Count} redundant groups, {string.Join("; ", defeated)}: the redundancy is defeated; {advice}";
            yield return context.Create(
                Id,
                message,
                new[] { byEvent.Key }.Concat(list.SelectMany(c => c.Members)).Distinct(StringComparer.Ordinal));
        }
    }

    private static readonly DesignRule[] TargetedRules =
    {
        new Server.SharedPowerSourceRule(),
        new Server.BondOnOneSwitchRule(),
        new Storage.HbasOnOneFabricRule(),
        new Database.ClusterSharedDomainRule(),
        new Network.GroupOnOneSwitchRule(),
    };

    // A targeted finding reports a common cause when it names the shared event and the redundancy (its owner, or every member).
    private static bool Reports(HashSet<string> components, CommonCause cause)
    {
        if (!components.Contains(cause.SharedEvent))
        {
            return false;
        }

        if (components.Contains(cause.Owner))
        {
            return true;
        }

        foreach (var member in cause.Members)
        {
            if (!components.Contains(member))
            {
                return false;
            }
        }

        return true;
    }

    private static string Also(CommonCause cause) =>
        cause.OtherSharedEvents.Count == 0 ? string.Empty : $" (so does {Names(cause.OtherSharedEvents)})";

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

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

        // One finding per shared event, in the order the events first come: its failure is the one
        // root cause of every redundancy it defeats. Grouped and listed with plain loops (a grouping,
        // a set and several iterators per finding were most of what the rule allocated).
        var byEvent = new Dictionary<string, List<CommonCause>>(StringComparer.Ordinal);
        var events = new List<List<CommonCause>>();
        foreach (var cause in context.Reliability.CommonCauses)
        {
            if (targeted.TryGetValue(cause.SharedEvent, out var naming) && naming.Exists(t => Reports(t, cause)))
            {
                continue;
            }

            if (!byEvent.TryGetValue(cause.SharedEvent, out var list))
            {
                byEvent.Add(cause.SharedEvent, list = new List<CommonCause>());
                events.Add(list);
            }

            list.Add(cause);
        }

        foreach (var list in events)
        {
            var sharedEvent = list[0].SharedEvent;
            var advice = AdviceOf(list);
            var message = list.Count == 1
                ? $"{sharedEvent} stops every one of {Describe(list[0])} ({Names(list[0].Members)}) on its own{Also(list[0])}: the redundancy is defeated; {advice}"
                : $"{sharedEvent} on its own stops every member of {list.Count} redundant groups, {string.Join("; ", list.Select(c => $"{Describe(c)} ({Names(c.Members)}){Also(c)}"))}: the redundancy is defeated; {advice}";
            yield return context.Create(Id, message, Named(sharedEvent, list));
        }
    }

    // The advice for each kind of redundancy defeated, each once, in order.
    private static string AdviceOf(List<CommonCause> causes)
    {
        if (causes.Count == 1)
        {
            return Advice(causes[0].Kind);
        }

        var advice = new List<string>();
        foreach (var cause in causes)
        {
            var text = Advice(cause.Kind);
            if (!advice.Contains(text, StringComparer.Ordinal))
            {
                advice.Add(text);
            }
        }

        return string.Join("; ", advice);
    }

    // The shared event, then the members of every group it defeats, each once.
    private static List<string> Named(string sharedEvent, List<CommonCause> causes)
    {
        var names = new List<string> { sharedEvent };
        var seen = new HashSet<string>(StringComparer.Ordinal) { sharedEvent };
        foreach (var cause in causes)
        {
            foreach (var member in cause.Members)
            {
                if (seen.Add(member))
                {
                    names.Add(member);
                }
            }
        }

        return names;
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

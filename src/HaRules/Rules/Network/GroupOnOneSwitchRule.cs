using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Network;

/// <summary>
/// HA701: the NIC ports of a server group (a replica group, or the nodes of a cluster), taken
/// together, reach only one switch: that switch stops the whole group (7.2.2). Judged only when
/// every server of the group declares its ports; SAN fabrics and heartbeats are HA308 and HA601.
/// One finding per group, naming its servers first, then the switch.
/// </summary>
public sealed class GroupOnOneSwitchRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA701";

    /// <summary>Creates the rule.</summary>
    public GroupOnOneSwitchRule()
        : base(new RuleDescriptor(Id, "Server group reaches only one switch", RuleCategory.Network, Severity.Warning, "7.2.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var parts = UnitParts.Of(context);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (isCluster, name, servers) in ServerGroups(model))
        {
            if (servers.Count < 2 || OnlySwitch(model, parts, servers) is not { } only)
            {
                continue;
            }

            var names = servers.Select(s => s.Name).ToList();
            if (!reported.Add(string.Join("\u0001", names)))
            {
                continue;
            }

            var what = isCluster ? $"the nodes of cluster {name}" : $"server group {name}";
            yield return context.Create(
                Id,
                $"the NIC ports of {what} ({Units.List(names, 6)}) all reach switch {only}: when it fails, every one of them is cut off; cable each server's ports to two switches (WithNics(BondMode.ActiveBackup, swA, swB))",
                names.Concat(new[] { only }));
        }
    }

    // The groups by name; what they are called is only written for a finding.
    private static IEnumerable<(bool IsCluster, string Name, IReadOnlyList<Component> Servers)> ServerGroups(DesignModel model)
    {
        foreach (var group in model.Groups)
        {
            if (group.Kind == ComponentKind.Server)
            {
                yield return (false, group.Name, model.Resolve(group.Name));
            }
        }

        foreach (var (cluster, _, nodes) in Clusters.All(model))
        {
            yield return (true, cluster.Name, nodes.Where(n => n.Kind == ComponentKind.Server).ToList());
        }
    }

    // The one switch every port of every server is cabled to; null when a server declares no
    // ports, a port's switch is unknown, or the ports reach two or more switches. Each server's
    // ports are walked by position (UnitParts), as PartsOf its name lists them.
    private static string? OnlySwitch(DesignModel model, UnitParts parts, IReadOnlyList<Component> servers)
    {
        string? only = null;
        var components = model.Components;
        for (var s = 0; s < servers.Count; s++)
        {
            var ports = 0;
            foreach (var at in parts.PartsOf(model.IndexOf(servers[s].Name)))
            {
                if (components[at].Kind != ComponentKind.Nic)
                {
                    continue;
                }

                ports++;
                var target = parts.LinkOf(at, RelationKind.CabledTo);
                if (target is null || (only is not null && !string.Equals(only, target, StringComparison.Ordinal)))
                {
                    return null;
                }

                only = target;
            }

            if (ports == 0)
            {
                return null;
            }
        }

        return only;
    }
}

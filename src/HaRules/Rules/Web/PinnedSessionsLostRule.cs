using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA404: a load balancer pins sessions (cookie or session table) to stateful targets that do not
/// replicate their session state: when a target fails, its users' sessions are lost (7.4.2).
/// </summary>
public sealed class PinnedSessionsLostRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA404";

    /// <summary>Creates the rule.</summary>
    public PinnedSessionsLostRule()
        : base(new RuleDescriptor(Id, "Pinned sessions lost at failover", RuleCategory.Web, Severity.Warning, "7.4.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var balanced in RequestPaths.StatefulBehindBalancers(context))
        {
            var lb = balanced.Balancer;
            var persistence = lb.Properties.GetEnum<SessionPersistence>(PropertyNames.Persistence);
            if (persistence is not (SessionPersistence.Cookie or SessionPersistence.SessionTable))
            {
                continue;
            }

            var lost = balanced.Unreplicated;
            if (lost.Count == 0)
            {
                continue;
            }

            var how = persistence == SessionPersistence.Cookie ? "a cookie" : "its session table";
            yield return context.Create(
                Id,
                $"load balancer {lb.Name} pins sessions with {how} to {Units.List(lost.Select(t => t.Name).ToList())}, which keep sessions only in their own memory: a failover loses them; {Advice(model, lost)}",
                new[] { lb.Name }.Concat(lost.Select(t => t.Name)));
        }
    }

    /// <summary>
    /// How to replicate the targets' sessions, never suggesting what they already declare: a server
    /// that already replicates primary-backup lacks only a replica to copy to, and primary-backup
    /// alone does not help a single server, nor replicas that share one rack (HA502; docs/decisions.md).
    /// </summary>
    private static string Advice(DesignModel model, IReadOnlyList<Component> lost)
    {
        var advice = lost
            .GroupBy(t => Kind(model, t))
            .OrderBy(g => g.Key)
            .Select(g => (Names: g.Select(t => t.Group ?? t.Name).Distinct(StringComparer.Ordinal).ToList(), Text: g.Key switch
            {
                Case.NoReplicaToCopyTo => "add a replica for their primary-backup replication to copy to (replicas: 2), or keep sessions in a shared store (SessionReplication.SharedStore)",
                Case.Single => "replicate sessions (RunsAppServer(SessionReplication.SharedStore), or PrimaryBackup with a second replica: replicas: 2)",
                Case.GroupInOneRack => "replicate sessions (RunsAppServer(SessionReplication.SharedStore), or PrimaryBackup with the replicas spread across racks: SpreadAcross(rack1, rack2))",
                _ => "replicate sessions (RunsAppServer(SessionReplication.PrimaryBackup) or SharedStore)",
            }))
            .ToList();
        if (advice.Count == 1)
        {
            return advice[0].Text;
        }

        return string.Join("; ", advice.Select(a => $"for {Units.List(a.Names)}, {a.Text}"));
    }

    private static Case Kind(DesignModel model, Component target)
    {
        if (target.Properties.GetEnum<SessionReplication>(PropertyNames.SessionReplication) == SessionReplication.PrimaryBackup)
        {
            return Case.NoReplicaToCopyTo;
        }

        var members = target.Group is { } group ? model.FindGroup(group)?.Members ?? new[] { target.Name } : new[] { target.Name };
        if (members.Count < 2)
        {
            return Case.Single;
        }

        // Primary-backup between replicas in one rack loses both copies with the rack (HA502).
        var racks = members.Select(m => ModelLookups.RackOf(model, m)).Distinct(StringComparer.Ordinal).ToList();
        return racks.Count == 1 && racks[0] is not null ? Case.GroupInOneRack : Case.Group;
    }

    private enum Case
    {
        Group,
        GroupInOneRack,
        Single,
        NoReplicaToCopyTo,
    }
}

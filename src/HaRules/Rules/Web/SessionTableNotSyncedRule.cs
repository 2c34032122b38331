using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA407: a load balancer pair pins sessions with its session table but does not synchronise that
/// table to its standby: at failover the standby knows no pin, so every user is sent to a server
/// chosen anew and loses a session its first server kept (7.4.2). Judged when a <c>Stateful()</c>
/// service reaches a target whose sessions are not in a shared store (with a shared store, any
/// server knows every session and a lost pin costs nothing).
/// </summary>
public sealed class SessionTableNotSyncedRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA407";

    /// <summary>Creates the rule.</summary>
    public SessionTableNotSyncedRule()
        : base(new RuleDescriptor(Id, "Load balancer pair does not synchronise its session table", RuleCategory.Web, Severity.Warning, "7.4.2", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var balanced in RequestPaths.StatefulBehindBalancers(context))
        {
            var lb = balanced.Balancer;
            if (lb.Properties.GetBoolean(PropertyNames.HasStandby) != true
                || lb.Properties.GetEnum<SessionPersistence>(PropertyNames.Persistence) != SessionPersistence.SessionTable
                || lb.Properties.GetBoolean(PropertyNames.StateSync) == true)
            {
                continue;
            }

            // Only a shared store lets every server know every session; with primary-backup a user sent to a
            // server chosen anew may still land where the session is not.
            var pinned = balanced.Stateful
                .Where(t => t.Properties.GetEnum<SessionReplication>(PropertyNames.SessionReplication) != SessionReplication.SharedStore)
                .Select(t => t.Name)
                .ToList();
            if (pinned.Count == 0)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"load balancer pair {lb.Name} does not copy its session table to its standby: at failover the users pinned to {Units.List(pinned, 6)} lose their sessions; synchronise it (WithStandby(stateSync: true)) or pin with a cookie (Persistence(SessionPersistence.Cookie))",
                new[] { lb.Name }.Concat(pinned));
        }
    }
}

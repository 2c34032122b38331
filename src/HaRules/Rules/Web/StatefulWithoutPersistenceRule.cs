using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA406: a load balancer spreads a <c>Stateful()</c> service over two or more application servers
/// without session persistence, and the servers keep sessions only in their own memory (no shared
/// store, no replication): each request may land on a server that does not know the user's
/// session, so users are logged out or lose their cart mid-visit (7.4.2).
/// </summary>
public sealed class StatefulWithoutPersistenceRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA406";

    /// <summary>Creates the rule.</summary>
    public StatefulWithoutPersistenceRule()
        : base(new RuleDescriptor(Id, "Stateful servers behind a load balancer without session persistence", RuleCategory.Web, Severity.Warning, "7.4.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var balanced in RequestPaths.StatefulBehindBalancers(context))
        {
            var lb = balanced.Balancer;
            if (lb.Properties.GetEnum<SessionPersistence>(PropertyNames.Persistence) is SessionPersistence.Cookie or SessionPersistence.SessionTable)
            {
                continue;
            }

            var targets = balanced.Targets;
            var unknowing = balanced.Unreplicated.Select(t => t.Name).ToList();
            if (targets.Count < 2 || unknowing.Count == 0)
            {
                continue;
            }

            var who = unknowing.Count == targets.Count
                ? $"over {Units.List(unknowing, 6)} without session persistence, and they keep sessions only in their own memory"
                : $"over {Units.List(targets.Select(t => t.Name), 6)} without session persistence, and {Units.List(unknowing, 6)} keep sessions only in their own memory";
            yield return context.Create(
                Id,
                $"load balancer {lb.Name} spreads a stateful service {who}: a user's next request may land on a server that does not know the session; keep sessions in a shared store (RunsAppServer(SessionReplication.SharedStore)), or pin each client (Persistence(SessionPersistence.Cookie)) and replicate sessions (RunsAppServer(SessionReplication.PrimaryBackup) with two or more replicas)",
                new[] { lb.Name }.Concat(unknowing));
        }
    }
}

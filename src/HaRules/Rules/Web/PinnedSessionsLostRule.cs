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
        var stateful = RequestPaths.StatefulServers(model);
        foreach (var lb in ModelLookups.Declared(model, ComponentKind.LoadBalancer))
        {
            var persistence = lb.Properties.GetEnum<SessionPersistence>(PropertyNames.Persistence);
            if (persistence is not (SessionPersistence.Cookie or SessionPersistence.SessionTable))
            {
                continue;
            }

            var lost = ModelLookups.Targets(model, lb.Name, RelationKind.Targets)
                .Where(t => stateful.Contains(t.Name) && !Sessions.AreReplicated(model, t))
                .Select(t => t.Name)
                .ToList();
            if (lost.Count == 0)
            {
                continue;
            }

            var how = persistence == SessionPersistence.Cookie ? "a cookie" : "its session table";
            yield return context.Create(
                Id,
                $"load balancer {lb.Name} pins sessions with {how} to {Units.List(lost)}, which keep sessions only in their own memory: a failover loses them; replicate sessions (RunsAppServer(SessionReplication.PrimaryBackup) or SharedStore)",
                new[] { lb.Name }.Concat(lost));
        }
    }
}

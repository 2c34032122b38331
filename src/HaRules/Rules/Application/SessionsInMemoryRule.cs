using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Application;

/// <summary>
/// HA501: a stateful application server (each replica) keeps its sessions only in its own memory:
/// no replication, no shared session store, or primary-backup replication with no other replica to
/// copy to. Its users lose their sessions when it fails (7.5.1).
/// </summary>
public sealed class SessionsInMemoryRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA501";

    /// <summary>Creates the rule.</summary>
    public SessionsInMemoryRule()
        : base(new RuleDescriptor(Id, "Sessions kept only in one server's memory", RuleCategory.Application, Severity.Warning, "7.5.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var stateful = RequestPaths.StatefulServers(context);
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            if (!stateful.Contains(server.Name) || Sessions.AreReplicated(model, server))
            {
                continue;
            }

            var why = server.Properties.GetEnum<SessionReplication>(PropertyNames.SessionReplication) == SessionReplication.PrimaryBackup
                ? "replicates sessions primary-backup but has no other replica to copy them to"
                : "keeps its users' sessions only in its own memory";
            // Primary-backup between replicas that share one rack loses both copies with it (HA502).
            var replicate = InOneRack(model, server)
                ? "replicate them to a server in another rack (SessionReplication.PrimaryBackup with the replicas spread across racks: SpreadAcross(rack1, rack2))"
                : "replicate them to another server (SessionReplication.PrimaryBackup with two or more replicas)";
            yield return context.Create(
                Id,
                $"stateful application server {server.Name} {why}: its users lose their sessions when it fails; {replicate} or keep them in a shared store (SessionReplication.SharedStore)",
                server.Name);
        }
    }

    /// <summary>True when the server's replica group has two or more replicas, all in the same rack.</summary>
    private static bool InOneRack(DesignModel model, Component server)
    {
        if (server.Group is not { } group || model.FindGroup(group)?.Members is not { Count: >= 2 } members)
        {
            return false;
        }

        var racks = members.Select(m => ModelLookups.RackOf(model, m)).Distinct(System.StringComparer.Ordinal).ToList();
        return racks.Count == 1 && racks[0] is not null;
    }
}

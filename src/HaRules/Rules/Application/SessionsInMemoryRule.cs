using System.Collections.Generic;
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
        var stateful = RequestPaths.StatefulServers(model);
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            if (!stateful.Contains(server.Name) || Sessions.AreReplicated(model, server))
            {
                continue;
            }

            var why = server.Properties.GetEnum<SessionReplication>(PropertyNames.SessionReplication) == SessionReplication.PrimaryBackup
                ? "replicates sessions primary-backup but has no other replica to copy them to"
                : "keeps its users' sessions only in its own memory";
            yield return context.Create(
                Id,
                $"stateful application server {server.Name} {why}: its users lose their sessions when it fails; replicate them to another server (SessionReplication.PrimaryBackup with two or more replicas) or keep them in a shared store (SessionReplication.SharedStore)",
                server.Name);
        }
    }
}

using System;
using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Application;

/// <summary>
/// HA502: a stateful server's session replica lives in the same rack as its primary, so a rack
/// failure loses both copies (7.5.1). Components in no rack never share one.
/// </summary>
public sealed class SessionReplicaSameRackRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA502";

    /// <summary>Creates the rule.</summary>
    public SessionReplicaSameRackRule()
        : base(new RuleDescriptor(Id, "Session replica in the same rack as its primary", RuleCategory.Application, Severity.Warning, "7.5.1", judges: new[] { JudgedFacts.Rack }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var stateful = RequestPaths.StatefulServers(context);
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            if (!stateful.Contains(server.Name)
                || ModelLookups.TargetOf(model, server.Name, RelationKind.ReplicatesTo) is not { } replica
                || ModelLookups.RackOf(model, server.Name) is not { } rack
                || !string.Equals(ModelLookups.RackOf(model, replica), rack, StringComparison.Ordinal))
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"{server.Name} replicates its sessions to {replica}, in the same rack {rack}: a rack failure loses both copies; spread the replicas across racks (SpreadAcross(rack1, rack2))",
                new[] { server.Name, replica, rack });
        }
    }
}

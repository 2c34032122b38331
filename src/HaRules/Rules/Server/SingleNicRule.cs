using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Server;

/// <summary>HA203: a server (each replica) declares a single NIC port (7.2.2).</summary>
public sealed class SingleNicRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA203";

    /// <summary>Creates the rule.</summary>
    public SingleNicRule()
        : base(new RuleDescriptor(Id, "Single NIC port", RuleCategory.Server, Severity.Warning, "7.2.2", judges: new[] { JudgedFacts.Nics }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (server, nic, target) in RedundantLinks.SinglePart(context, ModelLookups.DeclaredPositions(model, ComponentKind.Server), ComponentKind.Nic, RelationKind.CabledTo))
        {
            var on = target is null ? string.Empty : $" (to {target})";
            yield return context.Create(
                Id,
                $"{server.Name} has a single NIC port, {nic.Name}{on}: a card, cable or switch failure cuts it off; bond two ports to two switches (WithNics(BondMode.ActiveBackup, swA, swB))",
                new[] { server.Name, nic.Name });
        }
    }
}

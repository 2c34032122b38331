using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>HA306: a server (each replica) declares a single HBA: one storage path (7.3.2).</summary>
public sealed class SingleHbaRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA306";

    /// <summary>Creates the rule.</summary>
    public SingleHbaRule()
        : base(new RuleDescriptor(Id, "Single storage path", RuleCategory.Storage, Severity.Warning, "7.3.2", judges: new[] { JudgedFacts.Hbas }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (server, hba, fabric) in RedundantLinks.SinglePart(context, ModelLookups.DeclaredPositions(model, ComponentKind.Server), ComponentKind.Hba, RelationKind.CabledTo))
        {
            var on = fabric is null ? string.Empty : $" (to {fabric})";
            yield return context.Create(
                Id,
                $"{server.Name} has a single HBA, {hba.Name}{on}: one adapter, cable or fabric failure cuts it off its storage; add a second HBA on another fabric with multipath (WithHbas(Multipath.Enabled, sanA, sanB))",
                new[] { server.Name, hba.Name });
        }
    }
}

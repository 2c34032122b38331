using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA308: a server with two or more HBAs has them all on one SAN switch (fabric), so that fabric
/// is a single point of failure for its storage (7.3.2).
/// </summary>
public sealed class HbasOnOneFabricRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA308";

    /// <summary>Creates the rule.</summary>
    public HbasOnOneFabricRule()
        : base(new RuleDescriptor(Id, "All storage paths through one fabric", RuleCategory.Storage, Severity.Warning, "7.3.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (server, names, fabric) in RedundantLinks.AllOnOneTarget(context, ModelLookups.DeclaredPositions(model, ComponentKind.Server), ComponentKind.Hba, RelationKind.CabledTo))
        {
            yield return context.Create(
                Id,
                $"{server.Name} has {Units.Count(names.Count)} HBAs ({Units.List(names)}), all on SAN switch {fabric}: when {fabric} fails, {server.Name} loses its storage; cable them to two fabrics",
                new[] { server.Name }.Concat(names).Concat(new[] { fabric }));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA307: a server has several HBAs but multipath is off, so only the first path is used and
/// nothing fails over to the others (7.3.2).
/// </summary>
public sealed class MultipathDisabledRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA307";

    /// <summary>Creates the rule.</summary>
    public MultipathDisabledRule()
        : base(new RuleDescriptor(Id, "Several HBAs without multipath", RuleCategory.Storage, Severity.Warning, "7.3.2", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var server in ModelLookups.Declared(model, ComponentKind.Server))
        {
            var hbas = model.PartsOf(server.Name, ComponentKind.Hba).Select(h => h.Name).ToList();
            if (hbas.Count < 2 || server.Properties.GetEnum<Multipath>(PropertyNames.Multipath) != Multipath.Disabled)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"{server.Name} has {Units.Count(hbas.Count)} HBAs ({Units.List(hbas)}) but multipath is off: only {hbas[0]} is used and nothing fails over when its path breaks; enable multipath (WithHbas(Multipath.Enabled, ...))",
                new[] { server.Name }.Concat(hbas));
        }
    }
}

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
        // Each server's parts by position (UnitParts): the HBAs are counted with no list, and only
        // listed for a finding.
        var model = context.Model;
        var parts = UnitParts.Of(context);
        var components = model.Components;
        var servers = ModelLookups.DeclaredPositions(model, ComponentKind.Server);
        for (var s = 0; s < servers.Count; s++)
        {
            var server = components[servers[s]];
            var hbaParts = parts.PartsOf(parts.NameIndex(servers[s]));
            if (Count(components, hbaParts) < 2 || server.Properties.GetEnum<Multipath>(PropertyNames.Multipath) != Multipath.Disabled)
            {
                continue;
            }

            var hbas = new List<string>();
            foreach (var at in hbaParts)
            {
                if (components[at].Kind == ComponentKind.Hba)
                {
                    hbas.Add(components[at].Name);
                }
            }

            yield return context.Create(
                Id,
                $"{server.Name} has {Units.Count(hbas.Count)} HBAs ({Units.List(hbas)}) but multipath is off: only {hbas[0]} is used and nothing fails over when its path breaks; enable multipath (WithHbas(Multipath.Enabled, ...))",
                new[] { server.Name }.Concat(hbas));
        }
    }

    private static int Count(IReadOnlyList<Component> components, Segment<int> parts)
    {
        var count = 0;
        foreach (var at in parts)
        {
            count += components[at].Kind == ComponentKind.Hba ? 1 : 0;
        }

        return count;
    }
}

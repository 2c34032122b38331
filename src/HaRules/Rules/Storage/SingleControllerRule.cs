using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>HA309: a storage array declares a single controller, which every volume on it depends on (7.3).</summary>
public sealed class SingleControllerRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA309";

    /// <summary>Creates the rule.</summary>
    public SingleControllerRule()
        : base(new RuleDescriptor(Id, "Single array controller", RuleCategory.Storage, Severity.Warning, "7.3", judges: new[] { JudgedFacts.Controllers }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var array in ModelLookups.Declared(model, ComponentKind.StorageArray))
        {
            var controllers = model.PartsOf(array.Name, ComponentKind.Controller).ToList();
            if (controllers.Count != 1)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"storage array {array.Name} has a single controller, {controllers[0].Name}: when it fails, every volume on the array is unreachable; use a dual-controller array (WithControllers(2))",
                new[] { array.Name, controllers[0].Name });
        }
    }
}

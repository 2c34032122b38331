using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>HA309: a storage array declares a single controller, which every volume on it depends on (7.3).</summary>
public sealed class SingleControllerRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA309" };

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
                "HA309",
                $"storage array {array.Name} has a single controller, {controllers[0].Name}: when it fails, every volume on the array is unreachable; use a dual-controller array (WithControllers(2))",
                new[] { array.Name, controllers[0].Name });
        }
    }
}

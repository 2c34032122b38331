using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Application;

/// <summary>
/// HA503: a connection pool's minimum differs from its maximum, so connections are opened under
/// load instead of once at start-up (7.5.2). Judged only when both are declared; one finding per
/// server replica, at its <c>ConnectsTo</c> call.
/// </summary>
public sealed class PoolMinMaxRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA503" };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (pool, server, database) in Pools.All(context.Model))
        {
            if (pool.Properties.GetInteger(PropertyNames.PoolMin) is not { } min
                || pool.Properties.GetInteger(PropertyNames.PoolMax) is not { } max
                || min == max)
            {
                continue;
            }

            yield return context.Create(
                "HA503",
                $"pool {server}→{database} has Min({Units.Count(min)}) and Max({Units.Count(max)}): connections opened under load cost time exactly when it is short; set both to the same value (Min({Units.Count(max)}).Max({Units.Count(max)}))",
                new[] { server, database },
                pool.Location);
        }
    }
}

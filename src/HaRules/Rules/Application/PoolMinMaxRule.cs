using System.Collections.Generic;
using System.Linq;
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
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA503";

    /// <summary>Creates the rule.</summary>
    public PoolMinMaxRule()
        : base(new RuleDescriptor(Id, "Connection pool minimum differs from maximum", RuleCategory.Application, Severity.Warning, "7.5.2", fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var caps = new Dictionary<string, long?>(System.StringComparer.Ordinal);
        foreach (var (pool, server, database) in Pools.All(context.Model))
        {
            if (pool.Properties.GetInteger(PropertyNames.PoolMin) is not { } min
                || pool.Properties.GetInteger(PropertyNames.PoolMax) is not { } max
                || min == max)
            {
                continue;
            }

            // One value satisfies every rule on the pool: its Max, or the share that keeps all the pools
            // to the database within its connection limit (HA505); with Min = Max the pool never retires
            // a connection, so a firewall's idle drop on its path needs a keep-alive (HA504).
            if (!caps.TryGetValue(database, out var cap))
            {
                caps[database] = cap = Pools.Cap(context.Model, database);
            }

            var size = cap is { } c && c < max ? c : max;
            var drops = Pools.DroppingFirewalls(context.Model, pool, keepsForever: true).ToList();
            var calls = Pools.SteadyCalls(size, drops);
            var advice = size == max ? "set both to the same value" : $"set both to {Units.Count(size)}, which keeps the pools to {database} within its connection limit (HA505)";
            if (drops.Count > 0)
            {
                advice += $", with a keep-alive under {Units.List(drops.Select(d => d.Firewall))}'s {Units.Duration(drops.Min(d => d.Drop))} idle timeout";
            }

            yield return context.Create(
                Id,
                $"pool {server}→{database} has Min({Units.Count(min)}) and Max({Units.Count(max)}): connections opened under load cost time exactly when it is short; {advice} ({Pools.Written(calls)})",
                new[] { server, database },
                pool.Location,
                calls.ToDictionary(c => c.Method, c => c.Argument, System.StringComparer.Ordinal));
        }
    }
}

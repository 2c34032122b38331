using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Application;

/// <summary>
/// HA504: a firewall on a pool's path (<c>Through</c>) silently drops sessions idle longer than its
/// timeout, while the pool keeps connections idle at least that long and sends no keep-alive
/// shorter than the firewall's timeout: the pool hands out dead connections (7.5.2). A pool keeps
/// connections idle that long when its own idle timeout is at least the firewall's, when it
/// declares none, or when it declares a minimum of one or more (Min = Max, or any minimum): the
/// connections it keeps at its minimum are never retired, so its idle timeout does not protect
/// them and only a keep-alive does. Silent when the firewall declares no idle timeout.
/// </summary>
public sealed class FirewallDropsIdlePoolRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA504";

    /// <summary>Creates the rule.</summary>
    public FirewallDropsIdlePoolRule()
        : base(new RuleDescriptor(Id, "Firewall drops idle pooled connections", RuleCategory.Application, Severity.Warning, "7.5.2", judges: new[] { JudgedFacts.IdleTimeout }, fix: RuleFix.Mechanical))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (pool, server, database) in Pools.All(model))
        {
            var idle = Pools.Seconds(pool.Properties, PropertyNames.IdleTimeoutSeconds);
            var keepAlive = Pools.Seconds(pool.Properties, PropertyNames.KeepAliveSeconds);
            var forever = Pools.KeepsConnectionsForever(pool.Properties);
            var min = pool.Properties.GetInteger(PropertyNames.PoolMin) ?? 0;
            var max = pool.Properties.GetInteger(PropertyNames.PoolMax);
            foreach (var (firewall, drop) in Pools.DroppingFirewalls(model, pool, forever))
            {
                string keeps;
                if (forever)
                {
                    var which = max == min
                        ? $"keeps all its connections open (Min({Units.Count(min)}) = Max({Units.Count(min)}))"
                        : $"keeps {Units.Count(min)} connections open at its minimum (Min({Units.Count(min)}))";
                    keeps = idle is { } retire ? $"{which}, which its idle timeout of {Units.Duration(retire)} never retires," : which;
                }
                else
                {
                    keeps = idle is { } kept ? $"keeps connections idle up to {Units.Duration(kept)}" : "declares no idle timeout, so it keeps connections idle indefinitely";
                }

                var alive = keepAlive is { } k2 ? $" and its keep-alive every {Units.Duration(k2)} comes too late" : string.Empty;
                var interval = Pools.KeepAliveInterval(new[] { drop });
                var set = $"set a keep-alive under {Units.Duration(drop)} (KeepAlive({interval}))";
                var other = keepAlive is { } k3
                    ? $" or raise {firewall}'s idle timeout above {Units.Duration(k3)}"
                    : !forever && idle is { } i3 ? $" or raise {firewall}'s idle timeout above {Units.Duration(i3)}" : string.Empty;
                yield return context.Create(
                    Id,
                    $"pool {server}→{database} {keeps}{alive} but firewall {firewall} drops idle sessions after {Units.Duration(drop)}; {set}{other}",
                    new[] { server, firewall, database },
                    pool.Location,
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["KeepAlive"] = interval });
            }
        }
    }
}

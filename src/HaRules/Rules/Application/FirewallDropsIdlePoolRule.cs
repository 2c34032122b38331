using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Application;

/// <summary>
/// HA504: a firewall on a pool's path (<c>Through</c>) silently drops sessions idle longer than its
/// timeout, while the pool keeps connections idle at least that long (or declares no idle
/// timeout) and sends no keep-alive shorter than the firewall's timeout: the pool hands out dead
/// connections (7.5.2). Silent when the firewall declares no idle timeout.
/// </summary>
public sealed class FirewallDropsIdlePoolRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA504";

    /// <summary>Creates the rule.</summary>
    public FirewallDropsIdlePoolRule()
        : base(new RuleDescriptor(Id, "Firewall drops idle pooled connections", RuleCategory.Application, Severity.Warning, "7.5.2"))
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
            foreach (var firewall in pool.Via.Distinct(StringComparer.Ordinal))
            {
                if (model.FindComponent(firewall) is not { } unit
                    || Pools.Seconds(unit.Properties, PropertyNames.IdleTimeoutSeconds) is not { } drop
                    || drop <= 0
                    || (idle is { } i && i < drop)
                    || (keepAlive is { } k && k < drop))
                {
                    continue;
                }

                var keeps = idle is { } kept ? $"keeps connections idle up to {Units.Duration(kept)}" : "declares no idle timeout, so it keeps connections idle indefinitely";
                var alive = keepAlive is { } k2 ? $" and its keep-alive every {Units.Duration(k2)} comes too late" : string.Empty;
                yield return context.Create(
                    Id,
                    $"pool {server}→{database} {keeps}{alive} but firewall {firewall} drops idle sessions after {Units.Duration(drop)}; set a keep-alive under {Units.Duration(drop)} or raise the firewall's idle timeout",
                    new[] { server, firewall, database },
                    pool.Location);
            }
        }
    }
}

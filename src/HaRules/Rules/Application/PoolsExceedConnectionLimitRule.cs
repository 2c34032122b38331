using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Application;

/// <summary>
/// HA505: the pools' declared maxima, summed over every server replica that connects to a
/// database, exceed the database's declared connection limit, so connections are refused at peak
/// (7.5.2). One finding per database, naming the pools' servers first, at the first pool's
/// <c>ConnectsTo</c> call.
/// </summary>
public sealed class PoolsExceedConnectionLimitRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA505";

    /// <summary>Creates the rule.</summary>
    public PoolsExceedConnectionLimitRule()
        : base(new RuleDescriptor(Id, "Pools exceed the database's connection limit", RuleCategory.Application, Severity.Warning, "7.5.2", judges: new[] { JudgedFacts.Connections }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var database in ModelLookups.Declared(model, ComponentKind.DatabaseCluster))
        {
            if (database.Properties.GetInteger(PropertyNames.MaxConnections) is not { } limit || limit <= 0)
            {
                continue;
            }

            var sized = Pools.Sized(model, database.Name).ToList();
            var total = Total(sized.Select(p => p.Pool.Properties.GetInteger(PropertyNames.PoolMax)!.Value));
            if (sized.Count == 0 || total <= limit)
            {
                continue;
            }

            var servers = sized.Select(p => p.Server).Distinct(StringComparer.Ordinal).ToList();
            yield return context.Create(
                Id,
                $"the pools of {Units.List(servers, 6)} to {database.Name} may open {Units.Count(total)} connections in all, but {database.Name} accepts {Units.Count(limit)}; {Advice(model, database.Name, sized, total)}",
                servers.Concat(new[] { database.Name }),
                sized[0].Pool.Location);
        }
    }

    /// <summary>
    /// The one size HA503 advises too (<see cref="Pools.Cap"/>), written as the steady pool HA503 and
    /// HA504 accept: Min = Max, with a keep-alive behind a firewall that drops idle connections.
    /// </summary>
    private static string Advice(DesignModel model, string database, IReadOnlyList<(Relation Pool, string Server, string Database)> sized, long total)
    {
        var raise = $"raise MaxConnections to {Units.Count(total)}";
        if (Pools.Cap(model, database) is not { } cap)
        {
            return $"even one connection per pool exceeds that: {raise}, or connect fewer servers";
        }

        var capped = sized.Where(p => p.Pool.Properties.GetInteger(PropertyNames.PoolMax)!.Value > cap).ToList();
        var calls = capped
            .Select(p => (Owner: model.FindComponent(p.Server)?.Group ?? p.Server, Call: Pools.Written(Pools.SteadyCalls(model, p.Pool, cap))))
            .GroupBy(p => p.Call, StringComparer.Ordinal)
            .Select(g => $"{Units.List(g.Select(p => p.Owner).Distinct(StringComparer.Ordinal), 6)}: {g.Key}");
        var after = Total(sized.Select(p => Math.Min(p.Pool.Properties.GetInteger(PropertyNames.PoolMax)!.Value, cap)));
        return $"cap each pool at {Units.Count(cap)} ({string.Join("; ", calls)}), so they open at most {Units.Count(after)}, or {raise}";
    }

    // Saturates instead of overflowing: a model read from source may carry any whole number.
    private static long Total(IEnumerable<long> maxima)
    {
        var total = 0L;
        foreach (var max in maxima)
        {
            total = max > long.MaxValue - total ? long.MaxValue : total + max;
        }

        return total;
    }
}

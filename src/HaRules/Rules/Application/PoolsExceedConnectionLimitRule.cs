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
        var pools = Pools.All(model).ToList();
        foreach (var database in ModelLookups.Declared(model, ComponentKind.DatabaseCluster))
        {
            if (database.Properties.GetInteger(PropertyNames.MaxConnections) is not { } limit || limit <= 0)
            {
                continue;
            }

            var sized = pools
                .Where(p => string.Equals(p.Database, database.Name, StringComparison.Ordinal)
                    && p.Pool.Properties.GetInteger(PropertyNames.PoolMax) is > 0)
                .ToList();
            var total = Total(sized.Select(p => p.Pool.Properties.GetInteger(PropertyNames.PoolMax)!.Value));
            if (sized.Count == 0 || total <= limit)
            {
                continue;
            }

            var servers = sized.Select(p => p.Server).Distinct(StringComparer.Ordinal).ToList();
            yield return context.Create(
                Id,
                $"the pools of {Units.List(servers, 6)} to {database.Name} may open {Units.Count(total)} connections in all, but {database.Name} accepts {Units.Count(limit)}; lower the pools' Max so the sum stays within {Units.Count(limit)}, or raise MaxConnections",
                servers.Concat(new[] { database.Name }),
                sized[0].Pool.Location);
        }
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

using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>The connection pools of a design: one per server replica and <c>ConnectsTo</c> call (7.5.2).</summary>
internal static class Pools
{
    /// <summary>Every pool relation whose server and database are known, in declaration order.</summary>
    public static IEnumerable<(Relation Pool, string Server, string Database)> All(DesignModel model) =>
        model.Relations
            .Where(r => r.Kind == RelationKind.ConnectionPool && r.Targets.Count > 0)
            .Select(r => (r, r.From, r.Targets[0]));

    /// <summary>
    /// True when the pool keeps connections open however long they stay idle: a declared minimum of
    /// one or more (Min = Max keeps every connection; a smaller minimum keeps that many), which its
    /// idle timeout never retires. Such a pool is protected from a firewall's idle drop only by a
    /// keep-alive (7.5.2).
    /// </summary>
    public static bool KeepsConnectionsForever(PropertyBag pool) =>
        pool.GetInteger(PropertyNames.PoolMin) is >= 1;

    /// <summary>
    /// The firewalls on the pool's path whose idle timeout drops its idle connections, given its
    /// settings, each with that timeout in seconds. <paramref name="keepsForever"/> says whether
    /// the pool's idle timeout is to be disregarded (see <see cref="KeepsConnectionsForever"/>).
    /// </summary>
    public static IEnumerable<(string Firewall, double Drop)> DroppingFirewalls(DesignModel model, Relation pool, bool keepsForever)
    {
        var idle = keepsForever ? null : Seconds(pool.Properties, PropertyNames.IdleTimeoutSeconds);
        var keepAlive = Seconds(pool.Properties, PropertyNames.KeepAliveSeconds);
        if (pool.Via.Count == 0)
        {
            yield break;
        }

        foreach (var firewall in pool.Via.Distinct(System.StringComparer.Ordinal))
        {
            if (model.FindComponent(firewall) is not { } unit
                || Seconds(unit.Properties, PropertyNames.IdleTimeoutSeconds) is not { } drop
                || drop <= 0
                || (idle is { } i && i < drop)
                || (keepAlive is { } k && k < drop))
            {
                continue;
            }

            yield return (firewall, drop);
        }
    }

    /// <summary>
    /// A keep-alive interval that beats every firewall timeout in <paramref name="drops"/> (half the
    /// shortest, rounded down), written as the C# a design passes to <c>KeepAlive</c>:
    /// <c>TimeSpan.FromMinutes(7)</c>.
    /// </summary>
    public static string KeepAliveInterval(IEnumerable<double> drops)
    {
        var half = drops.Min() / 2;
        return half >= 60 && System.Math.Floor(half / 60) >= 1
            ? $"TimeSpan.FromMinutes({(long)System.Math.Floor(half / 60)})"
            : half >= 1
                ? $"TimeSpan.FromSeconds({(long)System.Math.Floor(half)})"
                : $"TimeSpan.FromMilliseconds({System.Math.Max(1, (long)System.Math.Floor(half * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture)})";
    }

    /// <summary>
    /// The size HA503 and HA505 both advise for pools to <paramref name="database"/>: the largest
    /// size of one or more such that the pools' maxima, each capped at it, sum to no more than the
    /// database's <c>MaxConnections</c> (pools already below it keep their maximum). Null when the
    /// maxima already fit (no cap needed), when the database declares no limit, or when even one
    /// connection per pool exceeds it.
    /// </summary>
    public static long? Cap(DesignModel model, string database)
    {
        if (model.FindComponent(database) is not { } db
            || db.Properties.GetInteger(PropertyNames.MaxConnections) is not { } limit
            || limit <= 0)
        {
            return null;
        }

        var maxima = Sized(model, database).Select(p => p.Pool.Properties.GetInteger(PropertyNames.PoolMax)!.Value).OrderBy(m => m).ToList();
        var remaining = limit;
        for (var i = 0; i < maxima.Count; i++)
        {
            var left = maxima.Count - i;
            // Water-filling: the smallest maxima fit whole; the rest share what is left evenly.
            if (maxima[i] <= remaining / left)
            {
                remaining -= maxima[i];
                continue;
            }

            var cap = remaining / left;
            return cap >= 1 ? cap : null;
        }

        return null;
    }

    /// <summary>The pools to <paramref name="database"/> that declare a maximum of one or more (the pools HA505 sums).</summary>
    public static IEnumerable<(Relation Pool, string Server, string Database)> Sized(DesignModel model, string database) =>
        All(model).Where(p => string.Equals(p.Database, database, System.StringComparison.Ordinal)
            && p.Pool.Properties.GetInteger(PropertyNames.PoolMax) is > 0);

    /// <summary>
    /// The steady pool HA503 and HA505 advise: Min = Max = <paramref name="size"/>, with a keep-alive
    /// when a firewall on the path would drop the connections such a pool keeps forever (HA504). The
    /// calls are in the order written (<c>Min</c>, <c>Max</c>, <c>KeepAlive</c>), each method name with
    /// its argument's C#.
    /// </summary>
    public static IReadOnlyList<(string Method, string Argument)> SteadyCalls(DesignModel model, Relation pool, long size) =>
        SteadyCalls(size, DroppingFirewalls(model, pool, keepsForever: true).ToList());

    /// <summary>As above, given the firewalls that drop the pool's connections when it keeps them forever (found once by a caller that needs them too).</summary>
    public static IReadOnlyList<(string Method, string Argument)> SteadyCalls(long size, IReadOnlyList<(string Firewall, double Drop)> drops)
    {
        var count = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var calls = new List<(string, string)> { ("Min", count), ("Max", count) };
        if (drops.Count > 0)
        {
            calls.Add(("KeepAlive", KeepAliveInterval(drops.Select(d => d.Drop))));
        }

        return calls;
    }

    /// <summary>The calls of <see cref="SteadyCalls(DesignModel, Relation, long)"/> as C#: <c>Min(30).Max(30).KeepAlive(TimeSpan.FromMinutes(7))</c>.</summary>
    public static string Written(IEnumerable<(string Method, string Argument)> calls) =>
        string.Join(".", calls.Select(c => $"{c.Method}({c.Argument})"));

    /// <summary>A pool's duration setting in seconds, when declared as a finite number.</summary>
    public static double? Seconds(PropertyBag properties, string key) =>
        properties.GetNumber(key) is { } value && !double.IsNaN(value) && !double.IsInfinity(value) ? value : null;
}

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
    /// A keep-alive that beats every firewall timeout in <paramref name="drops"/> (half the shortest),
    /// written as the C# a design would use: <c>KeepAlive(TimeSpan.FromMinutes(7))</c>.
    /// </summary>
    public static string KeepAliveCall(IEnumerable<double> drops)
    {
        var half = drops.Min() / 2;
        var text = half >= 60 && System.Math.Floor(half / 60) >= 1
            ? $"TimeSpan.FromMinutes({(long)System.Math.Floor(half / 60)})"
            : half >= 1
                ? $"TimeSpan.FromSeconds({(long)System.Math.Floor(half)})"
                : $"TimeSpan.FromMilliseconds({System.Math.Max(1, (long)System.Math.Floor(half * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        return $"KeepAlive({text})";
    }

    /// <summary>A pool's duration setting in seconds, when declared as a finite number.</summary>
    public static double? Seconds(PropertyBag properties, string key) =>
        properties.GetNumber(key) is { } value && !double.IsNaN(value) && !double.IsInfinity(value) ? value : null;
}

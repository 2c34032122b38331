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

    /// <summary>A pool's duration setting in seconds, when declared as a finite number.</summary>
    public static double? Seconds(PropertyBag properties, string key) =>
        properties.GetNumber(key) is { } value && !double.IsNaN(value) && !double.IsInfinity(value) ? value : null;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Rules.Validity;

/// <summary>
/// HA003: a count, size, rate or duration out of range (zero or negative counts, pool max below
/// min, negative or zero timeouts, NaN, ratios outside 0..1), or a name that is empty or contains
/// <c>/</c>. A replica group is reported once, naming every replica.
/// </summary>
public sealed class OutOfRangeRule : DesignRule
{
    private static readonly PropertyRange[] ComponentRanges =
    {
        PropertyRange.AtLeast(PropertyNames.PowerSupplies, 1, "power supplies", Limits.MaxParts),
        PropertyRange.AtLeast(PropertyNames.Fans, 1, "fans", Limits.MaxParts),
        PropertyRange.AtLeast(PropertyNames.Nics, 1, "NIC ports", Limits.MaxParts),
        PropertyRange.AtLeast(PropertyNames.Hbas, 1, "HBAs", Limits.MaxParts),
        PropertyRange.AtLeast(PropertyNames.Controllers, 1, "controllers", Limits.MaxParts),
        PropertyRange.AtLeast(PropertyNames.Disks, 1, "disks", Limits.MaxParts),
        PropertyRange.AtLeast(PropertyNames.MaxWorkers, 1, "maxWorkers"),
        PropertyRange.AtLeast(PropertyNames.MaxConnections, 1, "MaxConnections"),
        PropertyRange.AtLeast(PropertyNames.Partitions, 1, "partitions"),
        PropertyRange.AtLeast(PropertyNames.PartitionReplicas, 1, "partition replicas"),
        PropertyRange.AtLeast(PropertyNames.PeakConcurrentRequests, 1, "PeakConcurrentRequests"),
        PropertyRange.AtLeast(PropertyNames.PeakRequestsPerSecond, 1, "PeakRequestsPerSecond"),
        PropertyRange.AtLeast(PropertyNames.TolerateFailures, 0, "TolerateFailures"),
        PropertyRange.Positive(PropertyNames.DiskSizeBytes, "the disk size"),
        PropertyRange.Positive(PropertyNames.DiskIops, "the disk IOPS"),
        PropertyRange.Positive(PropertyNames.StripeSizeBytes, "the stripe size"),
        PropertyRange.Positive(PropertyNames.SizeBytes, "the volume size"),
        PropertyRange.AtLeast(PropertyNames.WorkloadIops, 0, "the workload IOPS"),
        PropertyRange.Ratio(PropertyNames.ReadRatio, "readRatio", includeZero: true),
        PropertyRange.Ratio(PropertyNames.Availability, "the availability", includeZero: true),
        PropertyRange.Ratio(PropertyNames.AvailabilityTarget, "the availability target", includeZero: false),
        PropertyRange.Positive(PropertyNames.MtbfSeconds, "the MTBF"),
        PropertyRange.AtLeast(PropertyNames.MttrSeconds, 0, "the MTTR"),
        PropertyRange.Positive(PropertyNames.DiskMttfSeconds, "the disk MTTF"),
        PropertyRange.Positive(PropertyNames.RebuildBytesPerSecond, "the rebuild rate"),
        PropertyRange.AtLeast(PropertyNames.ReplacementSeconds, 0, "the replacement time"),
        PropertyRange.AtLeast(PropertyNames.RepairSeconds, 0, "the repair time"),
        PropertyRange.Below(PropertyNames.ReadErrorRate, 1, "the read error rate"),
        PropertyRange.Positive(PropertyNames.IdleTimeoutSeconds, "the idle timeout"),
        PropertyRange.Positive(PropertyNames.HealthCheckSeconds, "the health-check interval"),
        PropertyRange.Positive(PropertyNames.IntervalSeconds, "the backup interval"),
    };

    private static readonly PropertyRange[] PoolRanges =
    {
        PropertyRange.AtLeast(PropertyNames.PoolMin, 0, "the pool minimum"),
        PropertyRange.AtLeast(PropertyNames.PoolMax, 1, "the pool maximum"),
        PropertyRange.Positive(PropertyNames.IdleTimeoutSeconds, "the pool idle timeout"),
        PropertyRange.Positive(PropertyNames.KeepAliveSeconds, "the keep-alive interval"),
    };

    // Per property, the positions in ComponentRanges of its ranges: a component's few properties
    // are looked up here, rather than every range searched for in every component's properties.
    private static readonly Dictionary<string, int[]> ComponentRangesOf = RangesByProperty(ComponentRanges);

    /// <summary>The rule's ID.</summary>
    public const string Id = "HA003";

    /// <summary>Creates the rule.</summary>
    public OutOfRangeRule()
        : base(new RuleDescriptor(Id, "A count, size, rate, duration or name is out of range", RuleCategory.Validity, Severity.Error, ""))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var group in model.Groups)
        {
            if (group.DeclaredCount < 1 || group.DeclaredCount > Limits.MaxReplicas)
            {
                yield return context.Create(
                    Id,
                    $"'{group.Name}' declares {Count(group.DeclaredCount)} replicas; give it between 1 and {Count(Limits.MaxReplicas)}",
                    group.Name,
                    group.Location);
            }
        }

        // One pass over the components with no iterator, list or array per component: a declared
        // component's names are only listed when it has a finding.
        var components = model.Components;
        for (var at = 0; at < components.Count; at++)
        {
            var component = components[at];
            if (component.IsPart
                || (component.Group is not null && component.Properties.GetInteger(PropertyNames.ReplicaIndex) != 1))
            {
                continue;
            }

            string[]? names = null;
            var declared = component.Group ?? component.Name;
            if (string.IsNullOrWhiteSpace(declared))
            {
                yield return context.Create(Id, $"a {component.Kind} has an empty name; give it a name", names ??= NamesOf(model, component), component.Location);
            }
            else if (declared.IndexOf('/') >= 0)
            {
                yield return context.Create(
                    Id,
                    $"the name '{declared}' contains '/', which separates a component from its parts; rename it",
                    names ??= NamesOf(model, component),
                    component.Location);
            }

            if (OutOfRange(component.Properties) is { } outOfRange)
            {
                foreach (var r in outOfRange)
                {
                    names ??= NamesOf(model, component);
                    var problem = Problem(component.Properties, ComponentRanges[r])!;
                    yield return context.Create(Id, $"'{Label(component, names)}': {problem}", names, component.Location);
                }
            }

            // The relations of the component's name, found by its position (the first of its name).
            var relations = model.RelationsAt(model.Index.HasDuplicateNames ? model.IndexOf(component.Name) : at);
            foreach (var relation in relations)
            {
                // A dependency is only out of range in its count: most have none to check, and are passed
                // over without the iterator that checks a relation.
                if (relation.Kind == RelationKind.ConnectionPool
                    || (relation.Kind == RelationKind.DependsOn && relation.Count is { } k && (k < 1 || k > relation.Targets.Count)))
                {
                    foreach (var finding in CheckRelation(context, component, names, relation))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    /// <summary>A declared component's names: a replica group's every replica (it is reported once, by its first), or its own.</summary>
    private static string[] NamesOf(DesignModel model, Component component)
    {
        if (component.Group is null)
        {
            return new[] { component.Name };
        }

        return model.FindGroup(component.Group)?.Members.ToArray() ?? new[] { component.Name };
    }

    // Names are listed (a replica group's every replica) only once the relation has a finding.
    private static IEnumerable<Finding> CheckRelation(RuleContext context, Component component, string[]? names, Relation relation)
    {
        if (relation.Kind == RelationKind.DependsOn && relation.Count is { } k && (k < 1 || k > relation.Targets.Count))
        {
            names ??= NamesOf(context.Model, component);
            yield return context.Create(
                Id,
                $"'{Label(component, names)}' needs {Count(k)} of {Count(relation.Targets.Count)} dependencies; ask for between 1 and {Count(relation.Targets.Count)}",
                names,
                relation.Location);
        }

        if (relation.Kind != RelationKind.ConnectionPool)
        {
            yield break;
        }

        List<string>? problems = null;
        foreach (var range in PoolRanges)
        {
            if (Problem(relation.Properties, range) is { } problem)
            {
                (problems ??= new List<string>()).Add(problem);
            }
        }

        var min = relation.Properties.GetInteger(PropertyNames.PoolMin);
        var max = relation.Properties.GetInteger(PropertyNames.PoolMax);
        if (min is not null && max is not null && max < min)
        {
            (problems ??= new List<string>()).Add($"the pool maximum ({Count(max.Value)}) is below its minimum ({Count(min.Value)})");
        }

        if (problems is null)
        {
            yield break;
        }

        foreach (var problem in problems)
        {
            names ??= NamesOf(context.Model, component);
            yield return context.Create(Id, $"pool {Label(component, names)}→{string.Join(",", relation.Targets)}: {problem}", names, relation.Location);
        }
    }

    // The positions in ComponentRanges of the ranges the properties are outside of, in that order; null when none.
    private static List<int>? OutOfRange(PropertyBag properties)
    {
        List<int>? found = null;
        for (var i = 0; i < properties.Count; i++)
        {
            if (!ComponentRangesOf.TryGetValue(properties.KeyAt(i), out var ranges))
            {
                continue;
            }

            foreach (var r in ranges)
            {
                if (ComponentRanges[r].Problem(properties.ValueAt(i).AsNumber()) is not null)
                {
                    (found ??= new List<int>()).Add(r);
                }
            }
        }

        found?.Sort();
        return found;
    }

    private static Dictionary<string, int[]> RangesByProperty(PropertyRange[] ranges)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < ranges.Length; r++)
        {
            if (!lists.TryGetValue(ranges[r].Property, out var list))
            {
                lists.Add(ranges[r].Property, list = new List<int>());
            }

            list.Add(r);
        }

        var result = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            result.Add(pair.Key, pair.Value.ToArray());
        }

        return result;
    }

    private static string? Problem(PropertyBag properties, PropertyRange range) =>
        properties.TryGetValue(range.Property, out var value) ? range.Problem(value.AsNumber()) : null;

    private static string Label(Component component, string[] names) => component.Group ?? names[0];

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The valid range of one numeric property and how to say that a value is outside it.</summary>
    private sealed class PropertyRange
    {
        private readonly Func<double, bool> _valid;
        private readonly string _expected;

        private PropertyRange(string property, string label, Func<double, bool> valid, string expected)
        {
            Property = property;
            Label = label;
            _valid = valid;
            _expected = expected;
        }

        public string Property { get; }

        public string Label { get; }

        public static PropertyRange AtLeast(string property, double minimum, string label, double maximum = double.PositiveInfinity) =>
            new(property, label, v => v >= minimum && v <= maximum, double.IsPositiveInfinity(maximum)
                ? $"at least {Format(minimum)}"
                : $"between {Format(minimum)} and {Format(maximum)}");

        public static PropertyRange Positive(string property, string label) =>
            new(property, label, v => v > 0 && !double.IsInfinity(v), "greater than zero");

        public static PropertyRange Ratio(string property, string label, bool includeZero) =>
            new(property, label, v => (includeZero ? v >= 0 : v > 0) && v <= 1, includeZero ? "between 0 and 1" : "above 0 and at most 1");

        public static PropertyRange Below(string property, double limit, string label) =>
            new(property, label, v => v >= 0 && v < limit, $"at least 0 and below {Format(limit)}");

        public string? Problem(double value) =>
            !double.IsNaN(value) && _valid(value) ? null : $"{Label} must be {_expected}, not {Format(value)}";

        private static string Format(double value) => double.IsNaN(value) ? "NaN" : value.ToString("G", CultureInfo.InvariantCulture);
    }
}

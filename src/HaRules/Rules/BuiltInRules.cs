using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using HaRules.Findings;

namespace HaRules.Rules;

/// <summary>
/// Every rule HaRules runs, found by reflection: each concrete <see cref="DesignRule"/> in this
/// assembly, in ID order. A new rule class is picked up without being listed anywhere.
/// </summary>
public static class BuiltInRules
{
    private static readonly Func<DesignRule>[] Factories = FindFactories();

    /// <summary>The descriptors of the built-in rules, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        Factories.Select(create => create().Descriptor).ToArray();

    /// <summary>Creates one instance of every built-in rule, in ID order.</summary>
    public static IReadOnlyList<DesignRule> Create() => Factories.Select(create => create()).ToArray();

    private static Func<DesignRule>[] FindFactories()
    {
        var ruleTypes = typeof(DesignRule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(DesignRule).IsAssignableFrom(t))
            .Select(t => (Type: t, Ctor: t.GetConstructor(Type.EmptyTypes)
                ?? throw new InvalidOperationException($"Rule {t.FullName} needs a parameterless constructor.")))
            .Select(x => (Id: ((DesignRule)x.Ctor.Invoke(null)).Descriptor.Id, x.Ctor))
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .ToArray();
        return ruleTypes.Select(x => (Func<DesignRule>)(() => (DesignRule)x.Ctor.Invoke(null))).ToArray();
    }
}

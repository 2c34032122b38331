using System.Collections.Generic;
using HaRules.Validation;

namespace HaRules.Rules;

/// <summary>Every rule HaRules runs, in the order they run. Add a new rule class here.</summary>
public static class BuiltInRules
{
    /// <summary>Creates one instance of every built-in rule.</summary>
    public static IReadOnlyList<DesignRule> Create() => new DesignRule[]
    {
        new DuplicateNameRule(),
        new UnknownReferenceRule(),
        new OutOfRangeRule(),
        new RaidGeometryRule(),
        new DependencyCycleRule(),
    };
}

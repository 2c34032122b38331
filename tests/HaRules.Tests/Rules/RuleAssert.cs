using System;
using System.Linq;
using HaRules.Findings;
using HaRules.Tests.Support;
using Xunit;
using HaRules.Rules;

namespace HaRules.Tests.Rules;

/// <summary>Runs a small design and asserts what one rule says about it.</summary>
public static class RuleAssert
{
    /// <summary>The rule fires exactly once, naming <paramref name="components"/> at the line <paramref name="line"/> gives once the design has run.</summary>
    public static Finding FiresOnce(string id, Action<DesignBuilder> describe, Func<int> line, params string[] components)
    {
        var result = Check.Design(describe);
        var finding = Assert.Single(result.Findings(id));
        Assert.Equal(components, finding.Components.ToArray());
        Assert.Equal(line(), finding.Location.Line);
        Assert.True(finding.Location.IsKnown);
        Assert.Equal(RuleCatalog.Get(id).DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        return finding;
    }

    /// <summary>The rule says nothing about the design.</summary>
    public static void Silent(string id, Action<DesignBuilder> describe) =>
        Assert.Empty(Check.Design(describe).Findings(id));

    /// <summary>Findings of the rule, for tests that expect several.</summary>
    public static System.Collections.Generic.IReadOnlyList<Finding> All(string id, Action<DesignBuilder> describe) =>
        Check.Design(describe).Findings(id);
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Rules;

namespace HaRules.Tests.Support;

/// <summary>Runs a design described inline through the checker.</summary>
public static class Check
{
    public static readonly DateTime Today = new(2026, 11, 25);

    public static CheckResult Design(Action<DesignBuilder> describe, DateTime? today = null, IEnumerable<DesignRule>? rules = null)
    {
        var builder = new DesignBuilder("TestDesign");
        describe(builder);
        var options = new CheckOptions { Today = today ?? Today };
        return rules is null ? DesignChecker.Check(builder.Build(), options) : DesignChecker.Check(builder.Build(), rules, options);
    }

    public static IReadOnlyList<Finding> Findings(this CheckResult result, string id) =>
        result.Findings.Where(f => f.RuleId == id).ToList();
}

using System;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;
using HaRules.Rules.Validity;

namespace HaRules.Checking;

/// <summary>The findings of the problems a model recorded while its design was declared or run.</summary>
public static class DesignProblems
{
    /// <summary>The rule ID a kind of problem is reported under.</summary>
    public static string RuleIdOf(DesignProblemKind kind) => kind switch
    {
        DesignProblemKind.UnknownReference => UnknownReferenceRule.Id,
        DesignProblemKind.NotEvaluated => ToolDiagnostics.NotEvaluated,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind of problem reported under <paramref name="ruleId"/>, or null for a rule no problem maps to.</summary>
    public static DesignProblemKind? KindOf(string ruleId) => ruleId switch
    {
        UnknownReferenceRule.Id => DesignProblemKind.UnknownReference,
        ToolDiagnostics.NotEvaluated => DesignProblemKind.NotEvaluated,
        _ => null,
    };

    /// <summary>The finding of a problem: its rule ID, the rule's default severity, its message, components and location.</summary>
    public static Finding ToFinding(DesignProblem problem)
    {
        var id = RuleIdOf(problem.Kind);
        return new Finding(id, RuleCatalog.Get(id).DefaultSeverity, problem.Message, problem.Components, problem.Location);
    }
}

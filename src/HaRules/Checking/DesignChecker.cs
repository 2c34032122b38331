using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Internal;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Checking;

/// <summary>
/// Checks a model against every rule: validity first, then the rest, each rule isolated so a flaw
/// in one never hides the others; then the same flaw on several replicas merged into one finding on their group, then acceptances,
/// then a deterministic order.
/// </summary>
public static class DesignChecker
{
    /// <summary>Checks a model with the built-in rules.</summary>
    public static CheckResult Check(DesignModel model, CheckOptions? options = null) =>
        Check(model, BuiltInRules.Create(), options);

    /// <summary>Checks a model with the given rules (HaRules' own; tests run a subset).</summary>
    internal static CheckResult Check(DesignModel model, IEnumerable<DesignRule> rules, CheckOptions? options = null)
    {
        var context = new RuleContext(model, (options ?? new CheckOptions()).EffectiveToday);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            using (PhaseClock.Measure(rule.GetType().Namespace == typeof(Rules.Validity.DuplicateNameRule).Namespace ? "validity rules" : "other rules"))
            {
                findings.AddRange(RunIsolated(rule, context));
            }
        }

        // The rules' working sets (and the temporaries of the graph build and analyses the first
        // rule that needed them ran) are garbage now: on a large design they go before the reports grow.
        LargePasses.EndedOnModel(model.Components.Count);
        using var ordering = PhaseClock.Measure("acceptances and order");

        // Problems of other kinds recorded while declaring or running (HA002 is reported by its rule).
        findings.AddRange(model.Problems.Where(p => p.Kind != DesignProblemKind.UnknownReference).Select(DesignProblems.ToFinding));

        // One finding per root cause: the same flaw on several replicas of a group is one finding on it.
        var grouped = ReplicaGrouping.Apply(model, Deduplicate(findings));
        var applied = AcceptanceApplier.Apply(context, grouped);
        return CheckResult.Create(model, Order(applied), () => context.Reliability);
    }

    /// <summary>The report order: by file, line, column, rule ID, then component names.</summary>
    public static IEnumerable<Finding> Order(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f, FindingComparers.Order);

    // A rule that throws is a bug in HaRules (HA902); it must not take the rest of the check down with it.
    private static IReadOnlyList<Finding> RunIsolated(DesignRule rule, RuleContext context)
    {
        try
        {
            return context.FindingsOf(rule);
        }
        catch (Exception ex)
        {
            var id = rule.Descriptor.Id;
            return new[]
            {
                new Finding(
                    ToolDiagnostics.RuleCrashed,
                    RuleCatalog.Get(ToolDiagnostics.RuleCrashed).DefaultSeverity,
                    $"rule {id} ({rule.GetType().Name}) crashed on this design ({ex.GetType().Name}: {ex.Message}); the other rules ran; this is a bug in HaRules, please report it",
                    Array.Empty<string>(),
                    SourceLocation.None),
            };
        }
    }

    // The first of each finding the rules (or the model's problems) reported more than once.
    private static IEnumerable<Finding> Deduplicate(IEnumerable<Finding> findings)
    {
        var seen = new HashSet<Finding>(FindingComparers.Identity);
        foreach (var finding in findings)
        {
            if (seen.Add(finding))
            {
                yield return finding;
            }
        }
    }
}

using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Rules;

/// <summary>
/// The codes no rule class reports: a design that could not be evaluated, acceptances judged
/// after the rules ran, and what HaRules itself could not read or run. With the rules'
/// descriptors they make up the <see cref="RuleCatalog"/>.
/// </summary>
public static class ToolDiagnostics
{
    /// <summary>HA006: the design could not be evaluated (its code threw, or did not finish in time); nothing else.</summary>
    public const string NotEvaluated = "HA006";

    /// <summary>HA007: an acceptance names no rule, no component, or gives no reason.</summary>
    public const string MalformedAcceptance = "HA007";

    /// <summary>HA008: an acceptance is past its expiry date.</summary>
    public const string ExpiredAcceptance = "HA008";

    /// <summary>HA901: the analyzer read the design only in part.</summary>
    public const string PartialReading = "HA901";

    /// <summary>HA902: a rule crashed on the design (a bug in HaRules); the other rules still ran.</summary>
    public const string RuleCrashed = "HA902";

    /// <summary>HA903: HaRules could not run at all (a broken installation, a missing command line).</summary>
    public const string CouldNotRun = "HA903";

    /// <summary>The descriptors of these codes, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        new RuleDescriptor(NotEvaluated, "The design could not be evaluated", RuleCategory.Validity, Severity.Error, "", acceptable: false),
        new RuleDescriptor(MalformedAcceptance, "Malformed acceptance", RuleCategory.Validity, Severity.Error, "", acceptable: false),
        new RuleDescriptor(ExpiredAcceptance, "Expired acceptance", RuleCategory.Validity, Severity.Warning, "", acceptable: false),
        new RuleDescriptor(PartialReading, "The analyzer read the design only in part", RuleCategory.Tooling, Severity.Info, "", acceptable: false),
        new RuleDescriptor(RuleCrashed, "A rule crashed", RuleCategory.Tooling, Severity.Error, "", acceptable: false),
        new RuleDescriptor(CouldNotRun, "HaRules could not run", RuleCategory.Tooling, Severity.Error, "", acceptable: false),
    };
}

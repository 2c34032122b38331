using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;

namespace HaRules.Cli.Severities;

/// <summary>
/// The effective severity of each finding, as the compiler would give the analyzer's diagnostic:
/// <c>.editorconfig</c> first (none/silent turn a rule off), then <c>NoWarn</c>, then
/// <c>TreatWarningsAsErrors</c> / <c>WarningsAsErrors</c> less <c>WarningsNotAsErrors</c>.
/// </summary>
public sealed class SeverityPolicy
{
    /// <summary>The editorconfig severities, or null when none are configured.</summary>
    public EditorConfigSeverities? EditorConfig { get; set; }

    /// <summary>Rule IDs turned off (MSBuild <c>NoWarn</c>).</summary>
    public HashSet<string> NoWarn { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether every warning is an error (MSBuild <c>TreatWarningsAsErrors</c>).</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Rule IDs whose warnings are errors (MSBuild <c>WarningsAsErrors</c>).</summary>
    public HashSet<string> WarningsAsErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rule IDs whose warnings stay warnings (MSBuild <c>WarningsNotAsErrors</c>).</summary>
    public HashSet<string> WarningsNotAsErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits an MSBuild list (<c>;</c> or <c>,</c> separated) into IDs.</summary>
    public static IEnumerable<string> SplitIds(string list) =>
        list.Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim());

    /// <summary>The finding with its effective severity, or null when it is turned off.</summary>
    public Finding? Apply(Finding finding)
    {
        var severity = (Severity?)finding.Severity;
        if (EditorConfig is not null)
        {
            var (configured, configuredSeverity) = EditorConfig.For(finding.RuleId, finding.Location.File);
            if (configured)
            {
                severity = configuredSeverity;
            }
        }

        // Errors are not turned off by NoWarn, as with the compiler's own diagnostics.
        if (severity is null || (severity != Severity.Error && NoWarn.Contains(finding.RuleId)))
        {
            return null;
        }

        if (severity == Severity.Warning
            && (TreatWarningsAsErrors || WarningsAsErrors.Contains(finding.RuleId))
            && !WarningsNotAsErrors.Contains(finding.RuleId))
        {
            severity = Severity.Error;
        }

        return severity == finding.Severity ? finding : finding.WithSeverity(severity.Value);
    }
}

using HaRules.Findings;

namespace HaRules.Reporting;

/// <summary>How severities are spelled in reports and MSBuild lines: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case name of a severity.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}

namespace HaRules.Findings;

/// <summary>How serious a finding is. Users can change a rule's severity in <c>.editorconfig</c>.</summary>
public enum Severity
{
    /// <summary>Advice: worth knowing, never fails a build.</summary>
    Info,

    /// <summary>A flaw that should be fixed or accepted with a reason.</summary>
    Warning,

    /// <summary>A flaw that fails the build.</summary>
    Error,
}

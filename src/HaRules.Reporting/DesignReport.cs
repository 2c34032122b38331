using HaRules.Checking;

namespace HaRules.Reporting;

/// <summary>Everything the reports show about one design: its check result and the analyses run on it.</summary>
public sealed class DesignReport
{
    /// <summary>Creates the report data of one checked design.</summary>
    public DesignReport(CheckResult result) => Result = result;

    /// <summary>The model and its findings.</summary>
    public CheckResult Result { get; }
}

using HaRules.Checking;

namespace HaRules.Reporting;

/// <summary>
/// What a report writer is given for one design: its check result, which holds the model, the
/// findings and (through <see cref="CheckResult.Reliability"/>) the analyses.
/// </summary>
public sealed class DesignReport
{
    /// <summary>Creates the report data of one checked design.</summary>
    public DesignReport(CheckResult result) => Result = result;

    /// <summary>The model, its findings and its analyses.</summary>
    public CheckResult Result { get; }
}

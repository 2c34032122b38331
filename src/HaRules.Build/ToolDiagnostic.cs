using Microsoft.Build.Utilities;

namespace HaRules.Build;

/// <summary>HA903, "HaRules could not run": the check itself failed, not a design (that is HA006, which the command reports).</summary>
internal static class ToolDiagnostic
{
    /// <summary>The code of a check that could not run.</summary>
    public const string CouldNotRunId = "HA903";

    /// <summary>Logs an HA903 error at the project file, with the reason and what to do.</summary>
    public static void CouldNotRun(TaskLoggingHelper log, string projectFile, string message) =>
        log.LogError(null, CouldNotRunId, null, null, projectFile, 0, 0, 0, 0, "HaRules could not run: " + message);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;
using HaRules.Build.Protocol;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HaRules.Build;

/// <summary>
/// Logs the findings of the last design check as MSBuild errors, warnings and messages, with
/// code, file, line, column and help link, then each design's summary and top fixes. It runs in every build, also when the check itself
/// was up to date, so a rebuild without changes fails exactly as the first build did (and
/// <c>-warnaserror</c> turns its warnings into errors). Never throws.
/// </summary>
public sealed class LogDesignFindings : Microsoft.Build.Utilities.Task
{
    /// <summary>The file <see cref="CheckDesigns"/> had the command write.</summary>
    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    /// <summary>The project being built, where findings without a file are reported.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>How many findings were logged.</summary>
    [Output]
    public int FindingCount { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        // No file: the check did not run to the end and has logged why.
        if (!File.Exists(FindingsFile))
        {
            return true;
        }

        TaskFindings findings;
        try
        {
            findings = TaskFindings.Read(FindingsFile);
        }
        catch (Exception ex) when (ex is IOException or SerializationException or UnauthorizedAccessException)
        {
            ToolDiagnostic.CouldNotRun(Log, ProjectFile, $"the findings of the design check ({FindingsFile}) could not be read: {ex.Message}; rebuild to run the check again");
            return false;
        }

        if (findings.Version != TaskFindings.SupportedVersion)
        {
            ToolDiagnostic.CouldNotRun(Log, ProjectFile, $"the harules command wrote findings of version {findings.Version}, this build task reads version {TaskFindings.SupportedVersion}; the HaRules package is mixed up: reinstall it");
            return false;
        }

        foreach (var finding in findings.Findings)
        {
            LogOne(finding);
        }

        // The summary and the top fixes close the check's output at every verbosity, from the
        // file, so a build that skipped the check as up to date ends as the first one did.
        foreach (var line in findings.Summary ?? new List<string>())
        {
            Log.LogMessage(MessageImportance.High, line);
        }

        return !Log.HasLoggedErrors;
    }

    private void LogOne(TaskFinding finding)
    {
        FindingCount++;
        var file = string.IsNullOrEmpty(finding.File) ? ProjectFile : finding.File;
        var help = string.IsNullOrEmpty(finding.HelpUri) ? null : finding.HelpUri;

        // As the compiler prints an analyzer's diagnostic: the help link closes the message, so it
        // is in the console and in every logger, not only in those that read the help-link field.
        var message = help is null ? finding.Message : finding.Message + " (" + help + ")";
        switch (finding.Severity)
        {
            case "error":
                Log.LogError(null, finding.Id, null, help, file, finding.Line, finding.Column, 0, 0, message);
                break;
            case "warning":
                Log.LogWarning(null, finding.Id, null, help, file, finding.Line, finding.Column, 0, 0, message);
                break;
            default:
                Log.LogMessage(null, finding.Id, null, file, finding.Line, finding.Column, 0, 0, MessageImportance.High, message);
                break;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HaRules.Build;

/// <summary>
/// Checks every design in a built assembly by running <c>harules check</c> out of process: the
/// command writes the reports and, for <see cref="LogDesignFindings"/>, the findings as typed JSON
/// (<see cref="TaskOutput"/>). Effective severities (.editorconfig, #pragma, [SuppressMessage],
/// NoWarn, WarningsAsErrors, TreatWarningsAsErrors) are computed by the command from the values
/// passed here. An assembly that does not reference HaRules holds no design and costs no process.
/// Never throws: a failure to run is logged as error HA903 at the project file.
/// </summary>
public sealed class CheckDesigns : ToolTask
{
    /// <summary>The built assembly holding the designs.</summary>
    [Required]
    public string DesignAssembly { get; set; } = string.Empty;

    /// <summary>The harules command line (<c>HaRules.Cli.dll</c>), run with <c>dotnet exec</c>.</summary>
    [Required]
    public string CliPath { get; set; } = string.Empty;

    /// <summary>The project being built, where errors without a file are reported.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>The .editorconfig and global config files MSBuild hands the compiler.</summary>
    public ITaskItem[] EditorConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The SDK's Roslyn folder, used to read <see cref="EditorConfigFiles"/> exactly as the compiler does.</summary>
    public string RoslynDirectory { get; set; } = string.Empty;

    /// <summary>MSBuild <c>NoWarn</c>.</summary>
    public string NoWarn { get; set; } = string.Empty;

    /// <summary>MSBuild <c>WarningsAsErrors</c>.</summary>
    public string WarningsAsErrors { get; set; } = string.Empty;

    /// <summary>MSBuild <c>WarningsNotAsErrors</c>.</summary>
    public string WarningsNotAsErrors { get; set; } = string.Empty;

    /// <summary>MSBuild <c>TreatWarningsAsErrors</c>.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary><c>HaRulesReportFormats</c>: <c>markdown;html;sarif;json</c>, or empty for none.</summary>
    public string ReportFormats { get; set; } = string.Empty;

    /// <summary><c>HaRulesReportDirectory</c>: where reports are written.</summary>
    public string ReportDirectory { get; set; } = string.Empty;

    /// <summary><c>HaRulesTimeout</c>: seconds one design may run.</summary>
    public string DesignTimeout { get; set; } = string.Empty;

    /// <summary><c>HaRulesMemoryLimit</c>: how much memory the designs' worker process may use (<c>4GB</c>), or empty for the default.</summary>
    public string MemoryLimit { get; set; } = string.Empty;

    /// <summary><c>HaRulesToday</c>: the date acceptance expiry is compared with (YYYY-MM-DD).</summary>
    public string Today { get; set; } = string.Empty;

    /// <summary>The base of the rules' help links (the rule ID and <c>.md</c> are appended).</summary>
    public string HelpLinkBase { get; set; } = string.Empty;

    /// <summary>Where the command writes the findings for <see cref="LogDesignFindings"/>; deleted first, so a failed run leaves none.</summary>
    [Required]
    public string TaskOutput { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override string ToolName => "dotnet";

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            if (File.Exists(TaskOutput))
            {
                File.Delete(TaskOutput);
            }

            if (!File.Exists(CliPath))
            {
                LogProjectError($"the harules command line was not found at {CliPath}; reinstall the HaRules package");
                return false;
            }

            if (File.Exists(DesignAssembly) && !DesignAssemblyProbe.MayHoldDesigns(DesignAssembly))
            {
                File.WriteAllText(TaskOutput, Protocol.TaskFindings.Empty);
                return true;
            }

            var ran = base.Execute();
            if (!ran && !Log.HasLoggedErrors)
            {
                LogProjectError($"harules check on {Path.GetFileName(DesignAssembly)} exited with {ExitCode.ToString(CultureInfo.InvariantCulture)}; see the build log for its output");
            }

            if (Log.HasLoggedErrors && File.Exists(TaskOutput))
            {
                File.Delete(TaskOutput);
            }

            return !Log.HasLoggedErrors;
        }
        catch (Exception ex)
        {
            LogProjectError($"the design check of {Path.GetFileName(DesignAssembly)} could not run: {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    /// <inheritdoc />
    protected override string GenerateFullPathToTool()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(host) ? ToolName : host!;
    }

    /// <inheritdoc />
    protected override string GenerateCommandLineCommands() => string.Join(" ", Arguments().Select(Quote));

    /// <summary>The arguments of <c>dotnet exec harules check</c>.</summary>
    internal IEnumerable<string> Arguments()
    {
        yield return "exec";
        yield return CliPath;
        yield return "check";
        yield return DesignAssembly;
        foreach (var fixedOption in new[] { "--no-build", "--allow-no-designs", "--absolute-paths", "--fail-on", "never", "--format", "text", "--task-output", TaskOutput })
        {
            yield return fixedOption;
        }

        foreach (var format in Split(ReportFormats))
        {
            yield return "--format";
            yield return format.ToLowerInvariant();
        }

        foreach (var (option, value) in new[]
        {
            ("--output", ReportDirectory), ("--timeout", DesignTimeout), ("--memory-limit", MemoryLimit), ("--today", Today), ("--nowarn", NoWarn),
            ("--warnings-as-errors", WarningsAsErrors), ("--warnings-not-as-errors", WarningsNotAsErrors),
            ("--help-link-base", HelpLinkBase),
        })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return option;
                yield return value.Trim();
            }
        }

        if (TreatWarningsAsErrors)
        {
            yield return "--treat-warnings-as-errors";
        }

        var configs = EditorConfigFiles.Select(i => i.GetMetadata("FullPath")).Where(File.Exists).ToList();
        if (configs.Count > 0 && Directory.Exists(RoslynDirectory))
        {
            yield return "--roslyn-dir";
            yield return RoslynDirectory;
            foreach (var config in configs)
            {
                yield return "--editorconfig";
                yield return config;
            }
        }
    }

    /// <inheritdoc />
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        // The findings come through the task output file; the console is kept for the log. A line
        // "harules: …" is the command's reason for not running.
        if (singleLine.StartsWith("harules: ", StringComparison.Ordinal))
        {
            // The command may name the code itself; the task's message names it once.
            var reason = singleLine.Substring("harules: ".Length);
            const string named = "HaRules could not run (" + ToolDiagnostic.CouldNotRunId + "): ";
            LogProjectError(reason.StartsWith(named, StringComparison.Ordinal) ? reason.Substring(named.Length) : reason);
        }
        else
        {
            // The findings, the summary and the top fixes are logged from the task output (in every
            // build, also one that skips the check), so their console copies stay low; the reports
            // this check wrote are named at every verbosity.
            Log.LogMessage(singleLine.StartsWith("Wrote ", StringComparison.Ordinal) ? MessageImportance.High : messageImportance, singleLine);
        }
    }

    private static IEnumerable<string> Split(string list) =>
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '"', '\t', ';' }) < 0)
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in argument)
        {
            quoted.Append(c == '"' ? "\\\"" : c.ToString());
        }

        return quoted.Append('"').ToString();
    }

    private void LogProjectError(string message) => ToolDiagnostic.CouldNotRun(Log, ProjectFile, message);
}

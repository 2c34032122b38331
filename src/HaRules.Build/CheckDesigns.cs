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
/// Checks every design in a built assembly by running <c>harules check</c> out of process, and
/// logs each finding as an MSBuild warning, error or message with its code, file, line, column and
/// help link. Effective severities (.editorconfig, NoWarn, WarningsAsErrors,
/// TreatWarningsAsErrors) are computed by the command line from the values passed here. Never
/// throws: a failure to run is logged as error HA903 (HaRules could not run) at the project file.
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

    /// <summary>The compiler's SARIF error log: findings the analyzer already reported are not repeated.</summary>
    public string ErrorLog { get; set; } = string.Empty;

    /// <summary><c>HaRulesReportFormats</c>: <c>markdown;html;sarif;json</c>, or empty for none.</summary>
    public string ReportFormats { get; set; } = string.Empty;

    /// <summary><c>HaRulesReportDirectory</c>: where reports are written.</summary>
    public string ReportDirectory { get; set; } = string.Empty;

    /// <summary><c>HaRulesTimeout</c>: seconds one design may run.</summary>
    public string DesignTimeout { get; set; } = string.Empty;

    /// <summary><c>HaRulesToday</c>: the date acceptance expiry is compared with (YYYY-MM-DD).</summary>
    public string Today { get; set; } = string.Empty;

    /// <summary>The base of the rules' help links (the rule ID and <c>.md</c> are appended).</summary>
    public string HelpLinkBase { get; set; } = string.Empty;

    /// <summary>How many findings were logged, by severity (for tests and diagnostics).</summary>
    [Output]
    public int FindingCount { get; private set; }

    /// <inheritdoc />
    protected override string ToolName => "dotnet";

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            if (!File.Exists(CliPath))
            {
                LogProjectError($"the harules command line was not found at {CliPath}; reinstall the HaRules package");
                return false;
            }

            var ran = base.Execute();
            if (!ran && !Log.HasLoggedErrors)
            {
                LogProjectError($"harules check exited with {ExitCode.ToString(CultureInfo.InvariantCulture)}; see the build log for its output");
            }

            return !Log.HasLoggedErrors;
        }
        catch (Exception ex)
        {
            LogProjectError($"the design check could not run: {ex.GetType().Name}: {ex.Message}");
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
        foreach (var fixedOption in new[] { "--no-build", "--allow-no-designs", "--absolute-paths", "--fail-on", "never", "--format", "text" })
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
            ("--output", ReportDirectory), ("--timeout", DesignTimeout), ("--today", Today), ("--nowarn", NoWarn),
            ("--warnings-as-errors", WarningsAsErrors), ("--warnings-not-as-errors", WarningsNotAsErrors),
            ("--skip-reported", ErrorLogPath()), ("--help-link-base", HelpLinkBase),
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
        var finding = FindingLine.Parse(singleLine);
        if (finding is null)
        {
            // Progress and summaries; "harules: …" lines are the reason a check could not run.
            if (singleLine.StartsWith("harules: ", StringComparison.Ordinal))
            {
                LogProjectError(singleLine.Substring("harules: ".Length));
            }
            else
            {
                Log.LogMessage(messageImportance, singleLine);
            }

            return;
        }

        FindingCount++;
        var help = string.IsNullOrEmpty(HelpLinkBase) ? null : HelpLinkBase + finding.Id + ".md";
        var file = string.IsNullOrEmpty(finding.File) ? ProjectFile : finding.File;
        switch (finding.Severity)
        {
            case "error":
                Log.LogError(null, finding.Id, null, help, file, finding.Line, finding.Column, 0, 0, finding.Message);
                break;
            case "warning":
                Log.LogWarning(null, finding.Id, null, help, file, finding.Line, finding.Column, 0, 0, finding.Message);
                break;
            default:
                Log.LogMessage(null, finding.Id, null, file, finding.Line, finding.Column, 0, 0, MessageImportance.High, finding.Message);
                break;
        }
    }

    private static IEnumerable<string> Split(string list) =>
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);

    // The compiler's ErrorLog property may carry ",version=2.1" after the path.
    private string ErrorLogPath()
    {
        var path = (ErrorLog ?? string.Empty).Split(',')[0].Trim();
        return path.Length > 0 && File.Exists(path) ? path : string.Empty;
    }

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

    // HA903: HaRules could not run (ToolDiagnostics.CouldNotRun; the task does not load HaRules itself).
    private const string CouldNotRun = "HA903";

    private void LogProjectError(string message) =>
        Log.LogError(null, CouldNotRun, null, null, ProjectFile, 0, 0, 0, 0, message);
}

using System;
using System.Collections.Generic;
using HaRules.Cli.Severities;
using HaRules.Findings;

namespace HaRules.Cli;

/// <summary>The settings of one <c>harules check</c>, as the command line gives them (<see cref="CheckCommandLine"/>).</summary>
public sealed class CheckArguments
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] KnownFormats = { "text", "json", "markdown", "html", "sarif" };

    /// <summary>The assembly, project file or project folder to check.</summary>
    public string Design { get; set; } = string.Empty;

    /// <summary>The requested report formats, without duplicates; the console always shows the findings.</summary>
    public List<string> Formats { get; } = new();

    /// <summary>Where report files are written.</summary>
    public string OutputDirectory { get; set; } = ".";

    /// <summary>The lowest severity that fails the check, or null for never.</summary>
    public Severity? FailOn { get; set; } = Severity.Error;

    /// <summary>The date acceptance expiry is compared with, or null for today (UTC).</summary>
    public DateTime? Today { get; set; }

    /// <summary>The folder report paths are relative to, or null to find the repository (or project) root.</summary>
    public string? Root { get; set; }

    /// <summary>Check a project without building it first.</summary>
    public bool NoBuild { get; set; }

    /// <summary>The design classes to run (by simple or full name); empty for all.</summary>
    public List<string> DesignNames { get; } = new();

    /// <summary>How long one design may run.</summary>
    public TimeSpan Timeout { get; set; } = Running.DesignEvaluator.DefaultTimeout;

    /// <summary>
    /// The most memory, in bytes, the worker process running the designs may use for its heap, or
    /// null for <see cref="WorkerMemory.DefaultLimit"/>.
    /// </summary>
    public long? MemoryLimit { get; set; }

    /// <summary>How findings' severities are configured (editorconfig, NoWarn, warnings as errors).</summary>
    public SeverityOptions Severities { get; } = new();

    /// <summary>The compiler's SARIF error log: findings it already reported are not repeated on the console.</summary>
    public string? SkipReported { get; set; }

    /// <summary>An assembly without designs is not an error (the build task checks every project).</summary>
    public bool AllowNoDesigns { get; set; }

    /// <summary>The console prints absolute paths (MSBuild needs them to place findings in the IDE); report files stay relative.</summary>
    public bool AbsolutePaths { get; set; }

    /// <summary>Where to write the findings for the build task (typed JSON), or null.</summary>
    public string? TaskOutput { get; set; }

    /// <summary>A baseline file: only findings not in it fail the check.</summary>
    public string? Baseline { get; set; }

    /// <summary>Where to write a baseline of this check's active findings, or null.</summary>
    public string? WriteBaseline { get; set; }

    /// <summary>The command line as given (after response files), which a worker process is started with.</summary>
    internal IReadOnlyList<string> CommandLine { get; set; } = Array.Empty<string>();

    /// <summary>In a worker process (<see cref="DesignIsolation"/>): the assembly to check, already located and built.</summary>
    internal string? WorkerAssembly { get; set; }

    /// <summary>In a worker process: the file its progress is written to.</summary>
    internal string? WorkerProgress { get; set; }

    /// <summary>In a worker process: designs (by full name) set aside, with why, reported as HA006 without running them.</summary>
    internal Dictionary<string, string> FailedDesigns { get; } = new(StringComparer.Ordinal);

    /// <summary>The base of the rules' help links as given (a URL, a folder, or <c>bundled</c>), or null for the default.</summary>
    public string? HelpLinkBase { get; set; }
}

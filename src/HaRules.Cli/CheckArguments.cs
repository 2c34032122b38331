using System;
using System.Collections.Generic;
using System.Globalization;
using HaRules.Cli.Severities;
using HaRules.Findings;

namespace HaRules.Cli;

/// <summary>The parsed arguments of <c>harules check</c>.</summary>
public sealed class CheckArguments
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] KnownFormats = { "text", "json", "markdown", "html", "sarif" };

    /// <summary>The assembly, project file or project folder to check.</summary>
    public string Design { get; private set; } = string.Empty;

    /// <summary>The requested formats; <c>text</c> when none is given.</summary>
    public List<string> Formats { get; } = new();

    /// <summary>Where report files are written.</summary>
    public string OutputDirectory { get; private set; } = ".";

    /// <summary>The lowest severity that fails the check, or null for never.</summary>
    public Severity? FailOn { get; private set; } = Severity.Error;

    /// <summary>The date acceptance expiry is compared with, or null for today (UTC).</summary>
    public DateTime? Today { get; private set; }

    /// <summary>The folder report paths are relative to, or null to find the repository root.</summary>
    public string? Root { get; private set; }

    /// <summary>Check a project without building it first.</summary>
    public bool NoBuild { get; private set; }

    /// <summary>The design classes to run (by simple or full name); empty for all.</summary>
    public List<string> DesignNames { get; } = new();

    /// <summary>How long one design may run.</summary>
    public TimeSpan Timeout { get; private set; } = Evaluation.DesignEvaluator.DefaultTimeout;

    /// <summary>How findings' severities are configured (editorconfig, NoWarn, warnings as errors).</summary>
    public SeverityOptions Severities { get; } = new();

    /// <summary>The compiler's SARIF error log: findings it already reported are not repeated.</summary>
    public string? SkipReported { get; private set; }

    /// <summary>An assembly without designs is not an error (the build task checks every project).</summary>
    public bool AllowNoDesigns { get; private set; }

    /// <summary>Print absolute paths (for MSBuild, which needs them to place findings in the IDE).</summary>
    public bool AbsolutePaths { get; private set; }

    /// <summary>A baseline file: only findings not in it fail the check.</summary>
    public string? Baseline { get; private set; }

    /// <summary>Where to write a baseline of this check's active findings, or null.</summary>
    public string? WriteBaseline { get; private set; }

    /// <summary>Parses the arguments after <c>check</c>.</summary>
    /// <exception cref="CliException">An argument is unknown or malformed.</exception>
    public static CheckArguments Parse(IReadOnlyList<string> args)
    {
        var result = new CheckArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new CliException($"{arg} needs a value");
            switch (arg)
            {
                case "--format":
                case "-f":
                    var format = Value().ToLowerInvariant();
                    if (Array.IndexOf(KnownFormats, format) < 0)
                    {
                        throw new CliException($"unknown format '{format}'; use one of {string.Join(", ", KnownFormats)}");
                    }

                    if (!result.Formats.Contains(format))
                    {
                        result.Formats.Add(format);
                    }

                    break;
                case "--output":
                case "-o":
                    result.OutputDirectory = Value();
                    break;
                case "--fail-on":
                    result.FailOn = Value() switch
                    {
                        "error" => Severity.Error,
                        "warning" => Severity.Warning,
                        "never" => null,
                        var other => throw new CliException($"--fail-on takes error, warning or never, not '{other}'"),
                    };
                    break;
                case "--today":
                    var text = Value();
                    result.Today = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? date
                        : throw new CliException($"--today takes a date as YYYY-MM-DD, not '{text}'");
                    break;
                case "--root":
                    result.Root = Value();
                    break;
                case "--no-build":
                    result.NoBuild = true;
                    break;
                case "--design":
                    result.DesignNames.Add(Value());
                    break;
                case "--editorconfig":
                    result.Severities.EditorConfigFiles.Add(Value());
                    break;
                case "--roslyn-dir":
                    result.Severities.RoslynDirectory = Value();
                    break;
                case "--nowarn":
                    result.Severities.NoWarn.AddRange(SeverityPolicy.SplitIds(Value()));
                    break;
                case "--warnings-as-errors":
                    result.Severities.WarningsAsErrors.AddRange(SeverityPolicy.SplitIds(Value()));
                    break;
                case "--warnings-not-as-errors":
                    result.Severities.WarningsNotAsErrors.AddRange(SeverityPolicy.SplitIds(Value()));
                    break;
                case "--treat-warnings-as-errors":
                    result.Severities.TreatWarningsAsErrors = true;
                    break;
                case "--skip-reported":
                    result.SkipReported = Value();
                    break;
                case "--allow-no-designs":
                    result.AllowNoDesigns = true;
                    break;
                case "--absolute-paths":
                    result.AbsolutePaths = true;
                    break;
                case "--baseline":
                    result.Baseline = Value();
                    break;
                case "--write-baseline":
                    result.WriteBaseline = Value();
                    break;
                case "--timeout":
                    var seconds = Value();
                    result.Timeout = double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
                        ? TimeSpan.FromSeconds(s)
                        : throw new CliException($"--timeout takes a positive number of seconds, not '{seconds}'");
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal))
                    {
                        throw new CliException($"unknown option '{arg}'");
                    }

                    if (result.Design.Length > 0)
                    {
                        throw new CliException($"only one design can be checked at a time ('{result.Design}' and '{arg}')");
                    }

                    result.Design = arg;
                    break;
            }
        }

        if (result.Design.Length == 0)
        {
            throw new CliException("name the design to check: an assembly (.dll), a project (.csproj) or its folder");
        }

        if (result.Formats.Count == 0)
        {
            result.Formats.Add("text");
        }

        return result;
    }
}

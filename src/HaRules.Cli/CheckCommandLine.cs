using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using HaRules.Cli.Severities;
using HaRules.Running;
using HaRules.Findings;
using HaRules.Rules;

namespace HaRules.Cli;

/// <summary>
/// The <c>harules check</c> command: its argument and options (names, help text, value checks)
/// and how a parse result becomes <see cref="CheckArguments"/>. The option names are a contract:
/// the build task passes them.
/// </summary>
internal sealed class CheckCommandLine
{
    private readonly Argument<string> _design = new("design")
    {
        Description = "What to check: a built assembly (.dll), a C# project (.csproj), or the folder holding one project. " +
            "A project is built first (Release, with HaRules' own analyzer and build task off, so a flawed design still compiles).",
    };

    private readonly Option<string[]> _formats = new("--format", "-f")
    {
        Description = "A report to write; repeat for several. text: the findings on the console (always shown); " +
            "json: harules-report.json; markdown: harules-report.md; html: harules-report.html (one self-contained page); " +
            "sarif: harules-report.sarif (SARIF 2.1.0, for code scanning).",
        HelpName = string.Join("|", CheckArguments.KnownFormats),
        CustomParser = ParseFormats,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The folder report files are written to (created if missing).",
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
    };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "The lowest severity that makes the exit status 1: error, warning, or never.",
        HelpName = "error|warning|never",
        DefaultValueFactory = _ => "error",
    };

    private readonly Option<DateTime?> _today = new("--today")
    {
        Description = "The date acceptance expiry dates are compared with (default: today, UTC), so a check can be repeated exactly.",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    private readonly Option<string?> _root = new("--root")
    {
        Description = "The folder report paths are relative to. Default: the nearest folder above the design's sources holding .git, " +
            "else the nearest holding a .csproj.",
        HelpName = "DIR",
    };

    private readonly Option<bool> _noBuild = new("--no-build")
    {
        Description = "Check a project's existing Release output instead of building it first.",
    };

    private readonly Option<string[]> _designNames = new("--design")
    {
        Description = "Run only this design class (simple or full name); repeat for several. Default: every public IDesign with a parameterless constructor.",
        HelpName = "NAME",
    };

    private readonly Option<TimeSpan?> _timeout = new("--timeout")
    {
        Description = "How long one design may run before it is stopped and reported as HA006 (default: " +
            DesignEvaluator.DefaultTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + ").",
        HelpName = "SECONDS",
        CustomParser = ParseTimeout,
    };

    private readonly Option<long?> _memoryLimit = new("--memory-limit")
    {
        Description = "How much memory the designs' worker process may use, as 512MB or 4GB (default: three quarters of this machine's memory). A design that needs more is reported as HA006.",
        HelpName = "SIZE",
        CustomParser = ParseMemoryLimit,
    };

    private readonly Option<string[]> _editorConfig = new("--editorconfig")
    {
        Description = "An .editorconfig or global config file whose dotnet_diagnostic.HAxxx.severity settings apply; repeat for several (needs --roslyn-dir).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _roslynDir = new("--roslyn-dir")
    {
        Description = "The folder of the SDK's Microsoft.CodeAnalysis.dll, used to read --editorconfig files exactly as the compiler does (MSBuild's $(RoslynTargetsPath)/bincore).",
        HelpName = "DIR",
    };

    private readonly Option<string[]> _noWarn = new("--nowarn")
    {
        Description = "Rule IDs to turn off, separated by ',' or ';' (as MSBuild's NoWarn).",
        HelpName = "IDS",
    };

    private readonly Option<string[]> _warningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Rule IDs whose warnings become errors (as MSBuild's WarningsAsErrors).",
        HelpName = "IDS",
    };

    private readonly Option<string[]> _warningsNotAsErrors = new("--warnings-not-as-errors")
    {
        Description = "Rule IDs whose warnings stay warnings under --treat-warnings-as-errors (as MSBuild's WarningsNotAsErrors).",
        HelpName = "IDS",
    };

    private readonly Option<bool> _treatWarningsAsErrors = new("--treat-warnings-as-errors")
    {
        Description = "Every warning becomes an error (as MSBuild's TreatWarningsAsErrors).",
    };

    private readonly Option<string?> _skipReported = new("--skip-reported")
    {
        Description = "The compiler's SARIF error log: findings the analyzer already printed are left off the console (report files keep them).",
        HelpName = "SARIF",
    };

    private readonly Option<bool> _allowNoDesigns = new("--allow-no-designs")
    {
        Description = "An assembly without designs is not an error (exit 0 with nothing written).",
    };

    private readonly Option<bool> _absolutePaths = new("--absolute-paths")
    {
        Description = "Print absolute paths on the console (for MSBuild and IDEs); report files stay relative to --root.",
    };

    private readonly Option<string?> _taskOutput = new("--task-output")
    {
        Description = "Also write the active findings, with effective severities, absolute locations and help links, as JSON for the HaRules build task.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "A baseline written by --write-baseline: only findings it does not hold count towards --fail-on.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _writeBaseline = new("--write-baseline")
    {
        Description = "Write this check's active findings as a baseline file.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _helpLinkBase = new("--help-link-base")
    {
        Description = "Where rule help links point: a URL (HAxxx.md is appended), a folder holding the rule pages (linked as file: URIs), " +
            "or 'bundled' for the pages shipped with this tool (offline). Default: " + RuleCatalog.HelpLinkBase,
        HelpName = "URL|DIR|bundled",
    };

    // The options a worker process is started with (DesignIsolation); not for users, so not in the help.
    private readonly Option<string?> _workerAssembly = new(WorkerAssemblyOption) { Hidden = true };
    private readonly Option<string?> _workerProgress = new(WorkerProgressOption) { Hidden = true };
    private readonly Option<string[]> _workerFailed = new(WorkerFailedOption) { Hidden = true };

    public CheckCommandLine()
    {
        _failOn.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not ("error" or "warning" or "never"))
            {
                result.AddError($"--fail-on takes error, warning or never, not '{value}'");
            }
        });

        // An unknown option lands in the design argument when it comes first: name it as what it is.
        _design.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[0].Value.StartsWith("-", StringComparison.Ordinal))
            {
                result.AddError($"unknown option '{result.Tokens[0].Value}'");
            }
        });
        Command = new Command("check", "Run every design of an assembly or project, print its findings and write the reports.")
        {
            _design, _formats, _output, _failOn, _today, _root, _noBuild, _designNames, _timeout, _memoryLimit, _editorConfig, _roslynDir,
            _noWarn, _warningsAsErrors, _warningsNotAsErrors, _treatWarningsAsErrors, _skipReported, _allowNoDesigns,
            _absolutePaths, _taskOutput, _baseline, _writeBaseline, _helpLinkBase, _workerAssembly, _workerProgress, _workerFailed,
        };
    }

    /// <summary>Hidden: the located assembly a worker process checks.</summary>
    public const string WorkerAssemblyOption = "--worker-assembly";

    /// <summary>Hidden: the progress file of a worker process.</summary>
    public const string WorkerProgressOption = "--worker-progress";

    /// <summary>Hidden: <c>FullName=why</c> of a design a worker reports as HA006 without running it.</summary>
    public const string WorkerFailedOption = "--worker-failed";

    /// <summary>The command, with its options.</summary>
    public Command Command { get; }

    /// <summary>The check's settings from a successful parse.</summary>
    public CheckArguments Bind(ParseResult parse)
    {
        var arguments = new CheckArguments
        {
            Design = parse.GetValue(_design) ?? string.Empty,
            OutputDirectory = parse.GetValue(_output) ?? ".",
            FailOn = parse.GetValue(_failOn) switch
            {
                "warning" => Severity.Warning,
                "never" => null,
                _ => Severity.Error,
            },
            Today = parse.GetValue(_today),
            Root = parse.GetValue(_root),
            NoBuild = parse.GetValue(_noBuild),
            Timeout = parse.GetValue(_timeout) ?? DesignEvaluator.DefaultTimeout,
            MemoryLimit = parse.GetValue(_memoryLimit),
            SkipReported = parse.GetValue(_skipReported),
            AllowNoDesigns = parse.GetValue(_allowNoDesigns),
            AbsolutePaths = parse.GetValue(_absolutePaths),
            TaskOutput = parse.GetValue(_taskOutput),
            Baseline = parse.GetValue(_baseline),
            WriteBaseline = parse.GetValue(_writeBaseline),
            HelpLinkBase = parse.GetValue(_helpLinkBase),
            CommandLine = parse.Tokens.Select(t => t.Value).ToList(),
            WorkerAssembly = parse.GetValue(_workerAssembly),
            WorkerProgress = parse.GetValue(_workerProgress),
        };
        foreach (var failed in parse.GetValue(_workerFailed) ?? Array.Empty<string>())
        {
            var equals = failed.IndexOf('=');
            if (equals > 0)
            {
                arguments.FailedDesigns[failed.Substring(0, equals)] = failed.Substring(equals + 1);
            }
        }

        arguments.Formats.AddRange((parse.GetValue(_formats) ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal));
        arguments.DesignNames.AddRange(parse.GetValue(_designNames) ?? Array.Empty<string>());
        var severities = arguments.Severities;
        severities.EditorConfigFiles.AddRange(parse.GetValue(_editorConfig) ?? Array.Empty<string>());
        severities.RoslynDirectory = parse.GetValue(_roslynDir);
        severities.NoWarn.AddRange(Ids(parse.GetValue(_noWarn)));
        severities.WarningsAsErrors.AddRange(Ids(parse.GetValue(_warningsAsErrors)));
        severities.WarningsNotAsErrors.AddRange(Ids(parse.GetValue(_warningsNotAsErrors)));
        severities.TreatWarningsAsErrors = parse.GetValue(_treatWarningsAsErrors);
        return arguments;
    }

    private static IEnumerable<string> Ids(string[]? lists) => (lists ?? Array.Empty<string>()).SelectMany(SeverityPolicy.SplitIds);

    private static string[] ParseFormats(ArgumentResult result)
    {
        var formats = result.Tokens.Select(t => t.Value.Trim().ToLowerInvariant()).ToArray();
        foreach (var format in formats.Where(f => Array.IndexOf(CheckArguments.KnownFormats, f) < 0))
        {
            result.AddError($"unknown format '{format}'; use one of {string.Join(", ", CheckArguments.KnownFormats)}");
        }

        return formats;
    }

    private static DateTime? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--today takes a date as YYYY-MM-DD, not '{text}'");
        return null;
    }

    private static TimeSpan? ParseTimeout(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= int.MaxValue / 1000)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        result.AddError($"--timeout takes a positive number of seconds, not '{text}'");
        return null;
    }

    private static long? ParseMemoryLimit(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (WorkerMemory.TryParse(text, out var bytes))
        {
            return bytes;
        }

        result.AddError($"--memory-limit takes a size of at least {WorkerMemory.Smallest / WorkerMemory.Megabyte} MB, as 512MB or 4GB, not '{text}'");
        return null;
    }
}

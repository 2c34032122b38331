using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaRules.Checking;
using HaRules.Cli.Severities;
using HaRules.Cli.BuildTask;
using HaRules.Running;
using HaRules.Findings;
using HaRules.Internal;
using HaRules.Model;
using HaRules.Reporting;
using HaRules.Reporting.Baseline;
using HaRules.Reporting.Html;
using HaRules.Reporting.Json;
using HaRules.Reporting.Markdown;
using HaRules.Reporting.Sarif;
using HaRules.Reporting.Text;

namespace HaRules.Cli;

/// <summary><c>harules check</c>: runs every design of an assembly or project, checks it and writes the reports.</summary>
public static class CheckCommand
{
    /// <summary>The file name of each written report format.</summary>
    public static string ReportFileName(string format) => format switch
    {
        "markdown" => "harules-report.md",
        _ => "harules-report." + format,
    };

    /// <summary>Runs the check; returns the exit status.</summary>
    /// <exception cref="CliException">The check could not run (the message says why and what to do).</exception>
    public static int Run(CheckArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.WorkerProgress is not { } progressFile || arguments.WorkerAssembly is not { } workerAssembly)
        {
            // The designs run in a worker process, so none can take this one down (DesignIsolation).
            var located = DesignInput.Locate(arguments.Design, arguments.NoBuild, stderr);
            HelpLinks.Resolve(arguments.HelpLinkBase);
            return DesignIsolation.Supervise(arguments, located, stdout, stderr);
        }

        using var progress = new WorkerProgress(progressFile);
        try
        {
            return Run(arguments, workerAssembly, progress, stdout);
        }
        finally
        {
            // Not reached when a design ends the process: the supervisor then names that design.
            progress.End();
        }
    }

    private static int Run(CheckArguments arguments, string assemblyPath, WorkerProgress progress, TextWriter stdout)
    {
        using var timings = CheckTimings.StartIfAsked();
        var helpLinkBase = HelpLinks.Resolve(arguments.HelpLinkBase);
        var reports = CheckAssembly(assemblyPath, arguments, progress);
        progress.Reports();
        if (arguments.TaskOutput is { } taskOutput)
        {
            // Written first and even when there is no design: the task reads it as "the check ran".
            AtomicFile.Write(taskOutput, stream => TaskOutputWriter.Write(stream, reports, new ReportPaths(null, null, helpLinkBase)));
        }

        if (reports.Count == 0)
        {
            return ExitCodes.Success;
        }

        var root = arguments.Root ?? ReportRoot(SourceDirectory(reports) ?? Path.GetDirectoryName(Path.GetFullPath(assemblyPath)));
        WriteConsole(reports, arguments, arguments.AbsolutePaths ? new ReportPaths(null) : new ReportPaths(root), assemblyPath, stdout);
        WriteReports(reports, arguments, root, helpLinkBase, stdout);

        var counted = BaselineFilter.Counted(reports, arguments.Baseline, stdout);
        if (arguments.WriteBaseline is { } baselineFile)
        {
            AtomicFile.WriteAllText(baselineFile, FindingBaseline.From(reports).ToJson());
            stdout.WriteLine($"Wrote {baselineFile}");
        }

        var failing = arguments.FailOn is { } threshold && counted.Any(f => f.Severity >= threshold);
        return failing ? ExitCodes.FindingsFailed : ExitCodes.Success;
    }

    /// <summary>
    /// The folder report paths are relative to when <c>--root</c> is not given: the repository
    /// holding the sources, else the project holding them, else their own folder.
    /// </summary>
    public static string? ReportRoot(string? sourceDirectory) =>
        ReportPaths.FindRepositoryRoot(sourceDirectory) ?? ReportPaths.FindProjectRoot(sourceDirectory) ?? sourceDirectory;

    /// <summary>Loads the assembly, runs each selected design (with the timeout) and checks it.</summary>
    public static IReadOnlyList<DesignReport> CheckAssembly(string assemblyPath, CheckArguments arguments) =>
        CheckAssembly(assemblyPath, arguments, null);

    // With progress (in a worker process), each design runs on this thread and the supervising
    // process bounds it; a design set aside by the supervisor is reported without running it.
    private static IReadOnlyList<DesignReport> CheckAssembly(string assemblyPath, CheckArguments arguments, WorkerProgress? progress)
    {
        // A check owns its process: passes over a very large design give their temporaries back as they end.
        LargePasses.Enable();
        var loading = PhaseClock.Measure("loading");
        var (context, assembly) = DesignAssemblyLoader.Load(assemblyPath);
        try
        {
            var designs = DesignAssemblyLoader.FindDesigns(assembly)
                .Where(t => arguments.DesignNames.Count == 0 || arguments.DesignNames.Contains(t.Name) || arguments.DesignNames.Contains(t.FullName!))
                .ToList();
            loading.Dispose();
            if (designs.Count == 0 && arguments.AllowNoDesigns && arguments.DesignNames.Count == 0)
            {
                return Array.Empty<DesignReport>();
            }

            if (designs.Count == 0)
            {
                throw new CliException(arguments.DesignNames.Count == 0
                    ? $"{assemblyPath} is not a design assembly: it has no public IDesign class with a parameterless constructor"
                    : $"{assemblyPath} has no design named {string.Join(", ", arguments.DesignNames)}");
            }

            var columns = new SourceColumns();
            var options = new CheckOptions { Today = arguments.Today };
            var policy = arguments.Severities.CreatePolicy();
            var suppressions = SourceSuppressions.Load(arguments.Severities.RoslynDirectory);
            return designs.Select(type =>
            {
                progress?.Design(type.FullName!);
                Action<DesignBuilder> describe = AsyncDescribe.IsAsync(type)
                    ? builder => AsyncDescribe.Run(() => ((IDesign)Activator.CreateInstance(type)!).Describe(builder))
                    : builder => ((IDesign)Activator.CreateInstance(type)!).Describe(builder);
                // Columns are found while the model is built (no second copy of it). A design
                // that outlives its timeout keeps running on its own thread: it gets its own columns.
                var model = arguments.FailedDesigns.TryGetValue(type.FullName!, out var failure)
                    ? columns.Resolve(SetAside(type, failure, assemblyPath))
                    : progress is null
                        ? DesignEvaluator.Evaluate(type.Name, describe, arguments.Timeout, new SourceColumns())
                        : DesignEvaluator.Evaluate(type.Name, describe, columns);
                var result = DesignChecker.Check(model, options);
                using var severities = PhaseClock.Measure("severities");
                var report = new DesignReport(Effective(result, policy, suppressions));
                progress?.Done(type.FullName!);
                return report;
            }).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    // The findings the source does not suppress, with their effective severities; the result itself
    // when that changes nothing (no configuration: every check outside a build), not a copy of it.
    private static CheckResult Effective(CheckResult result, SeverityPolicy policy, SourceSuppressions? suppressions)
    {
        var findings = result.Findings;
        var effective = new List<Finding>(findings.Count);
        var same = true;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = suppressions is not null && suppressions.IsSuppressed(findings[i]) ? null : policy.Apply(findings[i]);
            same &= ReferenceEquals(finding, findings[i]);
            if (finding is not null)
            {
                effective.Add(finding);
            }
        }

        return same ? result : result.WithFindings(effective);
    }

    // A design whose run crashed or hung its worker process: HA006 at its Describe, with what happened, and an empty model.
    private static DesignModel SetAside(Type type, string why, string assemblyPath)
    {
        var empty = new DesignBuilder(type.Name).Build();
        var problem = new DesignProblem(DesignProblemKind.NotEvaluated, why, new[] { type.Name }, DesignSource.Describe(type, assemblyPath));
        return new DesignModel(empty.Name, empty.Components, empty.Groups, empty.Relations, empty.Acceptances, empty.Problems.Append(problem));
    }

    // The console always shows the findings and a summary per design, whatever files are written;
    // it leaves out what the compiler already printed (the analyzer's diagnostics).
    private static void WriteConsole(IReadOnlyList<DesignReport> reports, CheckArguments arguments, ReportPaths paths, string assemblyPath, TextWriter stdout)
    {
        using var console = PhaseClock.Measure("console");
        var reported = CompilerErrorLog.Read(arguments.SkipReported);
        foreach (var report in reports)
        {
            // Without a log (every check outside a build) the report is shown as it is: no copy of its findings.
            var unreported = reported.IsEmpty ? report : new DesignReport(report.Result.WithFindings(report.Result.Findings.Where(f => !reported.Reported(f))));
            stdout.Write(TextReportWriter.Write(unreported, paths, Path.GetFileName(assemblyPath)));
        }
    }

    // Report files hold every finding, with paths relative to the root and source links relative to the file itself.
    private static void WriteReports(IReadOnlyList<DesignReport> reports, CheckArguments arguments, string? root, string? helpLinkBase, TextWriter stdout)
    {
        var paths = new ReportPaths(root, Path.GetFullPath(arguments.OutputDirectory), helpLinkBase);
        foreach (var format in arguments.Formats.Where(f => f != "text"))
        {
            using var writing = PhaseClock.Measure("write " + format);
            // JSON and SARIF keep every finding and go to their files as they are written; Markdown
            // and HTML summarise past a size (ReportLimits), so their text is small enough to hold.
            var file = Path.Combine(arguments.OutputDirectory, ReportFileName(format));
            switch (format)
            {
                case "json":
                    AtomicFile.Write(file, stream => JsonReportWriter.Write(stream, reports, paths));
                    break;
                case "sarif":
                    AtomicFile.Write(file, stream => SarifReportWriter.Write(stream, reports, paths));
                    break;
                case "markdown":
                    AtomicFile.WriteAllText(file, MarkdownReportWriter.Write(reports, paths));
                    break;
                case "html":
                    AtomicFile.WriteAllText(file, HtmlReportWriter.Write(reports, paths));
                    break;
                default:
                    throw new CliException($"the {format} format is not available in this version");
            }

            stdout.WriteLine($"Wrote {file}");
        }
    }

    private static string? SourceDirectory(IEnumerable<DesignReport> reports)
    {
        var file = reports.SelectMany(r => r.Result.Model.Components).Select(c => c.Location).FirstOrDefault(l => l.IsKnown)?.File;
        return file is null ? null : Path.GetDirectoryName(file);
    }
}

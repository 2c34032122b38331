using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaRules.Checking;
using HaRules.Evaluation;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Reporting;
using HaRules.Reporting.Json;
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

    /// <summary>Runs the command; returns the exit status.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = CheckArguments.Parse(args);
        var assemblyPath = arguments.Design.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? arguments.Design
            : ProjectBuild.BuildAndLocate(ProjectBuild.FindProject(arguments.Design), arguments.NoBuild, stderr);

        var reports = CheckAssembly(assemblyPath, arguments);
        var root = arguments.Root ?? ReportPaths.FindRepositoryRoot(SourceDirectory(reports) ?? Path.GetDirectoryName(Path.GetFullPath(assemblyPath)));
        var paths = new ReportPaths(root);
        WriteReports(reports, arguments, paths, assemblyPath, stdout);

        var failing = arguments.FailOn is { } threshold && reports.SelectMany(r => r.Result.Active).Any(f => f.Severity >= threshold);
        return failing ? ExitCodes.FindingsFailed : ExitCodes.Success;
    }

    /// <summary>Loads the assembly, runs each selected design (with the timeout) and checks it.</summary>
    public static IReadOnlyList<DesignReport> CheckAssembly(string assemblyPath, CheckArguments arguments)
    {
        var (context, assembly) = DesignAssemblyLoader.Load(assemblyPath);
        try
        {
            var designs = DesignAssemblyLoader.FindDesigns(assembly)
                .Where(t => arguments.DesignNames.Count == 0 || arguments.DesignNames.Contains(t.Name) || arguments.DesignNames.Contains(t.FullName!))
                .ToList();
            if (designs.Count == 0)
            {
                throw new CliException(arguments.DesignNames.Count == 0
                    ? $"{assemblyPath} is not a design assembly: it has no public IDesign class with a parameterless constructor"
                    : $"{assemblyPath} has no design named {string.Join(", ", arguments.DesignNames)}");
            }

            var columns = new SourceColumns();
            var options = new CheckOptions { Today = arguments.Today };
            return designs.Select(type =>
            {
                var model = DesignEvaluator.Evaluate(type.Name, builder => ((IDesign)Activator.CreateInstance(type)!).Describe(builder), arguments.Timeout);
                return new DesignReport(DesignChecker.Check(columns.Resolve(model), options));
            }).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static void WriteReports(IReadOnlyList<DesignReport> reports, CheckArguments arguments, ReportPaths paths, string assemblyPath, TextWriter stdout)
    {
        foreach (var format in arguments.Formats)
        {
            if (format == "text")
            {
                foreach (var report in reports)
                {
                    stdout.Write(TextReportWriter.Write(report, paths, Path.GetFileName(assemblyPath)));
                }

                continue;
            }

            var content = format switch
            {
                "json" => JsonReportWriter.Write(reports, paths),
                _ => throw new CliException($"the {format} format is not available in this version"),
            };
            var file = Path.Combine(arguments.OutputDirectory, ReportFileName(format));
            AtomicFile.WriteAllText(file, content);
            stdout.WriteLine($"Wrote {file}");
        }
    }

    private static string? SourceDirectory(IEnumerable<DesignReport> reports)
    {
        var file = reports.SelectMany(r => r.Result.Model.Components).Select(c => c.Location).FirstOrDefault(l => l.IsKnown)?.File;
        return file is null ? null : Path.GetDirectoryName(file);
    }
}

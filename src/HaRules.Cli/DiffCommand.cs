using System;
using System.CommandLine;
using System.IO;
using HaRules.Reporting;
using HaRules.Reporting.Diff;

namespace HaRules.Cli;

/// <summary>
/// <c>harules diff before.json after.json [--output FILE]</c>: compares two JSON reports, prints
/// the difference as Markdown (and writes it to the output file); exit 1 when the change adds an
/// error, 0 otherwise, 2 on bad input.
/// </summary>
public static class DiffCommand
{
    /// <summary>The <c>diff</c> command with its arguments and options.</summary>
    public static Command Create()
    {
        var before = new Argument<string>("before.json") { Description = "The JSON report (--format json) of the design before the change." };
        var after = new Argument<string>("after.json") { Description = "The JSON report of the design after the change." };
        var output = new Option<string?>("--output", "-o") { Description = "Also write the Markdown to this file (for a pull-request comment).", HelpName = "FILE" };
        var command = new Command("diff", "Compare two JSON reports: new, fixed and unchanged findings, and each service's single points of failure and availability before and after. Exit 1 when the change adds an error.")
        {
            before, after, output,
        };
        command.SetAction(parse => Run(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(output), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Runs the command; returns the exit status.</summary>
    /// <exception cref="CliException">A report cannot be read.</exception>
    public static int Run(string before, string after, string? output, TextWriter stdout)
    {
        var diff = ReportDiff.Compare(Read(before), Read(after));
        var markdown = DiffMarkdownWriter.Write(diff);
        stdout.Write(markdown);
        if (output is not null)
        {
            AtomicFile.WriteAllText(output, markdown);
        }

        return diff.AddsError ? ExitCodes.FindingsFailed : ExitCodes.Success;
    }

    private static ReportSnapshot Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"{file} does not exist; diff compares two JSON reports written with 'harules check --format json'");
        }

        try
        {
            return ReportSnapshot.Parse(File.ReadAllText(file));
        }
        catch (FormatException ex)
        {
            throw new CliException($"{file}: {ex.Message}");
        }
    }
}

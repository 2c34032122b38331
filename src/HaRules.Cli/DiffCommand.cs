using System;
using System.Collections.Generic;
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
    /// <summary>Runs the command; returns the exit status.</summary>
    /// <exception cref="CliException">An argument is wrong or a report cannot be read.</exception>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var files = new List<string>();
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o":
                    output = i + 1 < args.Count ? args[++i] : throw new CliException("--output needs a value");
                    break;
                case var option when option.StartsWith("-", StringComparison.Ordinal):
                    throw new CliException($"unknown option '{option}'");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count != 2)
        {
            throw new CliException("diff compares two JSON reports: harules diff <before.json> <after.json> [--output FILE]");
        }

        var diff = ReportDiff.Compare(Read(files[0]), Read(files[1]));
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
            throw new CliException($"{file} does not exist");
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

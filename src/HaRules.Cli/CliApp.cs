using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaRules.Reporting;

namespace HaRules.Cli;

/// <summary>Dispatches <c>harules</c> commands and turns every failure into a message and exit status 2.</summary>
public static class CliApp
{
    /// <summary>The usage text.</summary>
    public const string Usage =
        "usage: harules check <assembly.dll|project.csproj|project-folder> [--format text|json|markdown|sarif]... [--output DIR]\n" +
        "                     [--fail-on error|warning|never] [--today YYYY-MM-DD] [--root DIR] [--no-build]\n" +
        "                     [--design NAME]... [--timeout SECONDS] [--editorconfig FILE]... [--roslyn-dir DIR]\n" +
        "                     [--nowarn IDS] [--warnings-as-errors IDS] [--warnings-not-as-errors IDS]\n" +
        "                     [--treat-warnings-as-errors] [--skip-reported SARIF] [--allow-no-designs] [--absolute-paths]\n" +
        "                     [--baseline FILE] [--write-baseline FILE]\n" +
        "       harules diff <before.json> <after.json> [--output FILE]\n" +
        "       harules --version";

    /// <summary>Runs the command line; returns the exit status.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case "check":
                    return CheckCommand.Run(args.Skip(1).ToList(), stdout, stderr);
                case "diff":
                    return DiffCommand.Run(args.Skip(1).ToList(), stdout);
                case "--version":
                    stdout.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}");
                    return ExitCodes.Success;
                case "--help" or "-h" or "help":
                    stdout.WriteLine(Usage);
                    return ExitCodes.Success;
                default:
                    stderr.WriteLine(Usage);
                    return ExitCodes.CouldNotRun;
            }
        }
        catch (CliException ex)
        {
            stderr.WriteLine("harules: " + ex.Message);
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("harules: " + ex.Message);
            return ExitCodes.CouldNotRun;
        }
    }
}

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using HaRules.Reporting;

namespace HaRules.Cli;

/// <summary>
/// The <c>harules</c> command line (System.CommandLine): <c>check</c>, <c>diff</c>, <c>--help</c>
/// and <c>--version</c>. Every failure to run becomes one line on standard error and exit status 2.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the command line; returns the exit status.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRootCommand();
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (args.Count == 0)
        {
            // No command: the overview goes to standard error, and the run counts as failed.
            root.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return ExitCodes.CouldNotRun;
        }

        var parse = root.Parse(args.Count == 1 && args[0] == "help" ? new[] { "--help" } : args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var helpCommand = command == root ? "harules --help" : $"harules {command.Name} --help";
            stderr.WriteLine($"harules: {OneLine(MostTelling(parse.Errors)).TrimEnd('.')} (see '{helpCommand}')");
            return ExitCodes.CouldNotRun;
        }

        try
        {
            return parse.Invoke(invocation);
        }
        catch (CliException ex)
        {
            stderr.WriteLine("harules: " + OneLine(ex.Message));
            return ExitCodes.CouldNotRun;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("harules: " + OneLine(ex.Message));
            return ExitCodes.CouldNotRun;
        }
    }

    // One line is shown: a misspelt option or command says more than what is missing because of it.
    private static string MostTelling(IReadOnlyList<ParseError> errors) =>
        errors.Select(e => e.Message)
            .OrderBy(m => m.StartsWith("unknown option", StringComparison.Ordinal) ? 0 : m.StartsWith("Unrecognized", StringComparison.Ordinal) ? 1 : 2)
            .First();

    // A reason to exit 2 is one line, even when a message from a library spans several.
    private static string OneLine(string message) =>
        string.Join(" ", message.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));

    /// <summary>The <c>harules</c> command with its subcommands, help and version.</summary>
    internal static Command CreateRootCommand()
    {
        var check = new CheckCommandLine();
        check.Command.SetAction(parse => CheckCommand.Run(check.Bind(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        // A command named "harules" rather than a RootCommand, whose name would be the host process's
        // (HaRules.Cli under "dotnet HaRules.Cli.dll", testhost in tests).
        return new Command("harules", "Checks infrastructure designs written in C# for availability flaws and writes reports.")
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersion() },
            check.Command,
            DiffCommand.Create(),
        };
    }

    // The library's version without build metadata, as the reports carry it ("HaRules 0.1.0").
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}");
            return ExitCodes.Success;
        }
    }
}

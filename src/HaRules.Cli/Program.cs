using System;
using System.IO;
using HaRules.Rules;

namespace HaRules.Cli;

/// <summary>The <c>harules</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit status.</summary>
    public static int Main(string[] args) => Guarded(() => CliApp.Run(args, Console.Out, Console.Error), Console.Error);

    /// <summary>
    /// Runs <paramref name="run"/>; anything it lets escape (a broken installation: an assembly
    /// missing or of the wrong version) is one line naming HA903 on <paramref name="stderr"/> and
    /// exit 2, never a stack trace.
    /// </summary>
    internal static int Guarded(Func<int> run, TextWriter stderr)
    {
        try
        {
            return run();
        }
        catch (Exception ex)
        {
            var message = string.Join(" ", ex.Message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"harules: HaRules could not run ({ToolDiagnostics.CouldNotRun}): {ex.GetType().Name}: {message}; reinstall the HaRules package");
            return ExitCodes.CouldNotRun;
        }
    }
}

using System;

namespace HaRules.Cli;

/// <summary>The <c>harules</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit status.</summary>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}

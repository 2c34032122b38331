using System;
using System.Linq;
using System.Text;

namespace HaRules.Cli;

/// <summary>The <c>harules</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit status.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains(CheckCommandLine.WorkerProgressOption))
        {
            // A worker's output is read by the command that started it, as UTF-8 whatever the console's code page.
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        return CliApp.Run(args, Console.Out, Console.Error);
    }
}

using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace HaRules.Cli.Tests;

/// <summary>Runs <c>harules</c> in process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A built sample or test-design assembly, copied beside the tests by the project references.</summary>
    public static string Assembly(string name) => Path.Combine(AppContext.BaseDirectory, name + ".dll");

    public static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "harules-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}

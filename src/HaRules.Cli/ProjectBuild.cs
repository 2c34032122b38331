using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace HaRules.Cli;

/// <summary>
/// Builds a design project in Release (with HaRules' own analyzer and build task off, so a flawed
/// design still compiles) and finds the assembly it produces.
/// </summary>
public static class ProjectBuild
{
    /// <summary>Builds the project (unless <paramref name="noBuild"/>) and returns its output assembly's path.</summary>
    /// <exception cref="CliException">The build failed or the output path could not be read.</exception>
    public static string BuildAndLocate(string project, bool noBuild, TextWriter log)
    {
        const string properties = "-p:Configuration=Release -p:HaRulesEnabled=false -p:RunAnalyzers=false";
        if (!noBuild)
        {
            log.WriteLine($"Building {Path.GetFileName(project)} (Release)…");
            var (code, output) = Dotnet($"build \"{project}\" {properties} -nologo -v:q -tl:off");
            if (code != 0)
            {
                throw new CliException($"{Path.GetFileName(project)} does not build ({FirstError(output)}); fix it (dotnet build \"{project}\" lists every error) or name a built assembly (.dll)");
            }
        }

        var (exit, path) = Dotnet($"msbuild \"{project}\" {properties} -getProperty:TargetPath -nologo");
        var target = path.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        if (exit != 0 || string.IsNullOrEmpty(target))
        {
            throw new CliException($"could not read the output path of {project} ({FirstError(path)})");
        }

        return File.Exists(target) ? target! : throw new CliException($"{project} has not been built ({target} is missing); build it or drop --no-build");
    }

    /// <summary>The first error line of a build's output, without the project suffix MSBuild appends.</summary>
    public static string FirstError(string output)
    {
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal));
        if (line is null)
        {
            return "no error was printed";
        }

        var project = line.LastIndexOf(" [", StringComparison.Ordinal);
        return project > 0 && line.EndsWith("]", StringComparison.Ordinal) ? line.Substring(0, project) : line;
    }

    private static (int ExitCode, string Output) Dotnet(string arguments)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host!, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new CliException("could not start dotnet");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}

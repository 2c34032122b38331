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
    /// <summary>The project file a path names: the file itself, or the one project file in a folder.</summary>
    /// <exception cref="CliException">No single project file is there.</exception>
    public static string FindProject(string path)
    {
        if (File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        if (!Directory.Exists(path))
        {
            throw new CliException($"no such file or folder: {path}");
        }

        var projects = Directory.GetFiles(path, "*.csproj");
        return projects.Length == 1
            ? Path.GetFullPath(projects[0])
            : throw new CliException(projects.Length == 0
                ? $"{path} holds no .csproj; name the project or a built assembly"
                : $"{path} holds several projects; name one of them");
    }

    /// <summary>Builds the project (unless <paramref name="noBuild"/>) and returns its output assembly's path.</summary>
    /// <exception cref="CliException">The build failed or the output path could not be read.</exception>
    public static string BuildAndLocate(string project, bool noBuild, TextWriter log)
    {
        const string properties = "-p:Configuration=Release -p:HaRulesEnabled=false -p:RunAnalyzers=false";
        if (!noBuild)
        {
            log.WriteLine($"Building {Path.GetFileName(project)} (Release)…");
            var (code, output) = Dotnet($"build \"{project}\" {properties} -nologo -v:q");
            if (code != 0)
            {
                throw new CliException($"the build of {project} failed:\n{output.Trim()}");
            }
        }

        var (exit, path) = Dotnet($"msbuild \"{project}\" {properties} -getProperty:TargetPath -nologo");
        var target = path.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        if (exit != 0 || string.IsNullOrEmpty(target))
        {
            throw new CliException($"could not read the output path of {project}:\n{path.Trim()}");
        }

        return File.Exists(target) ? target! : throw new CliException($"{project} has not been built ({target} is missing); build it or drop --no-build");
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

using System;
using System.IO;
using System.Linq;

namespace HaRules.Cli;

/// <summary>
/// What <c>harules check</c> was pointed at: a built assembly, or a project (file or folder) to
/// build first. Anything else is refused with one line that says what to name instead.
/// </summary>
public static class DesignInput
{
    /// <summary>The design assembly to load, after building the project when a project is named.</summary>
    /// <exception cref="CliException">The path does not exist, is not an assembly or project, or the project does not build.</exception>
    public static string Locate(string path, bool noBuild, TextWriter log)
    {
        if (File.Exists(path))
        {
            var extension = Path.GetExtension(path);
            if (extension.Equals(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return path;
            }

            if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                return ProjectBuild.BuildAndLocate(Path.GetFullPath(path), noBuild, log);
            }

            if (extension.Equals(".cs", StringComparison.OrdinalIgnoreCase))
            {
                var project = ProjectAbove(Path.GetDirectoryName(Path.GetFullPath(path)));
                throw new CliException(project is null
                    ? $"{path} is a C# source file; name the project that compiles it (.csproj or its folder) or its built assembly (.dll)"
                    : $"{path} is a C# source file; name its project instead: harules check \"{project}\"");
            }

            throw new CliException($"{path} is neither an assembly nor a C# project; name a built assembly (.dll), a project (.csproj) or its folder");
        }

        if (Directory.Exists(path))
        {
            return ProjectBuild.BuildAndLocate(ProjectIn(path), noBuild, log);
        }

        throw new CliException($"{path} does not exist; name a built assembly (.dll), a project (.csproj) or its folder");
    }

    private static string ProjectIn(string folder)
    {
        var projects = Directory.GetFiles(folder, "*.csproj");
        return projects.Length switch
        {
            1 => Path.GetFullPath(projects[0]),
            0 => throw new CliException($"{folder} holds no .csproj; name a project folder, a .csproj or a built assembly (.dll)"),
            _ => throw new CliException($"{folder} holds {projects.Length} projects; name one: harules check \"{Path.GetRelativePath(".", projects.OrderBy(p => p, StringComparer.Ordinal).First())}\""),
        };
    }

    // The nearest project above a source file, shown relative to the current folder when that is shorter.
    private static string? ProjectAbove(string? folder)
    {
        for (var directory = folder is null ? null : new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var projects = directory.GetFiles("*.csproj");
            if (projects.Length == 1)
            {
                var relative = Path.GetRelativePath(".", projects[0].FullName);
                return relative.Length < projects[0].FullName.Length ? relative : projects[0].FullName;
            }

            if (projects.Length > 1)
            {
                return null;
            }
        }

        return null;
    }
}

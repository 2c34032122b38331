using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace HaRules.Cli.Severities;

/// <summary>
/// The SDK's own Roslyn, loaded on demand: no Roslyn assembly ships with the tool, and the
/// configuration and suppressions the compiler honours are read by the compiler's own code.
/// </summary>
public static class RoslynAssemblies
{
    private static readonly object Gate = new();
    private static string? _registered;

    /// <summary>
    /// The Roslyn folder to use: the one given (MSBuild passes <c>$(RoslynTargetsPath)/bincore</c>),
    /// else the newest SDK's <c>Roslyn/bincore</c> beside the running .NET, else null.
    /// </summary>
    public static string? Locate(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/ holds the running runtime.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var sdks = new DirectoryInfo(Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "sdk")));
        if (!sdks.Exists)
        {
            return null;
        }

        return sdks.EnumerateDirectories()
            .Select(d => (Directory: d, Version: Version.TryParse(d.Name.Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null && File.Exists(Path.Combine(d.Directory.FullName, "Roslyn", "bincore", "Microsoft.CodeAnalysis.dll")))
            .OrderByDescending(d => d.Version)
            .ThenByDescending(d => d.Directory.Name, StringComparer.Ordinal)
            .Select(d => Path.Combine(d.Directory.FullName, "Roslyn", "bincore"))
            .FirstOrDefault();
    }

    /// <summary>Makes the Roslyn assemblies of <paramref name="directory"/> loadable; the first folder given wins.</summary>
    /// <exception cref="CliException">The folder holds no Microsoft.CodeAnalysis.dll.</exception>
    public static void Use(string directory)
    {
        if (!File.Exists(Path.Combine(directory, "Microsoft.CodeAnalysis.dll")))
        {
            throw new CliException($"no Microsoft.CodeAnalysis.dll in --roslyn-dir {directory}");
        }

        lock (Gate)
        {
            if (_registered is not null)
            {
                return;
            }

            _registered = directory;
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                var candidate = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
            };
        }
    }
}

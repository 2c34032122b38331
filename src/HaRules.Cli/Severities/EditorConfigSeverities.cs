using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Findings;
using Microsoft.CodeAnalysis;

namespace HaRules.Cli.Severities;

/// <summary>
/// Reads <c>dotnet_diagnostic.HAxxx.severity</c> from the project's <c>.editorconfig</c> and global
/// config files with Roslyn's own AnalyzerConfig API, loaded from the SDK's Roslyn folder, so the
/// build task honours exactly what the compiler honours for the analyzer.
/// </summary>
public sealed class EditorConfigSeverities
{
    private readonly object _set;

    private EditorConfigSeverities(object set) => _set = set;

    /// <summary>Reads the given config files; <paramref name="roslynDirectory"/> holds Microsoft.CodeAnalysis.dll.</summary>
    /// <exception cref="CliException">Roslyn or a config file cannot be read.</exception>
    public static EditorConfigSeverities Load(IReadOnlyList<string> configFiles, string roslynDirectory)
    {
        RoslynAssemblies.Use(roslynDirectory);

        try
        {
            return new EditorConfigSeverities(CreateSet(configFiles));
        }
        catch (IOException ex)
        {
            throw new CliException("could not read an .editorconfig file: " + ex.Message);
        }
    }

    /// <summary>
    /// The severity configured for <paramref name="ruleId"/> in <paramref name="sourceFile"/>: a
    /// severity, <c>null</c> when the finding is turned off (none/silent), or the default.
    /// </summary>
    public (bool Configured, Severity? Severity) For(string ruleId, string sourceFile) => Lookup(_set, ruleId, sourceFile);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object CreateSet(IReadOnlyList<string> configFiles)
    {
        var configs = configFiles
            .Where(File.Exists)
            .Select(path => AnalyzerConfig.Parse(File.ReadAllText(path), Path.GetFullPath(path)))
            .ToList();
        return AnalyzerConfigSet.Create(configs);
    }

    // Kept apart so that Roslyn types are touched only after the resolver is in place.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (bool, Severity?) Lookup(object set, string ruleId, string sourceFile)
    {
        // As the compiler does: a file's own sections first, then the global config's top level.
        var configSet = (AnalyzerConfigSet)set;
        var report = ReportDiagnostic.Default;
        if (!string.IsNullOrEmpty(sourceFile))
        {
            configSet.GetOptionsForSourcePath(Path.GetFullPath(sourceFile)).TreeOptions.TryGetValue(ruleId, out report);
        }

        if (report == ReportDiagnostic.Default)
        {
            configSet.GlobalConfigOptions.TreeOptions.TryGetValue(ruleId, out report);
        }

        if (report == ReportDiagnostic.Default)
        {
            return (false, null);
        }

        return report switch
        {
            ReportDiagnostic.Error => (true, Severity.Error),
            ReportDiagnostic.Warn => (true, Severity.Warning),
            ReportDiagnostic.Info => (true, Severity.Info),
            _ => (true, null),
        };
    }
}

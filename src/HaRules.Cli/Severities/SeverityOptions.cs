using System.Collections.Generic;

namespace HaRules.Cli.Severities;

/// <summary>The severity settings given on the command line (the build task passes the project's).</summary>
public sealed class SeverityOptions
{
    /// <summary>The <c>.editorconfig</c> and global config files, as MSBuild hands them to the compiler.</summary>
    public List<string> EditorConfigFiles { get; } = new();

    /// <summary>The folder of the SDK's Microsoft.CodeAnalysis.dll, needed to read <see cref="EditorConfigFiles"/>.</summary>
    public string? RoslynDirectory { get; set; }

    /// <summary>Rule IDs turned off.</summary>
    public List<string> NoWarn { get; } = new();

    /// <summary>Rule IDs whose warnings are errors.</summary>
    public List<string> WarningsAsErrors { get; } = new();

    /// <summary>Rule IDs whose warnings stay warnings.</summary>
    public List<string> WarningsNotAsErrors { get; } = new();

    /// <summary>Every warning is an error.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The policy these settings describe.</summary>
    /// <exception cref="CliException">Config files are given without a Roslyn folder.</exception>
    public SeverityPolicy CreatePolicy()
    {
        var policy = new SeverityPolicy { TreatWarningsAsErrors = TreatWarningsAsErrors };
        policy.NoWarn.UnionWith(NoWarn);
        policy.WarningsAsErrors.UnionWith(WarningsAsErrors);
        policy.WarningsNotAsErrors.UnionWith(WarningsNotAsErrors);
        if (EditorConfigFiles.Count > 0)
        {
            policy.EditorConfig = EditorConfigSeverities.Load(
                EditorConfigFiles,
                RoslynDirectory ?? throw new CliException("--editorconfig needs --roslyn-dir (the SDK's Roslyn folder, MSBuild's $(RoslynTargetsPath)/bincore)"));
        }

        return policy;
    }
}

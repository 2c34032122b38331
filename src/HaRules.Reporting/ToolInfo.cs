using System.Reflection;

namespace HaRules.Reporting;

/// <summary>The name and version reports carry.</summary>
public static class ToolInfo
{
    /// <summary>The tool's name.</summary>
    public const string Name = "HaRules";

    /// <summary>The version of the HaRules library, without build metadata (so reports do not change with the commit).</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var version = typeof(IDesign).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Reporting;

/// <summary>
/// How reports print source paths and where their links point: paths relative to a root folder
/// (the repository or the project) with <c>/</c> separators, links to a source line relative to
/// the folder the report is written to, and rule help links under a configurable base. A report
/// written with a root carries no path of the machine it was written on.
/// </summary>
public sealed class ReportPaths
{
    private readonly string? _root;
    private readonly string? _reportDirectory;

    /// <summary>Paths relative to <paramref name="root"/>; null keeps them absolute.</summary>
    /// <param name="root">The folder paths are relative to, or null.</param>
    /// <param name="reportDirectory">
    /// The folder the report is written to, which source links are relative to; null when the
    /// report is read from <paramref name="root"/> itself.
    /// </param>
    /// <param name="helpLinkBase">The base of the rules' help links (a URL ending in <c>/</c>); null for <see cref="RuleCatalog.HelpLinkBase"/>.</param>
    public ReportPaths(string? root, string? reportDirectory = null, string? helpLinkBase = null)
    {
        _root = root is null ? null : Trim(Path.GetFullPath(root));
        _reportDirectory = reportDirectory is null ? _root : Trim(Path.GetFullPath(reportDirectory));
        HelpLinkBase = string.IsNullOrWhiteSpace(helpLinkBase) ? RuleCatalog.HelpLinkBase : WithSlash(helpLinkBase!.Trim());
    }

    /// <summary>The root folder, or null.</summary>
    public string? Root => _root;

    /// <summary>The base of the rules' help links, ending in <c>/</c>: a rule's page is this plus <c>HAxxx.md</c>.</summary>
    public string HelpLinkBase { get; }

    /// <summary>
    /// The nearest folder at or above <paramref name="start"/> that holds <c>.git</c>, or null.
    /// </summary>
    public static string? FindRepositoryRoot(string? start) =>
        FindUpwards(start, directory => Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git")));

    /// <summary>
    /// The nearest folder at or above <paramref name="start"/> that holds a C# project file
    /// (<c>*.csproj</c>), or null: the root of a project that is not in a repository.
    /// </summary>
    public static string? FindProjectRoot(string? start) =>
        FindUpwards(start, directory => Directory.EnumerateFiles(directory, "*.csproj").Any());

    /// <summary>The help link of a rule: <see cref="HelpLinkBase"/> plus <c>HAxxx.md</c>.</summary>
    public string HelpLink(string ruleId) => HelpLinkBase + ruleId + ".md";

    /// <summary>The path as reports print it.</summary>
    public string Format(string file)
    {
        if (string.IsNullOrEmpty(file))
        {
            return string.Empty;
        }

        var normalized = file.Replace('\\', '/');
        if (_root is null)
        {
            return normalized;
        }

        var root = WithSlash(_root.Replace('\\', '/'));
        return normalized.StartsWith(root, StringComparison.Ordinal) ? normalized.Substring(root.Length) : normalized;
    }

    /// <summary>
    /// A link from the report to the location's line (<c>../src/Design.cs#L12</c>), relative to
    /// the report's folder with each segment percent-encoded; null when the location is unknown or
    /// the file or the report lies outside the root (a link would then carry this machine's paths).
    /// </summary>
    public string? SourceLink(SourceLocation location)
    {
        if (!location.IsKnown || _root is null || _reportDirectory is null)
        {
            return null;
        }

        var file = Path.GetFullPath(location.File);
        if (!IsUnder(file, _root) || !IsUnder(_reportDirectory, _root))
        {
            return null;
        }

        var relative = Path.GetRelativePath(_reportDirectory, file).Replace('\\', '/');
        var escaped = string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));
        return escaped + "#L" + location.Line.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsUnder(string path, string root)
    {
        var normalized = path.Replace('\\', '/');
        var prefix = root.Replace('\\', '/');
        return normalized == prefix || normalized.StartsWith(WithSlash(prefix), StringComparison.Ordinal);
    }

    private static string? FindUpwards(string? start, Func<string, bool> matches)
    {
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }

        var directory = new DirectoryInfo(Path.GetFullPath(start));
        while (directory is not null)
        {
            if (directory.Exists && matches(directory.FullName))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        return null;
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/', '\\') : path;

    private static string WithSlash(string url) => url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";
}

using System;
using System.IO;

namespace HaRules.Reporting;

/// <summary>
/// How reports print source paths: relative to a root folder (the repository) with <c>/</c>
/// separators, or absolute (with <c>/</c>) for files outside it.
/// </summary>
public sealed class ReportPaths
{
    private readonly string? _root;

    /// <summary>Paths relative to <paramref name="root"/>; null keeps them absolute.</summary>
    public ReportPaths(string? root) => _root = root is null ? null : Path.GetFullPath(root).TrimEnd('/', '\\');

    /// <summary>The root folder, or null.</summary>
    public string? Root => _root;

    /// <summary>
    /// The nearest folder at or above <paramref name="start"/> that holds <c>.git</c>, or null.
    /// </summary>
    public static string? FindRepositoryRoot(string? start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }

        var directory = new DirectoryInfo(Path.GetFullPath(start));
        while (directory is not null)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        return null;
    }

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

        var root = _root.Replace('\\', '/') + "/";
        return normalized.StartsWith(root, StringComparison.Ordinal) ? normalized.Substring(root.Length) : normalized;
    }
}

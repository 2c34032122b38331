using System;
using System.IO;

namespace HaRules.Cli;

/// <summary>
/// <c>--help-link-base</c>: where the rules' help links point. A URL is used as given; a folder
/// holding the rule pages becomes its <c>file:</c> URI; <c>bundled</c> names the pages shipped
/// with this tool (its <c>rules</c> folder), for reading offline.
/// </summary>
public static class HelpLinks
{
    /// <summary>The keyword for the rule pages shipped with the tool.</summary>
    public const string Bundled = "bundled";

    /// <summary>The folder of the rule pages shipped with the tool.</summary>
    public static string BundledDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The help-link base reports use, or null for the default.</summary>
    /// <exception cref="CliException">The value names a folder that does not exist.</exception>
    public static string? Resolve(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value!.Trim();
        if (string.Equals(text, Bundled, StringComparison.OrdinalIgnoreCase))
        {
            return Directory.Exists(BundledDirectory)
                ? FolderUri(BundledDirectory)
                : throw new CliException($"the rule pages are not installed next to harules ({BundledDirectory}); reinstall the tool or give --help-link-base a URL");
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file")
        {
            return uri.IsFile ? FolderUri(uri.LocalPath) : text;
        }

        return Directory.Exists(text)
            ? FolderUri(text)
            : throw new CliException($"--help-link-base takes a URL, a folder of rule pages or '{Bundled}'; {text} is none of them");
    }

    private static string FolderUri(string folder) =>
        new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar).AbsoluteUri;
}

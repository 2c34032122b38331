using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace HaRules.Tests.Support;

/// <summary>Reads the sample designs' source text, to find expected lines independently of HaRules.</summary>
public static class SampleSources
{
    public static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    public static string WebShopFile => Path.Combine(RepositoryRoot(), "samples", "WebShop", "WebShopDesign.cs");

    public static string FragileShopFile => Path.Combine(RepositoryRoot(), "samples", "FragileShop", "FragileShopDesign.cs");

    /// <summary>The 1-based line of the only line containing <paramref name="text"/>.</summary>
    public static int LineOf(string file, string text)
    {
        var matches = File.ReadAllLines(file)
            .Select((line, index) => (line, index))
            .Where(x => x.line.Contains(text, StringComparison.Ordinal))
            .ToList();
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"'{text}' occurs {matches.Count} times in {file}");
        }

        return matches[0].index + 1;
    }

    /// <summary>The 1-based column where <paramref name="text"/> starts on line <paramref name="line"/>.</summary>
    public static int ColumnOf(string file, int line, string text) =>
        File.ReadAllLines(file)[line - 1].IndexOf(text, StringComparison.Ordinal) + 1;
}

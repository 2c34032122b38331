using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Architecture;

/// <summary>
/// Nothing in the repository points at a document the repository does not hold: every Markdown
/// file named in a doc, a project file or a code comment exists (by its path, or at least by its
/// name somewhere in the repository).
/// </summary>
public sealed class DocumentReferenceTests
{
    // Names HaRules writes, not documents it refers to.
    private static readonly HashSet<string> OutputNames = new(StringComparer.Ordinal) { "harules-report.md", "diff.md" };

    private static readonly string[] Extensions = { ".cs", ".md", ".csproj", ".props", ".targets", ".sh" };

    private static readonly Regex Url = new(@"(https?://|\b[\w-]+(\.[\w-]+)+\.(org|com|io|net)/)\S+", RegexOptions.Compiled);

    private static readonly Regex Reference = new(@"(?<![\w./-])[\w-][\w./-]*\.md\b", RegexOptions.Compiled);

    private static readonly Regex CSharpComment = new(@"//[^\n]*|/\*.*?\*/", RegexOptions.Compiled | RegexOptions.Singleline);

    [Fact]
    public void Every_referenced_markdown_file_is_in_the_repository()
    {
        var root = SampleSources.RepositoryRoot();
        var files = RepositoryFiles(root).ToList();
        var names = files.Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", names);

        var missing = new List<string>();
        var checkedReferences = 0;
        foreach (var file in files.Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal)))
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".cs", StringComparison.Ordinal))
            {
                text = string.Join("\n", CSharpComment.Matches(text).Select(m => m.Value));
            }

            foreach (Match match in Reference.Matches(Url.Replace(text, " ")))
            {
                var reference = match.Value.TrimEnd('.');
                if (reference.Contains("xxx", StringComparison.OrdinalIgnoreCase) || OutputNames.Contains(Path.GetFileName(reference)))
                {
                    continue;
                }

                checkedReferences++;
                if (!Resolves(root, file, reference, names))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)}: {reference}");
                }
            }
        }

        Assert.True(checkedReferences > 50, $"only {checkedReferences} references checked");
        Assert.True(missing.Count == 0, "not in the repository:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Distinct()));
    }

    private static bool Resolves(string root, string file, string reference, HashSet<string> names)
    {
        if (!reference.Contains('/'))
        {
            return names.Contains(reference);
        }

        var relative = reference.Replace('/', Path.DirectorySeparatorChar);
        return File.Exists(Path.Combine(Path.GetDirectoryName(file)!, relative)) || File.Exists(Path.Combine(root, relative));
    }

    private static IEnumerable<string> RepositoryFiles(string root)
    {
        var top = new[] { "src", "docs", "tests", "samples", "bench" }
            .Select(d => Path.Combine(root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories));
        var skipped = new[] { "bin", "obj", "artifacts", "node_modules", "TestResults" }
            .Select(d => Path.DirectorySeparatorChar + d + Path.DirectorySeparatorChar)
            .ToArray();
        return top
            .Concat(Directory.EnumerateFiles(root, "*", SearchOption.TopDirectoryOnly))
            .Where(f => !skipped.Any(s => f.Contains(s, StringComparison.Ordinal)))
            .Where(f => !f.Contains(".verified.", StringComparison.Ordinal) && !f.Contains(".received.", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);
    }
}

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
/// file named in a doc, a project file or a code comment exists, by its path or, named bare, next
/// to the file naming it or at the repository's root (a bare name does not stand for a document of
/// that name in another folder); every relative link and every repository path in the docs resolves.
/// </summary>
public sealed class DocumentReferenceTests
{
    // Names HaRules writes, not documents it refers to.
    private static readonly HashSet<string> OutputNames = new(StringComparer.Ordinal) { "harules-report.md", "diff.md" };

    private static readonly string[] Extensions = { ".cs", ".md", ".csproj", ".props", ".targets", ".sh" };

    private static readonly Regex Url = new(@"(https?://|\b[\w-]+(\.[\w-]+)+\.(org|com|io|net)/)\S+", RegexOptions.Compiled);

    private static readonly Regex Reference = new(@"(?<![\w./-])[\w-][\w./-]*\.md\b", RegexOptions.Compiled);

    private static readonly Regex CSharpComment = new(@"//[^\n]*|/\*.*?\*/", RegexOptions.Compiled | RegexOptions.Singleline);

    private static readonly Regex FencedCode = new(@"^```.*?^```", RegexOptions.Compiled | RegexOptions.Singleline | RegexOptions.Multiline);

    private static readonly Regex InlineCode = new(@"`([^`\n]+)`", RegexOptions.Compiled);

    // [text](target "title") and [label]: target
    private static readonly Regex MarkdownLink = new(@"\]\(\s*<?([^)\s>]+)>?(\s+""[^""]*"")?\s*\)|^\s*\[[^\]]+\]:\s*(\S+)", RegexOptions.Compiled | RegexOptions.Multiline);

    // A path into the repository written as code: `src/HaRules/…`, `docs/cli.md`, `tests/…/X.cs`.
    private static readonly Regex RepositoryPath = new(@"^(src|tests|docs|samples|bench)/[\w./-]+$", RegexOptions.Compiled);

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

    [Fact]
    public void Every_relative_link_and_repository_path_in_the_docs_resolves()
    {
        var root = SampleSources.RepositoryRoot();
        var docs = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(root, "README.md"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        var missing = new List<string>();
        var checkedTargets = 0;
        foreach (var file in docs)
        {
            var text = FencedCode.Replace(File.ReadAllText(file), string.Empty);
            var folder = Path.GetDirectoryName(file)!;

            // Code spans show examples (a report's own link, a template); the links are outside them.
            foreach (Match link in MarkdownLink.Matches(InlineCode.Replace(text, " ")))
            {
                var target = link.Groups[1].Success ? link.Groups[1].Value : link.Groups[3].Value;
                if (target.StartsWith('#') || Regex.IsMatch(target, @"^[a-zA-Z][a-zA-Z0-9+.-]*:"))
                {
                    continue;
                }

                checkedTargets++;
                var path = Path.Combine(folder, Uri.UnescapeDataString(target.Split('#')[0]).Replace('/', Path.DirectorySeparatorChar));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)}: link {target}");
                }
            }

            foreach (Match code in InlineCode.Matches(text))
            {
                var path = code.Groups[1].Value.Trim().TrimEnd('.');
                if (!RepositoryPath.IsMatch(path) || path.Contains("xxx", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                checkedTargets++;
                var full = Path.Combine(root, path.TrimEnd('/').Replace('/', Path.DirectorySeparatorChar));
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)}: path {path}");
                }
            }
        }

        Assert.True(checkedTargets > 20, $"only {checkedTargets} links and paths checked");
        Assert.True(missing.Count == 0, "not in the repository:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Distinct()));
    }

    private static bool Resolves(string root, string file, string reference, HashSet<string> names)
    {
        if (!reference.Contains('/'))
        {
            // A bare name is the file next to the one naming it, or one at the root; a file of that
            // name in another folder (under docs/, say) is another document.
            return names.Contains(reference)
                && (File.Exists(Path.Combine(Path.GetDirectoryName(file)!, reference)) || File.Exists(Path.Combine(root, reference)));
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

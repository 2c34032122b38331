using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Findings;
using HaRules.Rules;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Findings;

public sealed class RuleCatalogTests
{
    private static readonly string RulesDocs = Path.Combine(SampleSources.RepositoryRoot(), "docs", "rules");

    [Fact]
    public void Every_rule_has_its_docs_page_titled_with_its_id()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var page = Path.Combine(SampleSources.RepositoryRoot(), rule.DocsPath);
            Assert.True(File.Exists(page), $"{rule.Id} has no page {rule.DocsPath}");
            Assert.StartsWith($"# {rule.Id}", File.ReadLines(page).First());
        }
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_rule() =>
        Assert.All(Directory.GetFiles(RulesDocs, "*.md"), page => Assert.NotNull(RuleCatalog.Find(Path.GetFileNameWithoutExtension(page))));

    [Fact]
    public void The_catalog_is_in_id_order_and_each_id_sits_in_its_familys_hundred()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches("^HA[0-9]{3}$", rule.Id);
            Assert.True(FamilyDigit[rule.Category] == rule.Id[2], $"{rule.Id} is in family {rule.Category}");
        }
    }

    [Fact]
    public void Default_severities_are_the_contracts()
    {
        string[] errors = { "HA001", "HA002", "HA003", "HA004", "HA005", "HA006", "HA007", "HA101", "HA301", "HA303", "HA310", "HA601", "HA602", "HA605", "HA902", "HA903" };
        string[] infos = { "HA205", "HA604", "HA901" };
        foreach (var rule in RuleCatalog.All)
        {
            var severity = errors.Contains(rule.Id) ? Severity.Error : infos.Contains(rule.Id) ? Severity.Info : Severity.Warning;
            Assert.True(severity == rule.DefaultSeverity, $"{rule.Id} should default to {severity}");
        }
    }

    [Fact]
    public void The_catalog_is_the_rule_classes_and_the_tool_diagnostics()
    {
        var classes = typeof(DesignRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DesignRule).IsAssignableFrom(t))
            .Select(t => (string)t.GetField("Id")!.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(classes.Count, classes.Distinct().Count());
        var expected = classes.Concat(ToolDiagnostics.All.Select(d => d.Id)).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(expected, RuleCatalog.All.Select(r => r.Id));
        Assert.Equal(classes.OrderBy(id => id, StringComparer.Ordinal), BuiltInRules.Create().Select(r => r.Descriptor.Id));
    }

    [Fact]
    public void Every_id_has_its_page_its_release_entry_a_firing_test_and_a_silent_test()
    {
        var root = SampleSources.RepositoryRoot();
        var releases = File.ReadAllLines(Path.Combine(root, "src", "HaRules.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("HA", StringComparison.Ordinal))
            .Select(l => l.Split('|')[0].Trim())
            .ToHashSet();
        var marks = Directory.GetFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TestMarks.Matches(File.ReadAllText(f)).Cast<Match>())
            .Select(m => (Kind: m.Groups["kind"].Value, Id: m.Groups["id"].Value))
            .ToHashSet();

        var missing = RuleCatalog.All.SelectMany(rule => new[]
        {
            File.Exists(Path.Combine(root, rule.DocsPath)) ? null : $"{rule.Id}: no page {rule.DocsPath}",
            releases.Contains(rule.Id) ? null : $"{rule.Id}: no entry in AnalyzerReleases.Unshipped.md",
            marks.Contains(("Fires", rule.Id)) ? null : $"{rule.Id}: no test marked [Fires(\"{rule.Id}\")]",
            marks.Contains(("Silent", rule.Id)) ? null : $"{rule.Id}: no test marked [Silent(\"{rule.Id}\")]",
        }).Where(m => m is not null).ToList();
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        Assert.All(releases, id => Assert.NotNull(RuleCatalog.Find(id)));
        Assert.All(marks, mark => Assert.NotNull(RuleCatalog.Find(mark.Id)));
    }

    [Fact]
    public void Help_links_point_at_the_rule_page()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.EndsWith($"/docs/rules/{rule.Id}.md", rule.HelpLink.AbsoluteUri);
        }
    }

    // A mark is the attribute on a test method: [Fact] or [Theory] (with its data) just above it.
    private static readonly Regex TestMarks = new(
        @"^\s*\[(?<kind>Fires|Silent)\(""(?<id>HA[0-9]{3})""\)\]\s*$(?=(?:\s*\[[^\n]*\]\s*$)*\s*public (?:async )?(?:void|Task) )",
        RegexOptions.Multiline);

    private static readonly System.Collections.Generic.Dictionary<RuleCategory, char> FamilyDigit = new()
    {
        [RuleCategory.Validity] = '0', [RuleCategory.Topology] = '1', [RuleCategory.Server] = '2',
        [RuleCategory.Storage] = '3', [RuleCategory.Web] = '4', [RuleCategory.Application] = '5',
        [RuleCategory.Database] = '6', [RuleCategory.Network] = '7', [RuleCategory.Tooling] = '9',
    };
}

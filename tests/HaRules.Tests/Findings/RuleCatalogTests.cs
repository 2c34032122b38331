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
    public void The_catalog_matches_the_contract_ids_and_severities()
    {
        // HA001–HA008, HA101–HA105, HA201–HA205, HA301–HA311, HA401–HA405, HA501–HA505, HA601–HA606, HA701–HA703,
        // HA901 (the analyzer's partial reading) and HA903 (HaRules could not run).
        var expected = Range(0, 1, 8).Concat(Range(1, 1, 5)).Concat(Range(2, 1, 5)).Concat(Range(3, 1, 11))
            .Concat(Range(4, 1, 5)).Concat(Range(5, 1, 5)).Concat(Range(6, 1, 6)).Concat(Range(7, 1, 3)).Concat(Range(9, 1, 1)).Append("HA903").ToArray();
        Assert.Equal(expected, RuleCatalog.All.Select(r => r.Id).ToArray());

        string[] errors = { "HA001", "HA002", "HA003", "HA004", "HA005", "HA006", "HA007", "HA101", "HA301", "HA303", "HA310", "HA601", "HA602", "HA605", "HA903" };
        string[] infos = { "HA205", "HA604", "HA901" };
        foreach (var rule in RuleCatalog.All)
        {
            var severity = errors.Contains(rule.Id) ? Severity.Error : infos.Contains(rule.Id) ? Severity.Info : Severity.Warning;
            Assert.True(severity == rule.DefaultSeverity, $"{rule.Id} should default to {severity}");
        }
    }

    [Fact]
    public void Help_links_point_at_the_rule_page()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.EndsWith($"/docs/rules/{rule.Id}.md", rule.HelpLink.AbsoluteUri);
        }
    }

    [Fact]
    public void Every_registered_rule_reports_only_catalog_ids_and_no_id_is_registered_twice()
    {
        var ids = BuiltInRules.Create().SelectMany(r => r.Ids).ToList();
        Assert.All(ids, id => Assert.NotNull(RuleCatalog.Find(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static string[] Range(int family, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(n => $"HA{family}{n:00}").ToArray();
}

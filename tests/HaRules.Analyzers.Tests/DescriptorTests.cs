using System;
using System.IO;
using System.Linq;
using HaRules.Analyzers.Tests.Support;
using HaRules.Findings;
using Microsoft.CodeAnalysis;
using Xunit;
using HaRules.Rules;

namespace HaRules.Analyzers.Tests;

/// <summary>The analyzer's descriptors are the catalog's rules, and the release files list every one.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public void Every_catalog_rule_is_a_descriptor_with_its_title_category_severity_and_help_link()
    {
        var descriptors = new HaRulesAnalyzer().SupportedDiagnostics;

        Assert.Equal(RuleCatalog.All.Select(r => r.Id), descriptors.Select(d => d.Id));
        foreach (var (rule, descriptor) in RuleCatalog.All.Zip(descriptors))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Category.ToString(), descriptor.Category);
            Assert.Equal(Expected(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpLink.AbsoluteUri, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void The_unshipped_release_lists_every_rule_as_the_catalog_has_it()
    {
        var path = Path.Combine(Compilations.RepositoryRoot, "src", "HaRules.Analyzers", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(path)
            .Where(l => l.StartsWith("HA", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Split('|').Take(3).Select(c => c.Trim())))
            .ToList();

        Assert.Equal(RuleCatalog.All.Select(r => $"{r.Id} | {r.Category} | {r.DefaultSeverity}"), rows);
    }

    private static DiagnosticSeverity Expected(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HaRules.Findings;
using Microsoft.CodeAnalysis;
using HaRules.Rules;

namespace HaRules.Analyzers;

/// <summary>One <see cref="DiagnosticDescriptor"/> per rule of the one catalog, <see cref="RuleCatalog.All"/>.</summary>
internal static class RuleDescriptors
{
    public static readonly ImmutableArray<DiagnosticDescriptor> All =
        RuleCatalog.All.Select(Create).ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    // The rule IDs come from the catalog, not from literals here; RS2008's release tracking lists them.
#pragma warning disable RS2008 // Tracked in AnalyzerReleases.*.md, checked against the catalog by a test.
    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category.ToString(),
        ToRoslyn(rule.DefaultSeverity),
        isEnabledByDefault: true,
        helpLinkUri: rule.HelpLink.AbsoluteUri);
#pragma warning restore RS2008
}

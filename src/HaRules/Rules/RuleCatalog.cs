using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;

namespace HaRules.Rules;

/// <summary>
/// The one catalog of rules: every ID, title, family, default severity and help link. It is
/// derived from the descriptors the rule classes declare (<see cref="BuiltInRules"/>) and from
/// <see cref="ToolDiagnostics"/>; nothing else declares a rule. The engine, the analyzer, the
/// build task and the reports all read it.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Where the rule pages are published; a rule's page is this plus <c>HAxxx.md</c>.</summary>
    public const string HelpLinkBase = RuleDescriptor.HelpLinkBase;

    private static readonly RuleDescriptor[] Rules = BuiltInRules.Descriptors
        .Concat(ToolDiagnostics.All)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById =
        Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules;

    /// <summary>The rule with this ID, or null when there is none.</summary>
    public static RuleDescriptor? Find(string? id) =>
        id is not null && ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The rule with this ID; throws for an unknown ID (a bug in HaRules, not in a design).</summary>
    public static RuleDescriptor Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown rule ID '{id}'.", nameof(id));
}

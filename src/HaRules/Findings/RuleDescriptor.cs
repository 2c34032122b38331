using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Findings;

/// <summary>
/// What a rule is: its stable ID, a title, its family, its default severity, where its
/// documentation lives and what the code fix offers. Each rule class declares its own; the
/// analyzer, the build task and the reports all read them through the catalog.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Where the rule pages are published; a rule's page is this plus <c>HAxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/harules/harules/blob/main/docs/rules/";

    internal RuleDescriptor(
        string id,
        string title,
        RuleCategory category,
        Severity defaultSeverity,
        string domainReference,
        RuleFix fix = RuleFix.None,
        bool acceptable = true,
        IEnumerable<JudgedFact>? judges = null)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        DomainReference = domainReference;
        Fix = fix;
        Acceptable = acceptable;
        Judges = (judges ?? Enumerable.Empty<JudgedFact>()).ToArray();
    }

    /// <summary>The stable ID, e.g. <c>HA101</c>.</summary>
    public string Id { get; }

    /// <summary>A one-line title.</summary>
    public string Title { get; }

    /// <summary>The rule's family.</summary>
    public RuleCategory Category { get; }

    /// <summary>The severity used unless the user configures another.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The section of docs/domain.md the rule traces back to (e.g. <c>7.2.1</c>, or <c>beyond</c> for "Beyond the notes"), or empty.</summary>
    public string DomainReference { get; }

    /// <summary>What the code fix offers for the rule's findings besides accepting them.</summary>
    public RuleFix Fix { get; }

    /// <summary>
    /// Whether a design may accept the rule's findings with <c>Accept("HAxxx", reason)</c>. Not
    /// for the findings judged after acceptances are applied, nor for those about HaRules itself.
    /// </summary>
    public bool Acceptable { get; }

    /// <summary>
    /// The facts the rule judges only when a design declares them; a report lists the components
    /// that leave them out, so the reader knows what went unjudged.
    /// </summary>
    public IReadOnlyList<JudgedFact> Judges { get; }

    /// <summary>The documentation page of the rule, relative to the repository root.</summary>
    public string DocsPath => $"docs/rules/{Id}.md";

    /// <summary>The absolute help link of the rule.</summary>
    public Uri HelpLink => new(HelpLinkBase + Id + ".md");

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}

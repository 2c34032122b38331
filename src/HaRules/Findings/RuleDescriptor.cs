using System;

namespace HaRules.Findings;

/// <summary>
/// What a rule is: its stable ID, a title, its family, its default severity and where its
/// documentation lives. The analyzer, the build task and the reports all read these.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string title, RuleCategory category, Severity defaultSeverity, string domainReference)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        DomainReference = domainReference;
    }

    /// <summary>The stable ID, e.g. <c>HA101</c>.</summary>
    public string Id { get; }

    /// <summary>A one-line title.</summary>
    public string Title { get; }

    /// <summary>The rule's family.</summary>
    public RuleCategory Category { get; }

    /// <summary>The severity used unless the user configures another.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The section of the source notes the rule traces back to (e.g. <c>7.2.1</c>), or empty.</summary>
    public string DomainReference { get; }

    /// <summary>The documentation page of the rule, relative to the repository root.</summary>
    public string DocsPath => $"docs/rules/{Id}.md";

    /// <summary>The absolute help link of the rule.</summary>
    public Uri HelpLink => new(RuleCatalog.HelpLinkBase + Id + ".md");

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}

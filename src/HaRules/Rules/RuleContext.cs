using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Reliability;

namespace HaRules.Rules;

/// <summary>
/// What a rule sees: the model, the date of the check, and a way to create findings that carry the
/// catalog's default severity and point at the first component's declaring call.
/// </summary>
public sealed class RuleContext
{
    private ReliabilityAnalysis? _reliability;

    /// <summary>Creates a context for one check of one model.</summary>
    public RuleContext(DesignModel model, DateTime today)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Today = today.Date;
    }

    /// <summary>The design being checked.</summary>
    public DesignModel Model { get; }

    /// <summary>The date of the check (UTC), for acceptance expiry.</summary>
    public DateTime Today { get; }

    /// <summary>
    /// The graph analyses of the design (single points of failure, cut sets, availability, blast
    /// radius, common causes, capacity), computed on first use and shared by every rule.
    /// </summary>
    public ReliabilityAnalysis Reliability => _reliability ??= ReliabilityAnalysis.Analyze(Model);

    /// <summary>
    /// Creates a finding of rule <paramref name="ruleId"/> about <paramref name="components"/>
    /// (the first is the one it is about). It is reported at <paramref name="location"/>, or at
    /// the declaring call of the first component; the other components' calls become additional
    /// locations.
    /// </summary>
    public Finding Create(string ruleId, string message, IEnumerable<string> components, SourceLocation? location = null) =>
        Create(ruleId, message, components, location, fixArguments: null);

    /// <summary>
    /// As above, with what the rule's mechanical fix needs to write the advised value
    /// (<see cref="Finding.FixArguments"/>).
    /// </summary>
    public Finding Create(string ruleId, string message, IEnumerable<string> components, SourceLocation? location, IReadOnlyDictionary<string, string>? fixArguments)
    {
        var names = components.ToArray();
        var at = location ?? LocationOf(names.FirstOrDefault());
        var additional = names.Skip(1)
            .Select(LocationOf)
            .Where(l => l.IsKnown && !l.Equals(at))
            .Distinct()
            .ToArray();
        return new Finding(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, names, at, additionalLocations: additional, fixArguments: fixArguments);
    }

    /// <summary>Creates a finding about one component.</summary>
    public Finding Create(string ruleId, string message, string component, SourceLocation? location = null) =>
        Create(ruleId, message, new[] { component }, location);

    /// <summary>The declaring call of a component, a part's owner, or a replica group.</summary>
    public SourceLocation LocationOf(string? name)
    {
        if (name is null)
        {
            return SourceLocation.None;
        }

        return Model.FindComponent(name)?.Location ?? Model.FindGroup(name)?.Location ?? SourceLocation.None;
    }
}

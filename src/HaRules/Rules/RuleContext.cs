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

    // Views of the model that several rules read (a relation's expanded targets, the findings of a
    // targeted rule HA102 defers to), computed once per check rather than once per rule.
    private readonly Dictionary<object, object> _shared = new();

    /// <summary>Creates a context for one check of one model.</summary>
    public RuleContext(DesignModel model, DateTime today)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Today = today.Date;
    }

    /// <summary>A context whose graph analyses are already computed (the rule benchmark times each rule on a fresh context).</summary>
    internal RuleContext(DesignModel model, DateTime today, ReliabilityAnalysis reliability)
        : this(model, today) => _reliability = reliability;

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
    /// The value <paramref name="key"/> stands for in this check, computed by <paramref name="compute"/>
    /// on first use: a view of the model several rules share. Keys are static objects owned by the
    /// code that computes the view.
    /// </summary>
    internal T Shared<T>(object key, Func<RuleContext, T> compute)
        where T : class
    {
        if (!_shared.TryGetValue(key, out var value))
        {
            value = compute(this);
            _shared.Add(key, value);
        }

        return (T)value;
    }

    /// <summary>
    /// The findings of <paramref name="rule"/> on this design, found once per check: HA102 needs the
    /// findings of the rules it defers to, which the checker reports as well. A rule that throws
    /// throws again on every call, as running it twice did. Keyed by the rule's class and ID (a rule
    /// is stateless; tests run one class under several IDs).
    /// </summary>
    internal IReadOnlyList<Finding> FindingsOf(DesignRule rule) =>
        Shared((rule.GetType(), rule.Descriptor.Id), c => (IReadOnlyList<Finding>)new List<Finding>(rule.Check(c)));

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
        var at = location ?? LocationOf(names.Length > 0 ? names[0] : null);
        return new Finding(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, names, at, additionalLocations: AdditionalLocations(names, at), fixArguments: fixArguments);
    }

    /// <summary>Creates a finding about one component.</summary>
    public Finding Create(string ruleId, string message, string component, SourceLocation? location = null) =>
        Create(ruleId, message, new[] { component }, location);

    // The other components' known declaring calls, distinct, in order (a loop: this runs once per finding).
    private SourceLocation[] AdditionalLocations(string[] names, SourceLocation at)
    {
        List<SourceLocation>? additional = null;
        HashSet<SourceLocation>? seen = null;
        for (var i = 1; i < names.Length; i++)
        {
            var location = LocationOf(names[i]);
            if (!location.IsKnown || location.Equals(at))
            {
                continue;
            }

            seen ??= new HashSet<SourceLocation>();
            if (seen.Add(location))
            {
                (additional ??= new List<SourceLocation>()).Add(location);
            }
        }

        return additional is null ? Array.Empty<SourceLocation>() : additional.ToArray();
    }

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

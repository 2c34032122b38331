using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Findings;

/// <summary>
/// One flaw found in a design: the rule, how serious, what to change, the components it is about
/// (the first is the one it points at) and the source location it is reported at. Findings are
/// identified by rule ID and component names, so the analyzer and the build task can be compared.
/// </summary>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>The prefix of the analyzer's diagnostic properties that carry <see cref="FixArguments"/>: <c>HaRules.FixArgument.Min</c>.</summary>
    public const string FixArgumentPropertyPrefix = "HaRules.FixArgument.";

    private static readonly IReadOnlyDictionary<string, string> NoFixArguments = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Creates a finding.</summary>
    public Finding(
        string ruleId,
        Severity severity,
        string message,
        IEnumerable<string> components,
        SourceLocation location,
        bool accepted = false,
        string? justification = null,
        IEnumerable<SourceLocation>? additionalLocations = null,
        IReadOnlyDictionary<string, string>? fixArguments = null,
        string? group = null)
    {
        RuleId = ruleId ?? string.Empty;
        Severity = severity;
        Message = message ?? string.Empty;
        Components = (components ?? Enumerable.Empty<string>()).ToArray();
        Location = location ?? SourceLocation.None;
        Accepted = accepted;
        Justification = justification;
        AdditionalLocations = (additionalLocations ?? Enumerable.Empty<SourceLocation>()).ToArray();
        FixArguments = fixArguments ?? NoFixArguments;
        Group = string.IsNullOrEmpty(group) ? null : group;
    }

    /// <summary>The rule ID, e.g. <c>HA101</c>.</summary>
    public string RuleId { get; }

    /// <summary>The severity (the rule's default unless configured otherwise).</summary>
    public Severity Severity { get; }

    /// <summary>What is wrong and what to change, naming the components.</summary>
    public string Message { get; }

    /// <summary>The components concerned; the first is the one the finding is about.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Where it is reported: the declaring call of the first component (or a relation's call).</summary>
    public SourceLocation Location { get; }

    /// <summary>Locations of the other components involved (e.g. the shared UPS of HA102).</summary>
    public IReadOnlyList<SourceLocation> AdditionalLocations { get; }

    /// <summary>
    /// What the rule's mechanical fix (<see cref="RuleFix.Mechanical"/>) needs from the whole design to
    /// write the value the message advises, by name (e.g. <c>Min</c> → <c>30</c> for HA503); empty when
    /// the fix needs nothing beyond the declaring call. The analyzer passes them to the code fix as
    /// diagnostic properties, so the fix writes what the message says. Not part of the identity.
    /// </summary>
    public IReadOnlyDictionary<string, string> FixArguments { get; }

    /// <summary>
    /// The replica group the finding is about when it stands for the same flaw on several of its
    /// replicas (one finding per root cause): <see cref="Components"/> then starts with those
    /// replicas, in replica order. Null for a finding about one component.
    /// </summary>
    public string? Group { get; }

    /// <summary>True when an <c>Accept(...)</c> in the design accepts this finding.</summary>
    public bool Accepted { get; }

    /// <summary>The reason written in the accepting <c>Accept(...)</c>, or null.</summary>
    public string? Justification { get; }

    /// <summary>
    /// The <c>Accept(...)</c> that accepted this finding (its reason, expiry date and place), as the
    /// check matched it; null when the finding is not accepted or was read back from a report.
    /// </summary>
    public Acceptance? Acceptance { get; private set; }

    /// <summary>The identity used to compare and deduplicate findings: rule ID and component names.</summary>
    public string Key => RuleId + ":" + string.Join(",", Components);

    /// <summary>This finding marked as accepted with the given reason.</summary>
    public Finding AsAccepted(string justification) =>
        new(RuleId, Severity, Message, Components, Location, true, justification, AdditionalLocations, FixArguments, Group);

    /// <summary>This finding marked as accepted by <paramref name="acceptance"/>, with its reason.</summary>
    public Finding AsAccepted(Acceptance acceptance) =>
        new(RuleId, Severity, Message, Components, Location, true, acceptance.Reason, AdditionalLocations, FixArguments, Group) { Acceptance = acceptance };

    /// <summary>This finding with another severity.</summary>
    public Finding WithSeverity(Severity severity) =>
        new(RuleId, severity, Message, Components, Location, Accepted, Justification, AdditionalLocations, FixArguments, Group) { Acceptance = Acceptance };

    /// <summary>This finding as the one finding on replica group <paramref name="group"/>.</summary>
    public Finding OnGroup(string group) =>
        new(RuleId, Severity, Message, Components, Location, Accepted, Justification, AdditionalLocations, FixArguments, group) { Acceptance = Acceptance };

    /// <summary>This finding reported at another location.</summary>
    public Finding WithLocation(SourceLocation location) =>
        new(RuleId, Severity, Message, Components, location, Accepted, Justification, AdditionalLocations, FixArguments, Group) { Acceptance = Acceptance };

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && RuleId == other.RuleId
        && Severity == other.Severity
        && Message == other.Message
        && Components.SequenceEqual(other.Components, StringComparer.Ordinal)
        && Location.Equals(other.Location)
        && Accepted == other.Accepted
        && Justification == other.Justification
        && Group == other.Group;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}

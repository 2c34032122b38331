using System;

namespace HaRules.Model;

/// <summary>
/// An <c>Accept(ruleId, reason, expires:)</c> written in the design: the rule's findings about
/// <see cref="Target"/> (a component, or every member of a replica group) are accepted with a reason.
/// </summary>
public sealed class Acceptance : IEquatable<Acceptance>
{
    /// <summary>Creates an acceptance.</summary>
    public Acceptance(string target, string ruleId, string reason, string? expires, SourceLocation location)
    {
        Target = target ?? string.Empty;
        RuleId = ruleId ?? string.Empty;
        Reason = reason ?? string.Empty;
        Expires = expires;
        Location = location ?? SourceLocation.None;
    }

    /// <summary>The component or replica group the acceptance is written on.</summary>
    public string Target { get; }

    /// <summary>The accepted rule ID, as written.</summary>
    public string RuleId { get; }

    /// <summary>The written justification.</summary>
    public string Reason { get; }

    /// <summary>The expiry date as written (ISO <c>yyyy-MM-dd</c>), or null when it never expires.</summary>
    public string? Expires { get; }

    /// <summary>Where the <c>Accept</c> call stands.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc />
    public bool Equals(Acceptance? other) =>
        other is not null
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && string.Equals(Expires, other.Expires, StringComparison.Ordinal)
        && Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Acceptance);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Target) ^ StringComparer.Ordinal.GetHashCode(RuleId);
}

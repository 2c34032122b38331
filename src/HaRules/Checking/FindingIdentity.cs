using System;
using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Checking;

/// <summary>
/// When two findings are the same finding for the checker's dedupe: the same rule ID, component
/// names (as joined by commas, <see cref="Finding.Key"/>), message and location. Compared field by
/// field, with no key string made per finding.
/// </summary>
internal sealed class FindingIdentity : IEqualityComparer<Finding>
{
    /// <summary>The one instance (the identity has no state).</summary>
    public static readonly FindingIdentity Instance = new();

    private FindingIdentity()
    {
    }

    /// <inheritdoc />
    public bool Equals(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null
            && string.Equals(x.RuleId, y.RuleId, StringComparison.Ordinal)
            && string.Equals(x.Message, y.Message, StringComparison.Ordinal)
            && x.Location.Equals(y.Location)
            && JoinedNames.Compare(x.Components, y.Components, ',') == 0;
    }

    /// <inheritdoc />
    public int GetHashCode(Finding finding)
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(finding.RuleId);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(finding.Message);
            hash = (hash * 397) ^ finding.Location.GetHashCode();
            return (hash * 397) ^ JoinedNames.Length(finding.Components);
        }
    }
}

using System;
using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Checking;

/// <summary>
/// How the checker compares findings, field by field with no string made per finding (a key string
/// to dedupe and a joined sort key to order, per finding, were most of what ordering allocated).
/// Names are compared as the text <c>string.Join</c> would make of them (<see cref="JoinedNames"/>).
/// </summary>
internal static class FindingComparers
{
    /// <summary>
    /// When two findings are the same finding for the dedupe: the same rule ID, component names (as
    /// joined by commas, <see cref="Finding.Key"/>), message and location.
    /// </summary>
    public static readonly IEqualityComparer<Finding> Identity = new IdentityComparer();

    /// <summary>
    /// The report order: by file, line, column, rule ID, then the component names (as joined by
    /// U+0001), then the message, each ordinal.
    /// </summary>
    public static readonly IComparer<Finding> Order = new OrderComparer();

    private sealed class IdentityComparer : IEqualityComparer<Finding>
    {
        public bool Equals(Finding? x, Finding? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null
                && string.Equals(x.RuleId, y.RuleId, StringComparison.Ordinal)
                && string.Equals(x.Message, y.Message, StringComparison.Ordinal)
                && x.Location.Equals(y.Location)
                && JoinedNames.Compare(x.Components, y.Components, ',') == 0);

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

    private sealed class OrderComparer : IComparer<Finding>
    {
        public int Compare(Finding? x, Finding? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var order = string.CompareOrdinal(x.Location.File, y.Location.File);
            if (order == 0)
            {
                order = x.Location.Line.CompareTo(y.Location.Line);
            }

            if (order == 0)
            {
                order = x.Location.Column.CompareTo(y.Location.Column);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.RuleId, y.RuleId);
            }

            if (order == 0)
            {
                order = JoinedNames.Compare(x.Components, y.Components, '\u0001');
            }

            return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
        }
    }
}

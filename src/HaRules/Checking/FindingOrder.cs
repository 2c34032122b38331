using System;
using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Checking;

/// <summary>
/// The report order of findings: by file, line, column, rule ID, then the component names (as
/// joined by U+0001), then the message, each ordinal. One comparison per pair of findings, with no
/// sort key made per finding (a joined string each was most of the ordering's allocation).
/// </summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The one instance (the order has no state).</summary>
    public static readonly FindingOrder Instance = new();

    private FindingOrder()
    {
    }

    /// <inheritdoc />
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

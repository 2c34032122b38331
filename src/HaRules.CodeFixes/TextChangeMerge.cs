using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace HaRules.CodeFixes;

/// <summary>
/// Merges text changes computed independently on one text: identical changes count once, insertions
/// at one position are joined in the order given, and a change overlapping an earlier one is dropped
/// (it is offered again once the first is applied).
/// </summary>
internal static class TextChangeMerge
{
    public static IReadOnlyList<TextChange> Merge(IEnumerable<TextChange> changes)
    {
        var distinct = new List<TextChange>();
        foreach (var change in changes)
        {
            if (!distinct.Any(d => d.Span == change.Span && d.NewText == change.NewText))
            {
                distinct.Add(change);
            }
        }

        var ordered = distinct
            .Select((change, index) => (change, index))
            .OrderBy(c => c.change.Span.Start)
            .ThenBy(c => c.change.Span.Length == 0 ? 0 : 1)
            .ThenBy(c => c.index)
            .Select(c => c.change);

        var result = new List<TextChange>();
        var end = -1;
        foreach (var change in ordered)
        {
            if (result.Count > 0 && change.Span.Length == 0 && result[result.Count - 1] is { Span.Length: 0 } last && last.Span.Start == change.Span.Start)
            {
                result[result.Count - 1] = new TextChange(last.Span, last.NewText + change.NewText);
                continue;
            }

            if (change.Span.Start < end)
            {
                continue;
            }

            result.Add(change);
            end = change.Span.End;
        }

        return result;
    }
}

using System;
using System.Collections.Generic;

namespace HaRules.Reporting.Content;

/// <summary>
/// The first rows of a capped table (<see cref="ReportLimits.Rows"/>), kept while the candidates
/// stream by: a heap of at most that many rows, so a table of 200 rows over a million candidates
/// costs about a comparison per candidate and keeps 200 rows, where sorting them all cost
/// n log n and a list of every candidate. The order must be total (callers break ties by
/// declaration index), so the rows kept are exactly the first ones a stable sort would give.
/// </summary>
internal sealed class FirstRows<T>
{
    private readonly int _count;
    private readonly IComparer<T> _order;

    // The last of the rows kept stands on top, to be replaced by an earlier one.
    private readonly PriorityQueue<T, T> _kept;

    public FirstRows(int count, IComparer<T> order)
    {
        _count = Math.Max(0, count);
        _order = order;
        _kept = new PriorityQueue<T, T>(Comparer<T>.Create((a, b) => order.Compare(b, a)));
    }

    /// <summary>How many rows were offered.</summary>
    public int Total { get; private set; }

    /// <summary>Offers one row.</summary>
    public void Add(T row)
    {
        Total++;
        if (_kept.Count < _count)
        {
            _kept.Enqueue(row, row);
        }
        else if (_count > 0 && _order.Compare(row, _kept.Peek()) < 0)
        {
            _kept.DequeueEnqueue(row, row);
        }
    }

    /// <summary>The rows kept, in order.</summary>
    public List<T> InOrder()
    {
        var rows = new List<T>(_kept.Count);
        foreach (var (row, _) in _kept.UnorderedItems)
        {
            rows.Add(row);
        }

        rows.Sort(_order);
        return rows;
    }
}

/// <summary>Shorthands for <see cref="FirstRows{T}"/>.</summary>
internal static class FirstRows
{
    /// <summary>The first <paramref name="count"/> of <paramref name="rows"/> in <paramref name="order"/> (a total order).</summary>
    public static List<T> Of<T>(IEnumerable<T> rows, int count, Comparison<T> order)
    {
        var first = new FirstRows<T>(count, Comparer<T>.Create(order));
        foreach (var row in rows)
        {
            first.Add(row);
        }

        return first.InOrder();
    }
}

using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reporting.Document;

/// <summary>Builds a <see cref="Table"/>: a header whose name ends with <c>:</c> is a right-aligned (numeric) column.</summary>
internal sealed class TableBuilder
{
    private readonly List<IReadOnlyList<IReadOnlyList<Inline>>> _rows = new();

    public TableBuilder(BlockList blocks, string[] headers)
    {
        var table = new Table(
            headers.Select(h => h.TrimEnd(':')).ToList(),
            headers.Select(h => h.EndsWith(':')).ToList(),
            _rows);
        blocks.Add(table);
    }

    /// <summary>A row of plain cells.</summary>
    public TableBuilder Row(params string[] cells) => Row(cells.Select(c => (IReadOnlyList<Inline>)new[] { Inline.Plain(c) }).ToArray());

    /// <summary>A row whose cells are runs.</summary>
    public TableBuilder Row(params IReadOnlyList<Inline>[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>A row of single runs.</summary>
    public TableBuilder Row(params Inline[] cells) => Row(cells.Select(c => (IReadOnlyList<Inline>)new[] { c }).ToArray());
}

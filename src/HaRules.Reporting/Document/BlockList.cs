using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reporting.Document;

/// <summary>Collects the blocks of a report, with shorthands for the common shapes.</summary>
internal sealed class BlockList : List<Block>
{
    public void Heading(int level, params Inline[] content) => Add(new Heading(level, content));

    public void Heading(int level, string text) => Add(new Heading(level, new[] { Inline.Plain(text) }));

    public void Paragraph(params Inline[] content) => Add(new Paragraph(content));

    public void Paragraph(string text) => Add(new Paragraph(new[] { Inline.Plain(text) }));

    public void List(IEnumerable<IReadOnlyList<Inline>> items, bool compact = false) => Add(new BulletList(items.ToList(), compact));

    public TableBuilder Table(params string[] headers) => new(this, headers);
}

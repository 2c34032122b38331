using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// Renders report blocks as GitHub Markdown; every run of text is escaped with <see cref="MarkdownText"/>.
/// The whole report stays under <see cref="Limit"/> characters (what GitHub accepts in a comment):
/// a design's last section (the topology) keeps up to <see cref="TailReserve"/> of room; past the
/// budget a list or table keeps the rows that fit, each later section is shown whole if it fits
/// or left out, and <see cref="Finish"/>
/// ends the report with a line naming what was left out.
/// </summary>
internal sealed class MarkdownRenderer
{
    /// <summary>GitHub rejects a comment (and so a pull-request comment of this report) longer than this.</summary>
    public const int Limit = 65_536;

    /// <summary>What the blocks may take; the rest is kept for the closing line and a margin.</summary>
    public const int Budget = Limit - 3_000;

    /// <summary>The most room kept for a design's last section (the topology) while the sections before it are written.</summary>
    private const int TailReserve = 12_000;

    private const int ListedLeftOut = 12;

    private readonly StringBuilder _md;
    private readonly List<string> _leftOut = new();
    private string _design = string.Empty;
    private string _section = string.Empty;
    private bool _cut;
    private bool _started;

    public MarkdownRenderer(StringBuilder md) => _md = md;

    public void Render(IEnumerable<Block> blocks)
    {
        // The last section (the topology) keeps its room: the sections before it stop short of it.
        var sections = Sections(blocks).ToList();
        var tail = sections.Count > 1 ? sections[sections.Count - 1] : null;
        var reserve = tail is null ? 0 : Math.Min(TailReserve, tail.Sum(b => Text(b, MermaidDiagram.MaxChars).Length));
        foreach (var section in sections)
        {
            var limit = ReferenceEquals(section, tail) ? Budget : Budget - reserve;
            if (section[0] is Heading { Level: 2 } design)
            {
                _design = Plain(design.Content);
                _section = string.Empty;
            }
            else if (section[0] is Heading { Level: 3 } heading)
            {
                _section = Plain(heading.Content);
            }

            _started = false;

            if (_cut)
            {
                // After the cut a section is shown whole when it still fits (the topology's table of tiers), or not at all.
                if (Whole(section, limit) is { } whole)
                {
                    _md.Append(whole);
                }
                else
                {
                    LeaveOut();
                }

                continue;
            }

            foreach (var block in section)
            {
                if (_cut)
                {
                    break;
                }

                var text = Text(block, limit - _md.Length);
                if (_md.Length + text.Length <= limit)
                {
                    _md.Append(text);
                    _started |= block is not Heading { Level: 2 or 3 };
                    continue;
                }

                // The first block that does not fit: a list or table keeps the rows that leave room for short sections after it.
                _cut = true;
                if (block is BulletList or Table && Partial(block, limit))
                {
                    _leftOut.Add(Where() + " (in part)");
                }
                else
                {
                    LeaveOut();
                }
            }
        }
    }

    // The section's text when it fits whole, else null; its blocks stop being written once they
    // are past the room left (a long table need not be written out only to be left out).
    private string? Whole(List<Block> section, int limit)
    {
        var room = limit - _md.Length;
        var whole = new StringBuilder();
        foreach (var block in section)
        {
            whole.Append(Text(block, limit - _md.Length - 300));
            if (whole.Length > room)
            {
                return null;
            }
        }

        return whole.ToString();
    }

    // A design heading alone, then each level-3 heading with the blocks up to the next one.
    private static IEnumerable<List<Block>> Sections(IEnumerable<Block> blocks)
    {
        List<Block>? current = null;
        foreach (var block in blocks)
        {
            if (block is Heading { Level: 2 or 3 } || current is null)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new List<Block>();
            }

            current.Add(block);
            if (block is Heading { Level: 2 })
            {
                yield return current;
                current = null;
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>Ends the report: when anything was left out, one line saying what.</summary>
    public void Finish()
    {
        if (!_cut)
        {
            return;
        }

        var listed = string.Join("; ", _leftOut.Take(ListedLeftOut).Select(MarkdownText.Escape));
        var more = _leftOut.Count > ListedLeftOut ? " and " + (_leftOut.Count - ListedLeftOut).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty;
        _md.Append("\n**This report is cut to stay under GitHub's limit of 65,536 characters.** Left out: ")
            .Append(listed).Append(more).Append(". The JSON and HTML reports hold everything.\n");
    }

    private void LeaveOut()
    {
        var where = Where() + (_started ? " (the rest)" : string.Empty);
        if (where.Length > 0 && (_leftOut.Count == 0 || _leftOut[_leftOut.Count - 1] != where))
        {
            _leftOut.Add(where);
        }
    }

    private string Where()
    {
        var design = _design.Length > 60 ? _design.Substring(0, 59) + "\u2026" : _design;
        return _section.Length == 0 ? design : design + ": " + _section;
    }

    private bool Partial(Block block, int limit)
    {
        var head = new StringBuilder();
        var rows = new List<string>();
        switch (block)
        {
            case BulletList list:
                head.Append('\n');
                rows.AddRange(list.Items.Select(item => "- " + Runs(item) + "\n"));
                break;
            case Table table:
                TableHead(head, table);
                rows.AddRange(table.Rows.Select(Row));
                break;
        }

        var kept = 0;
        var length = _md.Length + head.Length;
        while (kept < rows.Count && length + rows[kept].Length <= limit - 200)
        {
            length += rows[kept].Length;
            kept++;
        }

        if (kept == 0)
        {
            return false;
        }

        _md.Append(head);
        foreach (var row in rows.Take(kept))
        {
            _md.Append(row);
        }

        _md.Append("\n").Append((rows.Count - kept).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append(" more rows are left out here (size limit).\n");
        return true;
    }

    private static string Text(Block block, int room)
    {
        var md = new StringBuilder();
        md.Append('\n');
        switch (block)
        {
            case Heading heading:
                md.Append('#', heading.Level).Append(' ').Append(Runs(heading.Content)).Append('\n');
                break;
            case Paragraph paragraph:
                md.Append(Runs(paragraph.Content)).Append('\n');
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    md.Append("- ").Append(Runs(item)).Append('\n');
                }

                break;
            case Table table:
                md.Length = 0;
                TableHead(md, table);
                foreach (var row in table.Rows)
                {
                    md.Append(Row(row));
                }

                break;
            case TopologyDiagram diagram:
                // The diagram fits itself into what is left (it says so when it cannot).
                MermaidDiagram.Write(md, diagram.Model, diagram.Spofs, Math.Max(0, room - 1));
                break;
        }

        return md.ToString();
    }

    private static void TableHead(StringBuilder md, Table table)
    {
        md.Append("\n| ").Append(string.Join(" | ", table.Headers.Select(MarkdownText.Escape))).Append(" |\n|");
        foreach (var right in table.RightAligned)
        {
            md.Append(right ? "---:|" : "---|");
        }

        md.Append('\n');
    }

    private static string Row(IReadOnlyList<IReadOnlyList<Inline>> row) => "| " + string.Join(" | ", row.Select(Runs)) + " |\n";

    private static string Plain(IEnumerable<Inline> runs) => string.Concat(runs.Select(r => r.Text));

    private static string Runs(IEnumerable<Inline> runs) => string.Concat(runs.Select(Run));

    private static string Run(Inline run)
    {
        var text = MarkdownText.Escape(run.Text);
        if (run.Url is { } url)
        {
            return "[" + text + "](" + url + ")";
        }

        return run.Emphasis is Emphasis.Strong or Emphasis.Bad && text.Length > 0 ? "**" + text + "**" : text;
    }
}

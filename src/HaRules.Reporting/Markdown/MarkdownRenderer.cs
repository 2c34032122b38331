using System.Collections.Generic;
using System.Linq;
using System.Text;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Markdown;

/// <summary>Renders report blocks as GitHub Markdown; every run of text is escaped with <see cref="MarkdownText"/>.</summary>
internal static class MarkdownRenderer
{
    public static void Render(StringBuilder md, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
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
                    md.Append("| ").Append(string.Join(" | ", table.Headers.Select(MarkdownText.Escape))).Append(" |\n|");
                    foreach (var right in table.RightAligned)
                    {
                        md.Append(right ? "---:|" : "---|");
                    }

                    md.Append('\n');
                    foreach (var row in table.Rows)
                    {
                        md.Append("| ").Append(string.Join(" | ", row.Select(Runs))).Append(" |\n");
                    }

                    break;
                case TopologyDiagram diagram:
                    MermaidDiagram.Write(md, diagram.Model, diagram.Spofs);
                    break;
            }
        }
    }

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

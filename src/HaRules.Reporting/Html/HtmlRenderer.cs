using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Html;

/// <summary>Renders report blocks as HTML; every run of text is escaped with <see cref="HtmlText"/>.</summary>
internal static class HtmlRenderer
{
    public static void Render(StringBuilder html, IReadOnlyList<Block> blocks, int design)
    {
        var open = false;
        var section = 0;
        var prefix = "d" + design.ToString(CultureInfo.InvariantCulture) + "-";
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading { Level: 2 } heading:
                    if (open)
                    {
                        html.Append("</section>\n");
                        open = false;
                    }

                    html.Append("<h2>").Append(Runs(heading.Content)).Append("</h2>\n");
                    WriteContents(html, blocks, prefix);
                    break;
                case Heading { Level: 3 } heading:
                    if (open)
                    {
                        html.Append("</section>\n");
                    }

                    html.Append("<section class=\"card\" id=\"").Append(prefix).Append(section++.ToString(CultureInfo.InvariantCulture)).Append("\">\n<h3>").Append(Runs(heading.Content)).Append("</h3>\n");
                    open = true;
                    break;
                case Heading heading:
                    var level = heading.Level.ToString(CultureInfo.InvariantCulture);
                    html.Append("<h").Append(level).Append('>').Append(Runs(heading.Content)).Append("</h").Append(level).Append(">\n");
                    break;
                case Paragraph paragraph:
                    html.Append("<p>").Append(Runs(paragraph.Content)).Append("</p>\n");
                    break;
                case BulletList list:
                    html.Append(list.Compact ? "<ul class=\"columns\">\n" : "<ul>\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(Runs(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case Table table:
                    WriteTable(html, table);
                    break;
                case TopologyDiagram diagram:
                    html.Append("<div class=\"diagram\">\n");
                    var leftOut = SvgTopology.Write(html, diagram.Model, diagram.Spofs);
                    html.Append("</div>\n");
                    html.Append("<p class=\"legend\"><span class=\"swatch spof\"></span> single point of failure (marked SPOF) <span class=\"swatch ok\"></span> other component; solid lines carry traffic or data, dashed lines power, cabling and racks.");
                    if (leftOut > 0)
                    {
                        html.Append(" To keep the drawing readable, its ").Append(leftOut.ToString("N0", CultureInfo.InvariantCulture))
                            .Append(" power, cabling and rack lines are left out.");
                    }

                    html.Append("</p>\n");
                    break;
            }
        }

        if (open)
        {
            html.Append("</section>\n");
        }
    }

    // Links to the design's sections, by generated ids (never by a name from the design).
    private static void WriteContents(StringBuilder html, IReadOnlyList<Block> blocks, string prefix)
    {
        html.Append("<nav class=\"toc\">");
        var section = 0;
        foreach (var heading in blocks.OfType<Heading>().Where(h => h.Level == 3))
        {
            html.Append("<a href=\"#").Append(prefix).Append(section++.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Runs(heading.Content)).Append("</a>");
        }

        html.Append("</nav>\n");
    }

    private static void WriteTable(StringBuilder html, Table table)
    {
        html.Append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (var i = 0; i < table.Headers.Count; i++)
        {
            html.Append(table.RightAligned[i] ? "<th class=\"num\">" : "<th>").Append(HtmlText.Escape(table.Headers[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(i < table.RightAligned.Count && table.RightAligned[i] ? "<td class=\"num\">" : "<td>").Append(Runs(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static string Runs(IEnumerable<Inline> runs) => string.Concat(runs.Select(Run));

    private static string Run(Inline run)
    {
        var text = HtmlText.Escape(run.Text);
        if (run.Url is { } url)
        {
            return "<a href=\"" + HtmlText.Escape(url) + "\">" + text + "</a>";
        }

        return run.Emphasis switch
        {
            Emphasis.Strong => Severity(run.Text) is { } severity ? "<strong class=\"" + severity + "\">" + text + "</strong>" : "<strong>" + text + "</strong>",
            Emphasis.Good => "<span class=\"good\">" + text + "</span>",
            Emphasis.Bad => "<strong class=\"bad\">" + text + "</strong>",
            _ => text,
        };
    }

    // Severity words get a coloured badge; any other strong text stays plain bold.
    private static string? Severity(string text) => text switch
    {
        "error" => "sev error",
        "warning" => "sev warning",
        "info" => "sev info",
        _ => null,
    };
}

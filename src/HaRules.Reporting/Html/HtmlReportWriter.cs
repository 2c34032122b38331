using System.Collections.Generic;
using System.Text;
using HaRules.Reporting.Content;

namespace HaRules.Reporting.Html;

/// <summary>
/// Writes the HTML report of docs/report-format.md: one self-contained page (inline style sheet and SVG, no
/// script, font, image or other request) with the content of the Markdown report and a topology
/// diagram laid out by HaRules. Every string from the design is escaped; the same designs always
/// give the same bytes.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The report of the given designs.</summary>
    public static string Write(IEnumerable<DesignReport> designs, ReportPaths paths)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Nothing may be fetched: no script, and images, fonts and connections are forbidden outright.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<title>HaRules report</title>\n<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"top\"><h1>HaRules report</h1><p>").Append(HtmlText.Escape(ToolInfo.Name + " " + ToolInfo.Version)).Append("</p></header>\n<main>\n");
        var index = 0;
        foreach (var design in designs)
        {
            HtmlRenderer.Render(html, DesignContent.Of(design, paths), index++);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}

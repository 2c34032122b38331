using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HaRules.Reporting.Content;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// Writes the Markdown report (docs/report-format.md): per design the fixes that buy the most, a summary (counts by
/// severity, each service's availability against its target), the active findings grouped by
/// severity and component with their fix and rule page, single points of failure with their dependency path,
/// minimal cut sets, the blast radius, accepted findings, RAID groups, the facts the design leaves
/// undeclared and a Mermaid diagram of the topology with the engine's single points of failure
/// highlighted (replica groups and parts folded, a summary of the tiers first past a size). The
/// report stays under GitHub's 65,536-character limit for a comment, saying what it left out.
/// Every name and message from the design is escaped; the same design always gives the same bytes.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The report of the given designs.</summary>
    public static string Write(IEnumerable<DesignReport> designs, ReportPaths paths)
    {
        var md = new StringBuilder();
        md.Append("# HaRules report\n\n");
        md.Append(string.Create(CultureInfo.InvariantCulture, $"{ToolInfo.Name} {ToolInfo.Version}\n"));
        var renderer = new MarkdownRenderer(md);
        foreach (var design in designs)
        {
            renderer.Render(DesignContent.Of(design, paths));
        }

        renderer.Finish();

        return md.ToString();
    }
}

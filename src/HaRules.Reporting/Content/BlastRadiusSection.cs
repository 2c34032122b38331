using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Reliability;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>The blast radius table: each component whose failure alone stops services, and which.</summary>
internal static class BlastRadiusSection
{
    public static void Write(BlockList blocks, ReliabilityAnalysis reliability)
    {
        if (reliability.Services.Count == 0)
        {
            return;
        }

        blocks.Heading(3, "Blast radius");
        var stopping = reliability.BlastRadius.Where(b => b.Services.Count > 0).ToList();
        var others = reliability.BlastRadius.Count - stopping.Count;
        if (stopping.Count == 0)
        {
            blocks.Paragraph("No component stops a service on its own.");
            return;
        }

        // Capped, the components that stop the most services come first.
        var shown = stopping.Count <= ReportLimits.Rows
            ? stopping
            : FirstRows.Of(stopping.Select((b, i) => (Entry: b, Index: i)), ReportLimits.Rows, MostServices).Select(b => b.Entry).ToList();
        var table = blocks.Table("component", "services it stops on its own");
        foreach (var entry in shown)
        {
            table.Row(Inline.Strong(entry.Component), Inline.Plain(Services(entry.Services)));
        }

        ReportLimits.LeftOut(blocks, stopping.Count, shown.Count, "components that stop services on their own");
        blocks.Paragraph(others.ToString("N0", CultureInfo.InvariantCulture) + (others == 1 ? " other component stops" : " other components stop") + " no service on its own.");
    }

    // The most services stopped first, then declaration order (a total order).
    private static int MostServices((BlastRadius Entry, int Index) a, (BlastRadius Entry, int Index) b)
    {
        var services = b.Entry.Services.Count.CompareTo(a.Entry.Services.Count);
        return services != 0 ? services : a.Index.CompareTo(b.Index);
    }

    private static string Services(IReadOnlyList<string> services) =>
        services.Count <= ReportLimits.Rows
            ? string.Join(", ", services)
            : string.Join(", ", services.Take(ReportLimits.Rows)) + ", and " + ReportLimits.Number(services.Count - ReportLimits.Rows) + " more";
}

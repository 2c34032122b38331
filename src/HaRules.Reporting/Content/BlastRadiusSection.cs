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

        var table = blocks.Table("component", "services it stops on its own");
        foreach (var entry in stopping)
        {
            table.Row(Inline.Strong(entry.Component), Inline.Plain(string.Join(", ", entry.Services)));
        }

        blocks.Paragraph(others.ToString("N0", CultureInfo.InvariantCulture) + (others == 1 ? " other component stops" : " other components stop") + " no service on its own.");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reporting.Document;
using HaRules.Reporting.Html;

namespace HaRules.Reporting.Content;

/// <summary>
/// The topology of a design too large to draw (<see cref="ReportLimits.DiagramComponents"/>): per
/// tier of the diagram, how many components of each kind it holds and how many of them are
/// single points of failure.
/// </summary>
internal static class TopologySummary
{
    public static void Write(BlockList blocks, DesignModel model, IReadOnlyCollection<string> spofs)
    {
        var flagged = new HashSet<string>(spofs, StringComparer.Ordinal);
        var declared = model.DeclaredComponents.ToList();
        blocks.Paragraph("The design declares " + ReportLimits.Number(declared.Count) + " components, too many to draw; here are its tiers, from the entry points down.");
        var table = blocks.Table("tier", "kind", "components:", "single points of failure:");
        foreach (var tier in declared.GroupBy(c => TopologyTiers.Of(c.Kind)).OrderBy(g => g.Key))
        {
            foreach (var kind in tier.GroupBy(c => c.Kind).OrderBy(g => TopologyTiers.Label(g.Key), StringComparer.Ordinal))
            {
                table.Row(
                    TopologyTiers.Titles[tier.Key],
                    TopologyTiers.Label(kind.Key),
                    ReportLimits.Number(kind.Count()),
                    ReportLimits.Number(kind.Count(c => flagged.Contains(c.Name))));
            }
        }
    }
}

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
        // One pass over the components: per kind, how many are declared and how many flagged, in
        // the order the kinds first appear (which breaks ties between labels, as grouping did).
        var flagged = new HashSet<string>(spofs, StringComparer.Ordinal);
        var kinds = new Dictionary<ComponentKind, KindCount>();
        var declared = 0;
        foreach (var component in model.Components)
        {
            if (component.IsPart)
            {
                continue;
            }

            declared++;
            if (!kinds.TryGetValue(component.Kind, out var count))
            {
                kinds.Add(component.Kind, count = new KindCount(component.Kind, kinds.Count));
            }

            count.Components++;
            if (flagged.Count > 0 && flagged.Contains(component.Name))
            {
                count.Flagged++;
            }
        }

        blocks.Paragraph("The design declares " + ReportLimits.Number(declared) + " components, too many to draw; here are its tiers, from the entry points down.");
        var table = blocks.Table("tier", "kind", "components:", "single points of failure:");
        var rows = kinds.Values
            .OrderBy(k => TopologyTiers.Of(k.Kind))
            .ThenBy(k => TopologyTiers.Label(k.Kind), StringComparer.Ordinal)
            .ThenBy(k => k.FirstSeen);
        foreach (var row in rows)
        {
            table.Row(
                TopologyTiers.Titles[TopologyTiers.Of(row.Kind)],
                TopologyTiers.Label(row.Kind),
                ReportLimits.Number(row.Components),
                ReportLimits.Number(row.Flagged));
        }
    }

    private sealed class KindCount(ComponentKind kind, int firstSeen)
    {
        public ComponentKind Kind { get; } = kind;

        public int FirstSeen { get; } = firstSeen;

        public int Components { get; set; }

        public int Flagged { get; set; }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Reliability;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>Each service's minimal cut sets: the smallest sets of failures that stop it, listed up to a cap, with their count.</summary>
internal static class CutSetSection
{
    /// <summary>The most cut sets listed per service in a report meant to be read.</summary>
    public const int Listed = 50;

    public static void Write(BlockList blocks, ReliabilityAnalysis reliability)
    {
        if (reliability.Services.Count == 0)
        {
            return;
        }

        blocks.Heading(3, "Minimal cut sets");
        blocks.Paragraph("A minimal cut set is a set of components whose failing together stops the service, while no smaller part of it does.");
        foreach (var service in ReportLimits.Services(reliability))
        {
            blocks.Heading(4, Inline.Plain("Service "), Inline.Strong(service.Name));
            var count = service.MinimalCutSetCount;
            var order = service.SearchedOrder.ToString(CultureInfo.InvariantCulture);
            if (count == 0)
            {
                blocks.Paragraph(service.AlwaysDown
                    ? "It never runs, whatever fails."
                    : service.MinimalCutSetsComplete
                        ? "No set of up to " + order + " failures stops it."
                        : Incomplete(service));
                continue;
            }

            var shown = service.MinimalCutSets.Take(Listed).ToList();
            var total = count.ToString("N0", CultureInfo.InvariantCulture) + (service.MinimalCutSetsTruncated ? " or more" : string.Empty);
            blocks.Paragraph(shown.Count < count
                ? $"{total} minimal cut sets of up to {order} failures; the first {shown.Count.ToString(CultureInfo.InvariantCulture)} are listed."
                : $"{total} minimal cut set{(count == 1 ? string.Empty : "s")} of up to {order} failures.");
            if (!service.MinimalCutSetsComplete)
            {
                blocks.Paragraph(Incomplete(service));
            }

            blocks.List(shown.Select(Item), compact: true);
        }
    }

    /// <summary>What a search stopped at its work bound still tells: the sets listed are minimal, the single points of failure all there.</summary>
    private static string Incomplete(ServiceAnalysis service) =>
        "The search stopped at its work bound, so this list is incomplete: every set listed is a minimal cut set and no single point of failure is missing, but larger sets may be"
        + (service.ToleratedFailures > 0 ? $" (it survives any {service.ToleratedFailures.ToString(CultureInfo.InvariantCulture)} failure{(service.ToleratedFailures == 1 ? string.Empty : "s")} at least)." : ".");

    private static IReadOnlyList<Inline> Item(IReadOnlyList<string> set)
    {
        var items = new List<Inline>();
        for (var i = 0; i < set.Count; i++)
        {
            if (i > 0)
            {
                items.Add(Inline.Plain(" + "));
            }

            items.Add(Inline.Plain(set[i]));
        }

        return items;
    }
}

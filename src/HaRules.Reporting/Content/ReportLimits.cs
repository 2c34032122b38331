using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Reliability;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// How much of a large design the Markdown and HTML reports show: they are read by people, so
/// past these sizes they summarise — the topology becomes a table of tiers, every list and table
/// keeps its first (or most pressing) <see cref="Rows"/> entries and says how many it left out,
/// and the findings open with a count per rule. Below them the reports show everything, as
/// always. The JSON and SARIF reports always hold everything.
/// </summary>
internal static class ReportLimits
{
    /// <summary>The most rows a table or list shows.</summary>
    public const int Rows = 200;

    /// <summary>The most declared components the topology diagram draws; a larger design gets its tiers as a table.</summary>
    public const int DiagramComponents = 1_000;

    /// <summary>
    /// The services the per-service sections show: all, in declaration order, when they fit;
    /// otherwise the <see cref="Rows"/> most in need — below their target first, then those
    /// with the most single points of failure, then the least available — in declaration order.
    /// </summary>
    public static IReadOnlyList<ServiceAnalysis> Services(ReliabilityAnalysis reliability)
    {
        var services = reliability.Services;
        if (services.Count <= Rows)
        {
            return services;
        }

        // The first rows of the order, kept as the services stream by (not a sort of them all),
        // then back in declaration order.
        var shown = FirstRows.Of(services.Select((s, i) => (Service: s, Index: i)), Rows, InNeed);
        shown.Sort((a, b) => a.Index.CompareTo(b.Index));
        return shown.Select(s => s.Service).ToList();
    }

    // Below target first, then most single points of failure, then least available, then declaration order (a total order).
    private static int InNeed((ServiceAnalysis Service, int Index) a, (ServiceAnalysis Service, int Index) b)
    {
        var below = Below(b.Service).CompareTo(Below(a.Service));
        if (below != 0)
        {
            return below;
        }

        var spofs = b.Service.SinglePointsOfFailure.Count.CompareTo(a.Service.SinglePointsOfFailure.Count);
        if (spofs != 0)
        {
            return spofs;
        }

        var availability = a.Service.Availability.CompareTo(b.Service.Availability);
        return availability != 0 ? availability : a.Index.CompareTo(b.Index);
    }

    private static bool Below(ServiceAnalysis service) => service.AvailabilityTarget is { } t && service.Availability < t;
    /// <summary>Says how many entries a capped list or table left out, when it left any.</summary>
    public static void LeftOut(BlockList blocks, int total, int shown, string what)
    {
        if (total > shown)
        {
            blocks.Paragraph(Number(total - shown) + " more " + what + " are left out here (the report shows " + Number(shown) + " of " + Number(total) + "); the JSON report has them all.");
        }
    }

    /// <summary>A count with thousands separators.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

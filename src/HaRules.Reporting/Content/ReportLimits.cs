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

        var declared = services.Select((s, i) => (Service: s, Index: i)).ToList();
        var shown = declared
            .OrderByDescending(s => s.Service.AvailabilityTarget is { } t && s.Service.Availability < t)
            .ThenByDescending(s => s.Service.SinglePointsOfFailure.Count)
            .ThenBy(s => s.Service.Availability)
            .ThenBy(s => s.Index)
            .Take(Rows)
            .OrderBy(s => s.Index)
            .Select(s => s.Service)
            .ToList();
        return shown;
    }

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

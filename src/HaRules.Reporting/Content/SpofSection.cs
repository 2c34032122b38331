using System;
using System.Linq;
using HaRules.Reliability;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>Each service's single points of failure, with the dependency path that makes them one.</summary>
internal static class SpofSection
{
    public static void Write(BlockList blocks, ReliabilityAnalysis reliability)
    {
        if (reliability.Services.Count == 0)
        {
            return;
        }

        blocks.Heading(3, "Single points of failure");
        if (reliability.Services.All(s => s.SinglePointsOfFailure.Count == 0))
        {
            blocks.Paragraph("No service has a single point of failure: no one component's failure stops any of them.");
            return;
        }

        var table = blocks.Table("service", "component", "dependency path");
        var rows = 0;
        var byService = reliability.SinglePointsOfFailure.ToLookup(s => s.Service, StringComparer.Ordinal);
        foreach (var service in ReportLimits.Services(reliability))
        {
            foreach (var spof in byService[service.Name].Take(ReportLimits.Rows - rows))
            {
                rows++;
                table.Row(Inline.Plain(spof.Service), Inline.Strong(spof.Component), Inline.Plain(string.Join(" \u2192 ", spof.Path)));
            }
        }

        ReportLimits.LeftOut(blocks, reliability.SinglePointsOfFailure.Count, rows, "single points of failure (service, component)");
    }
}

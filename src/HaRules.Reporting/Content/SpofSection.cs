using System;
using System.Collections.Generic;
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
        var shown = ReportLimits.Services(reliability);
        var byService = ByService(reliability, shown);
        foreach (var service in shown)
        {
            foreach (var spof in byService[service.Name].Take(ReportLimits.Rows - rows))
            {
                rows++;
                table.Row(Inline.Plain(spof.Service), Inline.Strong(spof.Component), Inline.Plain(string.Join(" \u2192 ", spof.Path)));
            }
        }

        ReportLimits.LeftOut(blocks, reliability.SinglePointsOfFailure.Count, rows, "single points of failure (service, component)");
    }

    // The single points of failure of the services shown, by service name in their order, at most
    // as many per name as the table has rows: not a lookup of every one of a data centre's.
    private static Dictionary<string, List<SinglePointOfFailure>> ByService(ReliabilityAnalysis reliability, IReadOnlyList<ServiceAnalysis> shown)
    {
        var byService = new Dictionary<string, List<SinglePointOfFailure>>(StringComparer.Ordinal);
        foreach (var service in shown)
        {
            byService.TryAdd(service.Name, new List<SinglePointOfFailure>());
        }

        foreach (var spof in reliability.SinglePointsOfFailure)
        {
            if (byService.TryGetValue(spof.Service, out var list) && list.Count < ReportLimits.Rows)
            {
                list.Add(spof);
            }
        }

        return byService;
    }
}

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
        var total = reliability.Services.Sum(s => s.SinglePointsOfFailure.Count);
        foreach (var service in ReportLimits.Services(reliability))
        {
            foreach (var spof in service.SinglePointsOfFailure.Take(ReportLimits.Rows - rows))
            {
                rows++;
                table.Row(Inline.Plain(service.Name), Inline.Strong(spof), Inline.Plain(string.Join(" \u2192 ", reliability.DependencyPath(service.Name, spof))));
            }
        }

        ReportLimits.LeftOut(blocks, total, rows, "single points of failure (service, component)");
    }
}

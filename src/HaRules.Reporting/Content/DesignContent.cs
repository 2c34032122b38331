using System.Linq;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// The content of one design's section in the Markdown and HTML reports (docs/report-format.md): the fixes that buy the most, summary and
/// services, findings by severity and component, single points of failure, minimal cut sets, blast
/// radius, accepted findings, RAID groups, undeclared facts and the topology.
/// </summary>
internal static class DesignContent
{
    public static BlockList Build(DesignReport design, ReportPaths paths)
    {
        var result = design.Result;
        var reliability = result.Reliability;
        var blocks = new BlockList();
        blocks.Heading(2, result.Model.Name);
        FixFirstSection.Write(blocks, result);
        SummarySection.Write(blocks, result);
        FindingsSection.Write(blocks, result, paths);
        SpofSection.Write(blocks, reliability);
        CutSetSection.Write(blocks, reliability);
        BlastRadiusSection.Write(blocks, reliability);
        AcceptedSection.Write(blocks, result, paths);
        RaidSection.Write(blocks, result.Model);
        UndeclaredSection.Write(blocks, result.Model);
        blocks.Heading(3, "Topology");
        if (result.Model.DeclaredComponents.Count() <= ReportLimits.DiagramComponents)
        {
            blocks.Add(new TopologyDiagram(result.Model, reliability.SpofComponents));
        }
        else
        {
            TopologySummary.Write(blocks, result.Model, reliability.SpofComponents);
        }
        return blocks;
    }
}

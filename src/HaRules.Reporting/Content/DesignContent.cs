using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// The content of one design's section in the Markdown and HTML reports (docs/report-format.md): the fixes that buy the most, summary and
/// services, findings by severity and component, single points of failure, minimal cut sets, blast
/// radius, accepted findings, RAID groups, undeclared facts and the topology.
/// </summary>
internal static class DesignContent
{
    // The content of each report, for the paths it was built with: the Markdown and HTML writers
    // of one check show the same content, so the second one reuses it rather than walking the
    // model and the findings again. A report and its result never change; the blocks are only read.
    private static readonly ConditionalWeakTable<DesignReport, Built> Cache = new();

    /// <summary>The blocks of one design's section, built once per report and paths.</summary>
    public static IReadOnlyList<Block> Of(DesignReport design, ReportPaths paths)
    {
        if (Cache.TryGetValue(design, out var built) && ReferenceEquals(built.Paths, paths))
        {
            return built.Blocks;
        }

        var blocks = Build(design, paths);
        Cache.AddOrUpdate(design, new Built(paths, blocks));
        return blocks;
    }

    private static BlockList Build(DesignReport design, ReportPaths paths)
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
        if (result.Model.DeclaredCount <= ReportLimits.DiagramComponents)
        {
            blocks.Add(new TopologyDiagram(result.Model, reliability.SpofComponents));
        }
        else
        {
            TopologySummary.Write(blocks, result.Model, reliability.SpofComponents);
        }
        return blocks;
    }

    private sealed record Built(ReportPaths Paths, BlockList Blocks);
}

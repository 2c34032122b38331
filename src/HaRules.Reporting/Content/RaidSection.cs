using System.Globalization;
using System.Linq;
using HaRules.Model;
using HaRules.Reporting.Document;
using HaRules.Raid;

namespace HaRules.Reporting.Content;

/// <summary>The RAID section: one row per RAID group with its computed figures (docs/storage.md).</summary>
internal static class RaidSection
{
    public static void Write(BlockList blocks, DesignModel model)
    {
        // The first groups shown and how many there are (found with the other reports' facts of the model).
        var all = ResultFacts.RaidGroups(model);
        var groups = all.Take(ReportLimits.Rows).ToList();
        var total = all.Count;

        if (total == 0)
        {
            return;
        }

        blocks.Heading(3, "RAID groups");
        var table = blocks.Table("group", "level", "disks:", "spares:", "usable:", "efficiency:", "tolerates:", "IOPS (mix):", "workload IOPS:", "rebuild:", "MTTDL:", "URE on rebuild:");
        foreach (var group in groups)
        {
            var f = RaidAnalysis.Compute(group);
            var p = group.Properties;
            table.Row(
                group.Name,
                p.GetText(PropertyNames.RaidLevel) ?? "?",
                Number(p.GetInteger(PropertyNames.Disks), "0"),
                Number(p.GetInteger(PropertyNames.HotSpares) ?? 0, "0"),
                f?.UsableBytes is { } usable ? Number(usable / 1e12, "0.##") + " TB" : "\u2013",
                f is null ? "\u2013" : Number(f.Efficiency * 100, "0.#") + " %",
                f is null ? "\u2013" : Number(f.FaultToleranceGuaranteed, "0") + " disk(s)",
                Number(f?.MixedIops, "0"),
                Number(p.GetNumber(PropertyNames.WorkloadIops), "0"),
                f?.RebuildHours is { } rebuild ? Number(rebuild, "0.#") + " h" : "\u2013",
                f?.MttdlHours is { } mttdl ? Years(mttdl / 8766) : "\u2013",
                f?.UreProbability is { } ure ? Number(ure * 100, "0.##") + " %" : "\u2013");
        }

        ReportLimits.LeftOut(blocks, total, groups.Count, "RAID groups");
    }

    private static string Years(double years) => Number(years, years < 1e5 ? "0.#" : "0.##E+0") + " years";

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "\u2013";
}

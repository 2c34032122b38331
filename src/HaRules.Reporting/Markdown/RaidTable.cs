using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Model;
using HaRules.Storage;

namespace HaRules.Reporting.Markdown;

/// <summary>The RAID section of the Markdown report: one row per RAID group with its computed figures.</summary>
internal static class RaidTable
{
    public static void Write(StringBuilder md, DesignModel model)
    {
        var groups = model.Components.Where(c => c.Kind == ComponentKind.RaidGroup).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        md.Append("\n### RAID groups\n\n");
        md.Append("| group | level | disks | spares | usable | efficiency | tolerates | IOPS (mix) | workload IOPS | rebuild | MTTDL | URE on rebuild |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var group in groups)
        {
            var f = RaidAnalysis.Compute(group);
            var p = group.Properties;
            md.Append("| ").Append(MarkdownText.Escape(group.Name))
                .Append(" | ").Append(MarkdownText.Escape(p.GetText(PropertyNames.RaidLevel) ?? "?"))
                .Append(" | ").Append(Number(p.GetInteger(PropertyNames.Disks), "0"))
                .Append(" | ").Append(Number(p.GetInteger(PropertyNames.HotSpares) ?? 0, "0"))
                .Append(" | ").Append(f?.UsableBytes is { } usable ? Number(usable / 1e12, "0.##") + " TB" : "–")
                .Append(" | ").Append(f is null ? "–" : Number(f.Efficiency * 100, "0.#") + " %")
                .Append(" | ").Append(f is null ? "–" : Number(f.FaultToleranceGuaranteed, "0") + " disk(s)")
                .Append(" | ").Append(Number(f?.MixedIops, "0"))
                .Append(" | ").Append(Number(p.GetNumber(PropertyNames.WorkloadIops), "0"))
                .Append(" | ").Append(f?.RebuildHours is { } rebuild ? Number(rebuild, "0.#") + " h" : "–")
                .Append(" | ").Append(f?.MttdlHours is { } mttdl ? Years(mttdl / 8766) : "–")
                .Append(" | ").Append(f?.UreProbability is { } ure ? Number(ure * 100, "0.##") + " %" : "–")
                .Append(" |\n");
        }
    }

    private static string Years(double years) => Number(years, years < 1e5 ? "0.#" : "0.##E+0") + " years";

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}

using System.Linq;
using System.Text.Json;
using HaRules.Model;
using HaRules.Raid;

namespace HaRules.Reporting.Json;

/// <summary>
/// The <c>raidGroups</c> section of the JSON report: each RAID group's geometry, capacity,
/// tolerance, IOPS and durability figures (docs/storage.md). Figures that cannot be computed (invalid
/// geometry, no workload declared) are null.
/// </summary>
internal static class RaidGroupsJson
{
    public static void Write(Utf8JsonWriter writer, DesignModel model)
    {
        writer.WriteStartArray("raidGroups");
        foreach (var group in model.Components.Where(c => c.Kind == ComponentKind.RaidGroup))
        {
            var figures = RaidAnalysis.Compute(group);
            var properties = group.Properties;
            writer.WriteStartObject();
            writer.WriteString("name", group.Name);
            var array = model.RelationsFrom(group.Name, RelationKind.CarvedFrom).FirstOrDefault()?.Targets.FirstOrDefault();
            WriteString(writer, "array", array);
            WriteString(writer, "level", properties.GetText(PropertyNames.RaidLevel));
            WriteNumber(writer, "disks", properties.GetInteger(PropertyNames.Disks));
            WriteNumber(writer, "legs", properties.GetInteger(PropertyNames.Legs));
            writer.WriteNumber("hotSpares", properties.GetInteger(PropertyNames.HotSpares) ?? 0);
            WriteNumber(writer, "diskSizeBytes", properties.GetInteger(PropertyNames.DiskSizeBytes));
            WriteNumber(writer, "usableBytes", figures?.UsableBytes);
            WriteNumber(writer, "rawBytes", figures?.RawBytes);
            WriteNumber(writer, "efficiency", figures?.Efficiency);
            WriteNumber(writer, "faultToleranceGuaranteed", figures?.FaultToleranceGuaranteed);
            WriteNumber(writer, "faultToleranceBestCase", figures?.FaultToleranceBestCase);
            WriteNumber(writer, "writePenalty", figures?.WritePenalty);
            WriteNumber(writer, "readIops", figures?.ReadIops);
            WriteNumber(writer, "writeIops", figures?.WriteIops);
            WriteNumber(writer, "mixedIops", figures?.MixedIops);
            WriteNumber(writer, "workloadIops", properties.GetNumber(PropertyNames.WorkloadIops));
            WriteNumber(writer, "readRatio", properties.GetNumber(PropertyNames.ReadRatio));
            WriteNumber(writer, "mttdlHours", figures?.MttdlHours);
            WriteNumber(writer, "rebuildHours", figures?.RebuildHours);
            WriteNumber(writer, "repairHours", figures?.RepairHours);
            WriteNumber(writer, "ureProbability", figures?.UreProbability);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

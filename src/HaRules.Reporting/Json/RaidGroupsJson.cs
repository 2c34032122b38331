using System.Text.Json;
using HaRules.Model;
using HaRules.Raid;
using HaRules.Reporting.Content;

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
        foreach (var group in ResultFacts.RaidGroups(model))
        {
            var figures = RaidAnalysis.Compute(group);
            var properties = group.Properties;
            writer.WriteStartObject();
            writer.WriteString("name", group.Name);
            var array = ArrayOf(model, group);
            WriteString(writer, "array", array);
            WriteString(writer, "level", properties.GetText(PropertyNames.RaidLevel));
            JsonText.WriteNumberOrNull(writer, "disks", properties.GetInteger(PropertyNames.Disks));
            JsonText.WriteNumberOrNull(writer, "legs", properties.GetInteger(PropertyNames.Legs));
            writer.WriteNumber("hotSpares", properties.GetInteger(PropertyNames.HotSpares) ?? 0);
            JsonText.WriteNumberOrNull(writer, "diskSizeBytes", properties.GetInteger(PropertyNames.DiskSizeBytes));
            JsonText.WriteNumberOrNull(writer, "usableBytes", figures?.UsableBytes);
            JsonText.WriteNumberOrNull(writer, "rawBytes", figures?.RawBytes);
            JsonText.WriteNumberOrNull(writer, "efficiency", figures?.Efficiency);
            JsonText.WriteNumberOrNull(writer, "faultToleranceGuaranteed", figures?.FaultToleranceGuaranteed);
            JsonText.WriteNumberOrNull(writer, "faultToleranceBestCase", figures?.FaultToleranceBestCase);
            JsonText.WriteNumberOrNull(writer, "writePenalty", figures?.WritePenalty);
            JsonText.WriteNumberOrNull(writer, "readIops", figures?.ReadIops);
            JsonText.WriteNumberOrNull(writer, "writeIops", figures?.WriteIops);
            JsonText.WriteNumberOrNull(writer, "mixedIops", figures?.MixedIops);
            JsonText.WriteNumberOrNull(writer, "workloadIops", properties.GetNumber(PropertyNames.WorkloadIops));
            JsonText.WriteNumberOrNull(writer, "readRatio", properties.GetNumber(PropertyNames.ReadRatio));
            JsonText.WriteNumberOrNull(writer, "mttdlHours", figures?.MttdlHours);
            JsonText.WriteNumberOrNull(writer, "rebuildHours", figures?.RebuildHours);
            JsonText.WriteNumberOrNull(writer, "repairHours", figures?.RepairHours);
            JsonText.WriteNumberOrNull(writer, "ureProbability", figures?.UreProbability);
            writer.WriteEndObject();
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
    }

    // The first target of the group's first CarvedFrom relation, if any.
    private static string? ArrayOf(DesignModel model, Component group)
    {
        var relations = model.RelationsFrom(group.Name);
        for (var i = 0; i < relations.Count; i++)
        {
            if (relations[i].Kind == RelationKind.CarvedFrom)
            {
                return relations[i].Targets.Count > 0 ? relations[i].Targets[0] : null;
            }
        }

        return null;
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
}

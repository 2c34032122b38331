using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using HaRules.Reporting.Content;

namespace HaRules.Reporting.Json;

/// <summary>
/// Writes the JSON report of docs/report-format.md: stable field names (fields are added, never renamed),
/// findings in report order, paths relative to the repository root.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The report of the given designs as indented JSON.</summary>
    public static string Write(IEnumerable<DesignReport> designs, ReportPaths paths) =>
        JsonText.Write(writer => Write(writer, designs, paths));

    /// <summary>Writes the report of the given designs to <paramref name="stream"/>: the bytes of <see cref="Write(IEnumerable{DesignReport}, ReportPaths)"/>.</summary>
    public static void Write(Stream stream, IEnumerable<DesignReport> designs, ReportPaths paths) =>
        JsonText.WriteTo(stream, writer => Write(writer, designs, paths));

    private static void Write(Utf8JsonWriter writer, IEnumerable<DesignReport> designs, ReportPaths paths)
    {
        writer.WriteStartObject();
        JsonText.WriteTool(writer);
        writer.WriteStartArray("designs");
        var findings = new JsonFindings(paths);
        foreach (var design in designs)
        {
            WriteDesign(writer, design, findings);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDesign(Utf8JsonWriter writer, DesignReport design, JsonFindings findings)
    {
        var model = design.Result.Model;
        writer.WriteStartObject();
        writer.WriteString("name", model.Name);
        writer.WriteNumber("componentCount", model.DeclaredCount);
        writer.WriteStartArray("findings");
        var all = design.Result.Findings;
        for (var i = 0; i < all.Count; i++)
        {
            findings.Write(writer, all[i]);
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        ServicesJson.Write(writer, design.Result.Reliability);
        FixFirstJson.Write(writer, design.Result);
        RaidGroupsJson.Write(writer, model);
        writer.WriteEndObject();
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HaRules.Findings;

namespace HaRules.Reporting.Json;

/// <summary>
/// Writes the JSON report of reports.md: stable field names (fields are added, never renamed),
/// findings in report order, paths relative to the repository root.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The report of the given designs as indented JSON.</summary>
    public static string Write(IEnumerable<DesignReport> designs, ReportPaths paths)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteString("name", ToolInfo.Name);
            writer.WriteString("version", ToolInfo.Version);
            writer.WriteEndObject();
            writer.WriteStartArray("designs");
            foreach (var design in designs)
            {
                WriteDesign(writer, design, paths);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDesign(Utf8JsonWriter writer, DesignReport design, ReportPaths paths)
    {
        var model = design.Result.Model;
        writer.WriteStartObject();
        writer.WriteString("name", model.Name);
        writer.WriteNumber("componentCount", model.DeclaredComponents.Count());
        writer.WriteStartArray("findings");
        foreach (var finding in design.Result.Findings)
        {
            WriteFinding(writer, finding, paths);
        }

        writer.WriteEndArray();
        ServicesJson.Write(writer, design.Result.Reliability);
        RaidGroupsJson.Write(writer, model);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, ReportPaths paths)
    {
        writer.WriteStartObject();
        writer.WriteString("id", finding.RuleId);
        writer.WriteString("severity", SeverityNames.Of(finding.Severity));
        writer.WriteString("message", finding.Message);
        writer.WriteStartArray("components");
        foreach (var component in finding.Components)
        {
            writer.WriteStringValue(component);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("location");
        writer.WriteString("file", paths.Format(finding.Location.File));
        writer.WriteNumber("line", finding.Location.Line);
        writer.WriteNumber("column", finding.Location.Column);
        writer.WriteEndObject();
        writer.WriteBoolean("accepted", finding.Accepted);
        if (finding.Justification is null)
        {
            writer.WriteNull("justification");
        }
        else
        {
            writer.WriteString("justification", finding.Justification);
        }

        writer.WriteEndObject();
    }
}

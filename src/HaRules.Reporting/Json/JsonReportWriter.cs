using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Rules;

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
        foreach (var design in designs)
        {
            WriteDesign(writer, design, paths);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
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
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        ServicesJson.Write(writer, design.Result.Reliability);
        FixFirstJson.Write(writer, design.Result);
        RaidGroupsJson.Write(writer, model);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, ReportPaths paths)
    {
        writer.WriteStartObject();
        writer.WriteString("id", finding.RuleId);
        if (RuleCatalog.Find(finding.RuleId) is not null)
        {
            // The rule's page under the configured help-link base, so a reader of the JSON needs no base of its own.
            writer.WriteString("helpUri", paths.HelpLink(finding.RuleId));
        }

        writer.WriteString("severity", SeverityNames.Of(finding.Severity));
        writer.WriteString("message", finding.Message);
        JsonText.WriteStrings(writer, "components", finding.Components);
        if (finding.Group is not null)
        {
            // Added: the redundancy group a finding on several of its members is about.
            writer.WriteString("group", finding.Group);
        }

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

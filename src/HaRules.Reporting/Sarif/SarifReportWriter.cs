using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Reporting.Json;

namespace HaRules.Reporting.Sarif;

/// <summary>
/// Writes a SARIF 2.1.0 log: one run whose driver lists every rule of the catalog, one result per
/// finding with its location relative to the repository root (<c>%SRCROOT%</c>), the other
/// components' locations as related locations, and accepted findings as in-source suppressions.
/// The same findings always give the same bytes.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The URI base ID that relative artifact locations are resolved against.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The schema URI written in the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF log of the given designs as indented JSON.</summary>
    public static string Write(IEnumerable<DesignReport> designs, ReportPaths paths) =>
        JsonText.Write(writer => Write(writer, designs, paths));

    /// <summary>Writes the SARIF log of the given designs to <paramref name="stream"/>: the bytes of <see cref="Write(IEnumerable{DesignReport}, ReportPaths)"/>.</summary>
    public static void Write(Stream stream, IEnumerable<DesignReport> designs, ReportPaths paths) =>
        JsonText.WriteTo(stream, writer => Write(writer, designs, paths));

    private static void Write(Utf8JsonWriter writer, IEnumerable<DesignReport> designs, ReportPaths paths)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        SarifRules.WriteTool(writer, paths);
        if (paths.Root is not null)
        {
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SourceRootBaseId);
            writer.WriteStartObject("description");
            writer.WriteString("text", "The folder the design's source paths are relative to: its repository, or its project outside a repository.");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (var design in designs)
        {
            foreach (var finding in design.Result.Findings)
            {
                WriteResult(writer, finding, design.Result.Model.Name, paths);
                JsonText.FlushWhenFull(writer);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, string design, ReportPaths paths)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        var index = SarifRules.IndexOf(finding.RuleId);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(finding.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message.Length > 0 ? finding.Message : finding.RuleId);
        writer.WriteEndObject();
        if (finding.Location.IsKnown)
        {
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            SarifLocations.WritePhysical(writer, finding.Location, paths);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        var related = finding.AdditionalLocations.Where(l => l.IsKnown).ToList();
        if (related.Count > 0)
        {
            writer.WriteStartArray("relatedLocations");
            for (var i = 0; i < related.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", i + 1);
                SarifLocations.WritePhysical(writer, related[i], paths);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("partialFingerprints");
        writer.WriteString("haRulesFindingKey/v1", design + "/" + finding.Key);
        writer.WriteEndObject();
        if (finding.Accepted)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "inSource");
            writer.WriteString("status", "accepted");
            writer.WriteString("justification", finding.Justification ?? string.Empty);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("design", design);
        JsonText.WriteStrings(writer, "components", finding.Components);
        JsonText.WriteOptional(writer, "group", finding.Group);

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

using System.Collections.Generic;
using System.IO;
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
        using var results = new SarifResults(paths);
        foreach (var design in designs)
        {
            var name = design.Result.Model.Name;
            var encodedName = JsonText.Encode(name);
            var findings = design.Result.Findings;
            for (var i = 0; i < findings.Count; i++)
            {
                results.Write(writer, findings[i], name, encodedName);
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
}

using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Reporting;
using HaRules.Reporting.Json;
using HaRules.Reporting.Text;

namespace HaRules.Cli.BuildTask;

/// <summary>
/// <c>--task-output</c>: the findings the build task logs, as typed JSON (never console text read
/// back). One object per active finding, with its effective severity, absolute location and help
/// link; accepted and suppressed findings are not in it. Then each design's summary lines (its
/// counts and what to fix first), which the task logs in every build, also one that skipped the
/// check as up to date. The task's reader mirrors these names.
/// </summary>
public static class TaskOutputWriter
{
    /// <summary>The version of this file's shape; the task refuses a file of another version.</summary>
    public const int Version = 1;

    /// <summary>The JSON the build task reads.</summary>
    public static string Write(IEnumerable<DesignReport> reports, ReportPaths paths)
    {
        using var stream = new MemoryStream();
        Write(stream, reports, paths);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the JSON the build task reads to <paramref name="stream"/>, as it is made (one finding per active finding of every design).</summary>
    public static void Write(Stream stream, IEnumerable<DesignReport> reports, ReportPaths paths)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var report in reports)
            {
                foreach (var finding in report.Result.Active)
                {
                    json.WriteStartObject();
                    json.WriteString("design", report.Result.Model.Name);
                    json.WriteString("id", finding.RuleId);
                    json.WriteString("severity", SeverityNames.Of(finding.Severity));
                    json.WriteString("file", finding.Location.IsKnown ? Path.GetFullPath(finding.Location.File) : string.Empty);
                    json.WriteNumber("line", finding.Location.IsKnown ? finding.Location.Line : 0);
                    json.WriteNumber("column", finding.Location.IsKnown ? finding.Location.Column : 0);
                    json.WriteString("message", finding.Message);
                    json.WriteString("helpUri", paths.HelpLink(finding.RuleId));
                    json.WriteEndObject();
                    JsonText.FlushWhenFull(json);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("summary");
            foreach (var report in reports)
            {
                foreach (var line in TextReportWriter.Summary(report).Split('\n', System.StringSplitOptions.RemoveEmptyEntries))
                {
                    json.WriteStringValue(line);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}

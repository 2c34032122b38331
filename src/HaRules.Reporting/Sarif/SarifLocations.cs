using System;
using System.Linq;
using System.Text.Json;
using HaRules.Model;

namespace HaRules.Reporting.Sarif;

/// <summary>
/// SARIF physical locations: a file under the repository root is a relative URI against
/// <c>%SRCROOT%</c>; a file outside it (or with no root) an absolute <c>file:</c> URI.
/// </summary>
internal static class SarifLocations
{
    public static void WritePhysical(Utf8JsonWriter writer, SourceLocation location, ReportPaths paths)
    {
        var formatted = paths.Format(location.File);
        var absolute = IsAbsolute(formatted);
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", absolute ? FileUri(formatted) : EscapePath(formatted));
        if (!absolute)
        {
            writer.WriteString("uriBaseId", SarifReportWriter.SourceRootBaseId);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", location.Line);
        if (location.Column > 0)
        {
            writer.WriteNumber("startColumn", location.Column);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && path[2] == '/');

    private static string FileUri(string path) =>
        "file://" + (path.StartsWith("/", StringComparison.Ordinal) ? string.Empty : "/") + EscapePath(path);

    // Each segment is percent-encoded, so spaces, '#', '?' and '%' in names cannot change the URI's meaning.
    private static string EscapePath(string path) =>
        string.Join("/", path.Split('/').Select(segment => segment.Length == 2 && segment[1] == ':' ? segment : Uri.EscapeDataString(segment)));
}

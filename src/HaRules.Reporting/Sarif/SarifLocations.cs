using System;
using System.Linq;
using System.Text.Json;
using HaRules.Model;
using HaRules.Reporting.Json;

namespace HaRules.Reporting.Sarif;

/// <summary>
/// SARIF physical locations: a file under the repository root is a relative URI against
/// <c>%SRCROOT%</c>; a file outside it (or with no root) an absolute <c>file:</c> URI. One per
/// log: each file's URI is made and encoded once, not once per finding that points into it.
/// </summary>
internal sealed class SarifLocations
{
    private static readonly JsonEncodedText PhysicalLocation = JsonText.Encode("physicalLocation");
    private static readonly JsonEncodedText ArtifactLocation = JsonText.Encode("artifactLocation");
    private static readonly JsonEncodedText Uri = JsonText.Encode("uri");
    private static readonly JsonEncodedText UriBaseId = JsonText.Encode("uriBaseId");
    private static readonly JsonEncodedText SourceRoot = JsonText.Encode(SarifReportWriter.SourceRootBaseId);
    private static readonly JsonEncodedText Region = JsonText.Encode("region");
    private static readonly JsonEncodedText StartLine = JsonText.Encode("startLine");
    private static readonly JsonEncodedText StartColumn = JsonText.Encode("startColumn");

    private readonly EncodedMemo<(JsonEncodedText Uri, bool Absolute)> _files;

    public SarifLocations(ReportPaths paths) => _files = new EncodedMemo<(JsonEncodedText, bool)>(file => FileUri(paths, file));

    public void WritePhysical(Utf8JsonWriter writer, SourceLocation location)
    {
        var (uri, absolute) = _files[location.File];
        writer.WriteStartObject(PhysicalLocation);
        writer.WriteStartObject(ArtifactLocation);
        writer.WriteString(Uri, uri);
        if (!absolute)
        {
            writer.WriteString(UriBaseId, SourceRoot);
        }

        writer.WriteEndObject();
        writer.WriteStartObject(Region);
        writer.WriteNumber(StartLine, location.Line);
        if (location.Column > 0)
        {
            writer.WriteNumber(StartColumn, location.Column);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static (JsonEncodedText Uri, bool Absolute) FileUri(ReportPaths paths, string file)
    {
        var formatted = paths.Format(file);
        var absolute = IsAbsolute(formatted);
        return (JsonText.Encode(absolute ? FileUri(formatted) : EscapePath(formatted)), absolute);
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && path[2] == '/');

    private static string FileUri(string path) =>
        "file://" + (path.StartsWith("/", StringComparison.Ordinal) ? string.Empty : "/") + EscapePath(path);

    // Each segment is percent-encoded, so spaces, '#', '?' and '%' in names cannot change the URI's meaning.
    private static string EscapePath(string path) =>
        string.Join("/", path.Split('/').Select(segment => segment.Length == 2 && segment[1] == ':' ? segment : System.Uri.EscapeDataString(segment)));
}

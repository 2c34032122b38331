using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using HaRules.Findings;

namespace HaRules.Cli.Severities;

/// <summary>
/// The HaRules diagnostics the compiler already reported (read from its SARIF error log, version 1
/// or 2), so the build task does not report the same finding a second time.
/// </summary>
public sealed class CompilerErrorLog
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>Reads the error log; a missing or unreadable log means nothing was reported.</summary>
    public static CompilerErrorLog Read(string? path)
    {
        var log = new CompilerErrorLog();
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return log;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var run in Array(document.RootElement, "runs"))
            {
                foreach (var result in Array(run, "results"))
                {
                    if (result.TryGetProperty("ruleId", out var id) && id.GetString() is { } ruleId && ruleId.StartsWith("HA", StringComparison.Ordinal))
                    {
                        foreach (var location in Array(result, "locations"))
                        {
                            if (FileAndLine(location) is { } where)
                            {
                                log._reported.Add(Key(ruleId, where.File, where.Line));
                            }
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A half-written or foreign log: report everything rather than lose a finding.
        }

        return log;
    }

    /// <summary>True when the log names no HaRules diagnostic (or there is no log): no finding was reported.</summary>
    public bool IsEmpty => _reported.Count == 0;

    /// <summary>True when the compiler reported this finding's rule at its file and line.</summary>
    public bool Reported(Finding finding) =>
        finding.Location.IsKnown && _reported.Contains(Key(finding.RuleId, finding.Location.File, finding.Location.Line));

    private static string Key(string id, string file, int line) =>
        id + "|" + Path.GetFullPath(file).Replace('\\', '/') + "|" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // SARIF 1: locations[].resultFile{uri, region}; SARIF 2: locations[].physicalLocation{artifactLocation.uri, region}.
    private static (string File, int Line)? FileAndLine(JsonElement location)
    {
        var physical = location.TryGetProperty("physicalLocation", out var p) ? p : location.TryGetProperty("resultFile", out var r) ? r : default;
        if (physical.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var uriHolder = physical.TryGetProperty("artifactLocation", out var artifact) ? artifact : physical;
        if (!uriHolder.TryGetProperty("uri", out var uri) || uri.GetString() is not { } text
            || !physical.TryGetProperty("region", out var region) || !region.TryGetProperty("startLine", out var line))
        {
            return null;
        }

        var file = Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : text;
        return (file, line.GetInt32());
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : System.Linq.Enumerable.Empty<JsonElement>();
}

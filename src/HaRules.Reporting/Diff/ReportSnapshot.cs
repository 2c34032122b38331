using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace HaRules.Reporting.Diff;

/// <summary>What a JSON report (as <c>JsonReportWriter</c> writes it) says, as far as a diff needs it.</summary>
public sealed class ReportSnapshot
{
    private ReportSnapshot(IReadOnlyList<SnapshotFinding> findings, IReadOnlyList<SnapshotService>? services)
    {
        Findings = findings;
        Services = services;
    }

    /// <summary>Every finding of every design, accepted ones included.</summary>
    public IReadOnlyList<SnapshotFinding> Findings { get; }

    /// <summary>The services of every design, or null when the report has no <c>services</c> section.</summary>
    public IReadOnlyList<SnapshotService>? Services { get; }

    /// <summary>Reads a JSON report.</summary>
    /// <exception cref="FormatException">The text is not a HaRules JSON report.</exception>
    public static ReportSnapshot Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var findings = new List<SnapshotFinding>();
            List<SnapshotService>? services = null;
            foreach (var design in document.RootElement.GetProperty("designs").EnumerateArray())
            {
                var name = design.GetProperty("name").GetString()!;
                findings.AddRange(design.GetProperty("findings").EnumerateArray().Select(f => new SnapshotFinding(
                    name,
                    f.GetProperty("id").GetString()!,
                    f.GetProperty("severity").GetString()!,
                    f.GetProperty("message").GetString()!,
                    f.GetProperty("components").EnumerateArray().Select(c => c.GetString()!).ToArray(),
                    f.TryGetProperty("accepted", out var accepted) && accepted.GetBoolean())));
                if (design.TryGetProperty("services", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    services ??= new List<SnapshotService>();
                    services.AddRange(list.EnumerateArray().Select(s => ReadService(name, s)));
                }
            }

            return new ReportSnapshot(findings, services);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or NullReferenceException)
        {
            throw new FormatException("not a HaRules JSON report: " + ex.Message, ex);
        }
    }

    private static SnapshotService ReadService(string design, JsonElement service)
    {
        double? availability = service.TryGetProperty("availability", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : null;
        var spofs = service.TryGetProperty("singlePointsOfFailure", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(SpofName).Where(n => n.Length > 0).ToArray()
            : Array.Empty<string>();
        return new SnapshotService(design, service.GetProperty("name").GetString()!, availability, spofs);
    }

    // A SPOF is listed by name, or as an object naming it ("component" or "name") with its path.
    private static string SpofName(JsonElement spof) => spof.ValueKind switch
    {
        JsonValueKind.String => spof.GetString()!,
        JsonValueKind.Object when spof.TryGetProperty("component", out var c) && c.ValueKind == JsonValueKind.String => c.GetString()!,
        JsonValueKind.Object when spof.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString()!,
        _ => string.Empty,
    };
}

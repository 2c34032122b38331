using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Reporting.Json;

namespace HaRules.Reporting.Baseline;

/// <summary>
/// A baseline: the active findings of an earlier check, identified by design and
/// <see cref="Finding.Key"/> (rule ID and component names, not message or line), so that a check
/// can fail only on findings that are new since. Written as deterministic JSON.
/// </summary>
public sealed class FindingBaseline
{
    private readonly HashSet<string> _entries;

    private FindingBaseline(IEnumerable<string> entries) => _entries = new HashSet<string>(entries, StringComparer.Ordinal);

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The baseline of the active (not accepted) findings of the given designs.</summary>
    public static FindingBaseline From(IEnumerable<DesignReport> designs) =>
        new(designs.SelectMany(d => d.Result.Active.Select(f => Entry(d.Result.Model.Name, f.Key))));

    /// <summary>True when the baseline holds this finding of this design.</summary>
    public bool Contains(string design, Finding finding) => _entries.Contains(Entry(design, finding.Key));

    /// <summary>The baseline as indented JSON, entries sorted, one per finding key.</summary>
    public string ToJson()
    {
        return JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            JsonText.WriteTool(writer);
            writer.WriteStartArray("findings");
            foreach (var entry in _entries.OrderBy(e => e, StringComparer.Ordinal))
            {
                var split = entry.IndexOf('\u0001');
                writer.WriteStartObject();
                writer.WriteString("design", entry.Substring(0, split));
                writer.WriteString("key", entry.Substring(split + 1));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Reads a baseline written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not a HaRules baseline.</exception>
    public static FindingBaseline Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var entries = document.RootElement.GetProperty("findings").EnumerateArray()
                .Select(e => Entry(e.GetProperty("design").GetString()!, e.GetProperty("key").GetString()!))
                .ToList();
            return new FindingBaseline(entries);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or NullReferenceException)
        {
            throw new FormatException("not a HaRules baseline: " + ex.Message, ex);
        }
    }

    private static string Entry(string design, string key) => design + "\u0001" + key;
}

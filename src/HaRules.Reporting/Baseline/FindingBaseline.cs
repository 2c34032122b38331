using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HaRules.Findings;

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
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteString("name", ToolInfo.Name);
            writer.WriteString("version", ToolInfo.Version);
            writer.WriteEndObject();
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
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
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

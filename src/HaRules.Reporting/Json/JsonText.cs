using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HaRules.Reporting.Json;

/// <summary>
/// The one way reports write JSON: indented, UTF-8, design names kept readable (JSON is not HTML,
/// so relaxed escaping is safe), a final newline, and the shared <c>tool</c> object.
/// </summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text <paramref name="write"/> produces, ending with a newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes <c>"tool": { "name", "version" }</c>.</summary>
    public static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"name": [ values… ]</c>.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name": value</c> when there is a value, nothing otherwise.</summary>
    public static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes <c>"name": value</c>, or <c>null</c> for a missing, infinite or NaN value (JSON has no such numbers).</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

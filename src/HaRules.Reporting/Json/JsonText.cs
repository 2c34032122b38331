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

    // A writer's buffer is handed to its stream once it holds this much, so a report of a million
    // findings goes to its file in pieces instead of growing one buffer as large as the report.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>The text <paramref name="write"/> produces, ending with a newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, write);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes what <paramref name="write"/> produces to <paramref name="stream"/> as UTF-8, ending
    /// with a newline: the same bytes <see cref="Write(Action{Utf8JsonWriter})"/> returns as text.
    /// </summary>
    public static void WriteTo(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Hands what <paramref name="writer"/> holds to its stream when it holds enough: call it
    /// between the items of a long array (a writer over a stream keeps everything until flushed).
    /// </summary>
    public static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }

    /// <summary>Writes <c>"tool": { "name", "version" }</c>.</summary>
    public static void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <paramref name="value"/> escaped as every report escapes it: a property name or a repeated
    /// value encoded once, then written without being checked again.
    /// </summary>
    public static JsonEncodedText Encode(string value) => JsonEncodedText.Encode(value, Options.Encoder);

    /// <summary>Writes <c>"name": [ values… ]</c>.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        // By index: a finding's components are an array, and an enumerator would be one object per finding.
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
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

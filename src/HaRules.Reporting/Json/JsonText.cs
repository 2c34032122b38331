using System;
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
}

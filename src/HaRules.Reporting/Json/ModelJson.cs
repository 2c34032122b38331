using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Checking;
using HaRules.Model;

namespace HaRules.Reporting.Json;

/// <summary>
/// The model's JSON form: every component, group, relation, acceptance and declaration problem,
/// with typed property values, so that model → JSON → model is lossless. Field order is fixed and
/// property keys are sorted, so the same model always gives the same bytes.
/// </summary>
public static class ModelJson
{
    /// <summary>Writes the model as indented UTF-8 JSON.</summary>
    public static string Serialize(DesignModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, model);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the model to a JSON writer.</summary>
    public static void Write(Utf8JsonWriter writer, DesignModel model)
    {
        writer.WriteStartObject();
        writer.WriteString("name", model.Name);
        writer.WriteStartArray("components");
        foreach (var c in model.Components)
        {
            writer.WriteStartObject();
            writer.WriteString("name", c.Name);
            writer.WriteString("kind", c.Kind.ToString());
            JsonText.WriteOptional(writer, "owner", c.Owner);
            JsonText.WriteOptional(writer, "group", c.Group);
            WriteLocation(writer, "location", c.Location);
            WriteProperties(writer, c.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("groups");
        foreach (var g in model.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString("name", g.Name);
            writer.WriteString("kind", g.Kind.ToString());
            writer.WriteNumber("declaredCount", g.DeclaredCount);
            JsonText.WriteStrings(writer, "members", g.Members);
            WriteLocation(writer, "location", g.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var r in model.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", r.Kind.ToString());
            writer.WriteString("from", r.From);
            JsonText.WriteStrings(writer, "targets", r.Targets);
            if (r.Count is { } count)
            {
                writer.WriteNumber("count", count);
            }

            JsonText.WriteStrings(writer, "via", r.Via);
            WriteLocation(writer, "location", r.Location);
            WriteProperties(writer, r.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("acceptances");
        foreach (var a in model.Acceptances)
        {
            writer.WriteStartObject();
            writer.WriteString("target", a.Target);
            writer.WriteString("ruleId", a.RuleId);
            writer.WriteString("reason", a.Reason);
            JsonText.WriteOptional(writer, "expires", a.Expires);
            WriteLocation(writer, "location", a.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("problems");
        foreach (var p in model.Problems.Select(DesignProblems.ToFinding))
        {
            writer.WriteStartObject();
            writer.WriteString("id", p.RuleId);
            writer.WriteString("severity", p.Severity.ToString());
            writer.WriteString("message", p.Message);
            JsonText.WriteStrings(writer, "components", p.Components);
            WriteLocation(writer, "location", p.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a model written by <see cref="Serialize"/>.</summary>
    /// <exception cref="FormatException">The JSON is not a HaRules model.</exception>
    public static DesignModel Deserialize(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("not a HaRules model: " + ex.Message, ex);
        }
    }

    private static DesignModel Read(JsonElement root)
    {
        var components = root.GetProperty("components").EnumerateArray().Select(c => new Component(
            c.GetProperty("name").GetString()!,
            Enum.Parse<ComponentKind>(c.GetProperty("kind").GetString()!),
            ReadLocation(c.GetProperty("location")),
            ReadProperties(c),
            OptionalString(c, "owner"),
            OptionalString(c, "group")));
        var groups = root.GetProperty("groups").EnumerateArray().Select(g => new ComponentGroup(
            g.GetProperty("name").GetString()!,
            Enum.Parse<ComponentKind>(g.GetProperty("kind").GetString()!),
            Strings(g.GetProperty("members")),
            ReadLocation(g.GetProperty("location")),
            g.GetProperty("declaredCount").GetInt32()));
        var relations = root.GetProperty("relations").EnumerateArray().Select(r => new Relation(
            Enum.Parse<RelationKind>(r.GetProperty("kind").GetString()!),
            r.GetProperty("from").GetString()!,
            Strings(r.GetProperty("targets")),
            ReadLocation(r.GetProperty("location")),
            r.TryGetProperty("count", out var count) ? count.GetInt32() : null,
            Strings(r.GetProperty("via")),
            ReadProperties(r)));
        var acceptances = root.GetProperty("acceptances").EnumerateArray().Select(a => new Acceptance(
            a.GetProperty("target").GetString()!,
            a.GetProperty("ruleId").GetString()!,
            a.GetProperty("reason").GetString()!,
            OptionalString(a, "expires"),
            ReadLocation(a.GetProperty("location"))));
        var problems = root.GetProperty("problems").EnumerateArray().Select(p => new DesignProblem(
            DesignProblems.KindOf(p.GetProperty("id").GetString()!) ?? throw new JsonException($"no design problem is reported as {p.GetProperty("id").GetString()}"),
            p.GetProperty("message").GetString()!,
            Strings(p.GetProperty("components")),
            ReadLocation(p.GetProperty("location"))));
        return new DesignModel(root.GetProperty("name").GetString()!, components, groups, relations, acceptances, problems);
    }

    private static void WriteLocation(Utf8JsonWriter writer, string name, SourceLocation location)
    {
        writer.WriteStartObject(name);
        writer.WriteString("file", location.File);
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
        writer.WriteEndObject();
    }

    // Each value keeps its type: {"type":"Number","value":1.5}. Non-finite numbers are written as text.
    private static void WriteProperties(Utf8JsonWriter writer, PropertyBag properties)
    {
        writer.WriteStartObject("properties");
        foreach (var pair in properties)
        {
            writer.WriteStartObject(pair.Key);
            writer.WriteString("type", pair.Value.Type.ToString());
            switch (pair.Value.Type)
            {
                case PropertyType.Integer:
                    writer.WriteNumber("value", pair.Value.AsInteger());
                    break;
                case PropertyType.Boolean:
                    writer.WriteBoolean("value", pair.Value.AsBoolean());
                    break;
                case PropertyType.Number when double.IsFinite(pair.Value.AsNumber()):
                    writer.WriteNumber("value", pair.Value.AsNumber());
                    break;
                default:
                    writer.WriteString("value", pair.Value.AsText());
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static PropertyBag ReadProperties(JsonElement element)
    {
        var values = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var property in element.GetProperty("properties").EnumerateObject())
        {
            var value = property.Value.GetProperty("value");
            var parsed = Enum.Parse<PropertyType>(property.Value.GetProperty("type").GetString()!) switch
            {
                PropertyType.Integer => PropertyValue.FromInteger(value.GetInt64()),
                PropertyType.Boolean => PropertyValue.FromBoolean(value.GetBoolean()),
                PropertyType.Number => PropertyValue.FromNumber(value.ValueKind == JsonValueKind.String ? PropertyValue.FromText(value.GetString()!).AsNumber() : value.GetDouble()),
                _ => PropertyValue.FromText(value.GetString()!),
            };
            values.Add(new KeyValuePair<string, PropertyValue>(property.Name, parsed));
        }

        return PropertyBag.From(values);
    }

    private static SourceLocation ReadLocation(JsonElement element) =>
        new(element.GetProperty("file").GetString()!, element.GetProperty("line").GetInt32(), element.GetProperty("column").GetInt32());

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString()!).ToArray();
}

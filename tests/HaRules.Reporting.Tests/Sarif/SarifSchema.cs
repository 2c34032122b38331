using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace HaRules.Reporting.Tests.Sarif;

/// <summary>
/// The official SARIF 2.1.0 schema (Data/sarif-schema-2.1.0.json). It is written in draft-04, which
/// JsonSchema.Net does not read; its keywords mean the same in draft-07 (it uses no boolean
/// exclusiveMinimum), so the dialect marker is changed on loading and the root <c>id</c> dropped (JsonSchema.Net 8 refuses to
/// register it: "Overwriting registered schemas is not permitted"); internal references are all local.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The validation errors of a SARIF log; empty when it is valid.</summary>
    public static string[] Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? Array.Empty<string>()
            : (results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid")
                .ToArray();
    }

    private static JsonSchema Load()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sarif-schema-2.1.0.json")))!.AsObject();
        root.Remove("id");
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}

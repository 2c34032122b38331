using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Rules;

namespace HaRules.Reporting.Sarif;

/// <summary>The <c>tool.driver</c> of the SARIF log: HaRules and every rule of the catalog, in ID order.</summary>
internal static class SarifRules
{
    private static readonly Dictionary<string, int> Indexes = RuleCatalog.All
        .Select((rule, index) => (rule.Id, index))
        .ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

    /// <summary>The index of a rule in <c>tool.driver.rules</c>, or -1 for an unknown ID.</summary>
    public static int IndexOf(string ruleId) => Indexes.TryGetValue(ruleId, out var index) ? index : -1;

    public static void WriteTool(Utf8JsonWriter writer, ReportPaths paths)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteString("semanticVersion", ToolInfo.Version);
        writer.WriteString("informationUri", RuleCatalog.HelpLinkBase);
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", PascalCase(rule.Title));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteString("helpUri", paths.HelpLink(rule.Id));
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", SarifReportWriter.Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category.ToString());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // "Single point of failure" -> "SinglePointOfFailure": SARIF rule names are identifier-like.
    private static string PascalCase(string title)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }
}

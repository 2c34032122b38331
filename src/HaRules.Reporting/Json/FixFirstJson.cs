using System.Text.Json;
using HaRules.Checking;
using HaRules.Reporting.Content;

namespace HaRules.Reporting.Json;

/// <summary>
/// The <c>fixFirst</c> section of a design in the JSON report: the engine's whole fix ranking, the
/// most downtime removed first; per fix the components made perfect, the downtime removed in
/// minutes per year, each service it helps and the rules of the active findings it resolves; and
/// <c>fixFirstComplete</c>, false when the ranking's bounds left candidates unevaluated.
/// </summary>
internal static class FixFirstJson
{
    public static void Write(Utf8JsonWriter writer, CheckResult result)
    {
        var ranking = result.Reliability.FixFirst;
        var active = ResultFacts.FixFindingsOf(result);
        writer.WriteStartArray("fixFirst");
        foreach (var fix in ranking.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("target", fix.Target);
            writer.WriteBoolean("replicaGroup", fix.IsGroup);
            JsonText.WriteStrings(writer, "components", fix.Components);
            JsonText.WriteNumberOrNull(writer, "downtimeMinutesPerYearRemoved", fix.DowntimeRemovedMinutesPerYear);
            writer.WriteBoolean("exact", fix.Exact);
            writer.WriteStartArray("services");
            foreach (var effect in fix.Effects)
            {
                writer.WriteStartObject();
                writer.WriteString("name", effect.Service);
                JsonText.WriteNumberOrNull(writer, "availabilityIfPerfect", effect.AvailabilityIfPerfect);
                JsonText.WriteNumberOrNull(writer, "unavailabilityIfPerfect", effect.UnavailabilityIfPerfect);
                JsonText.WriteNumberOrNull(writer, "downtimeMinutesPerYearRemoved", effect.DowntimeRemovedMinutesPerYear);
                writer.WriteBoolean("exact", effect.Exact);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("resolves");
            foreach (var (id, _, _) in TopFixes.Rules(active.Resolved(fix)))
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("fixFirstComplete", ranking.Complete);
    }
}

using System.Linq;
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
        var active = new FindingsByComponent(result.Active.ToList());
        writer.WriteStartArray("fixFirst");
        foreach (var fix in ranking.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("target", fix.Target);
            writer.WriteBoolean("replicaGroup", fix.IsGroup);
            writer.WriteStartArray("components");
            foreach (var component in fix.Components)
            {
                writer.WriteStringValue(component);
            }

            writer.WriteEndArray();
            Number(writer, "downtimeMinutesPerYearRemoved", fix.DowntimeRemovedMinutesPerYear);
            writer.WriteBoolean("exact", fix.Exact);
            writer.WriteStartArray("services");
            foreach (var effect in fix.Effects)
            {
                writer.WriteStartObject();
                writer.WriteString("name", effect.Service);
                Number(writer, "availabilityIfPerfect", effect.AvailabilityIfPerfect);
                Number(writer, "unavailabilityIfPerfect", effect.UnavailabilityIfPerfect);
                Number(writer, "downtimeMinutesPerYearRemoved", effect.DowntimeRemovedMinutesPerYear);
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
        }

        writer.WriteEndArray();
        writer.WriteBoolean("fixFirstComplete", ranking.Complete);
    }

    private static void Number(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

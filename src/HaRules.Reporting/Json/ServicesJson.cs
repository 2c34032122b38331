using System.Text.Json;
using HaRules.Reliability;

namespace HaRules.Reporting.Json;

/// <summary>
/// The <c>services</c> section of the JSON report: per service its availability, unavailability,
/// downtime, single points of failure, minimal cut sets and tolerance (docs/report-format.md), plus whether the
/// availability is exact and the order the cut-set search reached.
/// </summary>
internal static class ServicesJson
{
    public static void Write(Utf8JsonWriter writer, ReliabilityAnalysis reliability)
    {
        writer.WriteStartArray("services");
        foreach (var service in reliability.Services)
        {
            writer.WriteStartObject();
            writer.WriteString("name", service.Name);
            JsonText.WriteNumberOrNull(writer, "availability", service.Availability);
            JsonText.WriteNumberOrNull(writer, "unavailability", service.Unavailability);
            JsonText.WriteNumberOrNull(writer, "downtimeMinutesPerYear", service.DowntimeMinutesPerYear);
            if (service.AvailabilityTarget is { } target)
            {
                JsonText.WriteNumberOrNull(writer, "availabilityTarget", target);
            }
            else
            {
                writer.WriteNull("availabilityTarget");
            }

            // By index: an enumerator per service and per cut set was an object each.
            var spofs = service.SinglePointsOfFailure;
            writer.WriteStartArray("singlePointsOfFailure");
            for (var i = 0; i < spofs.Count; i++)
            {
                writer.WriteStringValue(spofs[i]);
            }

            writer.WriteEndArray();
            var cutSets = service.MinimalCutSets;
            writer.WriteStartArray("minimalCutSets");
            for (var s = 0; s < cutSets.Count; s++)
            {
                var set = cutSets[s];
                writer.WriteStartArray();
                for (var i = 0; i < set.Count; i++)
                {
                    writer.WriteStringValue(set[i]);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteNumber("minimalCutSetCount", service.MinimalCutSetCount);
            writer.WriteBoolean("minimalCutSetsTruncated", service.MinimalCutSetsTruncated);
            writer.WriteBoolean("minimalCutSetsComplete", service.MinimalCutSetsComplete);
            writer.WriteNumber("toleratedFailures", service.ToleratedFailures);
            if (service.ToleranceTarget is { } tolerance)
            {
                writer.WriteNumber("toleranceTarget", tolerance);
            }
            else
            {
                writer.WriteNull("toleranceTarget");
            }

            writer.WriteNumber("searchedOrder", service.SearchedOrder);
            writer.WriteBoolean("availabilityIsExact", service.AvailabilityIsExact);
            writer.WriteEndObject();
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
    }
}

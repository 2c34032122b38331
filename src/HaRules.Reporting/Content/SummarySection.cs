using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Reliability;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>The summary: counts by severity, then each service's availability against its target.</summary>
internal static class SummarySection
{
    public static void Write(BlockList blocks, CheckResult result)
    {
        // One pass over the findings for the four counts.
        int errors = 0, warnings = 0, info = 0, accepted = 0;
        foreach (var finding in result.Findings)
        {
            if (finding.Accepted)
            {
                accepted++;
            }
            else if (finding.Severity == Severity.Error)
            {
                errors++;
            }
            else if (finding.Severity == Severity.Warning)
            {
                warnings++;
            }
            else if (finding.Severity == Severity.Info)
            {
                info++;
            }
        }

        blocks.Table("components:", "errors:", "warnings:", "info:", "accepted:").Row(
            Number(result.Model.DeclaredCount),
            Number(errors),
            Number(warnings),
            Number(info),
            Number(accepted));

        blocks.Heading(3, "Services");
        var services = result.Reliability.Services;
        if (services.Count == 0)
        {
            blocks.Paragraph("The design declares no service (AddService), so no availability, single point of failure or cut set is computed.");
            return;
        }

        blocks.Paragraph("Availability is computed from the components' failure data; downtime is per year of 8,760 hours.");
        var shown = ReportLimits.Services(result.Reliability);
        if (shown.Count < services.Count)
        {
            blocks.Paragraph(
                $"{Number(services.Count)} services: {Number(services.Count(s => s.AvailabilityTarget is { } t && s.Availability < t))} below their availability target, "
                + $"{Number(services.Count(s => s.SinglePointsOfFailure.Count > 0))} with a single point of failure. "
                + $"The {Number(shown.Count)} most in need (below target, then most single points of failure, then least available) are shown here and in the sections below.");
        }

        var table = blocks.Table("service", "availability", "target", "verdict", "tolerates", "single points of failure:", "minimal cut sets:");
        foreach (var service in shown)
        {
            table.Row(
                new[] { Inline.Strong(service.Name) },
                new[] { Inline.Plain(Availability(service)) },
                new[] { Inline.Plain(service.AvailabilityTarget is { } t ? AvailabilityText.WithDowntime(t, 1 - t) : "none declared") },
                new[] { Verdict(service) },
                new[] { Inline.Plain(Tolerance(service)) },
                new[] { Inline.Plain(Number(service.SinglePointsOfFailure.Count)) },
                new[] { Inline.Plain(Number(service.MinimalCutSetCount) + (service.MinimalCutSetsTruncated ? "+" : string.Empty)) });
        }
    }

    private static string Availability(ServiceAnalysis service)
    {
        if (service.AlwaysDown)
        {
            return "0 % (it needs something the design does not declare)";
        }

        var text = AvailabilityText.WithDowntime(service.Availability, service.Unavailability);
        return service.AvailabilityIsExact ? text : text + ", approximate";
    }

    private static Inline Verdict(ServiceAnalysis service) =>
        service.AvailabilityTarget is not { } target ? Inline.Plain("no target")
        : service.Availability >= target ? new Inline("meets its target", Emphasis.Good)
        : new Inline("below its target", Emphasis.Bad);

    private static string Tolerance(ServiceAnalysis service)
    {
        var survives = service.SinglePointsOfFailure.Count == 0 && service.MinimalCutSetCount == 0 && !service.AlwaysDown
            ? "at least " + Number(service.ToleratedFailures)
            : Number(service.ToleratedFailures);
        var text = survives + (service.ToleratedFailures == 1 && !survives.StartsWith("at", System.StringComparison.Ordinal) ? " failure" : " failures");
        return service.ToleranceTarget is { } k ? text + " (target " + Number(k) + ")" : text;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

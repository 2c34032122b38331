using System;
using System.Globalization;

namespace HaRules.Reliability;

/// <summary>Availability and downtime in the words users use: "99.95 % (4 h 23 m down per year)".</summary>
public static class AvailabilityText
{
    /// <summary>
    /// A percentage with as many decimals as it takes to show the first significant digits of the
    /// unavailability (at least two): 99.95 %, 99.9987 %, 100 % for a component that cannot fail.
    /// </summary>
    public static string Percent(double availability, double unavailability)
    {
        if (unavailability <= 0)
        {
            return "100 %";
        }

        if (availability <= 0)
        {
            return "0 %";
        }

        var decimals = (int)Math.Min(12, Math.Max(2, Math.Ceiling(-Math.Log10(unavailability * 100)) + 1));
        var text = (availability * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var trimmed = text.TrimEnd('0');
        var point = trimmed.IndexOf('.');
        if (point >= 0 && trimmed.Length - point - 1 < 2)
        {
            trimmed = text.Substring(0, point + 3);
        }

        // Rounding must never claim 100 % for something that can fail.
        if (trimmed.StartsWith("100", StringComparison.Ordinal))
        {
            trimmed = "99." + new string('9', decimals);
        }

        return trimmed + " %";
    }

    /// <summary>Downtime per year (8,760 hours) of an unavailability: "4 h 23 m", "52.6 m", "31 s".</summary>
    public static string DowntimePerYear(double unavailability)
    {
        var minutes = Math.Max(0, unavailability) * FailureData.HoursPerYear * 60;
        if (minutes < 1)
        {
            var seconds = minutes * 60;
            return seconds < 1 ? "under 1 s" : Math.Round(seconds).ToString("0", CultureInfo.InvariantCulture) + " s";
        }

        if (minutes < 60)
        {
            return minutes.ToString("0.#", CultureInfo.InvariantCulture) + " m";
        }

        var totalMinutes = (long)Math.Round(minutes);
        var days = totalMinutes / (24 * 60);
        var hours = totalMinutes / 60 % 24;
        var rest = totalMinutes % 60;
        return days > 0
            ? $"{days.ToString(CultureInfo.InvariantCulture)} d {hours.ToString(CultureInfo.InvariantCulture)} h"
            : $"{hours.ToString(CultureInfo.InvariantCulture)} h {rest.ToString(CultureInfo.InvariantCulture)} m";
    }

    /// <summary>Both: "99.95 % (4 h 23 m down per year)".</summary>
    public static string WithDowntime(double availability, double unavailability) =>
        $"{Percent(availability, unavailability)} ({DowntimePerYear(unavailability)} down per year)";
}

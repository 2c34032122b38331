using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HaRules.Rules.Common;

/// <summary>
/// Formats numbers for messages in the units users write designs in (TB, IOPS, minutes), always
/// with the invariant culture so that every message is the same on every machine.
/// </summary>
internal static class Units
{
    private static readonly string[] SizeUnits = { "B", "KB", "MB", "GB", "TB", "PB" };

    /// <summary>A whole count, e.g. <c>240</c> or <c>1,200</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>An IOPS figure rounded to a whole number, e.g. <c>1,108 IOPS</c>.</summary>
    public static string Iops(double value) => Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture) + " IOPS";

    /// <summary>A ratio as a percentage with up to one decimal, e.g. <c>35 %</c> or <c>12.5 %</c>.</summary>
    public static string Percent(double ratio) => (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>A RAID level as storage people write it: <c>RAID10</c>.</summary>
    public static string Level(RaidLevel level) => level.ToString().ToUpperInvariant();

    /// <summary>
    /// A duration given in seconds, in the largest unit that reads naturally: <c>45 s</c>,
    /// <c>15 min</c>, <c>4 h</c>, <c>2 d</c> (up to one decimal).
    /// </summary>
    public static string Duration(double seconds)
    {
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var abs = Math.Abs(seconds);
        if (abs < 60)
        {
            return F(seconds) + " s";
        }

        if (abs < 2 * 3600)
        {
            return F(seconds / 60) + " min";
        }

        return abs < 2 * 86400 ? F(seconds / 3600) + " h" : F(seconds / 86400) + " d";
    }

    /// <summary>
    /// Two sizes in bytes in one decimal unit (that of the larger), with one decimal, or more when
    /// one decimal would print two different sizes alike (<c>5.0 TB</c> and <c>4.8 TB</c>).
    /// </summary>
    public static (string First, string Second) Sizes(double first, double second)
    {
        var largest = Math.Max(Math.Abs(first), Math.Abs(second));
        var unit = 0;
        var scale = 1d;
        while (largest / scale >= 1000 && unit < SizeUnits.Length - 1)
        {
            scale *= 1000;
            unit++;
        }

        for (var decimals = 1; ; decimals++)
        {
            var format = "0." + new string('0', decimals);
            var a = (first / scale).ToString(format, CultureInfo.InvariantCulture) + " " + SizeUnits[unit];
            var b = (second / scale).ToString(format, CultureInfo.InvariantCulture) + " " + SizeUnits[unit];
            if (a != b || first.Equals(second) || decimals >= 6)
            {
                return (a, b);
            }
        }
    }

    /// <summary>A size in bytes in the largest decimal unit, up to two decimals: <c>1.2 TB</c>, <c>600 GB</c>.</summary>
    public static string Size(double bytes) => DataSize.Format(bytes);

    /// <summary>Names joined for a message: <c>a, b and c</c>.</summary>
    public static string List(IEnumerable<string> names)
    {
        var items = names.ToList();
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1],
        };
    }

    /// <summary>Names joined like <see cref="List(IEnumerable{string})"/>, the first <paramref name="max"/> only, then "and N more".</summary>
    public static string List(IEnumerable<string> names, int max)
    {
        var items = names.ToList();
        return items.Count <= max ? List(items) : string.Join(", ", items.Take(max)) + " and " + Count(items.Count - max) + " more";
    }
}

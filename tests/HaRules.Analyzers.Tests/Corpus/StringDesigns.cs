using System;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>Names made with +, interpolation with format specifiers and alignment, string methods.</summary>
public sealed class NamingDesign : IDesign
{
    private const string Site = "Paris";

    public void Describe(DesignBuilder design)
    {
        var prefix = Site.ToLowerInvariant().Substring(0, 3);
        var feed = design.AddPowerFeed(prefix + "-feed-" + 1);
        for (var i = 7; i < 10; i++)
        {
            design.AddServer($"{prefix}-{i:000}-{i,3}".Replace(" ", "_")).WithPowerSupplies(feed);
        }

        design.AddServer(prefix + "-x" + 2.ToString("D3")).WithPowerSupplies(feed, feed);
        design.AddComponent(string.Concat(prefix, "-", "licence").PadRight(14, '.').ToUpperInvariant().Trim());
    }
}

/// <summary>Durations and data sizes computed from constants and Math.</summary>
public sealed class ComputedValuesDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var hours = Math.Max(2, 3) * 2;
        var replicas = (int)Math.Ceiling(7 / 2.0);
        design.AddServer("web", replicas).WithPowerSupplies(feed).Mttr(TimeSpan.FromHours(hours)).Mtbf(TimeSpan.FromDays(365 * 2));
        var array = design.AddStorageArray("array").WithPowerSupplies(feed).WithControllers(Math.Min(1, 2));
        array.AddRaidGroup("rg", RaidLevel.Raid5, disks: 4, diskSize: DataSize.Terabytes(4), diskIops: 150).WithHotSpares(0);
    }
}

/// <summary>string.Format with indexes, alignment, digit formats and braces; enums formatted by name and number.</summary>
public sealed class StringFormatDesign : IDesign
{
    private enum Zone { North = 1, South = 2 }

    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        foreach (var zone in new[] { Zone.North, Zone.South })
        {
            for (var i = 1; i <= 2; i++)
            {
                design.AddServer(string.Format("{0}-{1:D2}-{2:d}", zone, i, zone)).WithPowerSupplies(feed);
            }
        }

        design.AddServer(string.Format("{{{0,4}}}|{1,-3}|{0:000}|{1:x}", 7, "ab")).WithPowerSupplies(feed);
        design.AddServer(string.Format("{0}{1}{2}{3}", "a", 'b', 3, $"{Zone.South:G}-{Zone.North:D}")).WithPowerSupplies(feed);
    }
}

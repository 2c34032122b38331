namespace HaRules.Raid;

/// <summary>
/// The capacity, fault tolerance and write penalty of a RAID group (docs/storage.md, "Geometry"). Every
/// function is pure: it never throws, and answers null when the group cannot be built or an input
/// is outside its range, so a bad design yields no figure rather than a wrong one.
/// </summary>
/// <remarks>
/// <c>disks</c> is always N, the group's member disks with hot spares excluded; <c>legs</c> is
/// read for RAID50/60 only. Sizes are bytes in decimal units, times are hours.
/// </remarks>
public static partial class RaidMath
{
    /// <summary>Hours in a year (365 days), the period of yearly figures.</summary>
    public const double HoursPerYear = 8760;

    /// <summary>Seconds in an hour, to turn the model's seconds into the hours figures are given in.</summary>
    public const double SecondsPerHour = 3600;

    /// <summary>
    /// How many disks' worth of data the group stores: N (RAID0), 1 (RAID1), N−1 (RAID5), N−2
    /// (RAID6), N/2 (RAID10), k(g−1) (RAID50), k(g−2) (RAID60); null when the geometry is invalid.
    /// </summary>
    public static long? CapacityInDisks(RaidLevel level, long disks, long? legs)
    {
        if (!RaidGeometry.IsValid(level, disks, legs))
        {
            return null;
        }

        return level switch
        {
            RaidLevel.Raid0 => disks,
            RaidLevel.Raid1 => 1,
            RaidLevel.Raid5 => disks - 1,
            RaidLevel.Raid6 => disks - 2,
            RaidLevel.Raid10 => disks / 2,
            RaidLevel.Raid50 => disks - legs!.Value,
            _ => disks - (2 * legs!.Value),
        };
    }

    /// <summary>The bytes the group offers to volumes, its capacity in disks times the disk size; null when invalid or too large to count.</summary>
    public static long? UsableBytes(RaidLevel level, long disks, long? legs, long diskSizeBytes) =>
        diskSizeBytes > 0 && CapacityInDisks(level, disks, legs) is { } count ? Multiply(count, diskSizeBytes) : null;

    /// <summary>The bytes of every disk bought for the group, hot spares included: (N + spares) × size.</summary>
    public static long? RawBytes(long disks, long hotSpares, long diskSizeBytes)
    {
        if (disks <= 0 || hotSpares < 0 || diskSizeBytes <= 0 || disks > long.MaxValue - hotSpares)
        {
            return null;
        }

        return Multiply(disks + hotSpares, diskSizeBytes);
    }

    /// <summary>The share of the member disks' bytes that is usable: usable / (N × size), hot spares excluded.</summary>
    public static double? Efficiency(RaidLevel level, long disks, long? legs) =>
        CapacityInDisks(level, disks, legs) is { } count ? (double)count / disks : null;

    /// <summary>How many disk failures the group survives whichever disks fail: 0, 1 or 2.</summary>
    public static int? FaultToleranceGuaranteed(RaidLevel level, long disks, long? legs)
    {
        if (!RaidGeometry.IsValid(level, disks, legs))
        {
            return null;
        }

        return level switch
        {
            RaidLevel.Raid0 => 0,
            RaidLevel.Raid6 or RaidLevel.Raid60 => 2,
            _ => 1,
        };
    }

    /// <summary>
    /// How many disk failures the group can survive when they fall as luckily as possible: one per
    /// mirror pair (RAID10), one per leg (RAID50), two per leg (RAID60).
    /// </summary>
    public static long? FaultToleranceBestCase(RaidLevel level, long disks, long? legs)
    {
        if (!RaidGeometry.IsValid(level, disks, legs))
        {
            return null;
        }

        return level switch
        {
            RaidLevel.Raid0 => 0,
            RaidLevel.Raid10 => disks / 2,
            RaidLevel.Raid50 => legs!.Value,
            RaidLevel.Raid60 => 2 * legs!.Value,
            RaidLevel.Raid6 => 2,
            _ => 1,
        };
    }

    /// <summary>Back-end I/Os one front-end random write costs: 1 (RAID0), 2 (mirrors), 4 (single parity), 6 (double parity).</summary>
    public static int? WritePenalty(RaidLevel level) => level switch
    {
        RaidLevel.Raid0 => 1,
        RaidLevel.Raid1 or RaidLevel.Raid10 => 2,
        RaidLevel.Raid5 or RaidLevel.Raid50 => 4,
        RaidLevel.Raid6 or RaidLevel.Raid60 => 6,
        _ => null,
    };

    /// <summary>A finite number, or null for NaN and infinities, so figures are always printable.</summary>
    private static double? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;

    /// <summary>A product of two non-negative counts, or null when it does not fit in a long.</summary>
    private static long? Multiply(long a, long b) => a < 0 || b < 0 || (a != 0 && b > long.MaxValue / a) ? null : a * b;
}

namespace HaRules.Raid;

/// <summary>Random IOPS of a RAID group (docs/storage.md, "Random IOPS").</summary>
public static partial class RaidMath
{
    /// <summary>Random read IOPS of the group: N·I, every member disk serving reads (hot spares serve none).</summary>
    public static double? ReadIops(RaidLevel level, long disks, long? legs, double diskIops) =>
        SpindleIops(level, disks, legs, diskIops);

    /// <summary>Random write IOPS of the group: N·I / P, each front-end write costing P back-end I/Os.</summary>
    public static double? WriteIops(RaidLevel level, long disks, long? legs, double diskIops) =>
        SpindleIops(level, disks, legs, diskIops) is { } total && WritePenalty(level) is { } penalty
            ? Finite(total / penalty)
            : null;

    /// <summary>
    /// Random IOPS of the group for a workload with read share <paramref name="readRatio"/> (0 to 1):
    /// N·I / (R + W·P), the front-end rate the back end can carry (not the linear N·I·R + N·I·W/P).
    /// </summary>
    public static double? MixedIops(RaidLevel level, long disks, long? legs, double diskIops, double readRatio)
    {
        if (!IsRatio(readRatio) || SpindleIops(level, disks, legs, diskIops) is not { } total || WritePenalty(level) is not { } penalty)
        {
            return null;
        }

        return Finite(total / (readRatio + ((1 - readRatio) * penalty)));
    }

    /// <summary>
    /// Back-end disk IOPS a front-end load of <paramref name="frontEndIops"/> needs at this level:
    /// X·R + X·W·P, reads costing one I/O and writes P.
    /// </summary>
    public static double? BackEndIopsNeeded(RaidLevel level, double frontEndIops, double readRatio)
    {
        if (!IsRatio(readRatio) || !(frontEndIops >= 0) || WritePenalty(level) is not { } penalty)
        {
            return null;
        }

        return Finite((frontEndIops * readRatio) + (frontEndIops * (1 - readRatio) * penalty));
    }

    /// <summary>
    /// N·I for a buildable group and a finite, positive disk IOPS; otherwise null. A disk IOPS of
    /// 0 is out of range (HA003) like a negative one: its figures are absent, not 0.
    /// </summary>
    private static double? SpindleIops(RaidLevel level, long disks, long? legs, double diskIops) =>
        RaidGeometry.IsValid(level, disks, legs) && diskIops > 0 ? Finite(disks * diskIops) : null;

    private static bool IsRatio(double value) => value >= 0 && value <= 1;
}

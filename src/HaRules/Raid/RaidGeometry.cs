using System.Globalization;

namespace HaRules.Raid;

/// <summary>
/// Which disk counts each RAID level can be built from (docs/storage.md, "Geometry"): the source of HA004.
/// </summary>
public static class RaidGeometry
{
    /// <summary>
    /// Why a group of <paramref name="disks"/> data disks at <paramref name="level"/> (with
    /// <paramref name="legs"/> legs for RAID50/60) cannot be built, or null when it can.
    /// </summary>
    public static string? Problem(RaidLevel level, long disks, long? legs)
    {
        string N(long value) => value.ToString(CultureInfo.InvariantCulture);
        switch (level)
        {
            case RaidLevel.Raid0 when disks < 2:
                return $"RAID0 needs at least 2 disks, not {N(disks)}";
            case RaidLevel.Raid1 when disks != 2:
                return $"RAID1 mirrors exactly 2 disks, not {N(disks)}";
            case RaidLevel.Raid5 when disks < 3:
                return $"RAID5 needs at least 3 disks, not {N(disks)}";
            case RaidLevel.Raid6 when disks < 4:
                return $"RAID6 needs at least 4 disks, not {N(disks)}";
            case RaidLevel.Raid10 when disks < 4 || disks % 2 != 0:
                return $"RAID10 needs an even number of disks, at least 4, not {N(disks)}";
            case RaidLevel.Raid50:
            case RaidLevel.Raid60:
                return LegProblem(level, disks, legs, level == RaidLevel.Raid50 ? 3 : 4);
            case RaidLevel.Raid0:
            case RaidLevel.Raid1:
            case RaidLevel.Raid5:
            case RaidLevel.Raid6:
            case RaidLevel.Raid10:
                return null;
            default:
                return $"unknown RAID level {N((long)level)}";
        }
    }

    /// <summary>True when the group can be built: a known level and a disk count (and legs) it accepts.</summary>
    public static bool IsValid(RaidLevel level, long disks, long? legs) => Problem(level, disks, legs) is null;

    /// <summary>Disks per leg of a RAID50/60 group; 0 when the geometry is invalid.</summary>
    public static long DisksPerLeg(long disks, long? legs) =>
        legs is > 0 && disks > 0 && disks % legs.Value == 0 ? disks / legs.Value : 0;

    private static string? LegProblem(RaidLevel level, long disks, long? legs, int minimumPerLeg)
    {
        var name = level == RaidLevel.Raid50 ? "RAID50" : "RAID60";
        if (legs is null)
        {
            return $"{name} needs its number of legs (legs: 2 or more)";
        }

        if (legs.Value < 2)
        {
            return $"{name} needs at least 2 legs, not {legs.Value.ToString(CultureInfo.InvariantCulture)}";
        }

        if (disks <= 0 || disks % legs.Value != 0)
        {
            return $"{name}: {disks.ToString(CultureInfo.InvariantCulture)} disks cannot be split evenly into {legs.Value.ToString(CultureInfo.InvariantCulture)} legs";
        }

        var perLeg = disks / legs.Value;
        return perLeg < minimumPerLeg
            ? $"{name} legs need at least {minimumPerLeg.ToString(CultureInfo.InvariantCulture)} disks each, not {perLeg.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }
}

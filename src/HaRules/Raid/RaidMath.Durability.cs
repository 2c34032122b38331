namespace HaRules.Raid;

/// <summary>
/// Rebuild, repair, durability (MTTDL) and rebuild read-error risk of a RAID group (docs/storage.md,
/// "Durability (MTTDL) and rebuild risk"). MTTDL figures are first-order comparison figures.
/// </summary>
public static partial class RaidMath
{
    /// <summary>
    /// Hours to rebuild one disk onto its replacement: disk size / rebuild rate. Null for RAID0,
    /// which has no redundancy to rebuild from.
    /// </summary>
    public static double? RebuildHours(RaidLevel level, double diskSizeBytes, double rebuildBytesPerSecond)
    {
        if (!HasRedundancy(level) || !IsPositive(diskSizeBytes) || !IsPositive(rebuildBytesPerSecond))
        {
            return null;
        }

        return Finite(diskSizeBytes / rebuildBytesPerSecond / SecondsPerHour);
    }

    /// <summary>
    /// Hours a failed disk leaves the group degraded (its MTTR): the declared repair time when there
    /// is one; otherwise the rebuild time with a hot spare, or replacement plus rebuild without.
    /// Null for RAID0.
    /// </summary>
    public static double? RepairHours(RaidLevel level, double? rebuildHours, long hotSpares, double replacementHours, double? declaredRepairHours)
    {
        if (!HasRedundancy(level))
        {
            return null;
        }

        if (declaredRepairHours is { } declared)
        {
            return IsNonNegative(declared) ? declared : null;
        }

        if (hotSpares < 0 || rebuildHours is not { } rebuild || !IsNonNegative(rebuild))
        {
            return null;
        }

        if (hotSpares > 0)
        {
            return rebuild;
        }

        return IsNonNegative(replacementHours) ? Finite(replacementHours + rebuild) : null;
    }

    /// <summary>
    /// Mean time to data loss in hours, first order with independent exponential disk failures:
    /// MTTF/N (RAID0), MTTF²/(2·MTTR) (RAID1), MTTF²/(N(N−1)·MTTR) (RAID5),
    /// MTTF³/(N(N−1)(N−2)·MTTR²) (RAID6), MTTF²/(N·MTTR) (RAID10), MTTF²/(N(g−1)·MTTR) (RAID50),
    /// MTTF³/(N(g−1)(g−2)·MTTR²) (RAID60). Null when not finite (a zero repair time) or invalid.
    /// </summary>
    public static double? MttdlHours(RaidLevel level, long disks, long? legs, double diskMttfHours, double? repairHours)
    {
        if (!RaidGeometry.IsValid(level, disks, legs) || !IsPositive(diskMttfHours))
        {
            return null;
        }

        double n = disks;
        var mttf = diskMttfHours;
        if (level == RaidLevel.Raid0)
        {
            return Finite(mttf / n);
        }

        if (repairHours is not { } mttr || !IsNonNegative(mttr))
        {
            return null;
        }

        // MTTF/MTTR first, so that large but representable results do not overflow on the way.
        var ratio = mttf / mttr;
        double g = RaidGeometry.DisksPerLeg(disks, legs);
        return Finite(level switch
        {
            RaidLevel.Raid1 => mttf * ratio / 2,
            RaidLevel.Raid5 => mttf * ratio / (n * (n - 1)),
            RaidLevel.Raid6 => mttf * ratio * ratio / (n * (n - 1) * (n - 2)),
            RaidLevel.Raid10 => mttf * ratio / n,
            RaidLevel.Raid50 => mttf * ratio / (n * (g - 1)),
            _ => mttf * ratio * ratio / (n * (g - 1) * (g - 2)),
        });
    }

    /// <summary>
    /// Probability of data loss within <paramref name="hours"/> for a group with this MTTDL:
    /// 1 − e^(−t/MTTDL), computed as −expm1(−t/MTTDL) so small probabilities keep their digits.
    /// </summary>
    public static double? DataLossProbability(double mttdlHours, double hours)
    {
        if (!(mttdlHours > 0) || !IsNonNegative(hours))
        {
            return null;
        }

        return Finite(-NumericFunctions.Expm1(-hours / mttdlHours));
    }

    /// <summary>
    /// Disks read in full to rebuild one failed disk: 1 (RAID1/10, its mirror), N−1 (RAID5/6),
    /// g−1 (RAID50/60, the rest of its leg). Null for RAID0 and invalid groups.
    /// </summary>
    public static long? DisksReadDuringRebuild(RaidLevel level, long disks, long? legs)
    {
        if (!RaidGeometry.IsValid(level, disks, legs))
        {
            return null;
        }

        return level switch
        {
            RaidLevel.Raid1 or RaidLevel.Raid10 => 1,
            RaidLevel.Raid5 or RaidLevel.Raid6 => disks - 1,
            RaidLevel.Raid50 or RaidLevel.Raid60 => RaidGeometry.DisksPerLeg(disks, legs) - 1,
            _ => null,
        };
    }

    /// <summary>
    /// Probability of at least one unrecoverable read error while rebuilding one disk, reading
    /// <see cref="DisksReadDuringRebuild"/> disks of <paramref name="diskSizeBytes"/> in full. For
    /// RAID6/60 the second parity corrects such an error (<see cref="ReadErrorCorrectedDuringRebuild"/>).
    /// </summary>
    public static double? UreProbability(RaidLevel level, long disks, long? legs, double diskSizeBytes, double readErrorRatePerBit)
    {
        if (DisksReadDuringRebuild(level, disks, legs) is not { } read || !IsPositive(diskSizeBytes))
        {
            return null;
        }

        return ReadErrorProbability(read * diskSizeBytes * 8, readErrorRatePerBit);
    }

    /// <summary>
    /// Probability of at least one unrecoverable read error in <paramref name="bitsRead"/> bits at
    /// <paramref name="errorRatePerBit"/>: 1 − (1 − b)^bits, computed as −expm1(bits·log1p(−b)).
    /// </summary>
    public static double? ReadErrorProbability(double bitsRead, double errorRatePerBit)
    {
        if (!IsNonNegative(bitsRead) || !(errorRatePerBit >= 0 && errorRatePerBit <= 1))
        {
            return null;
        }

        if (bitsRead == 0 || errorRatePerBit == 0)
        {
            return 0;
        }

        return Finite(-NumericFunctions.Expm1(bitsRead * NumericFunctions.Log1p(-errorRatePerBit)));
    }

    /// <summary>
    /// True for RAID6/60: a read error while rebuilding one disk is corrected by the second parity,
    /// so <see cref="UreProbability"/> is the chance of a degraded-rebuild read error, not of data loss.
    /// </summary>
    public static bool ReadErrorCorrectedDuringRebuild(RaidLevel level) => level is RaidLevel.Raid6 or RaidLevel.Raid60;

    /// <summary>True for the levels that survive a disk failure and rebuild it (all but RAID0).</summary>
    private static bool HasRedundancy(RaidLevel level) => WritePenalty(level) is not null && level != RaidLevel.Raid0;

    private static bool IsPositive(double value) => value > 0 && !double.IsInfinity(value);

    private static bool IsNonNegative(double value) => value >= 0 && !double.IsInfinity(value);
}

using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Raid;

/// <summary>
/// The facts one RAID group's figures are computed from, with <see cref="StorageDefaults"/> filled
/// in for the durability inputs the design left undeclared. Times are hours, sizes bytes.
/// </summary>
public sealed class RaidInputs
{
    /// <summary>
    /// Collects a group's facts; a durability input left null takes its default from
    /// <see cref="StorageDefaults"/> and is listed in <see cref="Defaulted"/>.
    /// </summary>
    /// <param name="level">The RAID level.</param>
    /// <param name="disks">Member disks (N), hot spares excluded.</param>
    /// <param name="legs">Legs of a RAID50/60 group.</param>
    /// <param name="hotSpares">Hot spare disks.</param>
    /// <param name="diskSizeBytes">Size of one disk, or null when undeclared.</param>
    /// <param name="diskIops">Random IOPS of one disk, or null when undeclared.</param>
    /// <param name="workloadIops">Declared front-end IOPS of the workload, or null.</param>
    /// <param name="readRatio">Declared read share of the workload (0 to 1), or null.</param>
    /// <param name="diskMttfHours">Mean time to failure of one disk, or null for the default.</param>
    /// <param name="rebuildBytesPerSecond">Rebuild rate, or null for the default.</param>
    /// <param name="replacementHours">Time to replace a disk without a spare, or null for the default.</param>
    /// <param name="repairHours">Declared time to repair, overriding the derived one, or null.</param>
    /// <param name="readErrorRatePerBit">Unrecoverable read error rate, or null for the default.</param>
    public RaidInputs(
        RaidLevel level,
        long disks,
        long? legs = null,
        long hotSpares = 0,
        long? diskSizeBytes = null,
        double? diskIops = null,
        double? workloadIops = null,
        double? readRatio = null,
        double? diskMttfHours = null,
        double? rebuildBytesPerSecond = null,
        double? replacementHours = null,
        double? repairHours = null,
        double? readErrorRatePerBit = null)
    {
        var defaulted = new List<string>();
        double OrDefault(double? declared, double fallback, string property)
        {
            if (declared is { } value)
            {
                return value;
            }

            defaulted.Add(property);
            return fallback;
        }

        Level = level;
        Disks = disks;
        Legs = legs;
        HotSpares = hotSpares;
        DiskSizeBytes = diskSizeBytes;
        DiskIops = diskIops;
        WorkloadIops = workloadIops;
        ReadRatio = readRatio;
        DiskMttfHours = OrDefault(diskMttfHours, StorageDefaults.DiskMttfHours, PropertyNames.DiskMttfSeconds);
        RebuildBytesPerSecond = OrDefault(rebuildBytesPerSecond, StorageDefaults.RebuildBytesPerSecond, PropertyNames.RebuildBytesPerSecond);
        ReplacementHours = OrDefault(replacementHours, StorageDefaults.ReplacementHours, PropertyNames.ReplacementSeconds);
        RepairHours = repairHours;
        ReadErrorRatePerBit = OrDefault(readErrorRatePerBit, StorageDefaults.ReadErrorRatePerBit, PropertyNames.ReadErrorRate);
        Defaulted = defaulted.AsReadOnly();
    }

    /// <summary>The RAID level.</summary>
    public RaidLevel Level { get; }

    /// <summary>Member disks (N), hot spares excluded.</summary>
    public long Disks { get; }

    /// <summary>Legs of a RAID50/60 group, as declared (null when undeclared).</summary>
    public long? Legs { get; }

    /// <summary>Hot spare disks: they shorten repair and add nothing else.</summary>
    public long HotSpares { get; }

    /// <summary>Size of one disk in bytes (decimal units), or null when undeclared.</summary>
    public long? DiskSizeBytes { get; }

    /// <summary>Random IOPS of one disk, or null when undeclared.</summary>
    public double? DiskIops { get; }

    /// <summary>Declared front-end IOPS of the workload, or null.</summary>
    public double? WorkloadIops { get; }

    /// <summary>Declared read share of the workload (0 to 1), or null: without it there is no mixed IOPS figure.</summary>
    public double? ReadRatio { get; }

    /// <summary>Mean time to failure of one disk, in hours (declared or default).</summary>
    public double DiskMttfHours { get; }

    /// <summary>Rebuild rate in bytes per second (declared or default).</summary>
    public double RebuildBytesPerSecond { get; }

    /// <summary>Hours to replace a failed disk when no hot spare is there (declared or default).</summary>
    public double ReplacementHours { get; }

    /// <summary>Declared time to repair a failed disk in hours, overriding the derived one; null to derive it.</summary>
    public double? RepairHours { get; }

    /// <summary>Unrecoverable read error rate per bit read (declared or default).</summary>
    public double ReadErrorRatePerBit { get; }

    /// <summary>
    /// The model properties (<see cref="PropertyNames"/>) the design left undeclared and that took
    /// their <see cref="StorageDefaults"/> value, in a fixed order.
    /// </summary>
    public IReadOnlyList<string> Defaulted { get; }
}

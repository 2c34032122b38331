using System.Collections.Generic;

namespace HaRules.Raid;

/// <summary>
/// The capacity, performance and durability figures of one buildable RAID group (docs/storage.md; the
/// <c>raidGroups</c> section of the JSON report). A figure is null when an input it needs is
/// undeclared or out of range, or when it does not apply to the level; every number is finite.
/// </summary>
public sealed class RaidFigures
{
    internal RaidFigures(RaidInputs inputs) => Inputs = inputs;

    /// <summary>The facts the figures were computed from, defaults filled in.</summary>
    public RaidInputs Inputs { get; }

    /// <summary>The RAID level.</summary>
    public RaidLevel Level => Inputs.Level;

    /// <summary>Member disks (N), hot spares excluded.</summary>
    public long Disks => Inputs.Disks;

    /// <summary>Hot spare disks.</summary>
    public long HotSpares => Inputs.HotSpares;

    /// <summary>Size of one disk in bytes, or null when undeclared.</summary>
    public long? DiskSizeBytes => Inputs.DiskSizeBytes;

    /// <summary>Declared read share of the workload, or null.</summary>
    public double? ReadRatio => Inputs.ReadRatio;

    /// <summary>Declared front-end IOPS of the workload, or null.</summary>
    public double? WorkloadIops => Inputs.WorkloadIops;

    /// <summary>Legs of a RAID50/60 group; null for the other levels.</summary>
    public long? Legs { get; internal init; }

    /// <summary>Disks per leg (g) of a RAID50/60 group; null for the other levels.</summary>
    public long? DisksPerLeg { get; internal init; }

    /// <summary>Bytes the group offers to volumes.</summary>
    public long? UsableBytes { get; internal init; }

    /// <summary>Bytes of every disk bought for the group, hot spares included.</summary>
    public long? RawBytes { get; internal init; }

    /// <summary>Usable share of the member disks' bytes: usable / (N × disk size), hot spares excluded.</summary>
    public double Efficiency { get; internal init; }

    /// <summary>Disk failures the group survives whichever disks fail.</summary>
    public int FaultToleranceGuaranteed { get; internal init; }

    /// <summary>Disk failures the group can survive when they fall as luckily as possible.</summary>
    public long FaultToleranceBestCase { get; internal init; }

    /// <summary>Back-end I/Os one front-end random write costs.</summary>
    public int WritePenalty { get; internal init; }

    /// <summary>Random read IOPS of the group (N·I).</summary>
    public double? ReadIops { get; internal init; }

    /// <summary>Random write IOPS of the group (N·I / P).</summary>
    public double? WriteIops { get; internal init; }

    /// <summary>Random IOPS for the declared read share (N·I / (R + W·P)); null without a declared read ratio.</summary>
    public double? MixedIops { get; internal init; }

    /// <summary>Back-end IOPS the declared workload needs (X·R + X·W·P); null without a declared workload.</summary>
    public double? BackEndIopsNeeded { get; internal init; }

    /// <summary>Hours to rebuild one disk (size / rebuild rate); null for RAID0.</summary>
    public double? RebuildHours { get; internal init; }

    /// <summary>Hours a failed disk leaves the group degraded (MTTR): declared, or derived from spare, replacement and rebuild.</summary>
    public double? RepairHours { get; internal init; }

    /// <summary>Mean time to data loss in hours: a first-order comparison figure, not a calendar promise.</summary>
    public double? MttdlHours { get; internal init; }

    /// <summary>Probability of data loss within one year (8,760 hours) at that MTTDL.</summary>
    public double? DataLossProbabilityPerYear { get; internal init; }

    /// <summary>Disks read in full to rebuild one failed disk; null for RAID0.</summary>
    public long? DisksReadDuringRebuild { get; internal init; }

    /// <summary>Probability of at least one unrecoverable read error while rebuilding one disk; null for RAID0.</summary>
    public double? UreProbability { get; internal init; }

    /// <summary>
    /// True for RAID6/60, where <see cref="UreProbability"/> is the chance of a read error during a
    /// degraded rebuild that the second parity corrects, not a chance of data loss.
    /// </summary>
    public bool UreCorrectedByParity { get; internal init; }

    /// <summary>
    /// The defaulted inputs (<see cref="RaidInputs.Defaulted"/>) that fed at least one figure here,
    /// so a report can mark those figures as resting on a default.
    /// </summary>
    public IReadOnlyList<string> DefaultsUsed { get; internal init; } = System.Array.Empty<string>();
}

using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Raid;

/// <summary>
/// Turns a RAID group of the model into its figures: reads the declared properties, fills in the
/// documented defaults, and applies <see cref="RaidMath"/>. Never throws; a group that cannot be
/// built (HA004) or lacks its level or disk count has no figures.
/// </summary>
public static class RaidAnalysis
{
    /// <summary>The figures of a RAID group component, or null when it is not a buildable RAID group.</summary>
    public static RaidFigures? Compute(Component? raidGroup) =>
        ReadInputs(raidGroup) is { } inputs ? Compute(inputs) : null;

    /// <summary>
    /// The facts a RAID group component declares, durations turned from seconds into hours and
    /// defaults filled in; null when the component is not a RAID group or lacks a known level or a
    /// disk count.
    /// </summary>
    public static RaidInputs? ReadInputs(Component? raidGroup)
    {
        if (raidGroup is null || raidGroup.Kind != ComponentKind.RaidGroup)
        {
            return null;
        }

        var p = raidGroup.Properties;
        var level = p.GetEnum<RaidLevel>(PropertyNames.RaidLevel);
        var disks = p.GetInteger(PropertyNames.Disks);
        if (level is null || disks is null)
        {
            return null;
        }

        return new RaidInputs(
            level.Value,
            disks.Value,
            legs: p.GetInteger(PropertyNames.Legs),
            hotSpares: p.GetInteger(PropertyNames.HotSpares) ?? 0,
            diskSizeBytes: p.GetInteger(PropertyNames.DiskSizeBytes),
            diskIops: p.GetNumber(PropertyNames.DiskIops),
            workloadIops: p.GetNumber(PropertyNames.WorkloadIops),
            readRatio: p.GetNumber(PropertyNames.ReadRatio),
            diskMttfHours: Hours(p, PropertyNames.DiskMttfSeconds),
            rebuildBytesPerSecond: p.GetNumber(PropertyNames.RebuildBytesPerSecond),
            replacementHours: Hours(p, PropertyNames.ReplacementSeconds),
            repairHours: Hours(p, PropertyNames.RepairSeconds),
            readErrorRatePerBit: p.GetNumber(PropertyNames.ReadErrorRate));
    }

    /// <summary>
    /// The figures for these inputs, or null when the geometry cannot be built (the table of docs/storage.md,
    /// an unknown level, or negative hot spares).
    /// </summary>
    public static RaidFigures? Compute(RaidInputs inputs)
    {
        if (inputs is null || inputs.HotSpares < 0 || !RaidGeometry.IsValid(inputs.Level, inputs.Disks, inputs.Legs))
        {
            return null;
        }

        var level = inputs.Level;
        var n = inputs.Disks;
        var striped = level is RaidLevel.Raid50 or RaidLevel.Raid60;
        var legs = striped ? inputs.Legs : null;
        var size = inputs.DiskSizeBytes;
        var iops = inputs.DiskIops;
        var ratio = inputs.ReadRatio;

        var rebuild = size is { } s ? RaidMath.RebuildHours(level, s, inputs.RebuildBytesPerSecond) : null;
        var repair = RaidMath.RepairHours(level, rebuild, inputs.HotSpares, inputs.ReplacementHours, inputs.RepairHours);
        var mttdl = RaidMath.MttdlHours(level, n, legs, inputs.DiskMttfHours, repair);
        var ure = size is { } bytes ? RaidMath.UreProbability(level, n, legs, bytes, inputs.ReadErrorRatePerBit) : null;

        return new RaidFigures(inputs)
        {
            Legs = legs,
            DisksPerLeg = striped ? RaidGeometry.DisksPerLeg(n, legs) : null,
            UsableBytes = size is { } u ? RaidMath.UsableBytes(level, n, legs, u) : null,
            RawBytes = size is { } r ? RaidMath.RawBytes(n, inputs.HotSpares, r) : null,
            Efficiency = RaidMath.Efficiency(level, n, legs) ?? 0,
            FaultToleranceGuaranteed = RaidMath.FaultToleranceGuaranteed(level, n, legs) ?? 0,
            FaultToleranceBestCase = RaidMath.FaultToleranceBestCase(level, n, legs) ?? 0,
            WritePenalty = RaidMath.WritePenalty(level) ?? 0,
            ReadIops = iops is { } i1 ? RaidMath.ReadIops(level, n, legs, i1) : null,
            WriteIops = iops is { } i2 ? RaidMath.WriteIops(level, n, legs, i2) : null,
            MixedIops = iops is { } i3 && ratio is { } r3 ? RaidMath.MixedIops(level, n, legs, i3, r3) : null,
            BackEndIopsNeeded = inputs.WorkloadIops is { } x && ratio is { } r4 ? RaidMath.BackEndIopsNeeded(level, x, r4) : null,
            RebuildHours = rebuild,
            RepairHours = repair,
            MttdlHours = mttdl,
            DataLossProbabilityPerYear = mttdl is { } m ? RaidMath.DataLossProbability(m, RaidMath.HoursPerYear) : null,
            DisksReadDuringRebuild = RaidMath.DisksReadDuringRebuild(level, n, legs),
            UreProbability = ure,
            UreCorrectedByParity = RaidMath.ReadErrorCorrectedDuringRebuild(level),
            DefaultsUsed = DefaultsUsed(inputs, rebuild, repair, mttdl, ure),
        };
    }

    /// <summary>Which defaulted inputs fed a figure that is there: MTTF the MTTDL, rate the rebuild, replacement a derived repair without spare, error rate the URE figure.</summary>
    private static IReadOnlyList<string> DefaultsUsed(RaidInputs inputs, double? rebuild, double? repair, double? mttdl, double? ure)
    {
        var used = new List<string>();
        foreach (var property in inputs.Defaulted)
        {
            var feeds = property switch
            {
                PropertyNames.DiskMttfSeconds => mttdl is not null,
                PropertyNames.RebuildBytesPerSecond => rebuild is not null,
                PropertyNames.ReplacementSeconds => repair is not null && inputs.RepairHours is null && inputs.HotSpares == 0,
                PropertyNames.ReadErrorRate => ure is not null,
                _ => false,
            };
            if (feeds)
            {
                used.Add(property);
            }
        }

        return used.AsReadOnly();
    }

    private static double? Hours(PropertyBag properties, string secondsProperty) =>
        properties.GetNumber(secondsProperty) is { } seconds ? seconds / RaidMath.SecondsPerHour : null;
}

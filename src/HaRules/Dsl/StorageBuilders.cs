using System;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// A storage array (7.3): controllers and RAID groups of disks. The chassis itself is not a failure
/// event; the array runs while any one controller runs.
/// </summary>
public sealed class StorageArrayBuilder : LinkedHardwareBuilder<StorageArrayBuilder, SanSwitchBuilder>
{
    internal StorageArrayBuilder(Declaration declaration)
        : base(declaration, "SAN switch")
    {
    }

    /// <summary>Gives the array <paramref name="count"/> controllers (<c>name/controller-i</c>); one is a single point of failure (HA309).</summary>
    public StorageArrayBuilder WithControllers(int count)
    {
        Declaration.Controllers = count;
        return SetCount(PropertyNames.Controllers, count);
    }

    /// <summary>
    /// Declares a RAID group of <paramref name="disks"/> data disks (hot spares are added with
    /// <see cref="RaidGroupBuilder.WithHotSpares"/>). RAID50/60 take the number of <paramref name="legs"/>.
    /// </summary>
    /// <param name="name">The group's name; its disks are <c>name/disk-i</c>.</param>
    /// <param name="level">The RAID level.</param>
    /// <param name="disks">Data disks in the group, hot spares excluded.</param>
    /// <param name="diskSize">The size of one disk (decimal units, as on datasheets).</param>
    /// <param name="diskIops">Random IOPS of one disk.</param>
    /// <param name="legs">For RAID50/60: the number of RAID5/6 legs striped together.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    public RaidGroupBuilder AddRaidGroup(
        string name,
        RaidLevel level,
        int disks,
        DataSize diskSize,
        double diskIops,
        int? legs = null,
        [CallerFilePath] string callerFile = "",
        [CallerLineNumber] int callerLine = 0)
    {
        var declaration = Declaration.Design.Declare(name, ComponentKind.RaidGroup, callerFile, callerLine);
        declaration.Parent = Declaration;
        declaration.SetText(PropertyNames.RaidLevel, level.ToString());
        declaration.SetInteger(PropertyNames.Disks, disks);
        declaration.SetInteger(PropertyNames.DiskSizeBytes, diskSize.Bytes);
        declaration.SetNumber(PropertyNames.DiskIops, diskIops);
        if (legs is not null)
        {
            declaration.SetInteger(PropertyNames.Legs, legs.Value);
        }

        return new RaidGroupBuilder(declaration);
    }
}

/// <summary>
/// A RAID group (7.3.1): disks combined into one logical disk with a level, hot spares, a stripe
/// size and a workload. Volumes (LUs) are carved from it.
/// </summary>
public sealed class RaidGroupBuilder : ComponentBuilder<RaidGroupBuilder>
{
    internal RaidGroupBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>Adds hot spare disks (<c>name/spare-i</c>): they restore redundancy at once, adding no capacity.</summary>
    public RaidGroupBuilder WithHotSpares(int count) => SetCount(PropertyNames.HotSpares, count);

    /// <summary>The size of the pieces I/O is split into across the disks.</summary>
    public RaidGroupBuilder StripeSize(DataSize size)
    {
        Declaration.SetInteger(PropertyNames.StripeSizeBytes, size.Bytes);
        return this;
    }

    /// <summary>The front-end workload the group must serve: random IOPS and the share of reads (0 to 1).</summary>
    public RaidGroupBuilder Workload(double iops, double readRatio)
    {
        Declaration.SetNumber(PropertyNames.WorkloadIops, iops);
        Declaration.SetNumber(PropertyNames.ReadRatio, readRatio);
        return this;
    }

    /// <summary>Mean time to failure of one disk (default documented in docs/storage.md).</summary>
    public RaidGroupBuilder DiskMttf(TimeSpan meanTimeToFailure)
    {
        Declaration.SetDuration(PropertyNames.DiskMttfSeconds, meanTimeToFailure);
        return this;
    }

    /// <summary>How fast a replacement disk is rebuilt, in bytes per second.</summary>
    public RaidGroupBuilder RebuildRate(double bytesPerSecond)
    {
        Declaration.SetNumber(PropertyNames.RebuildBytesPerSecond, bytesPerSecond);
        return this;
    }

    /// <summary>How fast a replacement disk is rebuilt: this much data per second.</summary>
    public RaidGroupBuilder RebuildRate(DataSize perSecond) => RebuildRate((double)perSecond.Bytes);

    /// <summary>How long it takes to replace a failed disk when no hot spare is there.</summary>
    public RaidGroupBuilder ReplacementTime(TimeSpan time)
    {
        Declaration.SetDuration(PropertyNames.ReplacementSeconds, time);
        return this;
    }

    /// <summary>The time to repair a failed disk, overriding the one derived from rebuild and replacement.</summary>
    public RaidGroupBuilder RepairTime(TimeSpan time)
    {
        Declaration.SetDuration(PropertyNames.RepairSeconds, time);
        return this;
    }

    /// <summary>The disks' unrecoverable read error rate per bit read (10^-15 enterprise, 10^-14 consumer).</summary>
    public RaidGroupBuilder ReadErrorRate(double perBit)
    {
        Declaration.SetNumber(PropertyNames.ReadErrorRate, perBit);
        return this;
    }

    /// <summary>Carves a volume (a logical unit, LU) of the given size from the group.</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="size">Its size (decimal units).</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    public VolumeBuilder AddVolume(string name, DataSize size, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0)
    {
        var declaration = Declaration.Design.Declare(name, ComponentKind.Volume, callerFile, callerLine);
        declaration.Parent = Declaration;
        declaration.SetInteger(PropertyNames.SizeBytes, size.Bytes);
        return new VolumeBuilder(declaration);
    }
}

/// <summary>A volume (logical unit) carved from a RAID group: it fails only when its group does.</summary>
public sealed class VolumeBuilder : ComponentBuilder<VolumeBuilder>
{
    internal VolumeBuilder(Declaration declaration)
        : base(declaration)
    {
    }
}

/// <summary>A backup job (7.3.1: RAID is not a backup): what it copies, where to, and how often.</summary>
public sealed class BackupBuilder : ComponentBuilder<BackupBuilder>
{
    internal BackupBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>Backs up this volume.</summary>
    public BackupBuilder Of(VolumeBuilder volume) => OfSource(volume);

    /// <summary>Backs up this database cluster's data.</summary>
    public BackupBuilder Of(DatabaseClusterBuilder database) => OfSource(database);

    /// <summary>Writes the copies to this volume (ideally on another array).</summary>
    public BackupBuilder To(VolumeBuilder volume)
    {
        if (ResolveOne(volume, "backup target") is { } target)
        {
            AddRelation(RelationKind.BackupTo, new[] { target });
        }

        return this;
    }

    /// <summary>How often the backup runs.</summary>
    public BackupBuilder Every(TimeSpan interval)
    {
        Declaration.SetDuration(PropertyNames.IntervalSeconds, interval);
        return this;
    }

    private BackupBuilder OfSource(ComponentBuilder source)
    {
        if (ResolveOne(source, "backup source") is { } declaration)
        {
            AddRelation(RelationKind.BackupOf, new[] { declaration });
        }

        return this;
    }
}

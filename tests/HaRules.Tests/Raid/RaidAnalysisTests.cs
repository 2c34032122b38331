using System;
using System.Collections.Generic;
using HaRules.Model;
using HaRules.Raid;
using Xunit;

namespace HaRules.Tests.Raid;

/// <summary>Reading RAID groups from the model: units, defaults and which defaults fed a figure.</summary>
public sealed class RaidAnalysisTests
{
    [Fact]
    public void The_reference_design_group_built_with_the_dsl_gives_the_report_example()
    {
        var design = new DesignBuilder("Reference");
        var array = design.AddStorageArray("array-1").WithControllers(2);
        array.AddRaidGroup("rg-data", RaidLevel.Raid10, disks: 8, diskSize: DataSize.Terabytes(1.2), diskIops: 180)
            .WithHotSpares(1)
            .StripeSize(DataSize.Kilobytes(256))
            .Workload(iops: 900, readRatio: 0.7);
        var model = design.Build();

        var f = RaidAnalysis.Compute(model.FindComponent("rg-data"))!;

        Assert.Equal(4_800_000_000_000, f.UsableBytes);
        Assert.Equal(10_800_000_000_000, f.RawBytes);
        StorageAssert.Close(1107.6923076923076, f.MixedIops, "mixed");
        // Rounded as a report shows them: 2.22 h, 5.625e10 h, 0.0096.
        Assert.Equal(2.22, Math.Round(f.RebuildHours!.Value, 2));
        StorageAssert.Close(5.625e10, f.MttdlHours, "mttdl");
        Assert.Equal(0.0096, Math.Round(f.UreProbability!.Value, 4));
        Assert.Equal(new[] { PropertyNames.DiskMttfSeconds, PropertyNames.RebuildBytesPerSecond, PropertyNames.ReadErrorRate }, f.DefaultsUsed);
    }

    [Fact]
    public void Declared_durability_inputs_replace_the_defaults_and_are_read_in_their_units()
    {
        var design = new DesignBuilder();
        design.AddStorageArray("array").AddRaidGroup("rg", RaidLevel.Raid5, disks: 6, diskSize: DataSize.Terabytes(2), diskIops: 200)
            .DiskMttf(TimeSpan.FromHours(1_200_000))
            .RebuildRate(DataSize.Megabytes(100))
            .ReplacementTime(TimeSpan.FromHours(8))
            .ReadErrorRate(1e-14);
        var inputs = RaidAnalysis.ReadInputs(design.Build().FindComponent("rg"))!;

        StorageAssert.Close(1_200_000, inputs.DiskMttfHours, "mttf");
        StorageAssert.Close(100e6, inputs.RebuildBytesPerSecond, "rate");
        StorageAssert.Close(8, inputs.ReplacementHours, "replacement");
        Assert.Equal(1e-14, inputs.ReadErrorRatePerBit);
        Assert.Empty(inputs.Defaulted);

        var f = RaidAnalysis.Compute(inputs)!;
        // rebuild = 2e12 / 100e6 = 20,000 s = 50/9 h; repair = 8 + 50/9 = 122/9 h;
        // MTTDL = 1.2e6² / (6 × 5 × 122/9) = 1.44e12 × 9 / 3660 = 3.5410e9 h.
        StorageAssert.Close(1.44e12 * 9 / 3660, f.MttdlHours, "mttdl");
        Assert.Empty(f.DefaultsUsed);
    }

    [Fact]
    public void Undeclared_inputs_take_the_documented_defaults()
    {
        var inputs = new RaidInputs(RaidLevel.Raid6, 6);

        Assert.Equal(1_000_000, inputs.DiskMttfHours);
        Assert.Equal(150e6, inputs.RebuildBytesPerSecond);
        Assert.Equal(24, inputs.ReplacementHours);
        Assert.Equal(1e-15, inputs.ReadErrorRatePerBit);
        Assert.Null(inputs.RepairHours);
        Assert.Equal(
            new[] { PropertyNames.DiskMttfSeconds, PropertyNames.RebuildBytesPerSecond, PropertyNames.ReplacementSeconds, PropertyNames.ReadErrorRate },
            inputs.Defaulted);
        Assert.Equal(StorageDefaults.DiskMttfHours, inputs.DiskMttfHours);
        Assert.Equal(StorageDefaults.RebuildBytesPerSecond, inputs.RebuildBytesPerSecond);
        Assert.Equal(StorageDefaults.ReplacementHours, inputs.ReplacementHours);
        Assert.Equal(StorageDefaults.ReadErrorRatePerBit, inputs.ReadErrorRatePerBit);
    }

    [Fact]
    public void Defaults_used_lists_only_those_that_fed_a_figure()
    {
        // No spare: the replacement time feeds the repair time.
        var noSpare = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 4, diskSizeBytes: 1_000_000_000_000))!;
        Assert.Contains(PropertyNames.ReplacementSeconds, noSpare.DefaultsUsed);

        // A spare: no wait for a replacement.
        var spare = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 4, hotSpares: 1, diskSizeBytes: 1_000_000_000_000))!;
        Assert.DoesNotContain(PropertyNames.ReplacementSeconds, spare.DefaultsUsed);

        // A declared repair time: neither replacement nor rebuild rate feeds the MTTDL, but the rate still gives the rebuild figure.
        var declared = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 4, diskSizeBytes: 1_000_000_000_000, repairHours: 12))!;
        Assert.Equal(new[] { PropertyNames.DiskMttfSeconds, PropertyNames.RebuildBytesPerSecond, PropertyNames.ReadErrorRate }, declared.DefaultsUsed);
        Assert.Equal(12, declared.RepairHours);

        // RAID0: only the MTTF matters.
        var stripe = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid0, 4, diskSizeBytes: 1_000_000_000_000))!;
        Assert.Equal(new[] { PropertyNames.DiskMttfSeconds }, stripe.DefaultsUsed);

        // No disk size: no rebuild, repair, MTTDL or URE figure, so no default was used.
        var sizeless = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid6, 6))!;
        Assert.Empty(sizeless.DefaultsUsed);
        Assert.Null(sizeless.UsableBytes);
        Assert.Null(sizeless.RawBytes);
        Assert.Null(sizeless.MttdlHours);
        Assert.Equal(4.0 / 6, sizeless.Efficiency);
    }

    [Fact]
    public void Mixed_iops_needs_a_declared_read_ratio()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid10, 4, diskSizeBytes: 1_000_000_000_000, diskIops: 150))!;
        Assert.Equal(600, f.ReadIops);
        Assert.Equal(300, f.WriteIops);
        Assert.Null(f.MixedIops);
        Assert.Null(f.BackEndIopsNeeded);
        Assert.Null(f.ReadRatio);
    }

    [Fact]
    public void Components_that_are_not_buildable_raid_groups_have_no_figures()
    {
        Assert.Null(RaidAnalysis.Compute((Component?)null));
        Assert.Null(RaidAnalysis.Compute((RaidInputs)null!));
        Assert.Null(RaidAnalysis.Compute(Group(ComponentKind.Volume, ("raidLevel", PropertyValue.FromText("Raid5")), ("disks", PropertyValue.FromInteger(4)))));
        Assert.Null(RaidAnalysis.Compute(Group(ComponentKind.RaidGroup, ("disks", PropertyValue.FromInteger(4)))));
        Assert.Null(RaidAnalysis.Compute(Group(ComponentKind.RaidGroup, ("raidLevel", PropertyValue.FromText("Raid5")))));
        Assert.Null(RaidAnalysis.Compute(Group(ComponentKind.RaidGroup, ("raidLevel", PropertyValue.FromText("Raid7")), ("disks", PropertyValue.FromInteger(4)))));
        Assert.Null(RaidAnalysis.Compute(Group(ComponentKind.RaidGroup, ("raidLevel", PropertyValue.FromText("Raid5")), ("disks", PropertyValue.FromInteger(4)), ("hotSpares", PropertyValue.FromInteger(-1)))));
        Assert.NotNull(RaidAnalysis.Compute(Group(ComponentKind.RaidGroup, ("raidLevel", PropertyValue.FromText("Raid5")), ("disks", PropertyValue.FromInteger(4)))));
    }

    [Fact]
    public void Out_of_range_declared_values_give_no_figure_instead_of_the_default()
    {
        var f = RaidAnalysis.Compute(Group(
            ComponentKind.RaidGroup,
            ("raidLevel", PropertyValue.FromText("Raid5")),
            ("disks", PropertyValue.FromInteger(4)),
            ("diskSizeBytes", PropertyValue.FromInteger(1_000_000_000_000)),
            ("diskIops", PropertyValue.FromNumber(double.NaN)),
            ("readRatio", PropertyValue.FromNumber(1.5)),
            ("rebuildBytesPerSecond", PropertyValue.FromNumber(-5)),
            ("diskMttfSeconds", PropertyValue.FromText("soon")),
            ("readErrorRate", PropertyValue.FromNumber(2))))!;

        Assert.Equal(3_000_000_000_000, f.UsableBytes);
        Assert.Null(f.ReadIops);
        Assert.Null(f.MixedIops);
        Assert.Null(f.RebuildHours);
        Assert.Null(f.RepairHours);
        Assert.Null(f.MttdlHours);
        Assert.Null(f.UreProbability);
        Assert.Empty(f.DefaultsUsed);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-150.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_disk_iops_out_of_range_gives_no_iops_figure(double diskIops)
    {
        // 0 is as out of range as a negative or NaN value (HA003 says "greater than zero"):
        // no read, write or mixed figure, rather than figures of 0 that HA311 would compare.
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 4, diskSizeBytes: 1_000_000_000_000, diskIops: diskIops, workloadIops: 300, readRatio: 0.5))!;
        Assert.Null(f.ReadIops);
        Assert.Null(f.WriteIops);
        Assert.Null(f.MixedIops);
        Assert.Equal(300 * 0.5 + (300 * 0.5 * 4), f.BackEndIopsNeeded);
    }

    private static Component Group(ComponentKind kind, params (string Name, PropertyValue Value)[] properties)
    {
        var bag = new Dictionary<string, PropertyValue>();
        foreach (var (name, value) in properties)
        {
            bag[name] = value;
        }

        return new Component("rg", kind, SourceLocation.None, PropertyBag.From(bag));
    }
}

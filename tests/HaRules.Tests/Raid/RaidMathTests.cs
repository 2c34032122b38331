using System.Globalization;
using HaRules.Raid;
using Xunit;

namespace HaRules.Tests.Raid;

/// <summary>The pure functions of <see cref="RaidMath"/> one by one: the table of docs/storage.md and the choices of docs/storage.md.</summary>
public sealed class RaidMathTests
{
    [Theory]
    [InlineData(RaidLevel.Raid0, 2, null, 2L, 0, 0L, 1)]
    [InlineData(RaidLevel.Raid0, 24, null, 24L, 0, 0L, 1)]
    [InlineData(RaidLevel.Raid1, 2, null, 1L, 1, 1L, 2)]
    [InlineData(RaidLevel.Raid5, 3, null, 2L, 1, 1L, 4)]
    [InlineData(RaidLevel.Raid5, 24, null, 23L, 1, 1L, 4)]
    [InlineData(RaidLevel.Raid6, 4, null, 2L, 2, 2L, 6)]
    [InlineData(RaidLevel.Raid6, 24, null, 22L, 2, 2L, 6)]
    [InlineData(RaidLevel.Raid10, 4, null, 2L, 1, 2L, 2)]
    [InlineData(RaidLevel.Raid10, 24, null, 12L, 1, 12L, 2)]
    [InlineData(RaidLevel.Raid50, 6, 2L, 4L, 1, 2L, 4)]
    [InlineData(RaidLevel.Raid50, 24, 4L, 20L, 1, 4L, 4)]
    [InlineData(RaidLevel.Raid60, 8, 2L, 4L, 2, 4L, 6)]
    [InlineData(RaidLevel.Raid60, 24, 3L, 18L, 2, 6L, 6)]
    public void Geometry_follows_the_table(RaidLevel level, long disks, long? legs, long capacityInDisks, int guaranteed, long bestCase, int penalty)
    {
        Assert.Equal(capacityInDisks, RaidMath.CapacityInDisks(level, disks, legs));
        Assert.Equal(guaranteed, RaidMath.FaultToleranceGuaranteed(level, disks, legs));
        Assert.Equal(bestCase, RaidMath.FaultToleranceBestCase(level, disks, legs));
        Assert.Equal(penalty, RaidMath.WritePenalty(level));
        StorageAssert.Close((double)capacityInDisks / disks, RaidMath.Efficiency(level, disks, legs), "efficiency");
    }

    [Theory]
    [InlineData(RaidLevel.Raid0, 1, null)]
    [InlineData(RaidLevel.Raid1, 3, null)]
    [InlineData(RaidLevel.Raid5, 2, null)]
    [InlineData(RaidLevel.Raid6, 3, null)]
    [InlineData(RaidLevel.Raid10, 5, null)]
    [InlineData(RaidLevel.Raid10, 2, null)]
    [InlineData(RaidLevel.Raid50, 6, null)]
    [InlineData(RaidLevel.Raid50, 6, 3L)]
    [InlineData(RaidLevel.Raid50, 7, 2L)]
    [InlineData(RaidLevel.Raid50, 3, 1L)]
    [InlineData(RaidLevel.Raid60, 6, 2L)]
    [InlineData(RaidLevel.Raid60, 8, 0L)]
    [InlineData(RaidLevel.Raid60, 8, -2L)]
    [InlineData(RaidLevel.Raid5, 0, null)]
    [InlineData(RaidLevel.Raid5, -4, null)]
    [InlineData((RaidLevel)99, 8, null)]
    public void Invalid_geometry_has_no_figures(RaidLevel level, long disks, long? legs)
    {
        Assert.NotNull(RaidGeometry.Problem(level, disks, legs));
        Assert.False(RaidGeometry.IsValid(level, disks, legs));
        Assert.Null(RaidMath.CapacityInDisks(level, disks, legs));
        Assert.Null(RaidMath.UsableBytes(level, disks, legs, 1_000_000_000_000));
        Assert.Null(RaidMath.Efficiency(level, disks, legs));
        Assert.Null(RaidMath.FaultToleranceGuaranteed(level, disks, legs));
        Assert.Null(RaidMath.FaultToleranceBestCase(level, disks, legs));
        Assert.Null(RaidMath.ReadIops(level, disks, legs, 150));
        Assert.Null(RaidMath.WriteIops(level, disks, legs, 150));
        Assert.Null(RaidMath.MixedIops(level, disks, legs, 150, 0.7));
        Assert.Null(RaidMath.MttdlHours(level, disks, legs, 1e6, 10));
        Assert.Null(RaidMath.DisksReadDuringRebuild(level, disks, legs));
        Assert.Null(RaidMath.UreProbability(level, disks, legs, 1e12, 1e-15));
        Assert.Null(RaidAnalysis.Compute(new RaidInputs(level, disks, legs, diskSizeBytes: 1_000_000_000_000, diskIops: 150)));
    }

    [Fact]
    public void An_unknown_level_is_a_geometry_problem()
    {
        Assert.Equal("unknown RAID level 99", RaidGeometry.Problem((RaidLevel)99, 8, null));
        Assert.Null(RaidMath.WritePenalty((RaidLevel)99));
        Assert.Null(RaidMath.BackEndIopsNeeded((RaidLevel)99, 100, 0.5));
    }

    [Fact]
    public void Legs_are_read_for_Raid50_and_60_only()
    {
        // A RAID10 of 6 disks declaring 3 legs is still a RAID10 of 6: legs do not apply.
        Assert.Equal(3L, RaidMath.CapacityInDisks(RaidLevel.Raid10, 6, 3));
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid10, 6, legs: 3, diskSizeBytes: 1_000_000_000_000))!;
        Assert.Null(f.Legs);
        Assert.Null(f.DisksPerLeg);
        Assert.Equal(3, f.FaultToleranceBestCase);
    }

    [Fact]
    public void Hot_spares_add_raw_bytes_and_nothing_else()
    {
        var without = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 8, hotSpares: 0, diskSizeBytes: 4_000_000_000_000, diskIops: 150, readRatio: 0.5))!;
        var with = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 8, hotSpares: 2, diskSizeBytes: 4_000_000_000_000, diskIops: 150, readRatio: 0.5))!;

        Assert.Equal(32_000_000_000_000, without.RawBytes);
        Assert.Equal(40_000_000_000_000, with.RawBytes);
        Assert.Equal(without.UsableBytes, with.UsableBytes);
        Assert.Equal(without.Efficiency, with.Efficiency);
        Assert.Equal(without.FaultToleranceGuaranteed, with.FaultToleranceGuaranteed);
        Assert.Equal(without.FaultToleranceBestCase, with.FaultToleranceBestCase);
        Assert.Equal(without.ReadIops, with.ReadIops);
        Assert.Equal(without.MixedIops, with.MixedIops);
        Assert.Equal(without.UreProbability, with.UreProbability);
        // Only the repair time, and with it the MTTDL, changes: no wait for a replacement.
        StorageAssert.Close(without.RepairHours - 24, with.RepairHours, "repair");
        Assert.True(with.MttdlHours > without.MttdlHours);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    public void Mixed_iops_is_the_front_end_rate_the_back_end_carries(double readRatio)
    {
        foreach (var level in new[] { RaidLevel.Raid0, RaidLevel.Raid5, RaidLevel.Raid6, RaidLevel.Raid10 })
        {
            var mixed = RaidMath.MixedIops(level, 8, null, 150, readRatio)!.Value;
            // Driving the group at its mixed IOPS uses exactly its N·I back-end I/Os.
            StorageAssert.Close(8 * 150, RaidMath.BackEndIopsNeeded(level, mixed, readRatio), string.Create(CultureInfo.InvariantCulture, $"{level} back end at R={readRatio}"));
        }
    }

    [Fact]
    public void Mixed_iops_is_below_the_linear_form_between_pure_reads_and_pure_writes()
    {
        // RAID5, 8 × 150 IOPS, 70 % reads: back-end form 1200 / (0.7 + 0.3 × 4) = 631.6;
        // linear form 1200 × 0.7 + 1200 × 0.3 / 4 = 930, which the back end cannot carry.
        var mixed = RaidMath.MixedIops(RaidLevel.Raid5, 8, null, 150, 0.7)!.Value;
        StorageAssert.Close(1200 / 1.9, mixed, "mixed");
        var linear = (1200 * 0.7) + (1200 * 0.3 / 4);
        Assert.True(mixed < linear);
        Assert.True(RaidMath.BackEndIopsNeeded(RaidLevel.Raid5, linear, 0.7) > 1200);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void A_read_ratio_outside_0_to_1_gives_no_mixed_figure(double readRatio)
    {
        Assert.Null(RaidMath.MixedIops(RaidLevel.Raid5, 4, null, 150, readRatio));
        Assert.Null(RaidMath.BackEndIopsNeeded(RaidLevel.Raid5, 100, readRatio));
    }

    [Fact]
    public void Repair_time_is_declared_or_rebuild_with_a_spare_or_replacement_plus_rebuild()
    {
        Assert.Equal(2.0, RaidMath.RepairHours(RaidLevel.Raid5, 2.0, 1, 24, null));
        Assert.Equal(26.0, RaidMath.RepairHours(RaidLevel.Raid5, 2.0, 0, 24, null));
        Assert.Equal(8.0, RaidMath.RepairHours(RaidLevel.Raid5, 2.0, 1, 24, 8.0));
        Assert.Equal(8.0, RaidMath.RepairHours(RaidLevel.Raid5, null, 0, 24, 8.0));
        Assert.Null(RaidMath.RepairHours(RaidLevel.Raid5, null, 0, 24, null));
        Assert.Null(RaidMath.RepairHours(RaidLevel.Raid0, 2.0, 0, 24, 8.0));
        Assert.Null(RaidMath.RepairHours(RaidLevel.Raid5, 2.0, 0, -1, null));
        Assert.Null(RaidMath.RepairHours(RaidLevel.Raid5, 2.0, 0, 24, -1));
    }

    [Fact]
    public void Rebuild_time_is_disk_size_over_rebuild_rate()
    {
        // 18e12 / 150e6 = 120,000 s = 33.33 h; 600e9 / 200e6 = 3,000 s = 0.8333 h.
        StorageAssert.Close(100.0 / 3, RaidMath.RebuildHours(RaidLevel.Raid6, 18e12, 150e6), "18 TB");
        StorageAssert.Close(3000.0 / 3600, RaidMath.RebuildHours(RaidLevel.Raid1, 600e9, 200e6), "600 GB");
        Assert.Null(RaidMath.RebuildHours(RaidLevel.Raid0, 18e12, 150e6));
        Assert.Null(RaidMath.RebuildHours(RaidLevel.Raid5, 18e12, 0));
    }

    [Fact]
    public void A_zero_repair_time_has_no_finite_mttdl()
    {
        Assert.Null(RaidMath.MttdlHours(RaidLevel.Raid5, 4, null, 1e6, 0));
        Assert.Null(RaidMath.MttdlHours(RaidLevel.Raid5, 4, null, 1e6, null));
        // RAID0 does not need one: MTTF / N.
        Assert.Equal(250_000, RaidMath.MttdlHours(RaidLevel.Raid0, 4, null, 1e6, null));
    }

    [Fact]
    public void Data_loss_probability_keeps_small_values_and_reaches_certainty()
    {
        // t/MTTDL = 1e-12: 1 − e^(−1e-12) = 1e-12 − 5e-25, which 1 − Math.Exp(−1e-12) would get wrong by 1e-4.
        StorageAssert.Close(9.999999999995e-13, RaidMath.DataLossProbability(1e12, 1), "tiny", 1e-15);
        // t = MTTDL: 1 − 1/e.
        StorageAssert.Close(0.6321205588285577, RaidMath.DataLossProbability(100, 100), "one MTTDL", 1e-15);
        Assert.Equal(0, RaidMath.DataLossProbability(double.PositiveInfinity, 8760));
        Assert.Equal(0, RaidMath.DataLossProbability(1e6, 0));
        Assert.Equal(1, RaidMath.DataLossProbability(1, 1e6));
        Assert.Null(RaidMath.DataLossProbability(0, 8760));
        Assert.Null(RaidMath.DataLossProbability(1e6, -1));
    }

    [Theory]
    [InlineData(RaidLevel.Raid1, 2, null, 1L)]
    [InlineData(RaidLevel.Raid10, 24, null, 1L)]
    [InlineData(RaidLevel.Raid5, 8, null, 7L)]
    [InlineData(RaidLevel.Raid6, 8, null, 7L)]
    [InlineData(RaidLevel.Raid50, 12, 3L, 3L)]
    [InlineData(RaidLevel.Raid60, 24, 4L, 5L)]
    public void A_rebuild_reads_the_mirror_or_the_rest_of_the_group_or_leg(RaidLevel level, long disks, long? legs, long read)
    {
        Assert.Equal(read, RaidMath.DisksReadDuringRebuild(level, disks, legs));
        // 1 TB disks at 1e-15: bits = read × 8e12.
        StorageAssert.Close(RaidMath.ReadErrorProbability(read * 8e12, 1e-15), RaidMath.UreProbability(level, disks, legs, 1e12, 1e-15), "ure");
    }

    [Fact]
    public void Read_error_probability_handles_its_edges()
    {
        Assert.Equal(0, RaidMath.ReadErrorProbability(1e15, 0));
        Assert.Equal(0, RaidMath.ReadErrorProbability(0, 1e-15));
        Assert.Equal(1, RaidMath.ReadErrorProbability(8, 1));
        Assert.Null(RaidMath.ReadErrorProbability(1e15, 1.5));
        Assert.Null(RaidMath.ReadErrorProbability(1e15, -1e-15));
        Assert.Null(RaidMath.ReadErrorProbability(-1, 1e-15));
        // 1e-15 per bit over 1e18 bits: e^(−1000) underflows, the probability is 1.
        Assert.Equal(1, RaidMath.ReadErrorProbability(1e18, 1e-15));
        // bits·b = 1e-10: 1 − e^(−1e-10) = 1e-10 − 5e-21.
        StorageAssert.Close(9.9999999995e-11, RaidMath.ReadErrorProbability(1e5, 1e-15), "tiny", 1e-14);
    }

    [Fact]
    public void Sizes_too_large_to_count_in_bytes_give_no_byte_figure()
    {
        Assert.Null(RaidMath.UsableBytes(RaidLevel.Raid0, 1_000_000, null, long.MaxValue / 10));
        Assert.Null(RaidMath.RawBytes(long.MaxValue, 1, 1));
        Assert.Null(RaidMath.RawBytes(4, -1, 1_000));
        Assert.Equal(5_000L, RaidMath.RawBytes(4, 1, 1_000));
    }
}
